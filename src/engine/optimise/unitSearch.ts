/** Beyond this many units a lever is taken as unable to reach the goal (2^40: far past any target). */
const LIMIT = 2 ** 40;

/**
 * The fewest whole units `u ≥ from` for which `ok(u)` holds, where `ok` turns true once and stays
 * true (points never fall as units grow, for every metric kind). Doubles from `hint` (typically the
 * report's gap for that lever), then halves; null when no amount up to 2^40 is enough.
 */
export function fewestUnits(ok: (units: number) => boolean, hint = 1, from = 0): number | null {
  if (ok(from)) return from;
  let low = from;
  let high = Math.max(from + 1, Math.ceil(hint));
  let enough = ok(high);
  // The hint is usually exact (a gap's "N more"): two calls instead of a search.
  if (enough && high - 1 > low) {
    if (!ok(high - 1)) return high;
    high--;
  }
  while (!enough) {
    low = high;
    if (high >= LIMIT) return null;
    high = Math.min(LIMIT, high * 2);
    enough = ok(high);
  }
  // Invariant: ok(high), !ok(low).
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (ok(mid)) high = mid;
    else low = mid;
  }
  return high;
}

import { grouped } from "./text";

/** Small counting and wording helpers every designation's scorer and warnings use. */

/** Adds `by` (default 1) to a key's count (or amount). */
export function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** "1 row", "1,340 rows". */
export function plural(n: number, one: string, many: string): string {
  return `${grouped(n, 3)} ${n === 1 ? one : many}`;
}

/** "Exchange (5 rows), Teams (4 rows) and 3 more": the most frequent first, ties by name. */
export function topCounts(counts: Map<string, number>, limit = 8): string {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, limit).map(([name, n]) => `${name} (${plural(n, "row", "rows")})`);
  return sorted.length > limit ? `${shown.join(", ")} and ${sorted.length - limit} more` : shown.join(", ");
}

/**
 * How far under a threshold an amount may be and still reach it: a millionth, because amounts summed
 * from cents in floating point can land just under the exact figure ($749.9999999 for $750.00).
 */
export const AMOUNT_TOLERANCE = 1e-6;

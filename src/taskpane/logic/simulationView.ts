import type { DesignationChange, TrackChange } from "../../engine";

const EPS = 1e-9;

/** A track whose total, or any metric's value or points, moved. */
export function trackChanged(t: TrackChange): boolean {
  return Math.abs(t.delta) > EPS || t.metrics.some((m) => Math.abs(m.delta) > EPS || m.before.value !== m.after.value);
}

/** A designation the scenario moves: a total, a metric's value or points, the track that counts, or whether it is scored. */
export function isChanged(c: DesignationChange): boolean {
  if (c.scored.before !== c.scored.after || c.before.track !== c.after.track || Math.abs(c.delta) > EPS) return true;
  return c.tracks.some(trackChanged);
}

/** The designations to show in full (changed), and the scored ones to name in one line (unchanged). */
export function splitChanges(changes: readonly DesignationChange[]): { changed: DesignationChange[]; unchanged: DesignationChange[] } {
  const scored = changes.filter((c) => c.scored.before || c.scored.after);
  return { changed: scored.filter(isChanged), unchanged: scored.filter((c) => !isChanged(c)) };
}

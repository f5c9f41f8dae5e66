import type { MeasureRecord } from "../../input/measures";
import type { MeasureColumns } from "../../input/measureColumns";
import type { MonthIndex } from "../../parse/months";
import type { DesignationBase } from "../explainTypes";

/** The tracks whose thresholds matter: every track, except for a classified partner, its own. */
export function tracksThatCount<T extends { id: string }>(d: DesignationBase, tracks: readonly T[]): T[] {
  if (d.rules.trackChoice.value !== "classified") return [...tracks];
  return tracks.filter((t) => t.id === d.result.countingTrack);
}

/** The tenant's largest counted row in the month: the row a raise adds to (rows of a tenant and month are summed). */
export function largestRow(
  rows: MeasureColumns,
  ids: readonly number[],
  tenant: number,
  month: MonthIndex,
  counts: (r: MeasureRecord) => boolean
): MeasureRecord | null {
  let best: MeasureRecord | null = null;
  for (const i of ids) {
    const r = rows.record(i);
    if (r.tenant === tenant && r.month === month && counts(r) && (!best || r.value > best.value)) best = r;
  }
  return best;
}

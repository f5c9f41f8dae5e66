import type { DesignationHistory } from "../history/types";
import { isoMonthLabel } from "../parse/months";

export type TrendCell = string | number;

/** The numbers behind a designation's trend chart (see src/excel/writeTrendChart.ts, which draws it). */
export interface TrendTable {
  /** "Month", a column per track, the qualifying line, "Note". */
  header: string[];
  rows: TrendCell[][];
  /** Track columns: 1..trackCount; then the line; then the note. */
  trackCount: number;
}

/**
 * A month per row ("May-2025", written as text), each track's total (blank when the month's data are
 * unavailable, so the chart leaves a gap), the qualifying total on every row, and "Data unavailable" in
 * the note column for such months. Totals keep full precision; the sheet shows two decimals.
 */
export function trendTable(history: DesignationHistory, minTotal: number): TrendTable {
  const tracks: { id: string; label: string }[] = [];
  for (const m of history.months) for (const t of m.tracks) if (!tracks.some((x) => x.id === t.id)) tracks.push({ id: t.id, label: t.label || "Total" });
  const header = ["Month", ...tracks.map((t) => t.label), `${minTotal} to qualify`, "Note"];
  const rows = history.months.map((m) => {
    const totals = tracks.map((t) => {
      const found = m.available ? m.tracks.find((x) => x.id === t.id) : undefined;
      return found ? found.total : "";
    });
    // Short, so the column stays narrow; the history table gives the reason.
    return [isoMonthLabel(m.month), ...totals, minTotal, m.available ? "" : "Data unavailable"];
  });
  return { header, rows, trackCount: tracks.length };
}

/** Excel's default chart size (8 × 15 default cells) and row height, in points: the rows a trend block takes. */
export const TREND_CHART_HEIGHT = 225;
export function trendBlockRows(history: DesignationHistory): number {
  const tableRows = history.months.length + 1;
  return history.months.length === 0 ? tableRows : Math.max(tableRows, Math.ceil(TREND_CHART_HEIGHT / 15));
}

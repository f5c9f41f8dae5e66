import type { LayoutId } from "../input/layouts";

export type FlagCell = string | number | null;

/** One column written beside an export's rows, by the add-in and by --out alike. */
export interface FlagColumn {
  /** Stable id: what a row's `cells` are keyed by. */
  id: string;
  /** The header cell, e.g. "SPD Active share (deployment at 40% or more)". */
  header: string;
  /** Excel number format ("@" = text, "0.0%", "$#,##0", "#,##0"). */
  numberFormat: string;
  /** One sentence for the legend on the summary sheet. */
  meaning: string;
}

/** What one designation says about one export row. */
export interface RowContribution {
  layout: LayoutId;
  file: string;
  /** The row's number in its file (1-based, header included). */
  row: number;
  /** "Modern Work SMB: deployments (CSP), usage growth (CSP)": one entry per designation and track. */
  countsToward: string[];
  /** Plain words why the row counts toward nothing here; "" when it counts. */
  reason: string;
  /** Detail cells by column id, filled only where they decide something. */
  cells: Record<string, FlagCell>;
}

/**
 * What a row that only says a reason counts toward and fills: one frozen empty list and cell set for a
 * million such rows. Every consumer reads them; the mergers copy a list before adding to it.
 */
export const NOTHING: string[] = Object.freeze([]) as unknown as string[];
export const NO_CELLS: Record<string, FlagCell> = Object.freeze({}) as Record<string, FlagCell>;

/** Where row flags go as they are made: an array, or a merger that keeps only their cells. */
export interface RowSink {
  push(row: RowContribution): unknown;
}

/**
 * A designation's row flags, written by `write`: into the sink as they are made when there is one (the
 * score keeps none), otherwise into an array the score keeps.
 */
export function flagRows(sink: RowSink | undefined, write: (out: RowSink) => void): RowContribution[] | undefined {
  if (sink) {
    write(sink);
    return undefined;
  }
  const rows: RowContribution[] = [];
  write(rows);
  return rows;
}

/** One export row's flags, merged over every designation that reads its export. */
export type RowFlags = RowContribution;

/** The flag columns of one export layout, in the order they are written. */
export interface FlagTable {
  layout: LayoutId;
  columns: readonly FlagColumn[];
}

export const COUNTS_TOWARD: FlagColumn = {
  id: "counts-toward",
  header: "SPD Counts toward",
  numberFormat: "@",
  meaning: "The designations, tracks and metrics this row counts toward; empty when it counts toward none.",
};

export const REASON: FlagColumn = {
  id: "reason",
  header: "SPD Reason",
  numberFormat: "@",
  meaning: "Why the row counts toward nothing (or what to know about it), in plain words.",
};

/** Every table starts with these two: what the row counts toward, and why not. */
export const LEADING_FLAG_COLUMNS: readonly FlagColumn[] = [COUNTS_TOWARD, REASON];

/**
 * A flag column's width in Excel's character units: the two leading texts wide enough to read a line
 * of them, the details as wide as their header needs (it wraps), within bounds. Both writers use it.
 */
export function flagColumnWidth(column: FlagColumn): number {
  if (column.id === COUNTS_TOWARD.id || column.id === REASON.id) return 48;
  return Math.min(24, Math.max(11, Math.ceil(column.header.length * 0.6)));
}

/** The row's cells in the table's column order. */
export function flagCells(table: FlagTable, row: RowFlags | undefined): FlagCell[] {
  if (!row) return table.columns.map(() => null);
  return table.columns.map((column) =>
    column.id === COUNTS_TOWARD.id ? row.countsToward.join("; ") : column.id === REASON.id ? row.reason : (row.cells[column.id] ?? null)
  );
}

/** "Modern Work SMB: deployments (CSP), usage growth (CSP)"; the track left out where a designation has one. */
export function countsTowardText(designation: string, track: string | undefined, metrics: readonly string[]): string {
  return `${designation}${track ? ` ${track}` : ""}: ${metrics.join(", ")}`;
}

/** "Not a compared month: the score compares Oct-2025 with Oct-2024." */
export function notComparedReason(asOf: string, baseline: string): string {
  return `Not a compared month: the score compares ${asOf} with ${baseline}.`;
}

export const yesNo = (b: boolean): string => (b ? "Yes" : "No");

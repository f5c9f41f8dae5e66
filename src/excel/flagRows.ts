import { flagCells, type FlagCell, type FlagTable, type RowFlags } from "../engine";
import { asCellValue, fitText } from "./blocks";

/**
 * The cells of flag rows as they are written, wherever they are made: on the pane's thread from row
 * flags (writeFlags' callers, tests), or in the engine's worker from the flag cells it keeps, so a
 * million rows of flags never sit on the pane's thread at once. Pure: no office-js.
 */

/** A run of consecutive flag columns: the table's column of each, and its number format. */
export interface FlagRunSpec {
  indexes: number[];
  formats: string[];
}

export type FlagValue = string | number | boolean;

/**
 * Text columns carry the text number format ("@"), under which Excel keeps "=…", "2025-10" or "00123"
 * as text; elsewhere the apostrophe prefix does that job. Text is cut to Excel's 32,767-character cell
 * limit (a reason quoting a long cell of the export), with a visible marker.
 */
export function cellFor(numberFormat: string, value: FlagCell): FlagValue {
  if (numberFormat !== "@") return asCellValue(value);
  return typeof value === "string" ? fitText(value) : (value ?? "");
}

/** One data row's values for a run: its cells, or blanks for a row without flags. */
export function flagRowValues(cells: readonly FlagCell[] | undefined, run: FlagRunSpec): FlagValue[] {
  return run.indexes.map((index, i) => (cells ? cellFor(run.formats[i], cells[index]) : ""));
}

/**
 * Where writeFlags takes its rows from. Data rows are numbered from 1 (the header is row 0) to the
 * export's last: `sizes` gives each one's JSON length (what it weighs in a request), `rows` their values.
 */
export interface FlagRowSource {
  sizes(run: FlagRunSpec, rows: number): Promise<number[]>;
  rows(run: FlagRunSpec, start: number, end: number): Promise<FlagValue[][]>;
}

/** JSON.stringify(value).length, a string's remembered. */
function jsonLengths(): (value: FlagValue) => number {
  const known = new Map<string, number>();
  return (value) => {
    if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
    if (typeof value === "boolean") return value ? 4 : 5;
    let length = known.get(value);
    if (length === undefined) known.set(value, (length = JSON.stringify(value).length));
    return length;
  };
}

/** Rows by sheet row number (1-based, as the sheet shows it): the cells of each, in a table's column order. */
export type FlagCellsOf = (sheetRow: number) => readonly FlagCell[] | undefined;

/** Sizes and rows of `count` data rows below the header at sheet row index `headerRow` (0-based). */
export function flagRowsOf(cellsOf: FlagCellsOf, headerRow: number) {
  const cellsAt = (r: number) => cellsOf(headerRow + r + 1);
  return {
    sizes(run: FlagRunSpec, rows: number): number[] {
      // Summed per value, each string's length worked out once: a million rows share a few hundred
      // texts, and stringifying every row took seconds.
      const jsonLength = jsonLengths();
      const n = run.indexes.length;
      const brackets = n ? 1 + n : 2;
      const out = new Array<number>(rows).fill(0);
      for (let r = 1; r < rows; r++) {
        const cells = cellsAt(r);
        let size = brackets;
        for (let i = 0; i < n; i++) size += jsonLength(cells ? cellFor(run.formats[i], cells[run.indexes[i]]) : "");
        out[r] = size;
      }
      return out;
    },
    rows(run: FlagRunSpec, start: number, end: number): FlagValue[][] {
      const out: FlagValue[][] = [];
      for (let r = start; r < end; r++) out.push(flagRowValues(cellsAt(r), run));
      return out;
    },
  };
}

/** A source on the pane's thread, from row flags (or cells) by sheet row. */
export function localFlagRows(table: FlagTable, byRow: Map<number, RowFlags | FlagCell[]>, headerRow: number): FlagRowSource {
  const rows = flagRowsOf((sheetRow) => {
    const flags = byRow.get(sheetRow);
    return flags === undefined ? undefined : Array.isArray(flags) ? flags : flagCells(table, flags);
  }, headerRow);
  return { sizes: async (run, count) => rows.sizes(run, count), rows: async (run, start, end) => rows.rows(run, start, end) };
}

/**
 * A Partner Center CSV as Excel opened it, by locale. Two things Excel does to it that the engine's
 * reader should not have to know about are undone here, in memory: the user's cells are never changed.
 *
 * 1. The list separator. Excel splits a CSV it opens on the list separator of the computer's regional
 *    settings: with ";" (German, French, Dutch settings) a comma CSV is not split and every line lands
 *    whole in column A (and a ";" CSV on a "," computer likewise). A one-column sheet whose cell, among
 *    the header search rows, is a known header joined by "," or ";" is split here, line by line.
 * 2. Months Excel reread as days. A month written "Oct-24" (Excel's own "mmm-yy" text for Oct-2024) is
 *    typed back by Excel as 24 October of the current year, shown "24-Oct". A month column whose dates
 *    all fall in one year on days that read as years (15 and later: 2015–2031), in a format that shows
 *    no year, is read back as months: day 24 of October is Oct-2024.
 */
import { detectLayout, eachCsvRow, type LayoutId } from "../engine";
import { columnLetters } from "./address";

export type CsvSeparator = "," | ";";
const SEPARATORS: CsvSeparator[] = [",", ";"];

/** One line of a CSV, split on `separator` with CSV quoting ("Contoso, Ltd" stays one cell). */
export function splitCsvLine(line: string, separator: CsvSeparator): string[] {
  let first: string[] | null = null;
  const open = eachCsvRow(line, separator, (cells) => (first ??= cells));
  // A quote that never closes keeps the rest of the line as one cell, as papaparse did.
  return first ?? open?.partial ?? [line];
}

/**
 * A row of cells with exactly one non-blank cell holding a known header joined by "," or ";": where it
 * is, the header's cells and the separator; else null.
 */
export function splitCsvHeader(row: readonly unknown[]): { column: number; header: string[]; separator: CsvSeparator; layout: LayoutId } | null {
  const filled = row.map((c, i) => [c, i] as const).filter(([c]) => String(c ?? "").trim() !== "");
  if (filled.length !== 1) return null;
  const [cell, column] = filled[0];
  if (typeof cell !== "string") return null;
  // The separator the line has more of first (a ";" header can hold a comma in a quoted name).
  const order = [...SEPARATORS].sort((a, b) => cell.split(b).length - cell.split(a).length);
  for (const separator of order) {
    if (!cell.includes(separator)) continue;
    const header = splitCsvLine(cell, separator);
    const detected = detectLayout(header);
    if (detected) return { column, header, separator, layout: detected.layout.id };
  }
  return null;
}

/** A data row of a split sheet: its one cell split like the header; a number or an empty cell stays as it is. */
export function splitCsvRow(cell: unknown, separator: CsvSeparator): unknown[] {
  return typeof cell === "string" && cell !== "" ? splitCsvLine(cell, separator) : [cell];
}

/** What the pane says about a split sheet (WorkbookSummary.notes). */
export function splitNote(sheet: string, column: number, separator: CsvSeparator, headerRow: number): string {
  const other = separator === "," ? "semicolons (;)" : "commas (,)";
  const named = separator === "," ? "commas" : "semicolons";
  return (
    `"${sheet}" holds a CSV that Excel did not split into columns: each line is one cell of column ${columnLetters(column)} (from row ${headerRow + 1}), ` +
    `its values separated by ${named} while Excel splits on ${other} (your regional settings' list separator). The add-in split each line in memory to read it; your cells are unchanged. ` +
    `To get columns in Excel, use Data › Text to Columns (delimiter: ${separator === "," ? "comma" : "semicolon"}), or Data › From Text/CSV.`
  );
}

/** Why no flag columns go on a split sheet (ScoreOutcome.writeNotes). */
export function splitFlagsNote(sheet: string): string {
  return `No flag columns on "${sheet}": the export is one column of text there (a CSV Excel did not split, see above), so flags beside it would not line up with its columns. Split it (Data › Text to Columns) and Score again for per-row flags. The score and the summary are not affected.`;
}

// ---- months reread as days --------------------------------------------------------------------

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** A day that reads as a year of Partner Capability Score data: 15 → 2015 (the engine's first export month) … 31 → 2031. */
const FIRST_DAY_AS_YEAR = 15;

function dateOf(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A number format that shows a day and no year ("d-mmm", "dd-mmm", "mmm-d"): Excel's format for "Oct-24" typed. */
export function showsDayNotYear(numberFormat: unknown): boolean {
  if (typeof numberFormat !== "string") return false;
  // Quoted literals and escaped characters are not format tokens.
  const tokens = numberFormat.replace(/"[^"]*"|\\./g, "").toLowerCase();
  return /d/.test(tokens) && /m/.test(tokens) && !/y/.test(tokens);
}

/** The reinterpretation of one month column, decided from a sample of its cells. */
export interface MonthsReread {
  /** The column's index among the export's cells. */
  index: number;
  /** The one year every sampled date fell in. */
  year: number;
}

/**
 * Decides from the first rows read whether the month column holds months Excel made into days: every
 * non-blank sampled cell a date serial in one year, on a day 15 or later, and the column's format
 * showing no year. `numberFormat` is the format of the column's first data cell.
 */
export function monthsReread(header: readonly unknown[], sample: readonly (readonly unknown[])[], numberFormat: unknown): MonthsReread | null {
  const index = detectLayout(header)?.columns.month;
  if (index === undefined || !showsDayNotYear(numberFormat)) return null;
  let year: number | null = null;
  let seen = 0;
  for (const row of sample) {
    const v = row[index];
    if (v === "" || v === null || v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 1) return null;
    const d = dateOf(v);
    if (d.day < FIRST_DAY_AS_YEAR || (year !== null && d.year !== year)) return null;
    year = d.year;
    seen++;
  }
  return seen && year !== null ? { index, year } : null;
}

/** A cell of the month column read back as the month it was typed as ("Oct-2024"), or as it is when it is not one of those days. */
export function rereadMonth(value: unknown, reread: MonthsReread): unknown {
  if (typeof value !== "number") return value;
  const d = dateOf(value);
  if (d.year !== reread.year || d.day < FIRST_DAY_AS_YEAR) return value;
  return `${MONTHS[d.month - 1]}-${2000 + d.day}`;
}

/** What the pane says about a month column read back (WorkbookSummary.notes). */
export function monthsNote(sheet: string, column: number, header: string, reread: MonthsReread, first: { from: string; to: string }): string {
  return (
    `"${sheet}" column ${columnLetters(column)} (${header}): Excel had turned months written like "${first.to.replace(/-20(\d\d)$/, "-$1")}" into days of ${reread.year} ` +
    `(${first.from}, shown without a year). They were read back as months (${first.to} …); your cells are unchanged. ` +
    `To keep months as text when opening a CSV, use Data › From Text/CSV and set that column's type to Text.`
  );
}

/** "24 Oct 2026" for a date serial, for the note. */
export function dayLabel(serial: number): string {
  const d = dateOf(serial);
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

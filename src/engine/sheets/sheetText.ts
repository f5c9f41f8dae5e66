/**
 * Sizing of the summary and scenario sheets, shared by both renderers (the add-in through office-js, the
 * command line's --out workbook through ExcelJS) so they give the same sheet: column widths from the
 * tables' own cells with a ceiling, and how many lines a wrapped text takes at those widths.
 *
 * Widths are in Excel's character units (the width of "0" in Calibri 11: 7 px, plus 5 px of padding per
 * column), so 1,300 px hold about 180 characters of columns.
 */

/** A text column is never wider than this: longer texts wrap within it. */
export const TEXT_CEILING = 34;
/** Number columns stay narrow: their header wraps instead. */
export const NUMBER_CEILING = 12;
export const MIN_WIDTH = 8;
/** The notes area (wrapped long texts: warnings, reasons, notes) spans columns A to G. */
export const NOTE_COLUMNS = 7;
/** Excel's default row height for Calibri 11, in points: a wrapped text's row is this per line. */
export const LINE_HEIGHT = 15;
/** Excel's default column width in characters (an unused column keeps it). */
export const DEFAULT_WIDTH = 8.43;

/** Text format: Excel keeps "2025-10", "May-2025", "00123" and "1E5" as written instead of reading a date or a number. */
export const TEXT_FORMAT = "@";

/** The cell's number format: text is always "@"; a number gets `numberFormat` (General by default). */
export function formatFor(value: string | number, numberFormat = "General"): string {
  return typeof value === "string" ? TEXT_FORMAT : numberFormat;
}

/** About how many characters a cell shows: the text, or a number as its format shows it. */
export function shownLength(value: string | number, numberFormat = "General"): number {
  if (typeof value === "string") return longestLine(value);
  const decimals = /0\.(0+)/.exec(numberFormat)?.[1].length ?? (Number.isInteger(value) ? 0 : 2);
  const grouped = numberFormat.includes(",");
  const digits = Math.abs(value).toFixed(decimals);
  const integer = digits.split(".")[0].length;
  const separators = grouped ? Math.floor((integer - 1) / 3) : 0;
  const suffix = (/"([^"]*)"/.exec(numberFormat)?.[1] ?? "").length + (numberFormat.includes("$") ? 1 : 0) + (numberFormat.includes("%") ? 1 : 0);
  return digits.length + separators + suffix + (value < 0 ? 1 : 0);
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map((l) => l.length));
}

/**
 * Lines a text takes when wrapped at word boundaries in a column `width` characters wide. Calibri's
 * letters average narrower than the digit the width counts, so a line holds about 1.1 × width letters;
 * rounded down, so a row is rather a little too high than too short.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.1) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= room) {
        line = needed;
        continue;
      }
      if (line > 0) lines++;
      // A word longer than the line breaks across lines.
      lines += Math.floor(Math.max(0, word.length - 1) / room);
      line = word.length % room || room;
    }
  }
  return lines;
}

/** Width in characters of columns `from`..`to` (0-based, inclusive) together. */
export function spanWidth(widths: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let c = from; c <= to; c++) total += widths[c] ?? DEFAULT_WIDTH;
  // A merged area also gains the padding between its columns (5 px, about 0.7 characters each).
  return total + (to - from) * 0.7;
}

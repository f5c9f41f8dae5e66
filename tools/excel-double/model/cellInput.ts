/**
 * How Excel interprets a value written through Range.values / Range.formulas: like typing into
 * the cell, except that "+", "-" and "@" prefixes are not turned into formulas.
 */
import { ErrorCode, excelError } from "../errors";
import { TEXT_NUMBER_FORMAT, type CellValue } from "./types";

/**
 * "Total number of characters that a cell can contain: 32,767 characters" (Excel specifications and
 * limits, support.microsoft.com 1672b34d-7043-467e-8e27-269d656771c3). Excel refuses a longer text
 * written through Range.values/formulas: the sync fails with InvalidArgument, the error-code table's
 * "The argument is invalid or missing or has an incorrect format" (no dedicated code is documented;
 * it is what Excel answers for other over-long arguments too, e.g. a sheet name over 31 characters,
 * microsoftgraph/microsoft-graph-docs issue 13159). Counted in UTF-16 code units, as Excel's LEN does;
 * checked on the text as written, so an apostrophe prefix counts.
 */
export const MAX_CELL_TEXT = 32_767;
export const MAX_FORMULA_LENGTH = 8_192;

export interface WriteOptions {
  /**
   * Excel turns numeric-looking strings ("00123", "1,234.5", "1e3") into numbers and
   * "TRUE"/"FALSE" into booleans unless the cell is formatted as Text ("@") or the string
   * starts with an apostrophe. Default true; date/percent/currency strings are not converted.
   */
  parseNumericStrings: boolean;
}

export type StoredInput =
  | { kind: "empty" }
  | { kind: "value"; value: CellValue }
  | { kind: "formula"; formula: string };

const NUMERIC = /^[+-]?(\d+|\d{1,3}(,\d{3})+)?(\.\d*)?([eE][+-]?\d+)?$/;

function parseNumber(s: string): number | null {
  if (!NUMERIC.test(s) || !/\d/.test(s.replace(/[eE][+-]?\d+$/, ""))) return null;
  const n = Number(s.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

export function interpretInput(input: unknown, numberFormat: string | undefined, opts: WriteOptions): StoredInput {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw excelError(ErrorCode.invalidArgument, `Cannot write the number ${input} to a cell.`);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string")
    throw excelError(ErrorCode.invalidArgument, `Cell values must be strings, numbers or booleans; got ${describe(input)}.`);
  if (input.length > MAX_CELL_TEXT)
    throw excelError(
      ErrorCode.invalidArgument,
      `The argument is invalid or missing or has an incorrect format: a cell can hold at most ${MAX_CELL_TEXT} characters (got ${input.length}).`,
    );
  if (input === "") return { kind: "empty" };
  if (numberFormat === TEXT_NUMBER_FORMAT) return { kind: "value", value: input };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) {
    if (input.length > MAX_FORMULA_LENGTH)
      throw excelError(ErrorCode.formulaLengthExceedsLimit, `Formulas are limited to ${MAX_FORMULA_LENGTH} characters.`);
    return { kind: "formula", formula: input };
  }
  if (opts.parseNumericStrings) {
    const n = parseNumber(input);
    if (n !== null) return { kind: "value", value: n };
    const upper = input.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  }
  return { kind: "value", value: input };
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (v instanceof Date) return "a Date (write a serial number or a string instead)";
  return typeof v;
}

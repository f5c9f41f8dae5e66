/**
 * How Excel interprets a value written through Range.values / Range.formulas: like typing into
 * the cell, except that "+", "-" and "@" prefixes are not turned into formulas.
 */
import { ErrorCode, excelError } from "../errors";
import { coerceGeneralString } from "./generalCoercion";
import { DEFAULT_NUMBER_FORMAT, TEXT_NUMBER_FORMAT, type CellValue } from "./types";

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
   * Excel reads strings as it reads typed entries (see generalCoercion.ts): numbers ("00123",
   * "1,234.5", "1e3"), TRUE/FALSE, percentages ("40%"), currency ("$1,000"), dates ("2025-10",
   * "10/15/2025", "Oct-24") and times become numbers or booleans, and a General cell also takes the
   * number format Excel picks ("0%", "$#,##0", "mmm-yy", ...). Not when the cell is formatted as
   * Text ("@") or the string starts with an apostrophe. Default true; false stores strings verbatim.
   */
  parseNumericStrings: boolean;
  /** The clock for dates typed without a year ("15-Oct"); default the real date. */
  today?: () => Date;
}

export type StoredInput = { kind: "empty" } | { kind: "value"; value: CellValue; numberFormat?: string } | { kind: "formula"; formula: string };

export function interpretInput(input: unknown, numberFormat: string | undefined, opts: WriteOptions): StoredInput {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw excelError(ErrorCode.invalidArgument, `Cannot write the number ${input} to a cell.`);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") throw excelError(ErrorCode.invalidArgument, `Cell values must be strings, numbers or booleans; got ${describe(input)}.`);
  if (input.length > MAX_CELL_TEXT)
    throw excelError(
      ErrorCode.invalidArgument,
      `The argument is invalid or missing or has an incorrect format: a cell can hold at most ${MAX_CELL_TEXT} characters (got ${input.length}).`
    );
  if (input === "") return { kind: "empty" };
  if (numberFormat === TEXT_NUMBER_FORMAT) return { kind: "value", value: input };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) {
    if (input.length > MAX_FORMULA_LENGTH) throw excelError(ErrorCode.formulaLengthExceedsLimit, `Formulas are limited to ${MAX_FORMULA_LENGTH} characters.`);
    return { kind: "formula", formula: input };
  }
  if (opts.parseNumericStrings) {
    const coerced = coerceGeneralString(input, opts.today?.() ?? new Date());
    if (coerced) {
      // Only a General cell takes Excel's format for the entry; a formatted cell keeps its format.
      const general = numberFormat === undefined || numberFormat === DEFAULT_NUMBER_FORMAT;
      return coerced.numberFormat && general
        ? { kind: "value", value: coerced.value, numberFormat: coerced.numberFormat }
        : { kind: "value", value: coerced.value };
    }
  }
  return { kind: "value", value: input };
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (v instanceof Date) return "a Date (write a serial number or a string instead)";
  return typeof v;
}

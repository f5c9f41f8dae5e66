/** Excel's naming rules for worksheets and tables, as pure checks returning the error Excel raises. */
import { ErrorCode, ExcelDoubleError, excelError } from "./errors";

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * 1-31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, not the
 * reserved "History", unique ignoring case. `existing` excludes the sheet being renamed.
 */
export function checkSheetName(name: unknown, existing: readonly string[]): ExcelDoubleError | null {
  if (typeof name !== "string") return excelError(ErrorCode.invalidArgument, "The sheet name must be a string.");
  if (name.length < 1 || name.length > 31) return excelError(ErrorCode.invalidArgument, `The sheet name '${name}' must be 1 to 31 characters long.`);
  if (SHEET_FORBIDDEN.test(name)) return excelError(ErrorCode.invalidArgument, `The sheet name '${name}' contains one of : \\ / ? * [ ].`);
  if (name.startsWith("'") || name.endsWith("'"))
    return excelError(ErrorCode.invalidArgument, `The sheet name '${name}' cannot begin or end with an apostrophe.`);
  if (sameName(name, "History")) return excelError(ErrorCode.invalidArgument, "'History' is a reserved sheet name.");
  if (existing.some((n) => sameName(n, name))) return excelError(ErrorCode.itemAlreadyExists, `A sheet named '${name}' already exists.`);
  return null;
}

// Excel: starts with a letter, underscore or backslash; then letters, digits, periods, underscores.
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
// A name that reads as a cell reference (A1, R1C1, R, C) would be ambiguous in formulas.
const TABLE_LOOKS_LIKE_REF = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/;

export function checkTableName(name: unknown, existing: readonly string[]): ExcelDoubleError | null {
  if (typeof name !== "string" || name.length < 1 || name.length > 255)
    return excelError(ErrorCode.invalidArgument, "A table name must be 1 to 255 characters long.");
  if (!TABLE_NAME.test(name) || TABLE_LOOKS_LIKE_REF.test(name))
    return excelError(
      ErrorCode.invalidArgument,
      `The table name '${name}' is invalid: it must start with a letter or underscore and contain no spaces or symbols.`
    );
  if (existing.some((n) => sameName(n, name))) return excelError(ErrorCode.itemAlreadyExists, `A table named '${name}' already exists.`);
  return null;
}

/** First "<prefix>N" (N >= 1) not taken, ignoring case: how Excel names new sheets and tables. */
export function nextFreeName(prefix: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toUpperCase()));
  for (let i = 1; ; i++) {
    const candidate = `${prefix}${i}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

// Defined names (Name Manager): "The first character of a name must be a letter, an underscore
// character (_), or a backslash (\). Remaining characters in the name can be letters, numbers,
// periods, and underscore characters"; "Names cannot be the same as a cell reference, such as Z$100
// or R1C1"; "A name can contain up to 255 characters"; "Names are not case sensitive" and must be
// unique within their scope (support.microsoft.com, "Names in formulas" / "Define and use names in
// formulas", Learn about syntax rules for names). Single letters "R" and "C" are reserved (R1C1).
const DEFINED_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/** `existing`: the names already in the same scope. Every problem is InvalidArgument, as Names.add reports. */
export function checkDefinedName(name: unknown, existing: readonly string[]): ExcelDoubleError | null {
  if (typeof name !== "string" || name.length < 1 || name.length > 255)
    return excelError(ErrorCode.invalidArgument, "A name must be 1 to 255 characters long.");
  if (!DEFINED_NAME.test(name))
    return excelError(
      ErrorCode.invalidArgument,
      `The name '${name}' is invalid: it must start with a letter, underscore or backslash and contain only letters, digits, periods and underscores.`
    );
  if (TABLE_LOOKS_LIKE_REF.test(name)) return excelError(ErrorCode.invalidArgument, `The name '${name}' is invalid: it reads as a cell reference.`);
  if (existing.some((n) => sameName(n, name))) return excelError(ErrorCode.invalidArgument, `The name '${name}' already exists in this scope.`);
  return null;
}

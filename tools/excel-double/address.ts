/**
 * A1-style address parsing and formatting, kept free of any model so it can be tested alone.
 * Rows and columns are 0-based internally; Excel's A1 text is 1-based.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangular block of cells on one sheet (0-based top-left corner, size >= 1). */
export interface RangeRef {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface ParsedAddress {
  /** Sheet qualifier as written (unquoted), when the address had one. */
  sheet?: string;
  ref: RangeRef;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnToLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw new RangeError(`column index out of range: ${col}`);
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" -> 0, "xfd" -> 16383; -1 when not a valid column within the grid. */
export function lettersToColumn(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : -1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Point {
  row: number | null; // null: entire column reference
  col: number | null; // null: entire row reference
}

function parsePoint(text: string): Point | null {
  let m = CELL.exec(text);
  if (m) {
    const col = lettersToColumn(m[1]);
    const row = Number(m[2]) - 1;
    return col >= 0 && row >= 0 && row < MAX_ROWS ? { row, col } : null;
  }
  m = COLUMN.exec(text);
  if (m) {
    const col = lettersToColumn(m[1]);
    return col >= 0 ? { row: null, col } : null;
  }
  m = ROW.exec(text);
  if (m) {
    const row = Number(m[1]) - 1;
    return row >= 0 && row < MAX_ROWS ? { row, col: null } : null;
  }
  return null;
}

/** Splits "Sheet!A1" / "'My Sheet'!A1" into qualifier and area; null when the quoting is malformed. */
function splitSheet(address: string): { sheet?: string; area: string } | null {
  if (address.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < address.length) {
      const ch = address[i];
      if (ch === "'") {
        if (address[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (address[i] !== "'" || address[i + 1] !== "!") return null;
    return { sheet: name, area: address.slice(i + 2) };
  }
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { area: address };
  const sheet = address.slice(0, bang);
  return sheet.length > 0 ? { sheet, area: address.slice(bang + 1) } : null;
}

/**
 * Parses "A1", "$A$1", "A1:C10", "C10:A1" (normalised), "A:C", "3:5", optionally sheet-qualified.
 * Returns null for anything Excel would reject (named ranges and R1C1 are not supported).
 */
export function parseAddress(address: string): ParsedAddress | null {
  if (typeof address !== "string") return null;
  const split = splitSheet(address.trim());
  if (!split) return null;
  const parts = split.area.split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parsePoint(parts[0]);
  const b = parts.length === 2 ? parsePoint(parts[1]) : a;
  if (!a || !b) return null;
  // A lone "A" or "3" is not an address; both ends must be the same kind.
  if (parts.length === 1 && (a.row === null || a.col === null)) return null;
  if ((a.row === null) !== (b.row === null) || (a.col === null) !== (b.col === null)) return null;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? MAX_COLUMNS - 1;
  const ref: RangeRef = {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    colCount: Math.abs(c2 - c1) + 1,
  };
  return split.sheet === undefined ? { ref } : { sheet: split.sheet, ref };
}

export function isWithinGrid(ref: RangeRef): boolean {
  return (
    Number.isInteger(ref.row) &&
    Number.isInteger(ref.col) &&
    Number.isInteger(ref.rowCount) &&
    Number.isInteger(ref.colCount) &&
    ref.row >= 0 &&
    ref.col >= 0 &&
    ref.rowCount >= 1 &&
    ref.colCount >= 1 &&
    ref.row + ref.rowCount <= MAX_ROWS &&
    ref.col + ref.colCount <= MAX_COLUMNS
  );
}

export function cellName(row: number, col: number): string {
  return `${columnToLetters(col)}${row + 1}`;
}

/** Formats like Excel does: "A1", "A1:C3", whole columns "A:C", whole rows (and the whole sheet) "1:3". */
export function formatRef(ref: RangeRef): string {
  const wholeColumns = ref.row === 0 && ref.rowCount === MAX_ROWS;
  const wholeRows = ref.col === 0 && ref.colCount === MAX_COLUMNS;
  if (wholeRows) return `${ref.row + 1}:${ref.row + ref.rowCount}`;
  if (wholeColumns) return `${columnToLetters(ref.col)}:${columnToLetters(ref.col + ref.colCount - 1)}`;
  const start = cellName(ref.row, ref.col);
  if (ref.rowCount === 1 && ref.colCount === 1) return start;
  return `${start}:${cellName(ref.row + ref.rowCount - 1, ref.col + ref.colCount - 1)}`;
}

// Excel quotes a sheet name unless it is a plain identifier that cannot be mistaken for a reference.
const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^([Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

export function quoteSheetName(name: string): string {
  const plain = PLAIN_SHEET.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:C3", "'My Sheet'!A1:C3". */
export function qualifiedAddress(sheetName: string, ref: RangeRef): string {
  return `${quoteSheetName(sheetName)}!${formatRef(ref)}`;
}

export function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.col + a.colCount, b.col + b.colCount);
  return rowEnd > row && colEnd > col ? { row, col, rowCount: rowEnd - row, colCount: colEnd - col } : null;
}

export function boundingRect(a: RangeRef, b: RangeRef): RangeRef {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const rowEnd = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.max(a.col + a.colCount, b.col + b.colCount);
  return { row, col, rowCount: rowEnd - row, colCount: colEnd - col };
}

export function cellCount(ref: RangeRef): number {
  return ref.rowCount * ref.colCount;
}

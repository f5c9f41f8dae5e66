/** A1 addressing helpers for the adapter (0-based indexes in, Excel addresses out). */
import { columnLetter } from "../engine";

/** "A", "AA" from a 0-based column index: the engine's one definition. */
export const columnLetters = columnLetter;

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function a1(sheet: string, row: number, col: number, rows: number, cols: number): string {
  const start = `${columnLetters(col)}${row + 1}`;
  const end = `${columnLetters(col + cols - 1)}${row + rows}`;
  return `${quoteSheet(sheet)}!${rows === 1 && cols === 1 ? start : `${start}:${end}`}`;
}

/** Parses "Sheet1!B2:D10" / "'My sheet'!A1" / "A1:C3" into 0-based bounds (sheet may be empty). */
export function parseA1(address: string): { sheet: string; row: number; col: number; rows: number; cols: number } | null {
  const bang = address.lastIndexOf("!");
  const sheetPart = bang >= 0 ? address.slice(0, bang) : "";
  const sheet = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.slice(bang + 1));
  if (!m) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return { sheet, row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

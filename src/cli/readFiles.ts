import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import { InputCollector, InputError, csvRows, decodeBytes, readCsvPieces, readCsvText, utf8Pieces, type ParsedInput } from "../engine";
import { cannotBeRead, utf8FileText } from "./utf8File";
import { readCsvInTwo } from "./splitRead";

/** An error of the file system (the file cannot be opened or read) said as the reader says it; any other as it is. */
const rethrowUnreadable = (path: string) => (error: unknown) => {
  throw (error as { code?: unknown } | null)?.code && !(error instanceof InputError) ? cannotBeRead(path, error) : error;
};

/** A cell's value as a person sees it: a formula's result, a hyperlink's or rich text's text. */
function plainValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || typeof v !== "object" || v instanceof Date) return v;
  if ("result" in v) return v.result instanceof Date || typeof v.result !== "object" ? v.result : cell.text;
  return cell.text ?? "";
}

/** A formula cell that holds no calculated value: the workbook was written by a program, never calculated. */
function uncalculated(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v) && (v.result === undefined || v.result === null);
}

/**
 * The cells of a worksheet as plain values (dates stay Date objects; formulas give their result), and
 * the first formula cell with no calculated value, if any.
 */
function sheetRows(sheet: ExcelJS.Worksheet): { rows: unknown[][]; uncalculated: { address: string; formula: string } | null } {
  const rows: unknown[][] = [];
  let first: { address: string; formula: string } | null = null;
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (!first && uncalculated(cell)) first = { address: cell.address, formula: String(cell.formula ?? "") };
      cells[col - 1] = plainValue(cell);
    });
    rows[n - 1] = cells;
  });
  return { rows: Array.from(rows, (r) => r ?? []), uncalculated: first };
}

/** Each table read, by name, as a way to get its rows back for --out (re-parsed only when asked). */
export type SourceRows = Map<string, () => unknown[][]>;

async function readWorkbook(collector: InputCollector, path: string, sources: SourceRows): Promise<void> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new InputError(`${path}: not a readable .xlsx workbook (${(error as Error).message}).`, path);
  }
  const problems: string[] = [];
  let read = 0;
  for (const sheet of workbook.worksheets) {
    const name = `${basename(path)} [${sheet.name}]`;
    const { rows, uncalculated } = sheetRows(sheet);
    // Formulas never calculated: the numbers are not in the file (Excel or LibreOffice would have saved them).
    const never = uncalculated
      ? new InputError(
          `${name}, cell ${uncalculated.address}: the cell holds a formula (=${uncalculated.formula.slice(0, 60)}) that was never calculated, so the workbook has no value for it (it was written by a program, not saved by Excel). Open it in Excel or LibreOffice Calc, save it, and score again.`,
          path
        )
      : null;
    try {
      collector.addTable(name, rows);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // A sheet that is no export (notes, an empty sheet) is passed over when another sheet is one; an export that cannot be read stops the run.
      if (error.passable) {
        problems.push(error.message);
        continue;
      }
      throw never ?? error;
    }
    if (never) throw never;
    sources.set(name, () => rows);
    read++;
  }
  if (!read) throw new InputError(problems.join("\n") || `${path}: the workbook has no sheets.`, path);
}

/** Reads every file into one input; CSV text or .xlsx workbooks (every sheet whose header matches a layout). */
export async function readInputFiles(paths: string[], { keepSources = true } = {}): Promise<{ input: ParsedInput; sources: SourceRows }> {
  const collector = new InputCollector();
  const sources: SourceRows = new Map();
  for (const path of paths) {
    if (/\.xlsx$/i.test(path)) {
      await readWorkbook(collector, path, sources);
      continue;
    }
    const name = basename(path);
    // A large export without --out: read in two parts at once where it can be (splitRead.ts).
    if (!keepSources && (await readCsvInTwo(collector, name, path).catch(rethrowUnreadable(path)))) continue;
    let pieces: Iterable<string> | null;
    let bytes: Uint8Array | null = null;
    try {
      // UTF-8 (nearly every export) is read a piece at a time, never as one string of the whole file;
      // for --out the file is kept as bytes, not text, to copy its rows into the workbook.
      pieces = keepSources ? null : utf8FileText(path);
      if (!pieces) bytes = readFileSync(path);
    } catch (error) {
      throw cannotBeRead(path, error);
    }
    if (bytes) pieces = utf8Pieces(bytes, isUtf8);
    if (pieces) {
      readCsvPieces(collector, name, pieces);
      const kept = bytes;
      if (kept) sources.set(name, () => csvRows(decodeBytes(kept).text));
      continue;
    }
    const { text, note } = decodeBytes(bytes!);
    bytes = null; // let the bytes go before parsing: a large export need not be held twice
    if (note) collector.note({ file: name, message: note });
    readCsvText(collector, name, text);
    // Keeping the text for --out holds the whole file; only do it when a workbook is asked for.
    if (keepSources) sources.set(name, () => csvRows(text));
  }
  return { input: collector.result(), sources };
}

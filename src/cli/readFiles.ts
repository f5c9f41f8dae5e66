import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import Papa from "papaparse";
import { InputCollector, InputError, decodeBytes, guessDelimiter, readCsvText, type ParsedInput } from "../engine";

/** A cell's value as a person sees it: a formula's result, a hyperlink's or rich text's text. */
function plainValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || typeof v !== "object" || v instanceof Date) return v;
  if ("result" in v) return v.result instanceof Date || typeof v.result !== "object" ? v.result : cell.text;
  return cell.text ?? "";
}

/** The cells of a worksheet as plain values (dates stay Date objects; formulas give their result). */
function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plainValue(cell);
    });
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
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
    try {
      const name = `${basename(path)} [${sheet.name}]`;
      const rows = sheetRows(sheet);
      collector.addTable(name, rows);
      sources.set(name, () => rows);
      read++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
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
    let bytes: Uint8Array | null;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path.`, path);
    }
    const { text, note } = decodeBytes(bytes);
    bytes = null; // let the bytes go before parsing: a large export need not be held twice
    const name = basename(path);
    if (note) collector.note({ file: name, message: note });
    readCsvText(collector, name, text);
    // Keeping the text for --out holds the whole file; only do it when a workbook is asked for.
    if (keepSources) sources.set(name, () => {
      const body = text.replace(/^\uFEFF/, "");
      return Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), skipEmptyLines: false }).data;
    });
  }
  return { input: collector.result(), sources };
}

/**
 * The partner's own exports in the playground: each CSV or .xlsx file becomes sheets of a new in-memory
 * workbook (tools/excel-double) as Excel would open it, read in the browser (nothing leaves the page).
 *
 * - CSV (`,` `;` tab or `|` separated, detected from the header line as the engine does; UTF-8, UTF-16 or
 *   Windows-1252, src/engine/input/csv.ts's decodeBytes): one sheet named after the file, its cells written
 *   through Range.values, so they get Excel's General coercion ("42" a number, "2025-10" a date, "00123" 123)
 *   as when Excel opens the file. Differences kept on purpose: a cell starting with "=" stays text (Excel
 *   would make it a formula; as `spd --out`, text is never written as a formula), and an Excel "sep=" line
 *   names the separator and is left out, as Excel does.
 * - .xlsx (ExcelJS): one sheet per worksheet, values as stored (a text cell stays text, a number a number,
 *   a date its serial with its number format, a formula its calculated value).
 * - Excel's limits: rows past 1,048,576 and columns past 16,384 are left out and a cell over 32,767
 *   characters is cut, each with a note (Excel says "File not loaded completely").
 * Problems name the file (and the row, sheet or cell); a file that cannot be read is reported and skipped.
 */
import Papa from "papaparse";
import type ExcelJS from "exceljs";
import { decodeBytes, guessDelimiter } from "../../src/engine";
import { createExcelDouble, type ExcelDouble } from "../excel-double";
import { MAX_COLUMNS, MAX_ROWS, columnToLetters } from "../excel-double/address";
import { MAX_CELL_TEXT } from "../excel-double/model/cellInput";

export type Cell = string | number | boolean;

/**
 * One sheet to create: its rows from A1 as written through Range.values (a leading apostrophe keeps text as
 * text, as in Excel) and, for .xlsx, the number formats of the cells that have one.
 */
export interface SheetData {
  name: string;
  rows: Cell[][];
  /** "csv": cells written as typed (General coercion); "xlsx": as stored (every text with the apostrophe). */
  kind: "csv" | "xlsx";
  /** row → column → number format (xlsx cells not General). */
  formats?: Map<number, Map<number, string>>;
}

export interface OwnFile {
  name: string;
  bytes: Uint8Array;
}

/** A file that cannot be opened: the message names it. */
export class FileProblem extends Error {
  constructor(
    readonly file: string,
    message: string
  ) {
    super(message);
    this.name = "FileProblem";
  }
}

export interface FileRead {
  sheets: SheetData[];
  notes: string[];
}

const CSV_NAME = /\.(csv|tsv|txt)$/i;
const XLSX_NAME = /\.(xlsx|xlsm)$/i;

/** The file name without its folder and extension ("modern-work-usage.csv" → "modern-work-usage"). */
export function baseName(file: string): string {
  const leaf = file.split(/[\\/]/).pop() ?? file;
  return leaf.replace(/\.[^.]+$/, "") || leaf;
}

/** A name Excel accepts for a sheet, unique in `taken` (case-insensitive), as Excel names a CSV's sheet after the file. */
export function sheetNameFor(wanted: string, taken: readonly string[]): string {
  let name = wanted
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31)
    .trim();
  if (name === "" || name.toLowerCase() === "history") name = name === "" ? "Sheet" : `${name}_`;
  const lower = taken.map((t) => t.toLowerCase());
  if (!lower.includes(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!lower.includes(candidate.toLowerCase())) return candidate;
  }
}

function cutToExcel(file: string, sheet: string, rows: Cell[][], notes: string[]): Cell[][] {
  if (rows.length > MAX_ROWS) {
    notes.push(`${file}: ${(rows.length - MAX_ROWS).toLocaleString("en-US")} rows after row 1,048,576 were left out (Excel's last row), as Excel does.`);
    rows = rows.slice(0, MAX_ROWS);
  }
  let wide = false;
  let cut = 0;
  let firstCut = "";
  for (let r = 0; r < rows.length; r++) {
    if (rows[r].length > MAX_COLUMNS) {
      wide = true;
      rows[r] = rows[r].slice(0, MAX_COLUMNS);
    }
    const line = rows[r];
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      // Counted as written, the apostrophe included, as Excel counts it.
      if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
        line[c] = v.slice(0, MAX_CELL_TEXT);
        if (!cut++) firstCut = `${sheet}!${columnToLetters(c)}${r + 1}`;
      }
    }
  }
  if (wide) notes.push(`${file}: cells after column XFD (16,384 columns, Excel's last) were left out, as Excel does.`);
  if (cut) notes.push(`${file}: ${cut === 1 ? "a cell" : `${cut} cells`} over 32,767 characters (Excel's limit) cut, the first at ${firstCut}.`);
  return rows;
}

/** The text's lines ending in "\n" only (CRLF and lone CR too), as the engine reads them. */
function oneLineEnd(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** A CSV file's bytes as the rows of one sheet. */
export function readCsvFile(file: string, bytes: Uint8Array, taken: readonly string[] = []): FileRead {
  const notes: string[] = [];
  if (bytes.length === 0) throw new FileProblem(file, `${file}: the file is empty. Download the export again from Partner Center Insights.`);
  const decoded = decodeBytes(bytes);
  if (decoded.note) notes.push(`${file}: ${decoded.note}`);
  let text = oneLineEnd(decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text);
  const sep = /^sep=(.)\n/i.exec(text);
  let delimiter: string;
  let skipped = 0;
  if (sep) {
    delimiter = sep[1] === "t" ? "\t" : sep[1];
    text = text.slice(sep[0].length);
    skipped = 1;
  } else delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n", skipEmptyLines: false });
  const open = parsed.errors.find((e) => e.code === "MissingQuotes");
  if (open)
    throw new FileProblem(
      file,
      `${file}, row ${skipped + (open.row ?? 0) + 1}: a quote (") opens in this row and is never closed, so every line after it would be one cell. Close the quote, or download the export again from Partner Center Insights.`
    );
  const data = parsed.data;
  while (data.length > 0 && data[data.length - 1].every((c) => c === "")) data.pop();
  if (data.length === 0) throw new FileProblem(file, `${file}: the file has no rows. Download the export again from Partner Center Insights.`);
  // Text starting with "=" stays text (written with Excel's apostrophe), as does text starting with one.
  const rows: Cell[][] = data.map((line) => line.map((c) => (c.startsWith("=") || c.startsWith("'") ? `'${c}` : c)));
  const name = sheetNameFor(baseName(file), taken);
  return { sheets: [{ name, rows: cutToExcel(file, name, rows, notes), kind: "csv" }], notes };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell as stored: a formula's result, a hyperlink's or rich text's text, a date as its serial. */
function storedValue(cell: ExcelJS.Cell): Cell | Date | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v as Cell | Date;
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result instanceof Date || typeof result !== "object") return (result as Cell | Date | undefined) ?? null;
    return cell.text;
  }
  return cell.text ?? "";
}

function uncalculated(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v) && (v.result === undefined || v.result === null);
}

/** An .xlsx workbook's bytes as one sheet per worksheet. */
export async function readXlsxFile(file: string, bytes: Uint8Array, taken: readonly string[] = []): Promise<FileRead> {
  const { default: Excel } = await import("exceljs");
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw new FileProblem(file, `${file}: not a readable .xlsx workbook (${(error as Error).message}). Open it in Excel and save it as .xlsx or CSV.`);
  }
  const notes: string[] = [];
  const sheets: SheetData[] = [];
  const names = [...taken];
  for (const worksheet of book.worksheets) {
    const rows: Cell[][] = [];
    const formats = new Map<number, Map<number, string>>();
    let never: string | null = null;
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      const line: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (!never && uncalculated(cell)) never = cell.address;
        const value = storedValue(cell);
        if (value === null) return;
        let format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
        let stored: Cell;
        if (value instanceof Date) {
          stored = (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
          format ??= "m/d/yyyy";
        } else stored = typeof value === "string" && value !== "" ? `'${value}` : value;
        line[c - 1] = stored;
        if (format && typeof stored === "number") {
          if (!formats.has(r - 1)) formats.set(r - 1, new Map());
          formats.get(r - 1)!.set(c - 1, format);
        }
      });
      rows[r - 1] = Array.from(line, (v) => v ?? "");
    });
    if (never)
      throw new FileProblem(
        file,
        `${file}, sheet ${worksheet.name}, cell ${never}: the cell holds a formula that was never calculated, so the workbook has no value for it (it was written by a program, not saved by Excel). Open it in Excel or LibreOffice Calc, save it, and open it again.`
      );
    const name = sheetNameFor(worksheet.name, names);
    names.push(name);
    sheets.push({
      name,
      rows: cutToExcel(
        file,
        name,
        Array.from(rows, (r) => r ?? []),
        notes
      ),
      kind: "xlsx",
      formats,
    });
  }
  if (sheets.length === 0) throw new FileProblem(file, `${file}: the workbook has no worksheets.`);
  return { sheets, notes };
}

/** Any file by its extension: CSV text or an .xlsx workbook; anything else is a problem naming the file. */
export async function readOwnFile(file: OwnFile, taken: readonly string[] = []): Promise<FileRead> {
  if (XLSX_NAME.test(file.name)) return readXlsxFile(file.name, file.bytes, taken);
  if (CSV_NAME.test(file.name)) return readCsvFile(file.name, file.bytes, taken);
  if (/\.xls$/i.test(file.name))
    throw new FileProblem(file.name, `${file.name}: an Excel 97-2003 workbook (.xls) cannot be read here. Open it in Excel and save it as .xlsx or CSV.`);
  throw new FileProblem(file.name, `${file.name}: not a CSV or .xlsx file. Open a Partner Center Insights export (.csv) or a workbook (.xlsx).`);
}

/** Rows per Range.values write, so each sync stays under Excel's 5 MB request limit. */
function chunks(rows: Cell[][], maxBytes = 2_000_000): Cell[][][] {
  const out: Cell[][][] = [];
  let current: Cell[][] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = JSON.stringify(row).length * 2 + 8;
    if (current.length > 0 && bytes + size > maxBytes) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Creates each sheet through the double's Excel API (Worksheets.add, Range.numberFormat, Range.values). */
export async function writeSheets(double: ExcelDouble, sheets: readonly SheetData[]): Promise<void> {
  for (const sheet of sheets)
    await double.Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.add(sheet.name);
      let start = 0;
      for (const part of chunks(sheet.rows)) {
        const width = Math.max(1, ...part.map((r) => r.length));
        const values = part.map((r) => Array.from({ length: width }, (_, c): Cell => (r[c] === undefined ? "" : r[c])));
        const range = worksheet.getRangeByIndexes(start, 0, part.length, width);
        // Number formats (.xlsx) before the values, so a date serial shows as the date it was.
        if (sheet.formats && [...sheet.formats.keys()].some((r) => r >= start && r < start + part.length))
          range.numberFormat = values.map((line, i) => line.map((_, c) => sheet.formats?.get(start + i)?.get(c) ?? "General"));
        range.values = values;
        start += part.length;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block: Excel refuses a request over 5 MB
        await context.sync();
      }
    });
}

export interface LoadedWorkbook {
  double: ExcelDouble;
  /** The first file's name without its extension: the download is "<exportName>-scored.xlsx". */
  exportName: string;
  /** "usage.csv → sheet usage (1,234 rows)". */
  loaded: string[];
  notes: string[];
  /** Files that could not be opened, each message naming the file. */
  problems: string[];
}

/**
 * A new in-memory workbook holding every readable file (in order); null `double` when none could be read.
 * The files that cannot be read are named in `problems`; the others load.
 */
export async function workbookFromFiles(files: readonly OwnFile[], syncDelayMs = 20): Promise<Omit<LoadedWorkbook, "double"> & { double: ExcelDouble | null }> {
  const loaded: string[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  const sheets: SheetData[] = [];
  let exportName = "";
  for (const file of files) {
    try {
      const read = await readOwnFile(
        file,
        sheets.map((s) => s.name)
      );
      sheets.push(...read.sheets);
      notes.push(...read.notes);
      exportName ||= baseName(file.name);
      loaded.push(`${file.name} → ${read.sheets.map((s) => `sheet ${s.name} (${s.rows.length.toLocaleString("en-US")} rows)`).join(", ")}`);
    } catch (error) {
      problems.push(error instanceof FileProblem ? error.message : `${file.name}: cannot be read (${(error as Error).message}).`);
    }
  }
  if (sheets.length === 0) return { double: null, exportName, loaded, notes, problems };
  const double = createExcelDouble({ syncDelayMs: 0, excelApi: "1.14" });
  try {
    await writeSheets(double, sheets);
  } catch (error) {
    return {
      double: null,
      exportName,
      loaded: [],
      notes,
      problems: [...problems, `${files.map((f) => f.name).join(", ")}: Excel could not take the cells (${(error as Error).message}).`],
    };
  }
  double.setSyncDelay(syncDelayMs);
  return { double, exportName, loaded, notes, problems };
}

/** The download's file name: "<first export name>-scored.xlsx". */
export function downloadName(exportName: string): string {
  return `${exportName.replace(/[\\/:*?"<>|]/g, "_") || "workbook"}-scored.xlsx`;
}

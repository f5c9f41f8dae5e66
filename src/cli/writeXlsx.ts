import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { FLAG_COLUMNS, SUMMARY_SHEET, isGood, summaryLayout, type ParsedInput, type Report, type RowFlags, type SummaryExtras } from "../engine";
import type { SkillingRowFlags } from "../engine";
import type { SourceRows } from "./readFiles";

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/g;

/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ], unique regardless of case. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(INVALID_SHEET_CHARS, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function keyOf(file: string, row: number): string {
  return `${file}\u0000${row}`;
}

/** CSV cells arrive as text; plain numbers go back as numbers so Excel does not flag "number stored as text". */
function cellValue(value: unknown): ExcelJS.CellValue {
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value as ExcelJS.CellValue;
}

/** The longest row's length; a loop, since spreading a million lengths into Math.max overflows the stack. */
function widest(rows: unknown[][]): number {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}

function trimBlankTail(rows: unknown[][]): unknown[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((c) => c === null || c === undefined || String(c).trim() === "")) end--;
  return rows.slice(0, end);
}

function addUsageSheet(workbook: ExcelJS.Workbook, name: string, rows: unknown[][], flags: Map<string, RowFlags>, file: string) {
  const sheet = workbook.addWorksheet(name);
  const headerIndex = rows.findIndex((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ""));
  const width = widest(rows);
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, c) => (row.getCell(c + 1).value = cellValue(value)));
    if (i === headerIndex) FLAG_COLUMNS.forEach((col, c) => (row.getCell(width + c + 1).value = col.header));
    else if (i > headerIndex) {
      const f = flags.get(keyOf(file, i + 1));
      if (f) FLAG_COLUMNS.forEach((col, c) => (row.getCell(width + c + 1).value = col.value(f)));
    }
  });
  FLAG_COLUMNS.forEach((col, c) => {
    const column = sheet.getColumn(width + c + 1);
    column.numFmt = col.numberFormat === "@" ? "" : col.numberFormat;
    column.width = Math.max(14, col.header.length + 2);
  });
  if (headerIndex >= 0) {
    sheet.getRow(headerIndex + 1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: headerIndex + 1 }];
  }
}

function addSkillingSheet(workbook: ExcelJS.Workbook, name: string, rows: unknown[][], skillingFlags: SkillingRowFlags[], file: string) {
  const sheet = workbook.addWorksheet(name);
  const flags = new Map<number, SkillingRowFlags>();
  for (const f of skillingFlags) if (f.file === file) flags.set(f.row, f);
  const width = widest(rows);
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, c) => (row.getCell(c + 1).value = value as ExcelJS.CellValue));
    const f = flags.get(i + 1);
    const out = i === 0 ? ["SPD Counts", "SPD Counts toward", "SPD Reason"] : f ? [f.countsToward.length ? "Yes" : "No", f.countsToward.join("; "), f.reason] : null;
    if (out) out.forEach((v, c) => (row.getCell(width + c + 1).value = v));
  });
  sheet.getRow(1).font = { bold: true };
}

/** Azure and Business Applications exports: copied as they are (their rows get no flag columns yet). */
function addPlainSheet(workbook: ExcelJS.Workbook, name: string, rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name);
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, c) => (row.getCell(c + 1).value = cellValue(value)));
  });
  sheet.getRow(1).font = { bold: true };
}

function addSummarySheet(workbook: ExcelJS.Workbook, report: Report, sources: string[], extras: SummaryExtras) {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  const fill = (good: boolean): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: good ? "FFC6EFCE" : "FFFFC7CE" } });
  for (const block of summaryLayout(report, sources, extras)) {
    switch (block.kind) {
      case "title":
        sheet.addRow([block.text]).font = { bold: true, size: 14 };
        break;
      case "heading":
        sheet.addRow([block.text]).font = { bold: true, size: 12 };
        break;
      case "info":
        for (const r of block.rows) sheet.addRow(r);
        sheet.addRow([]);
        break;
      case "table": {
        const { table } = block;
        sheet.addRow(table.header).font = { bold: true };
        table.rows.forEach((cells, i) => {
          const row = sheet.addRow(cells);
          for (const [column, format] of Object.entries(table.formats)) row.getCell(Number(column) + 1).numFmt = format;
          row.getCell(table.statusColumn + 1).fill = fill(isGood(cells[table.statusColumn]));
          if (table.boldRows.includes(i)) row.font = { bold: true };
        });
        sheet.addRow([]);
        break;
      }
      case "lines":
        sheet.addRow([block.title]).font = { bold: true };
        for (const line of block.lines) sheet.addRow([line]);
        break;
      case "trend":
        // ExcelJS writes no charts: the add-in's summary sheet has the chart; the table above has the numbers.
        break;
    }
  }
  [44, 26, 24, 22, 22, 10, 28, 12, 48, 48].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** Writes the input rows with their flag columns, then a summary sheet. */
export async function writeXlsx(path: string, input: ParsedInput, report: Report, skillingFlags: SkillingRowFlags[], sources: SourceRows, extras: SummaryExtras = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SPD Partner Score";
  const taken = new Set<string>(["spd summary"]);
  const flags = new Map<string, RowFlags>();
  const rows = report.rows ?? [];
  for (const f of rows) flags.set(keyOf(f.file, f.row), f);
  for (const table of input.tables) {
    const tableRows = trimBlankTail(sources.get(table.name)?.() ?? []);
    const name = sheetName(table.name.replace(/\.(csv|txt|xlsx)/i, ""), taken);
    if (table.layout === "m365-usage") addUsageSheet(workbook, name, tableRows, flags, table.name);
    else if (table.layout === "skilling") addSkillingSheet(workbook, name, tableRows, skillingFlags, table.name);
    else addPlainSheet(workbook, name, tableRows);
  }
  addSummarySheet(workbook, report, input.tables.map((t) => t.name), extras);
  await writeAtomically(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** A file-system failure writing --out: exit 3 with one line naming the file. */
export class OutputError extends Error {
  override name = "OutputError";
}

/**
 * Writes beside the target, then renames over it: a failure (missing folder, a folder in the way, a
 * full disk) leaves any earlier file whole and no half-written workbook behind.
 */
async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    if ((await stat(path).catch(() => null))?.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "its folder does not exist" : code === "EISDIR" ? "that is a folder" : code === "ENOSPC" ? "the disk is full" : code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
    throw new OutputError(`cannot write ${path}: ${why}. Nothing was written.`);
  }
}

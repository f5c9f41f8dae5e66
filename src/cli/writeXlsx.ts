import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { FLAG_COLUMNS, SUMMARY_SHEET, columnLetter, isGood, summaryLayout, type ParsedInput, type Report, type RowFlags, type SummaryExtras } from "../engine";
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

// Excel's limits: characters in a cell, columns (A to XFD) and rows in a sheet.
const MAX_CHARS = 32_767;
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

/**
 * What the workbook could not keep as the input had it, said on the summary sheet: cells cut to Excel's
 * 32,767 characters, flag columns with no room after column XFD, rows past Excel's last.
 */
class WorkbookNotes {
  private cut = 0;
  private firstCut = "";
  readonly lines: string[] = [];

  /** A text longer than a cell holds, cut with a mark saying so; `where` names the cell (sheet, row, column). */
  fit(value: string, sheet: string, row: number, column: number): string {
    if (value.length <= MAX_CHARS) return value;
    if (!this.cut++) this.firstCut = `${sheet}!${columnName(column)}${row}`;
    const mark = `… [cut here: ${value.length.toLocaleString("en-US")} characters, Excel holds 32,767 in a cell]`;
    return value.slice(0, MAX_CHARS - mark.length) + mark;
  }

  all(): string[] {
    const cut = this.cut
      ? [`${this.cut.toLocaleString("en-US")} ${this.cut === 1 ? "cell was" : "cells were"} longer than Excel's 32,767 characters and ${this.cut === 1 ? "was" : "were"} cut, with a mark at the end (the first: ${this.firstCut}). The input file itself is unchanged.`]
      : [];
    return [...cut, ...this.lines];
  }
}

/**
 * CSV cells arrive as text; plain numbers go back as numbers so Excel does not flag "number stored as
 * text", unless Excel could not keep them (more than 15 digits, or too large: a 400-digit cell stays text).
 */
function cellValue(value: unknown, notes: WorkbookNotes, sheet: string, row: number, column: number): ExcelJS.CellValue {
  if (typeof value === "string") {
    if (value.length <= 40) {
      const t = value.trim();
      if (/^-?\d+(\.\d+)?$/.test(t) && t.replace(/^-?0*|\./g, "").length <= 15) return Number(t);
      return value;
    }
    return notes.fit(value, sheet, row, column);
  }
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return value as ExcelJS.CellValue;
}

/** "A", "Z", "AA": a column as Excel names it (1-based). */
const columnName = (column: number): string => columnLetter(column - 1);

function filled(value: unknown): boolean {
  return value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "");
}

/**
 * The columns the rows use: up to the last non-empty cell of any row (a sheet saved with its used range
 * stretched to column XFD has thousands of empty ones), at most Excel's 16,384. A loop, since spreading
 * a million lengths into Math.max overflows the stack.
 */
function widest(rows: unknown[][]): number {
  let width = 0;
  for (const r of rows) for (let c = Math.min(r.length, MAX_COLUMNS) - 1; c >= width; c--) if (filled(r[c])) width = c + 1;
  return width;
}

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;
type Sheet = ExcelJS.Worksheet;

/** Copies the rows' cells into the sheet (empty cells stay empty), within Excel's limits; each row is committed (streamed to disk) once written. */
function copyRows(sheet: Sheet, rows: unknown[][], width: number, notes: WorkbookNotes, after?: (row: ExcelJS.Row, i: number) => void) {
  const count = Math.min(rows.length, MAX_ROWS);
  if (rows.length > MAX_ROWS)
    notes.lines.push(`${sheet.name}: the input has ${rows.length.toLocaleString("en-US")} rows and a sheet holds ${MAX_ROWS.toLocaleString("en-US")}; the rows after that are not copied (they were scored).`);
  if (rows.some((r) => r.length > MAX_COLUMNS && r.slice(MAX_COLUMNS).some(filled)))
    notes.lines.push(`${sheet.name}: some rows have cells past column XFD, Excel's last (16,384 columns); those cells are not copied.`);
  for (let i = 0; i < count; i++) {
    const cells = rows[i];
    const row = sheet.getRow(i + 1);
    const n = Math.min(cells.length, width);
    for (let c = 0; c < n; c++) if (filled(cells[c])) row.getCell(c + 1).value = cellValue(cells[c], notes, sheet.name, i + 1, c + 1);
    after?.(row, i);
    row.commit();
  }
}

/** Whether `extra` flag columns fit after `width` columns; if not, the summary says why they are missing. */
function roomFor(name: string, width: number, extra: number, notes: WorkbookNotes): boolean {
  if (width + extra <= MAX_COLUMNS) return true;
  notes.lines.push(
    `${name}: no room for the SPD flag columns: the rows reach column ${columnName(width)}, and Excel stops at column XFD (16,384 columns). Delete the stray cells at the right edge of the export, then score again to get them.`,
  );
  return false;
}

function trimBlankTail(rows: unknown[][]): unknown[][] {
  let end = rows.length;
  while (end > 0 && !rows[end - 1].some(filled)) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}

function addUsageSheet(workbook: Writer, name: string, rows: unknown[][], flags: Map<string, RowFlags>, file: string, notes: WorkbookNotes) {
  const headerIndex = rows.findIndex((r) => r.some(filled));
  const sheet = workbook.addWorksheet(name, headerIndex >= 0 ? { views: [{ state: "frozen", ySplit: headerIndex + 1 }] } : {});
  const width = widest(rows);
  const room = roomFor(name, width, FLAG_COLUMNS.length, notes);
  // A streamed sheet writes its columns before its first row.
  if (room)
    FLAG_COLUMNS.forEach((col, c) => {
      const column = sheet.getColumn(width + c + 1);
      column.numFmt = col.numberFormat === "@" ? "" : col.numberFormat;
      column.width = Math.max(14, col.header.length + 2);
    });
  copyRows(sheet, rows, width, notes, (row, i) => {
    if (i === headerIndex) row.font = { bold: true };
    if (!room) return;
    if (i === headerIndex) FLAG_COLUMNS.forEach((col, c) => (row.getCell(width + c + 1).value = col.header));
    else if (i > headerIndex) {
      const f = flags.get(keyOf(file, i + 1));
      if (f)
        FLAG_COLUMNS.forEach((col, c) => {
          const value = col.value(f);
          row.getCell(width + c + 1).value = typeof value === "string" ? notes.fit(value, name, i + 1, width + c + 1) : value;
        });
    }
  });
  sheet.commit();
}

function addSkillingSheet(workbook: Writer, name: string, rows: unknown[][], skillingFlags: SkillingRowFlags[], file: string, notes: WorkbookNotes) {
  const sheet = workbook.addWorksheet(name);
  const flags = new Map<number, SkillingRowFlags>();
  for (const f of skillingFlags) if (f.file === file) flags.set(f.row, f);
  const width = widest(rows);
  const room = roomFor(name, width, 3, notes);
  copyRows(sheet, rows, width, notes, (row, i) => {
    if (i === 0) row.font = { bold: true };
    const f = flags.get(i + 1);
    const out = i === 0 ? ["SPD Counts", "SPD Counts toward", "SPD Reason"] : f ? [f.countsToward.length ? "Yes" : "No", f.countsToward.join("; "), f.reason] : null;
    if (out && room) out.forEach((v, c) => (row.getCell(width + c + 1).value = notes.fit(v, name, i + 1, width + c + 1)));
  });
  sheet.commit();
}

/** Azure and Business Applications exports: copied as they are (their rows get no flag columns yet). */
function addPlainSheet(workbook: Writer, name: string, rows: unknown[][], notes: WorkbookNotes) {
  const sheet = workbook.addWorksheet(name);
  copyRows(sheet, rows, widest(rows), notes, (row, i) => {
    if (i === 0) row.font = { bold: true };
  });
  sheet.commit();
}

function addSummarySheet(workbook: Writer, report: Report, sources: string[], extras: SummaryExtras, notes: WorkbookNotes) {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  [44, 26, 24, 22, 22, 10, 28, 12, 48, 48].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  // Summary text echoes names from the exports: every cell within Excel's limit too.
  let rowCount = 0;
  const add = (cells: readonly unknown[]) => {
    rowCount++;
    return sheet.addRow(cells.map((v, c) => (typeof v === "string" ? notes.fit(v, SUMMARY_SHEET, rowCount, c + 1) : v)));
  };
  const fill = (good: boolean): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: good ? "FFC6EFCE" : "FFFFC7CE" } });
  for (const block of summaryLayout(report, sources, extras)) {
    switch (block.kind) {
      case "title":
        add([block.text]).font = { bold: true, size: 14 };
        break;
      case "heading":
        add([block.text]).font = { bold: true, size: 12 };
        break;
      case "info":
        for (const r of block.rows) add(r);
        add([]);
        break;
      case "table": {
        const { table } = block;
        add(table.header).font = { bold: true };
        table.rows.forEach((cells, i) => {
          const row = add(cells);
          for (const [column, format] of Object.entries(table.formats)) row.getCell(Number(column) + 1).numFmt = format;
          row.getCell(table.statusColumn + 1).fill = fill(isGood(cells[table.statusColumn]));
          if (table.boldRows.includes(i)) row.font = { bold: true };
        });
        add([]);
        break;
      }
      case "lines":
        add([block.title]).font = { bold: true };
        for (const line of block.lines) add([line]);
        break;
      case "trend":
        // ExcelJS writes no charts: the add-in's summary sheet has the chart; the table above has the numbers.
        break;
    }
  }
  const said = notes.all();
  if (said.length) {
    add([]);
    add(["Notes on this workbook"]).font = { bold: true };
    for (const line of said) add([line]);
  }
  sheet.commit();
}

/** Writes the input rows with their flag columns, then a summary sheet. */
export async function writeXlsx(path: string, input: ParsedInput, report: Report, skillingFlags: SkillingRowFlags[], sources: SourceRows, extras: SummaryExtras = {}): Promise<void> {
  await writeAtomically(path, async (temporary) => {
    // Streamed: rows go to disk as they are written, so a million-row export does not sit in memory as a workbook.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: false });
    workbook.creator = "SPD Partner Score";
    await writeSheets(workbook, input, report, skillingFlags, sources, extras);
    await workbook.commit();
  });
}

async function writeSheets(workbook: Writer, input: ParsedInput, report: Report, skillingFlags: SkillingRowFlags[], sources: SourceRows, extras: SummaryExtras): Promise<void> {
  const taken = new Set<string>(["spd summary"]);
  const flags = new Map<string, RowFlags>();
  const rows = report.rows ?? [];
  for (const f of rows) flags.set(keyOf(f.file, f.row), f);
  const notes = new WorkbookNotes();
  for (const table of input.tables) {
    const tableRows = trimBlankTail(sources.get(table.name)?.() ?? []);
    const name = sheetName(table.name.replace(/\.(csv|txt|xlsx)/i, ""), taken);
    if (table.layout === "m365-usage") addUsageSheet(workbook, name, tableRows, flags, table.name, notes);
    else if (table.layout === "skilling") addSkillingSheet(workbook, name, tableRows, skillingFlags, table.name, notes);
    else addPlainSheet(workbook, name, tableRows, notes);
  }
  addSummarySheet(workbook, report, input.tables.map((t) => t.name), extras, notes);
}

/** A file-system failure writing --out: exit 3 with one line naming the file. */
export class OutputError extends Error {
  override name = "OutputError";
}

/**
 * Writes beside the target, then renames over it: a failure (missing folder, a folder in the way, a
 * full disk) leaves any earlier file whole and no half-written workbook behind.
 */
async function writeAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    if ((await stat(path).catch(() => null))?.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "its folder does not exist" : code === "EISDIR" ? "that is a folder" : code === "ENOSPC" ? "the disk is full" : code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
    throw new OutputError(`cannot write ${path}: ${why}. Nothing was written.`);
  }
}

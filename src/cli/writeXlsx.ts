import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { flagCells, flagColumnWidth, type FlagTable, type ParsedInput, type Report, type RowFlags, type SummaryExtras } from "../engine";
import { MAX_COLUMNS, MAX_ROWS, WorkbookNotes, columnName } from "./workbookNotes";
import { addSummarySheet } from "./summarySheet";
import type { SourceRows } from "./readFiles";

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/g;

/** Excel sheet names: ≤ 31 characters, none of : \ / ? * [ ], unique regardless of case. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(INVALID_SHEET_CHARS, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
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
    notes.lines.push(
      `${sheet.name}: the input has ${rows.length.toLocaleString("en-US")} rows and a sheet holds ${MAX_ROWS.toLocaleString("en-US")}; the rows after that are not copied (they were scored).`
    );
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

/**
 * Widths for the export's own columns, from their header and first rows (in characters, 8 to 40): at
 * Excel's default width the headers read "CustomerPartnerAtWorkloadMonthNa" and the tenant ids are cut.
 */
export function copiedColumnWidths(rows: readonly unknown[][], width: number, sample = 500): number[] {
  const widths = new Array<number>(width).fill(0);
  for (const r of rows.slice(0, sample))
    for (let c = 0; c < Math.min(r.length, width); c++) {
      const value = r[c];
      const text = value instanceof Date ? "2025-10-31" : filled(value) ? String(value) : "";
      widths[c] = Math.max(widths[c], text.length);
    }
  return widths.map((w) => Math.min(40, Math.max(8, Math.ceil(w * 1.1) + 2)));
}

/** Whether `extra` flag columns fit after `width` columns; if not, the summary says why they are missing. */
function roomFor(name: string, width: number, extra: number, notes: WorkbookNotes): boolean {
  if (width + extra <= MAX_COLUMNS) return true;
  notes.lines.push(
    `${name}: no room for the SPD flag columns: the rows reach column ${columnName(width)}, and Excel stops at column XFD (16,384 columns). Delete the stray cells at the right edge of the export, then score again to get them.`
  );
  return false;
}

function trimBlankTail(rows: unknown[][]): unknown[][] {
  let end = rows.length;
  while (end > 0 && !rows[end - 1].some(filled)) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}

/**
 * An export copied as it is, with its layout's flag columns after its last used column: the same
 * table (headers, formats, cells) the add-in writes beside the export in Excel.
 */
function addExportSheet(
  workbook: Writer,
  name: string,
  rows: unknown[][],
  headerIndex: number,
  table: FlagTable | undefined,
  flags: Map<number, RowFlags>,
  notes: WorkbookNotes
) {
  const sheet = workbook.addWorksheet(name, headerIndex >= 0 ? { views: [{ state: "frozen", ySplit: headerIndex + 1 }] } : {});
  const width = widest(rows);
  const columns = table && roomFor(name, width, table.columns.length, notes) ? table.columns : [];
  // A streamed sheet writes its columns before its first row.
  copiedColumnWidths(rows, width).forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  columns.forEach((col, c) => {
    const column = sheet.getColumn(width + c + 1);
    column.numFmt = col.numberFormat;
    column.width = flagColumnWidth(col);
  });
  copyRows(sheet, rows, width, notes, (row, i) => {
    if (i === headerIndex) row.font = { bold: true };
    if (!columns.length || i < headerIndex) return;
    if (i === headerIndex) {
      columns.forEach((col, c) => {
        const cell = row.getCell(width + c + 1);
        cell.value = col.header;
        cell.fill = HEADER_FILL;
        cell.alignment = { wrapText: true, vertical: "top" };
      });
      return;
    }
    const f = flags.get(i + 1);
    if (!f) return;
    flagCells(table!, f).forEach((value, c) => {
      if (value === null || value === "") return;
      row.getCell(width + c + 1).value = typeof value === "string" ? notes.fit(value, name, i + 1, width + c + 1) : value;
    });
  });
  sheet.commit();
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** Writes the input rows with their flag columns, then a summary sheet. */
export async function writeXlsx(path: string, input: ParsedInput, report: Report, sources: SourceRows, extras: SummaryExtras = {}): Promise<void> {
  await writeAtomically(path, async (temporary) => {
    // Streamed: rows go to disk as they are written, so a million-row export does not sit in memory as a workbook.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: false });
    workbook.creator = "SPD Partner Score";
    await writeSheets(workbook, input, report, sources, extras);
    await workbook.commit();
  });
}

async function writeSheets(workbook: Writer, input: ParsedInput, report: Report, sources: SourceRows, extras: SummaryExtras): Promise<void> {
  const taken = new Set<string>(["spd summary"]);
  const byFile = new Map<string, Map<number, RowFlags>>();
  for (const f of report.rows ?? []) {
    if (!byFile.has(f.file)) byFile.set(f.file, new Map());
    byFile.get(f.file)!.set(f.row, f);
  }
  const notes = new WorkbookNotes();
  for (const table of input.tables) {
    const tableRows = trimBlankTail(sources.get(table.name)?.() ?? []);
    const name = sheetName(table.name.replace(/\.(csv|txt|xlsx)/i, ""), taken);
    const flagTable = report.flagTables?.find((t) => t.layout === table.layout);
    addExportSheet(workbook, name, tableRows, table.headerRow - 1, flagTable, byFile.get(table.name) ?? new Map(), notes);
  }
  addSummarySheet(
    workbook,
    report,
    input.tables.map((t) => t.name),
    extras,
    notes
  );
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
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EISDIR"
          ? "that is a folder"
          : code === "ENOSPC"
            ? "the disk is full"
            : code === "EACCES" || code === "EPERM"
              ? "permission denied"
              : (error as Error).message;
    throw new OutputError(`cannot write ${path}: ${why}. Nothing was written.`);
  }
}

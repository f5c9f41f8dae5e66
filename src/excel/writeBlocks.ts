import type { SummaryBlock, SummaryCell, SummaryTable } from "../engine";
import { a1 } from "./address";
import { asCellValue, widthInPoints } from "./blocks";
import { placeTrendChart, writeTrendTable, type TrendPlacement } from "./writeTrendChart";

type Setup = Extract<SummaryBlock, { kind: "setup" }>;
type Trend = Extract<SummaryBlock, { kind: "trend" }>;
type Tone = NonNullable<SummaryTable["tones"][number]>;

/** Excel's default row height (Calibri 11), in points: a row of n wrapped lines is n times it. */
const LINE_HEIGHT = 15;

/**
 * Whether the host has an ExcelApi requirement set: the page layout and indents (1.9) are left out
 * where it cannot say, or says no (an older Excel; the double pretends to be one with excelApi "1.8").
 */
function hostHas(version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?(name: string, version: string): boolean } } } }).Office;
  return office?.context?.requirements?.isSetSupported?.("ExcelApi", version) === true;
}

function setHeight(sheet: Excel.Worksheet, row: number, lines: number): void {
  if (lines > 1) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = lines * LINE_HEIGHT;
}

/** Number formats first, in the same request as the values: Excel never reads "2025-10" as a date. */
function writeCells(sheet: Excel.Worksheet, row: number, column: number, values: SummaryCell[][], formats: string[][]): Excel.Range {
  const width = Math.max(...values.map((r) => r.length));
  const pad = <T>(r: T[], fill: T) => [...r, ...Array<T>(width - r.length).fill(fill)];
  const range = sheet.getRangeByIndexes(row, column, values.length, width);
  range.numberFormat = formats.map((r) => pad(r, "General"));
  range.values = values.map((r) => pad(r, "").map((v) => asCellValue(v)));
  return range;
}

const textFormats = (values: SummaryCell[][]) => values.map((r) => r.map((v) => (typeof v === "string" ? "@" : "General")));

function colour(range: Excel.Range, tone: Tone): void {
  range.format.fill.color = tone.fill;
  range.format.font.color = tone.font;
}

function writeTable(sheet: Excel.Worksheet, sheetName: string, top: number, table: SummaryTable): void {
  const width = table.header.length;
  writeCells(sheet, top, 0, [table.header, ...table.rows], [table.header.map(() => "@"), ...table.formats]);
  const added = sheet.tables.add(a1(sheetName, top, 0, table.rows.length + 1, width), true);
  added.name = table.name;
  const all = sheet.getRangeByIndexes(top, 0, table.rows.length + 1, width);
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  sheet.getRangeByIndexes(top, 0, 1, width).format.font.bold = true;
  setHeight(sheet, top, table.headerLines);
  const indent = hostHas("1.9");
  table.rows.forEach((cells, i) => {
    setHeight(sheet, top + 1 + i, table.lines[i]);
    // Text after column A one level in, off the number before it.
    if (indent) cells.forEach((v, c) => c > 0 && typeof v === "string" && v && (sheet.getRangeByIndexes(top + 1 + i, c, 1, 1).format.indentLevel = 1));
    const tone = table.tones[i];
    if (table.statusColumn >= 0 && tone) colour(sheet.getRangeByIndexes(top + 1 + i, table.statusColumn, 1, 1), tone);
  });
  for (const i of table.boldRows) sheet.getRangeByIndexes(top + 1 + i, 0, 1, width).format.font.bold = true;
}

/** A text wrapped across columns `from`..last of the notes area (merged where the host can), `lines` high. */
function wrapAcross(sheet: Excel.Worksheet, row: number, from: number, setup: Setup, lines: number): void {
  // The same row heights everywhere, so every block stays in the same cells.
  setHeight(sheet, row, lines);
  const area = sheet.getRangeByIndexes(row, from, 1, setup.noteColumns - from);
  // Every Excel since ExcelApi 1.2 has Range.merge (the double too).
  area.merge(false);
  area.format.wrapText = true;
  area.format.verticalAlignment = "Top";
  if (from > 0) {
    const label = sheet.getRangeByIndexes(row, 0, 1, 1).format;
    label.wrapText = true;
    label.verticalAlignment = "Top";
  }
}

function applySetup(sheet: Excel.Worksheet, setup: Setup): void {
  setup.widths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(w)));
  if (setup.freezeRows > 0) sheet.freezePanes.freezeRows(setup.freezeRows);
  if (hostHas("1.9")) {
    // Printed one page wide, as many pages tall as it takes.
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
}

/**
 * Writes layout blocks down a new sheet of ours (the cells and rules of SummaryBlock, the same as the
 * --out workbook's src/cli/summarySheet.ts): column widths from the layout, never from autofit.
 * Writes are queued for the caller's sync; the sheet is new, so no older chart to replace.
 */
export function writeBlocks(sheet: Excel.Worksheet, sheetName: string, blocks: readonly SummaryBlock[]): void {
  let row = 0;
  let setup: Setup = { kind: "setup", widths: [], freezeRows: 0, noteColumns: 7 };
  const trends: { at: TrendPlacement; block: Trend }[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "setup":
        setup = block;
        applySetup(sheet, block);
        continue;
      case "title":
      case "heading": {
        const font = writeCells(sheet, row, 0, [[block.text]], [["@"]]).format.font;
        font.bold = true;
        font.size = block.kind === "title" ? 14 : 12;
        row += 1;
        continue;
      }
      case "info":
        for (const r of block.rows) {
          writeCells(sheet, row, 0, [[r.label, r.value]], [["@", r.format]]);
          if (r.lines > 0) wrapAcross(sheet, row, 1, setup, r.lines);
          row += 1;
        }
        row += 1;
        continue;
      case "table":
        writeTable(sheet, sheetName, row, block.table);
        row += block.table.rows.length + 2;
        continue;
      case "notes":
        writeCells(sheet, row, 0, [[block.title]], [["@"]]).format.font.bold = true;
        row += 1;
        for (const line of block.lines) {
          writeCells(sheet, row, 0, [[line.text]], textFormats([[line.text]]));
          wrapAcross(sheet, row, 0, setup, line.lines);
          row += 1;
        }
        row += 1;
        continue;
      case "trend": {
        const at = { row, column: block.column };
        writeTrendTable(sheet, block.history, at, { minTotal: block.minTotal, table: block.table });
        trends.push({ at, block });
        row += block.rows + 1;
        continue;
      }
    }
  }
  // The chart sits in A:B beside its table, within the first screen's width.
  for (const { at, block } of trends) placeTrendChart(sheet, block.history, at, { minTotal: block.minTotal, table: block.table, chartColumn: 0 });
}

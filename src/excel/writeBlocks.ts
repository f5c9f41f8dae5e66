import { isGood, type SummaryBlock, type SummaryCell, type SummaryTable } from "../engine";
import { a1 } from "./address";
import { asCellValue } from "./blocks";
import { placeTrendChart, trendRows, writeTrendTable, type TrendPlacement } from "./writeTrendChart";

const GOOD_FILL = "#C6EFCE";
const BAD_FILL = "#FFC7CE";

function writeRows(sheet: Excel.Worksheet, row: number, values: SummaryCell[][]): Excel.Range {
  const width = Math.max(...values.map((r) => r.length));
  const range = sheet.getRangeByIndexes(row, 0, values.length, width);
  range.values = values.map((r) => [...r, ...Array<SummaryCell>(width - r.length).fill("")].map((v) => asCellValue(v)));
  return range;
}

function writeTable(sheet: Excel.Worksheet, sheetName: string, top: number, table: SummaryTable): void {
  writeRows(sheet, top, [table.header, ...table.rows]);
  const added = sheet.tables.add(a1(sheetName, top, 0, table.rows.length + 1, table.header.length), true);
  added.name = table.name;
  for (const [column, format] of Object.entries(table.formats))
    sheet.getRangeByIndexes(top + 1, Number(column), table.rows.length, 1).numberFormat = table.rows.map(() => [format]);
  if (table.statusColumn >= 0)
    table.rows.forEach((r, i) => {
      sheet.getRangeByIndexes(top + 1 + i, table.statusColumn, 1, 1).format.fill.color = isGood(r[table.statusColumn]) ? GOOD_FILL : BAD_FILL;
    });
  for (const i of table.boldRows) sheet.getRangeByIndexes(top + 1 + i, 0, 1, table.header.length).format.font.bold = true;
}

/**
 * Writes layout blocks (title, info rows, tables, lines, trend charts) down a sheet of ours and
 * autofits its columns. Writes are queued for the caller's sync; the sheet is new, so no older chart to replace.
 */
export function writeBlocks(sheet: Excel.Worksheet, sheetName: string, blocks: readonly SummaryBlock[]): void {
  let row = 0;
  let width = 1;
  const trends: { at: TrendPlacement; block: Extract<SummaryBlock, { kind: "trend" }> }[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
      case "heading":
        writeRows(sheet, row, [[block.text]]).format.font.bold = true;
        row += 1;
        continue;
      case "info":
        writeRows(sheet, row, block.rows);
        row += block.rows.length + 1;
        continue;
      case "table":
        writeTable(sheet, sheetName, row, block.table);
        width = Math.max(width, block.table.header.length);
        row += block.table.rows.length + 2;
        continue;
      case "lines":
        writeRows(sheet, row, [[block.title], ...block.lines.map((l) => [l])]);
        sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
        row += block.lines.length + 2;
        continue;
      case "trend": {
        const at = { row, column: 0 };
        writeTrendTable(sheet, block.history, at, { minTotal: block.minTotal });
        trends.push({ at, block });
        row += trendRows(block.history, { minTotal: block.minTotal }) + 1;
        continue;
      }
    }
  }
  sheet.getRangeByIndexes(0, 0, row, width).format.autofitColumns();
  // Charts move and resize with their cells: place them after the columns are autofitted.
  for (const { at, block } of trends) placeTrendChart(sheet, block.history, at, { minTotal: block.minTotal });
}

/** Deletes the sheet if it exists (it is one of ours), then adds it empty. */
export async function freshSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const old = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (!old.isNullObject) {
    old.delete();
    await context.sync();
  }
  return context.workbook.worksheets.add(name);
}

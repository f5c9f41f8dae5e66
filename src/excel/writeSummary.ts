import { SUMMARY_SHEET, isGood, summaryLayout, type Report, type SummaryCell, type SummaryTable } from "../engine";
import { a1 } from "./address";
import { asCellValue } from "./blocks";

const GOOD_FILL = "#C6EFCE";
const BAD_FILL = "#FFC7CE";

function writeBlock(sheet: Excel.Worksheet, row: number, values: SummaryCell[][]): Excel.Range {
  const width = Math.max(...values.map((r) => r.length));
  const range = sheet.getRangeByIndexes(row, 0, values.length, width);
  range.values = values.map((r) => [...r, ...Array<SummaryCell>(width - r.length).fill("")].map((v) => asCellValue(v)));
  return range;
}

function writeTable(sheet: Excel.Worksheet, top: number, table: SummaryTable): void {
  writeBlock(sheet, top, [table.header, ...table.rows]);
  const added = sheet.tables.add(a1(SUMMARY_SHEET, top, 0, table.rows.length + 1, table.header.length), true);
  added.name = table.name;
  for (const [column, format] of Object.entries(table.formats))
    sheet.getRangeByIndexes(top + 1, Number(column), table.rows.length, 1).numberFormat = table.rows.map(() => [format]);
  table.rows.forEach((r, i) => {
    sheet.getRangeByIndexes(top + 1 + i, table.statusColumn, 1, 1).format.fill.color = isGood(r[table.statusColumn]) ? GOOD_FILL : BAD_FILL;
  });
  for (const i of table.boldRows) sheet.getRangeByIndexes(top + 1 + i, 0, 1, table.header.length).format.font.bold = true;
}

/** Replaces the "SPD Summary" sheet (ours alone) with the report: a designations table, then a section per designation. */
export async function writeSummary(context: Excel.RequestContext, report: Report, sources: string[]): Promise<string> {
  const old = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  await context.sync();
  if (!old.isNullObject) {
    old.delete();
    await context.sync();
  }
  const sheet = context.workbook.worksheets.add(SUMMARY_SHEET);
  let row = 0;
  let width = 1;
  for (const block of summaryLayout(report, sources)) {
    switch (block.kind) {
      case "title":
      case "heading":
        writeBlock(sheet, row, [[block.text]]).format.font.bold = true;
        row += 1;
        continue;
      case "info":
        writeBlock(sheet, row, block.rows);
        row += block.rows.length + 1;
        continue;
      case "table":
        writeTable(sheet, row, block.table);
        width = Math.max(width, block.table.header.length);
        row += block.table.rows.length + 2;
        continue;
      case "lines":
        writeBlock(sheet, row, [[block.title], ...block.lines.map((l) => [l])]);
        sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
        row += block.lines.length + 1;
        continue;
    }
  }
  sheet.getRangeByIndexes(0, 0, row, width).format.autofitColumns();
  sheet.activate();
  context.application.suspendApiCalculationUntilNextSync();
  await context.sync();
  return SUMMARY_SHEET;
}

import type { Report } from "../engine";
import { a1 } from "./address";
import { asCellValue } from "./blocks";
import { METRIC_HEADER, SUMMARY_SHEET, TRACK_HEADER, summaryRows } from "./summaryRows";

const MET_FILL = "#C6EFCE";
const NOT_MET_FILL = "#FFC7CE";

function writeBlock(sheet: Excel.Worksheet, row: number, values: (string | number)[][]): Excel.Range {
  const range = sheet.getRangeByIndexes(row, 0, values.length, values[0].length);
  range.values = values.map((r) => r.map((v) => asCellValue(v)));
  return range;
}

/** Replaces the "SPD Summary" sheet (ours alone) with the report: info, a metrics table, a tracks table, warnings. */
export async function writeSummary(context: Excel.RequestContext, report: Report, sources: string[]): Promise<string> {
  const old = context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET);
  await context.sync();
  if (!old.isNullObject) {
    old.delete();
    await context.sync();
  }
  const sheet = context.workbook.worksheets.add(SUMMARY_SHEET);
  const content = summaryRows(report, sources);
  let row = 0;
  writeBlock(sheet, row, [["Partner Capability Score"]]).format.font.bold = true;
  row += 1;
  writeBlock(sheet, row, content.info);
  row += content.info.length + 1;

  const metricsTop = row;
  writeBlock(sheet, row, [METRIC_HEADER, ...content.metrics]);
  const metricsTable = sheet.tables.add(a1(SUMMARY_SHEET, metricsTop, 0, content.metrics.length + 1, METRIC_HEADER.length), true);
  metricsTable.name = "SPDMetrics";
  sheet.getRangeByIndexes(metricsTop + 1, 6, content.metrics.length, 1).numberFormat = content.metrics.map(() => ["0.00"]);
  content.metrics.forEach((m, i) => {
    sheet.getRangeByIndexes(metricsTop + 1 + i, 8, 1, 1).format.fill.color = m[8] === "Met" ? MET_FILL : NOT_MET_FILL;
  });
  row += content.metrics.length + 2;

  const tracksTop = row;
  writeBlock(sheet, row, [TRACK_HEADER, ...content.tracks]);
  const tracksTable = sheet.tables.add(a1(SUMMARY_SHEET, tracksTop, 0, content.tracks.length + 1, TRACK_HEADER.length), true);
  tracksTable.name = "SPDTracks";
  sheet.getRangeByIndexes(tracksTop + 1, 2, content.tracks.length, 3).numberFormat = content.tracks.map(() => ["0.00", "@", "0.00"]);
  content.tracks.forEach((t, i) => {
    sheet.getRangeByIndexes(tracksTop + 1 + i, 3, 1, 1).format.fill.color = t[3] === "Qualified" ? MET_FILL : NOT_MET_FILL;
  });
  row += content.tracks.length + 2;

  if (content.warnings.length) {
    writeBlock(sheet, row, [["Warnings"], ...content.warnings.map((w) => [w])]);
    sheet.getRangeByIndexes(row, 0, 1, 1).format.font.bold = true;
  }
  sheet.getRangeByIndexes(0, 0, row + content.warnings.length + 1, METRIC_HEADER.length).format.autofitColumns();
  sheet.activate();
  context.application.suspendApiCalculationUntilNextSync();
  await context.sync();
  return SUMMARY_SHEET;
}

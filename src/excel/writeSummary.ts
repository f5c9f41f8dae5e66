import { SUMMARY_SHEET, summaryLayout, type Report, type SummaryExtras } from "../engine";
import { freshSheet, writeBlocks } from "./writeBlocks";

/** Replaces the "SPD Summary" sheet (ours alone) with the report: a designations table, a section per designation, the history and its charts. */
export async function writeSummary(context: Excel.RequestContext, report: Report, sources: string[], extras: SummaryExtras = {}): Promise<string> {
  const sheet = await freshSheet(context, SUMMARY_SHEET);
  writeBlocks(sheet, SUMMARY_SHEET, summaryLayout(report, sources, extras));
  sheet.activate();
  context.application.suspendApiCalculationUntilNextSync();
  await context.sync();
  return SUMMARY_SHEET;
}

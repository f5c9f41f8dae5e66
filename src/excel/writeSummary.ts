import { SUMMARY_SHEET, summaryLayout, type Report, type SummaryExtras } from "../engine";
import { openOwnSheet, type OwnSheetPlan } from "./ownership";
import { writeBlocks } from "./writeBlocks";

/**
 * Writes the report to the add-in's summary sheet: ours cleared and rewritten in place (a user's
 * formula into it keeps working), or a new one beside a user's own sheet of that name.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  plan: OwnSheetPlan,
  report: Report,
  sources: string[],
  extras: SummaryExtras = {}
): Promise<string> {
  const sheet = await openOwnSheet(context, plan);
  writeBlocks(sheet, plan.name, summaryLayout(report, sources, extras));
  sheet.activate();
  context.application.suspendApiCalculationUntilNextSync();
  await context.sync();
  return plan.name;
}

export { SUMMARY_SHEET };

import type { DesignationId, DesignationResult, MicrosoftCloudResult, Report, ScoreHistory } from "../../engine";
import type { WorkbookSummary } from "../service";
import { month } from "./formats";
import { unavailableText } from "./historyColumns";

/**
 * The as-of picker's label of a month: "Nov-2023 (no year-earlier data)" when a designation that can
 * be scored lacks the data to score it (mostly its baseline a year earlier); "… for 2 designations"
 * when only some do. From the summary's monthsWithoutData: the engine's test the history applies too.
 */
export function asOfLabel(iso: string, summary: WorkbookSummary): string {
  const lacking = (summary.monthsWithoutData ?? []).filter((m) => m.month === iso);
  if (!lacking.length) return month(iso);
  const scorable = summary.designations.filter((d) => d.needs === null).length;
  const designations = new Set(lacking.map((m) => m.designation)).size;
  const what = lacking.some((m) => m.baseline) ? "no year-earlier data" : "incomplete data";
  return `${month(iso)} (${what}${designations < scorable ? ` for ${designations} designation${designations === 1 ? "" : "s"}` : ""})`;
}

/**
 * Designations whose as-of month the history found "Data unavailable" (the exports lack the month or
 * its baseline), with why: the same engine fact the History view shows, so the score and History agree.
 */
export function unavailableAsOf(report: Report, history: ScoreHistory | undefined): Map<DesignationId, string> {
  const out = new Map<DesignationId, string>();
  if (!history) return out;
  for (const d of report.designations) {
    if (!d.scored || (d.asOf ?? report.asOf) !== history.to) continue;
    const row = history.designations.find((h) => h.id === d.id)?.months.find((m) => m.month === history.to);
    if (row && !row.available) out.set(d.id, unavailableText(row.reason));
  }
  return out;
}

/** The report's designations with those lacking data in the as-of month shown as not scored, "Data unavailable: …", instead of a score. */
export function designationsShown(report: Report, history: ScoreHistory | undefined): DesignationResult[] {
  const unavailable = unavailableAsOf(report, history);
  return report.designations.map((d) => {
    const reason = unavailable.get(d.id);
    if (!reason) return d;
    return { ...d, scored: false, needs: reason, qualified: false, countingTrack: null, bestTrack: null, total: 0, status: "NotStarted", tracks: [] };
  });
}

/**
 * Solutions Partner for Microsoft Cloud as the cards show the designations: one whose as-of month is
 * "Data unavailable" does not count as qualifying, whatever its score without a baseline says.
 */
export function microsoftCloudShown(report: Report, history: ScoreHistory | undefined): MicrosoftCloudResult {
  const unavailable = unavailableAsOf(report, history);
  const { qualified, missing } = report.microsoftCloud;
  const still = qualified.filter((id) => !unavailable.has(id));
  const gone = qualified.filter((id) => unavailable.has(id));
  return { attained: report.microsoftCloud.attained && gone.length === 0, qualified: still, missing: [...missing, ...gone] };
}

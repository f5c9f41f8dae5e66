import type { DesignationHistory, MetricId, RenewalStatus } from "../../engine";
import { month } from "./formats";

/** The metric columns of a history table: every metric any month's counting track has, in first-seen order. */
export function metricColumns(history: DesignationHistory): { id: MetricId; label: string }[] {
  const columns: { id: MetricId; label: string }[] = [];
  for (const m of history.months)
    for (const metric of m.metrics) if (!columns.some((c) => c.id === metric.id)) columns.push({ id: metric.id, label: metric.label });
  return columns;
}

/** "2025-10" → "Oct-2025". */
export const monthName = month;

/** "May-2025 – Oct-2025": a span of months, in the pane's one month format. */
export const monthSpan = (from: string, to: string): string => (from === to ? month(from) : `${month(from)} – ${month(to)}`);

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2027-03-15" → "15 Mar 2027", as Partner Center (and the engine's reasons) write days. */
export function dayLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${SHORT[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/**
 * The one window of a designation and its one verdict: the renewal status's qualification eligibility
 * window (from the anniversary, or rolling to today for a partner not enrolled), with its months.
 */
export function windowLine(renewal: RenewalStatus): string {
  const w = renewal.qualificationWindow;
  return `Qualification eligibility window ${monthSpan(w.from.slice(0, 7), w.to.slice(0, 7))}`;
}

/** "Renewal status on 6 Dec 2026; renewal window 15 Mar 2027 – 14 Apr 2027." / "Enrolment status on 6 Dec 2026 (not enrolled)." */
export function statusDateLine(renewal: RenewalStatus): string {
  if (renewal.kind !== "renewal") return `Enrolment status on ${dayLabel(renewal.today)} (no anniversary date: not enrolled yet).`;
  const w = renewal.renewalWindow;
  return `Renewal status on ${dayLabel(renewal.today)}, anniversary ${dayLabel(renewal.anniversary ?? "")}${w ? `; renewal window ${dayLabel(w.from)} – ${dayLabel(w.to)}` : ""}.`;
}

/** Without a renewal status: which of the months shown were Qualified (the months, not a window). */
export function qualifiedMonthsText(history: DesignationHistory): string {
  return history.qualifiedMonths.length ? `Qualified in ${history.qualifiedMonths.map(month).join(", ")}` : "Not Qualified in any month shown";
}

/** Why a month has no score, without repeating "Data unavailable" (the engine's reasons may start with it). */
export function unavailableText(reason: string | undefined): string {
  const rest = (reason ?? "").replace(/^Data unavailable:?\s*/i, "");
  return rest ? `Data unavailable: ${rest}` : "Data unavailable";
}

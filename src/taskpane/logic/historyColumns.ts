import type { DesignationHistory, MetricId } from "../../engine";
import { isoMonthLabel } from "../../engine";

/** The metric columns of a history table: every metric any month's counting track has, in first-seen order. */
export function metricColumns(history: DesignationHistory): { id: MetricId; label: string }[] {
  const columns: { id: MetricId; label: string }[] = [];
  for (const m of history.months)
    for (const metric of m.metrics) if (!columns.some((c) => c.id === metric.id)) columns.push({ id: metric.id, label: metric.label });
  return columns;
}

/** "2025-10" → "Oct-2025". */
export const monthName = isoMonthLabel;

/** "Qualified in the window: yes (Sep-2025, Oct-2025)" / "no". */
export function windowText(history: DesignationHistory): string {
  return history.qualifiedInWindow ? `Qualified in the window: yes (${history.qualifiedMonths.map(monthName).join(", ")})` : "Qualified in the window: no";
}

import { formatMonth, type MonthIndex } from "../parse/months";
import type { MetricSides } from "./results";

/** A side from the tenants behind it: their names, sorted and once each. */
export function side(month: MonthIndex, value: number, tenants: Iterable<string>) {
  return { month: formatMonth(month), value, tenants: [...new Set(tenants)].sort((a, b) => a.localeCompare(b)) };
}

/**
 * Both sides of a metric. A percent growth over a zero baseline cannot score: the note says so
 * rather than the value reading as a plain 0.
 */
export function sides(measure: string, change: MetricSides["change"], now: MetricSides["now"], baseline: MetricSides["baseline"]): MetricSides {
  const note = change === "percent" && baseline.value <= 0 ? "no baseline: growth cannot score" : undefined;
  return note ? { measure, change, now, baseline, note } : { measure, change, now, baseline };
}

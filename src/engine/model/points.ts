/** Linear, capped: `max(0, min(1, value / target)) × max points`. Full precision; round only to display. */
export function linearPoints(value: number, target: number, maxPoints: number): number {
  if (!(target > 0)) return 0;
  // value × max / target (not value / target × max) keeps 1/3 × 20 at 6.666666666666667.
  return Math.max(0, Math.min(maxPoints, (value * maxPoints) / target));
}

export type TrackStatus = "Qualified" | "Partial" | "InProgress" | "NotStarted";

/** Qualified: ≥ min total and every metric > 0; Partial: ≥ min total with a metric at 0; then In progress / Not started. */
/** What a track needs to qualify, as its rule set says: the total, and whether every metric needs a point. */
export interface Qualification {
  minTotal: number;
  everyMetricAboveZero: boolean;
}

/** A rule set's qualification as plain numbers; a bare number is a minimum total with every metric above 0. */
export function qualificationOf(q: number | Qualification | { minTotal: { value: number }; everyMetricAboveZero: { value: boolean } }): Qualification {
  if (typeof q === "number") return { minTotal: q, everyMetricAboveZero: true };
  if (typeof q.minTotal === "number") return q as Qualification;
  const sourced = q as { minTotal: { value: number }; everyMetricAboveZero: { value: boolean } };
  return { minTotal: sourced.minTotal.value, everyMetricAboveZero: sourced.everyMetricAboveZero.value };
}

export function trackStatus(total: number, metricPoints: readonly number[], qualification: number | Qualification): TrackStatus {
  const { minTotal, everyMetricAboveZero } = qualificationOf(qualification);
  const everyAboveZero = !everyMetricAboveZero || metricPoints.every((p) => p > 0);
  if (total >= minTotal) return everyAboveZero ? "Qualified" : "Partial";
  return total > 0 ? "InProgress" : "NotStarted";
}

export const STATUS_LABEL: Record<TrackStatus, string> = {
  Qualified: "Qualified",
  Partial: "Partial",
  InProgress: "In progress",
  NotStarted: "Not started",
};

/** Display rounding: at most two decimals, no trailing zeros (6.67, 15, 2.5). */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

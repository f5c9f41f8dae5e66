import { categoryGroups, formatPoints, type CategoryGroup, type MetricResult, type TrackResult } from "../../engine";
import { pts } from "./formats";
import { amountText, changeText, rowSides, scoreRows, type ScoreRow } from "./scorecard";

/**
 * The simulated result in the scorecard's rows: per metric one row per association type or part, each
 * with its value before → after in the metric's unit, its points before → after and the change. Built
 * from the two reports (not the compare's merged strings), so no cell ever holds several rows.
 */
export interface SimulatedRow {
  key: string;
  /** "CPOR", "Azure", "Microsoft 365"; "" for a single value. */
  label: string;
  /** The row whose points the metric takes after the scenario. */
  counting: boolean;
  /** "−158 MAU growth", "$18,648", "5 customers". */
  before: string;
  after: string;
  /** The target in the same unit: "of 500 MAU growth". */
  maximum: string;
  /** The value's change in its unit: "+658 MAU", "+$6,353", "+3.6 pp"; "" when it did not move. */
  change: string;
  /** "0 → 9.9 pts", "10 pts" when unchanged, "" when the row earns no points of its own. */
  points: string;
  /** Points after − before (0 when the row earns none). */
  delta: number;
  /** "up 9.9 pts", "down 2 pts", "" for no change: what the ▲/▼ says in words. */
  deltaLabel: string;
  /** After value ÷ target, 0–1, for the bar. */
  progress: number;
}

export interface SimulatedMetric {
  id: MetricResult["id"];
  label: string;
  before: number;
  after: number;
  maxPoints: number;
  delta: number;
  rows: SimulatedRow[];
}

const EPS = 1e-9;

/** "up 4 pts" / "down 2 pts" at display rounding; "" when it rounds to nothing. */
export function deltaWords(delta: number): string {
  const shown = formatPoints(Math.abs(delta));
  if (shown === "0") return "";
  return `${delta > 0 ? "up" : "down"} ${shown} ${shown === "1" ? "pt" : "pts"}`;
}

function pointsText(before: number | undefined, after: number | undefined): string {
  if (before === undefined && after === undefined) return "";
  const b = before ?? 0;
  const a = after ?? 0;
  return formatPoints(a) === formatPoints(b) ? pts(a) : `${formatPoints(b)} → ${pts(a)}`;
}

/** One metric, current beside simulated. Recommendations re-score a metric without its sides: the unit comes from the current one's. */
export function simulatedMetric(before: MetricResult | undefined, after: MetricResult): SimulatedMetric {
  const unitFrom = after.sides ? after : { ...after, sides: before?.sides };
  const afterRows = scoreRows(unitFrom);
  const beforeRows = before ? scoreRows(before) : [];
  const rows = afterRows.map((a): SimulatedRow => {
    const b: Partial<ScoreRow> = beforeRows.find((r) => r.key === a.key) ?? {};
    const s = rowSides(unitFrom, a.key);
    const was = b.value ?? 0;
    const delta = a.earned === undefined && b.earned === undefined ? 0 : (a.earned ?? 0) - (b.earned ?? 0);
    return {
      key: a.key,
      label: a.label,
      counting: a.counting,
      before: amountText(after, was, s),
      after: amountText(after, a.value, s),
      maximum: a.maximum,
      change: changeText(after, a.value - was, s),
      points: pointsText(b.earned, a.earned),
      delta: Math.abs(delta) < EPS ? 0 : delta,
      deltaLabel: deltaWords(delta),
      progress: a.target > 0 ? Math.max(0, Math.min(1, a.value / a.target)) : 0,
    };
  });
  return {
    id: after.id,
    label: after.label,
    before: before?.points ?? 0,
    after: after.points,
    maxPoints: after.maxPoints,
    delta: after.points - (before?.points ?? 0),
    rows,
  };
}

export interface SimulatedGroup extends Omit<CategoryGroup<SimulatedMetric & { points: number }>, "points"> {
  before: number;
  after: number;
  delta: number;
}

/** A track's metrics, current beside simulated, under the scorecard's categories with their points before → after. */
export function simulatedGroups(before: TrackResult | undefined, after: TrackResult): SimulatedGroup[] {
  const metrics = after.metrics.map((m) =>
    simulatedMetric(
      before?.metrics.find((x) => x.id === m.id),
      m
    )
  );
  return categoryGroups(metrics.map((m) => ({ ...m, points: m.after }))).map(({ points, ...g }) => {
    const was = g.metrics.reduce((s, m) => s + m.before, 0);
    return { ...g, before: was, after: points, delta: points - was };
  });
}

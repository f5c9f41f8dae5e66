import type { MetricResult, TrackResult, Gap, PerAssociation } from "../report/types";
import type { MetricRule, TrackRule } from "../rules/types";
import { formatPoints, linearPoints, trackStatus } from "./points";

export type MetricValue = number | PerAssociation;

function plural(n: number, unit: [string, string]): string {
  return n === 1 ? unit[0] : unit[1];
}

function formatCount(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Units still needed for full points on one target, rounded up to whole units. */
function unitsNeeded(value: number, target: number): number {
  return Math.max(0, Math.ceil(target - value - 1e-9));
}

function gap(metric: MetricRule, value: number, target: number, points: number, association?: string): Gap | null {
  const max = metric.maxPoints.value;
  const more = unitsNeeded(value, target);
  if (more === 0 || points >= max) return null;
  const gain = max - points;
  const perUnit = Math.min(gain, max / target);
  const unit = plural(more, metric.unit);
  const what = association ? `${association} ${unit}` : unit;
  return { association, more, points: gain, perUnit, text: `${formatCount(more)} more ${what}: +${formatPoints(gain)} points` };
}

export function metricResult(metric: MetricRule, value: MetricValue, extra: Partial<MetricResult> = {}): MetricResult {
  const max = metric.maxPoints.value;
  if (metric.target.kind === "single") {
    const target = metric.target.target.value;
    const v = typeof value === "number" ? value : 0;
    const points = linearPoints(v, target, max);
    const g = gap(metric, v, target, points);
    return { id: metric.id, label: metric.label, value: v, target, points, maxPoints: max, gaps: g ? [g] : [], ...extra };
  }
  const values: PerAssociation = {};
  const targets: PerAssociation = {};
  const pointsBy: PerAssociation = {};
  let best: string | undefined;
  for (const [association, target] of Object.entries(metric.target.targets)) {
    const v = typeof value === "number" ? 0 : (value[association] ?? 0);
    values[association] = v;
    targets[association] = target!.value;
    pointsBy[association] = linearPoints(v, target!.value, max);
    if (best === undefined || pointsBy[association] > pointsBy[best]) best = association;
  }
  const points = best === undefined ? 0 : pointsBy[best];
  const gaps = Object.keys(targets)
    .map((a) => gap(metric, values[a], targets[a], points, a))
    .filter((g): g is Gap => g !== null)
    .sort((x, y) => x.more - y.more);
  return { id: metric.id, label: metric.label, value: values, target: targets, points, maxPoints: max, bestAssociation: best, pointsBy, gaps, ...extra };
}

export function trackResult(track: TrackRule, metrics: MetricResult[], minTotal: number): TrackResult {
  const total = metrics.reduce((sum, m) => sum + m.points, 0);
  return {
    id: track.id,
    label: track.label,
    total,
    status: trackStatus(total, metrics.map((m) => m.points), minTotal),
    pointsToQualify: Math.max(0, minTotal - total),
    metrics,
    missing: metrics.filter((m) => m.gaps.length).map((m) => `${m.label}: ${m.gaps[0].text}`),
  };
}

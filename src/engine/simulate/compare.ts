import type { DesignationResult, MetricResult, Report, TrackResult } from "../model/results";
import type { DesignationId, MetricId, TrackId } from "../model/ruleTypes";
import { formatPoints, STATUS_LABEL, type TrackStatus } from "../model/points";
import { grouped } from "../model/text";

/** A metric before and after, as Partner Center's simulated result shows it ("10 ▲ +69", "20 Pts ▲ +20"). */
export interface MetricChange {
  id: MetricId;
  label: string;
  before: { value: string; points: number };
  after: { value: string; points: number; target: string };
  maxPoints: number;
  delta: number;
}

export interface TrackChange {
  id: TrackId;
  label: string;
  before: { total: number; status: TrackStatus };
  after: { total: number; status: TrackStatus };
  delta: number;
  metrics: MetricChange[];
}

export interface DesignationChange {
  id: DesignationId;
  name: string;
  scored: { before: boolean; after: boolean };
  before: { total: number; status: TrackStatus; qualified: boolean; track: TrackId | null };
  after: { total: number; status: TrackStatus; qualified: boolean; track: TrackId | null };
  delta: number;
  tracks: TrackChange[];
}

const count = (n: number) => grouped(n);

/** A metric value for display: "12", or per association / part / step: "CSP 12 · CPOR 3". */
export function formatMetricValue(value: MetricResult["value"] | MetricResult["target"]): string {
  if (typeof value === "number") return count(value);
  return Object.entries(value)
    .map(([k, v]) => `${k} ${count(v)}`)
    .join(" · ");
}

/** "▲ +20", "▼ −5", or "" when nothing changed (display rounding decides). */
export function formatDelta(delta: number): string {
  const shown = formatPoints(Math.abs(delta));
  if (shown === "0") return "";
  return delta > 0 ? `▲ +${shown}` : `▼ −${shown}`;
}

function metricChange(before: MetricResult | undefined, after: MetricResult): MetricChange {
  return {
    id: after.id,
    label: after.label,
    before: { value: before ? formatMetricValue(before.value) : "", points: before?.points ?? 0 },
    after: { value: formatMetricValue(after.value), points: after.points, target: formatMetricValue(after.target) },
    maxPoints: after.maxPoints,
    delta: after.points - (before?.points ?? 0),
  };
}

function trackChange(before: TrackResult | undefined, after: TrackResult): TrackChange {
  return {
    id: after.id,
    label: after.label,
    before: { total: before?.total ?? 0, status: before?.status ?? "NotStarted" },
    after: { total: after.total, status: after.status },
    delta: after.total - (before?.total ?? 0),
    metrics: after.metrics.map((m) =>
      metricChange(
        before?.metrics.find((x) => x.id === m.id),
        m
      )
    ),
  };
}

const side = (d: DesignationResult) => ({ total: d.total, status: d.status, qualified: d.qualified, track: d.countingTrack });

/** Every designation of the simulated report beside the current one. */
export function compareReports(current: Report, simulated: Report): DesignationChange[] {
  return simulated.designations.map((after) => {
    const before = current.designations.find((d) => d.id === after.id) ?? after;
    return {
      id: after.id,
      name: after.name,
      scored: { before: before.scored, after: after.scored },
      before: side(before),
      after: side(after),
      delta: after.total - before.total,
      tracks: after.tracks.map((t) =>
        trackChange(
          before.tracks.find((x) => x.id === t.id),
          t
        )
      ),
    };
  });
}

/** "Modern Work: 86.1 → 96.1 (▲ +10), Qualified". */
export function describeChange(change: DesignationChange): string {
  const delta = formatDelta(change.delta);
  return `${change.name}: ${formatPoints(change.before.total)} → ${formatPoints(change.after.total)}${delta ? ` (${delta})` : ""}, ${STATUS_LABEL[change.after.status]}`;
}

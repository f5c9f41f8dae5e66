import type { GenericTrackRule, MetricId, MetricRule, TrackId } from "./ruleTypes";
import { metricResult, num, type MetricValue } from "./trackResult";
import { metricValue } from "./metricSpace";

/** Tenant-metric values per track (metric id → value), as a scored metric keeps them. */
export type TenantMetricValues = Map<TrackId, Map<MetricId, MetricValue>>;

const picked = (keys: readonly string[], value: MetricValue): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const key of keys) out[key] = num(value, key);
  return out;
};

/**
 * The value a scored metric keeps for `value` (metricValue of metricResult), without scoring it:
 * explaining thousands of tenants needs their values, not their points, gaps and texts.
 */
export function keptValue(metric: MetricRule, value: MetricValue): MetricValue {
  const target = metric.target;
  switch (target.kind) {
    case "single":
      return typeof value === "number" ? value : 0;
    case "per-association":
      return picked(Object.keys(target.targets), value);
    case "parts":
      return picked(
        target.parts.map((p) => p.id),
        value
      );
    case "steps":
      return metricValue(metricResult(metric, value));
  }
}

/** Per track, the kept value of each metric `rawOf(track)` gives a raw value for (undefined: not a tenant metric). */
export function valuesByTrack<T extends GenericTrackRule>(
  tracks: readonly T[],
  rawOf: (track: T) => (metric: MetricId) => MetricValue | undefined
): TenantMetricValues {
  const out: TenantMetricValues = new Map();
  for (const track of tracks) {
    const raw = rawOf(track);
    const values = new Map<MetricId, MetricValue>();
    for (const metric of track.metrics) {
      const value = raw(metric.id);
      if (value !== undefined) values.set(metric.id, keptValue(metric, value));
    }
    out.set(track.id, values);
  }
  return out;
}

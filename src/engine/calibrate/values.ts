import type { DesignationResult } from "../model/results";
import type { CombinationResult, ResolvedObservation } from "./types";

/** One combination scored: its checks, and the designation results they were read from. */
export interface Scored {
  combination: CombinationResult;
  results: DesignationResult[];
}

/** A metric's value (or points) in a designation result; null when the track or metric is not there. */
export function engineValue(result: DesignationResult | undefined, o: Pick<ResolvedObservation, "track" | "metric" | "part" | "kind">): number | null {
  const track = result?.tracks.find((t) => t.id === o.track);
  if (!track) return null;
  if (o.metric === "total") return track.total;
  const metric = track.metrics.find((m) => m.id === o.metric);
  if (!metric) return null;
  if (o.kind === "points") return o.part === undefined ? metric.points : (metric.pointsBy?.[o.part] ?? null);
  if (o.part === undefined) return typeof metric.value === "number" ? metric.value : null;
  return typeof metric.value === "number" ? null : (metric.value[o.part] ?? 0);
}

import type { PerAssociation } from "./results";
import type { MetricId, TrackId } from "./ruleTypes";

/** What a change (a tenant's rows, a raised row) does to one metric: after − before. */
export interface MetricEffect {
  metric: MetricId;
  label: string;
  /** Change of the metric's value: a number, or per association type / part (only the parts that move). */
  units: number | PerAssociation;
  points: number;
  /** Why the units move but the points do not (already capped, another association counts, blocked, at or below 0). */
  note?: string;
  /** "−1 net customer add (−2 points)". */
  text: string;
}

export interface TrackEffect {
  track: TrackId;
  label: string;
  /** Change of the track's total. */
  points: number;
  /** The metrics that move (units or points). */
  metrics: MetricEffect[];
}

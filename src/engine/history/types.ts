import type { DesignationId, MetricId, TrackId } from "../model/ruleTypes";
import type { TrackStatus } from "../model/points";

/** One track's total in one month (for the trend chart: a line per track). */
export interface TrackMonth {
  id: TrackId;
  label: string;
  total: number;
  status: TrackStatus;
}

/** One row of the history table, as Partner Center's "Scores" page shows it. */
export interface MonthScore {
  /** YYYY-MM. */
  month: string;
  /** False: "Data unavailable" (the exports lack the month or its year-ago baseline); `reason` says which. */
  available: boolean;
  reason?: string;
  /** Total of the track that counts (best, classified or single). */
  total: number;
  status: TrackStatus;
  qualified: boolean;
  countingTrack: TrackId | null;
  countingTrackLabel: string;
  /** @deprecated Earlier JSON names of `countingTrack` and `countingTrackLabel`; kept for one version. */
  bestTrack?: TrackId | null;
  bestTrackLabel?: string;
  /** Points per metric of the track that counts. */
  metrics: { id: MetricId; label: string; points: number; maxPoints: number }[];
  tracks: TrackMonth[];
  /** Points the track that counts still needs to reach the minimum total (absent when unavailable). */
  pointsToQualify?: number;
  /** Id of the rule set the month was scored with (the one in force that month, or the one asked for). */
  ruleSet?: string;
}

export interface DesignationHistory {
  id: DesignationId;
  name: string;
  /** Set when the designation cannot be scored at all: the export it needs (every month is then unavailable). */
  needs?: string;
  /** Oldest first; the last is the as-of month. */
  months: MonthScore[];
  /** Qualified in at least one month of the window. */
  qualifiedInWindow: boolean;
  qualifiedMonths: string[];
}

/** The qualification eligibility window: the as-of month and the five before it (RULES.md §1.3). */
export interface ScoreHistory {
  /** YYYY-MM of the window's first and last month. */
  from: string;
  to: string;
  designations: DesignationHistory[];
}

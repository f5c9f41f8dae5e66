import type { MetricId, TrackId } from "../rules/types";
import type { TrackStatus } from "../score/points";

/** The JSON report: stable; later designations add entries to `designations`. */
export interface Report {
  /** As-of month M (YYYY-MM) and its baseline P = M − 12. */
  asOf: string;
  baseline: string;
  designations: DesignationResult[];
  inputs: InputSummary[];
  warnings: Warning[];
  rows?: RowFlags[];
}

export interface InputSummary {
  name: string;
  layout: string;
  rows: number;
  skipped: number;
}

export interface Warning {
  code: string;
  message: string;
  file?: string;
  row?: number;
  column?: string;
}

export interface DesignationResult {
  id: "modern-work";
  name: string;
  qualified: boolean;
  /** Track with the higher total (ties: the first listed). */
  bestTrack: TrackId;
  ruleSet: { id: string; name: string; effectiveFrom: string };
  tracks: TrackResult[];
}

export interface TrackResult {
  id: TrackId;
  label: string;
  total: number;
  status: TrackStatus;
  /** Points still needed to reach the minimum total (0 when reached). */
  pointsToQualify: number;
  metrics: MetricResult[];
  /** What is missing for full points, one line per metric not at full points. */
  missing: string[];
}

export type PerAssociation = Record<string, number>;

export interface MetricResult {
  id: MetricId;
  label: string;
  value: number | PerAssociation;
  target: number | PerAssociation;
  points: number;
  maxPoints: number;
  /** For per-association metrics, the association type that earns most. */
  bestAssociation?: string;
  /** Points per association type, for per-association metrics. */
  pointsBy?: PerAssociation;
  /** Where the count came from for certifications: the skilling export, an option, or nothing. */
  basis?: "skilling-export" | "option" | "none";
  gaps: Gap[];
}

export interface Gap {
  association?: string;
  /** Units still needed for full points. */
  more: number;
  /** Points gained on reaching full points. */
  points: number;
  /** Points one more unit is worth (linear rule), capped at what is left. */
  perUnit: number;
  text: string;
}

export interface RowFlags {
  file: string;
  row: number;
  tenant: string;
  workload: string;
  month: string | null;
  /** Canonical eligible workload name, or null when not eligible. */
  eligibleWorkload: string | null;
  association: string;
  associationType: string;
  enterpriseEligible: boolean;
  smbEligible: boolean;
  usageRatio: number | null;
  deployment: boolean;
  countsToward: string[];
  reason: string;
}

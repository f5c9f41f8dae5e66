import type { DesignationId, EditionId, MetricId, TrackChoice, TrackId } from "./ruleTypes";
import type { TrackStatus } from "./points";
import type { FlagTable, RowFlags } from "./flags";

/** The JSON report: stable; later designations add entries to `designations`. */
export interface Report {
  /** As-of month M (YYYY-MM) and its baseline P = M − 12. */
  asOf: string;
  baseline: string;
  designations: DesignationResult[];
  microsoftCloud: MicrosoftCloudResult;
  inputs: InputSummary[];
  /** Fixes the partner must make ("fix") and notes on how the data was read ("info"), each with a short title. */
  warnings: ReportWarning[];
  /** With the `rows` option: every export row's flags, and the flag columns of each export layout. */
  rows?: RowFlags[];
  flagTables?: FlagTable[];
}

export interface InputSummary {
  name: string;
  layout: string;
  rows: number;
  skipped: number;
}

/** What a scorer or the input reader says about the data; the report classifies it (ReportWarning). */
export interface Warning {
  code: string;
  message: string;
  /** The export (file name, or sheet name in Excel), the 1-based row as the sheet shows it, the column's header. */
  file?: string;
  row?: number;
  column?: string;
}

/**
 * "fix": the partner must act on the exports (a row skipped, a cell to clean, an export or a month
 * missing); "info": how the data was read and what was assumed, nothing to do.
 */
export type WarningKind = "fix" | "info";

/** A warning as the report gives it: its kind, a one-line title and, for a fix, what to do (model/warningKinds.ts). */
export interface ReportWarning extends Warning {
  kind: WarningKind;
  /** "Unreadable value: row skipped": one short line; `message` is the whole text. */
  title: string;
  /** "Fix the cell and score again.": one short line. */
  action?: string;
}

export interface DesignationResult {
  id: DesignationId;
  name: string;
  /** "missing-data": the exports this designation needs are not there; `needs` says which. */
  scored: boolean;
  needs?: string;
  qualified: boolean;
  /**
   * The track that counts: the higher total where every track is scored ("best"), the partner's
   * track where it is classified, or the only one. Null when not scored.
   */
  countingTrack: TrackId | null;
  /** @deprecated The JSON's earlier name of `countingTrack` ("best" misled for classified designations); kept for one version. */
  bestTrack?: TrackId | null;
  /** The total a track needs to qualify, from the rule set (70 in every rule set so far). */
  qualifyingTotal: number;
  trackChoice: TrackChoice;
  /** For classified designations: which track and why. */
  classification?: { track: TrackId; reason: string };
  /** Total and status of the track that counts (0 / "NotStarted" when not scored). */
  total: number;
  status: TrackStatus;
  ruleSet: { id: string; edition: EditionId; name: string; effectiveFrom: string; options: string[] };
  tracks: TrackResult[];
  /** This designation's as-of month, when it differs from the report's (its exports end earlier). */
  asOf?: string;
}

/** Solutions Partner for Microsoft Cloud: attained when all six designations qualify. */
export interface MicrosoftCloudResult {
  attained: boolean;
  qualified: DesignationId[];
  missing: DesignationId[];
}

export interface TrackResult {
  id: TrackId;
  label: string;
  /** Another name the track had, e.g. "called Larger markets in 2022". */
  note?: string;
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
  /** Certification steps (prerequisites first), for stepped certification metrics. */
  steps?: StepResult[];
  /**
   * Why the metric scores 0 whatever its value (a usage-growth baseline under the minimum): more
   * units alone earn nothing, so the simulator and the cheapest path leave it alone.
   */
  blocked?: string;
  /**
   * The two sides the value compares, keyed by association type or part ("" for a single value):
   * the as-of month's figure and the baseline's, with the tenants behind each. Absent for
   * certification metrics (people now, no baseline).
   */
  sides?: Record<string, MetricSides>;
  gaps: Gap[];
}

/** One side of a comparison: a month's figure and the tenants that make it. */
export interface MetricSide {
  /** YYYY-MM; for trailing-twelve-month sums, the last month of the twelve. */
  month: string;
  value: number;
  /** Tenant names (as the export spells them), sorted; for sums, the tenants with a non-zero part. */
  tenants: string[];
}

/**
 * "Customers 8 now / 0 a year ago"; "ACR $41,200 vs $33,950 → 21.39 %". `change` says how the
 * metric's value follows from the sides: their difference, or the growth in percent.
 */
export interface MetricSides {
  /** What the sides count or sum: "customers", "deployments", "MAU", "ACR (USD)", "protected users". */
  measure: string;
  change: "difference" | "percent";
  now: MetricSide;
  baseline: MetricSide;
  /** Why the comparison cannot score as it stands ("no baseline: growth cannot score"). */
  note?: string;
}

export interface StepResult {
  id: string;
  label: string;
  people: number;
  minPeople: number;
  /** This step has its people and every earlier step is met. */
  met: boolean;
  points: number;
}

export interface Gap {
  /** The association type (per-association metrics), part (Security's Azure / M365) or certification step this gap is for. */
  lever?: string;
  /** @deprecated The JSON's earlier name of `lever` (it also held parts and steps); kept for one version. */
  association?: string;
  /** Units still needed for full points. */
  more: number;
  /** Points gained on reaching full points. */
  points: number;
  /** Points one more unit is worth (linear rule), capped at what is left. */
  perUnit: number;
  text: string;
}

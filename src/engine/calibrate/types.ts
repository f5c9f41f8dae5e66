import type { DesignationId, MetricId, TrackId } from "../model/ruleTypes";

/**
 * Calibrate to Partner Center (issue 10 §4): the values a partner reads off their own Partner Center
 * scorecard settle the rule readings the sources leave open (the rule sets' named alternatives).
 */

/** What an observed number is: the metric's Progress (its value), or the Points earned. */
export type ObservedKind = "value" | "points";

/**
 * The unit of a value, and so how closely the engine must reproduce it (Partner Center's printing):
 * - `count`: customers, deployments, people, MAU, protected users: exact;
 * - `percent`: percentage points of growth (Azure, Business Applications): 2 decimals, ±0.005;
 * - `usd`: dollars (Security's Azure ACR growth): to the dollar, ±0.5;
 * - `points`: points earned and totals: 2 decimals, ±0.005.
 */
export type ValueUnit = "count" | "percent" | "usd" | "points";

/**
 * One value read off Partner Center, as the partner gives it. The names may be ids
 * (`business-applications`, `smb`, `net-customer-adds`, `CSP`) or the labels Partner Center prints
 * (`Business Applications`, `SMB`, `Net customer adds`); `resolveObservations` checks them strictly.
 */
export interface Observation {
  designation: string;
  track: string;
  /** A metric id or label, or `total` (the track's total points). */
  metric: string;
  /** Association type (`CSP`, `CPOR`) or part (`azure`, `m365`) of a metric with one value per key. */
  part?: string;
  kind: ObservedKind;
  value: number;
  /** How far the engine may be off and still match (default: by unit, see ValueUnit). */
  tolerance?: number;
  /** A unit the text carried (`21.39%`, `$5,400`): checked against the metric's unit. */
  unit?: "percent" | "usd";
  /** The text as typed (`--observed`), for messages. */
  text?: string;
}

/** An observation checked against the rule set in force: canonical ids, unit and tolerance. */
export interface ResolvedObservation {
  /** Canonical address: `business-applications/smb/net-customer-adds`, `modern-work/smb/usage-growth/CSP`. */
  address: string;
  designation: DesignationId;
  track: TrackId;
  metric: MetricId | "total";
  part?: string;
  kind: ObservedKind;
  value: number;
  unit: ValueUnit;
  tolerance: number;
  /** "Business Applications · SMB · Net customer adds (points)". */
  label: string;
  text: string;
}

/** One key of a metric with a value per association type or part. */
export interface ObservablePart {
  id: string;
  label: string;
  unit: ValueUnit;
}

/** One metric (or track total) a partner can read off Partner Center, for a form or for checking `--observed`. */
export interface ObservableMetric {
  /** `business-applications/smb/net-customer-adds` (without a part). */
  address: string;
  designation: DesignationId;
  track: TrackId;
  trackLabel: string;
  metric: MetricId | "total";
  metricLabel: string;
  /** "Business Applications · SMB · Net customer adds". */
  label: string;
  /** The unit of the value when it is one number; `points` for the total. */
  unit: ValueUnit;
  /** Association types or parts; the value is given per part when `valuePerPart`. */
  parts: ObservablePart[];
  /** The value is one number per part (Modern Work's per-association metrics, Security's Azure / M365 parts). */
  valuePerPart: boolean;
  /** Partner Center's "Maximum". */
  maxPoints: number;
}

/** A documented alternative reading that calibration can switch. */
export interface CalibrationOption {
  id: string;
  label: string;
  source: string;
  /** The observed designations whose rule set in force has it. */
  designations: DesignationId[];
  /** The settings it changes: options changing the same setting exclude each other and are not combined. */
  sets: string[];
}

/** An option as the add-in shows it: its label and the designations whose rule sets have it. */
export interface OptionDescription {
  id: string;
  label: string;
  designations: DesignationId[];
  /** It sets nothing its rule sets do not already have (an id kept for earlier command lines). */
  changesNothing: boolean;
}

/** What Partner Center shows for one designation, as the rules in force define it. */
export interface ObservableDesignation {
  designation: DesignationId;
  /** "Business Applications". */
  name: string;
  ruleSet: { id: string; name: string };
  /** The as-of month it is scored at (YYYY-MM). */
  asOf: string;
  /** The named alternatives of its rule set in force (calibration tries those that change something). */
  options: { id: string; label: string; source: string; sets: string[]; changesNothing: boolean }[];
  tracks: { id: TrackId; label: string; metrics: ObservableMetric[] }[];
}

/** A designation that cannot be observed from these exports, and why. */
export interface UnobservableDesignation {
  designation: DesignationId;
  name: string;
  reason: string;
}

export interface ObservableCatalogue {
  designations: ObservableDesignation[];
  notScored: UnobservableDesignation[];
}

/** One observed value against one combination's score. */
export interface ObservationCheck {
  address: string;
  kind: ObservedKind;
  unit: ValueUnit;
  observed: number;
  /** What the engine computes under the combination (null: the metric does not exist there). */
  engine: number | null;
  /** engine − observed. */
  difference: number | null;
  matches: boolean;
}

/** One combination of options, scored. */
export interface CombinationResult {
  /** The options switched on (ids), in the order they were offered. */
  options: string[];
  /** "default reading" or "nca-either-month + growth-ttm". */
  label: string;
  /** Every observed value reproduced. */
  matches: boolean;
  mismatches: number;
  checks: ObservationCheck[];
  /** The reading the base options give (the one `score` would use). */
  current: boolean;
}

/** A tenant the two readings count differently on one metric. */
export interface TenantDifference {
  tenant: string;
  /** Tenant id (or name where the export has none). */
  key: string;
  /** Its effect on the metric (units: what the metric loses without it) under each reading. */
  compared: number;
  best: number;
  /** best − compared. */
  difference: number;
}

/** Which tenants explain why a metric moves between two readings. */
export interface MetricExplanation {
  address: string;
  /** The reading compared with the best combination (its options), or null when no option moves the metric. */
  comparedWith: string[] | null;
  comparedLabel: string;
  /** The metric's value under each reading. */
  comparedValue: number | null;
  bestValue: number | null;
  /** Tenants whose effect differs, largest difference first (at most `tenantLimit`). */
  tenants: TenantDifference[];
  /** How many tenants differ in all (tenants beyond the limit are counted here too). */
  tenantsDiffering: number;
  /** Tenants explained per reading (the rest were left out by `explainTenants`' limit). */
  tenantsExplained: number;
  tenantsLeftOut: number;
  note: string;
}

export type GroupStatus = "matched" | "ambiguous" | "no-match" | "skipped";

/**
 * Designations calibrated together: those whose rule sets share an option id (the three Azure
 * designations share `nca-either-month` and `growth-ttm`), because an option is switched for every
 * designation at once.
 */
export interface CalibrationGroup {
  designations: DesignationId[];
  /** "Infrastructure, Data & AI". */
  name: string;
  ruleSets: { designation: DesignationId; id: string; asOf: string }[];
  options: CalibrationOption[];
  /** Options of these rule sets not tried, and why (an id that changes nothing). */
  ignored: { id: string; why: string }[];
  observations: ResolvedObservation[];
  /** Combinations scored (2^options, less those combining options that change the same setting). */
  tried: number;
  /** Why nothing was tried (too many options). */
  skipped?: string;
  status: GroupStatus;
  /** Every combination, ranked: those matching everything first (the current reading, then fewest options), then by mismatches and distance. */
  combinations: CombinationResult[];
  /** Options of each combination that reproduces every observed value. */
  matching: string[][];
  /** The first ranked combination (matching, or the closest). */
  best: CombinationResult | null;
  /** When several combinations match: metrics whose values differ between them (type one of these too). */
  distinguishing: string[];
  /** The best combination's observed values it does not reproduce. */
  differences: ObservationCheck[];
  /** Tenants behind each difference between the best combination and another reading. */
  explanations: MetricExplanation[];
  /** Designations not observed whose rule sets have one of the chosen options: it applies to them too. */
  alsoAffects: DesignationId[];
}

export interface CalibrateOptions {
  /** Most options tried together (2^n combinations); a group with more is skipped and says so. Default 12. */
  maxOptions?: number;
  /** Tenants explained per reading (`explainTenants` limit, most rows first). Default 300. */
  tenantLimit?: number;
  /** Tenants listed per difference. Default 10. */
  listTenants?: number;
  /** Skip the per-tenant explanations (faster). */
  explain?: boolean;
}

export interface CalibrationResult {
  /** The report's as-of month and baseline of the base score. */
  asOf: string;
  baseline: string;
  groups: CalibrationGroup[];
  /** The options the base options asked for. */
  baseOptions: string[];
  /** The base options with each group's best combination in place of its options: what to score with from now on. */
  options: string[];
  /** The best combination per observed designation. */
  byDesignation: Partial<Record<DesignationId, string[]>>;
  maxOptions: number;
}

/** The small JSON file `spd calibrate --save` writes and `--options-file` reads. */
export interface SavedOptions {
  kind: "spd-calibrated-options";
  version: 1;
  /** Options to apply to every later score, simulation and history. */
  options: string[];
  /** Per calibrated designation: its rule set, the options chosen, and whether they reproduced every observed value. */
  designations: Partial<Record<DesignationId, { ruleSet: string; options: string[]; status: GroupStatus }>>;
  /** The observed values it was calibrated against, as addresses (`…=3`, `…=16pts`). */
  observed: string[];
  asOf: string;
}

import type { ParsedInput } from "../input/collector";
import type { MonthIndex } from "../parse/months";
import type { FlagColumn, RowContribution, RowSink } from "./flags";
import type { TrackResult, Warning } from "./results";
import type { LayoutId } from "../input/layouts";
import type { TenantExport } from "../input/withoutTenants";
import type { TenantMetricValues } from "./tenantValues";
import type { DesignationBase, ExplainContext } from "./explainTypes";
import type { NearMissCandidate, NearMissWindows, Raise } from "./nearMiss/types";
import type { CertificationRule, DesignationId, RuleSetBase, TrackId, WorkloadRule } from "./ruleTypes";

/** Certified-people counts typed in by the user; they replace the skilling export's for that designation. */
export interface CertificationCounts {
  intermediate?: number;
  advanced?: number;
}

export interface ScoreContext {
  /** As-of month M for this designation. */
  asOf: MonthIndex;
  counts: CertificationCounts;
  /** Ids of the rule set's named alternatives to apply (see RuleAlternative). */
  options: string[];
  /** The track Partner Center classified the partner in, when the user says so (classified designations). */
  track?: TrackId;
  /** Include per-row flags (`DesignationScore.rows`) for the exports it reads. */
  rows: boolean;
  /** With `rows`: where the flags go as they are made (flagRows); `DesignationScore.rows` is then left out. */
  rowSink?: RowSink;
}

export interface DesignationScore {
  tracks: TrackResult[];
  /** For classified designations: the partner's track and why. */
  classification?: { track: TrackId; reason: string };
  warnings: Warning[];
  /** Ids of the alternatives that were applied. */
  options: string[];
  /** What it says of each export row it reads, when `ScoreContext.rows`. */
  rows?: RowContribution[];
  /** Scorer-specific intermediate results (the --out workbook reads Modern Work's certification rows). */
  details?: unknown;
}

/** A month the score reads besides M: `offset` months before it, and what it is to M (for messages). */
export interface MonthRead {
  offset: number;
  role: string;
}

/** An export a hypothetical customer's rows can go to (the simulator's "export=" key). */
export type CustomerExport = "m365" | "azure" | "bizapps";

/** What a designation's rule set offers the simulator; the catalogue merges every designation's parts. */
export interface SimulatorParts {
  /** Workload or service names by export, and the key that matches a typed name against them. */
  workloads?: { export: CustomerExport; names: readonly WorkloadRule[]; key: (name: string) => string }[];
  /** An existing customer's monthly ACR a year ago that counts as a customer in this rule set. */
  existingMonthlyAcr?: number;
  /** An existing M365 deployment's active share of paid units a year ago. */
  deployedShare?: number;
  /** An existing Business Applications customer's monthly revenue, and deployment's MCV, a year ago. */
  existingMonthlyRevenue?: number;
  deployedMcv?: number;
  /** The consumption rate per user of a workload, where the rule set has a rate card. */
  rateOf?: (workload: string) => number | undefined;
}

/** One certification list of a rule set: "intermediate", or "intermediate, Step 3". */
export interface CertificationList {
  level: "intermediate" | "advanced";
  /** The step label where the metric has several steps. */
  step?: string;
  certifications: readonly CertificationRule[];
}

/**
 * Finds tenants just below a threshold. One finder may serve several designations (the three Azure
 * designations share one): it is called once with every scored designation that has it.
 */
export interface NearMissFinder {
  find(ctx: ExplainContext, designations: readonly DesignationBase[], windows: NearMissWindows): NearMissCandidate[];
}

/**
 * Everything about one designation: its rule sets, the exports it reads, its scorer, and what
 * explain, history and the simulator need of it. Those loop over the registry's modules and never
 * test a designation id; a new designation is one folder and one registry line.
 */
export interface DesignationModule<R extends RuleSetBase = RuleSetBase> {
  id: DesignationId;
  /** "Solutions Partner for Modern Work". */
  name: string;
  /** "Modern Work": the name warnings and lists use. */
  shortName: string;
  /** Oldest first. */
  ruleSets: readonly R[];
  /** The exports its tenant rows come from; it is scored when at least one of them has rows. */
  reads: readonly TenantExport[];
  /** What to add when none of them is given: "the M365 usage export (CustomerTenantName, …)". */
  needs: string;
  score(input: ParsedInput, rules: R, context: ScoreContext): DesignationScore;
  /** Months before M the score reads besides M itself and its baseline M − trailing. */
  monthsRead(trailing: number): readonly MonthRead[];
  /**
   * Its tenant metrics are sums of per-tenant terms, so a tenant's effect is its rows scored alone;
   * otherwise explanations score the export again without the tenant (slower, never wrong).
   */
  separable: boolean;
  /**
   * For a separable designation: its tenant metrics' values on an input (one tenant's rows, when
   * explaining), without the points, sides, warnings and texts of a score. Absent, explanations score
   * the input.
   */
  tenantValues?(input: ParsedInput, rules: R, context: Pick<ScoreContext, "asOf" | "track">): TenantMetricValues;
  /**
   * For a separable designation: every tenant's own values read from the score of the whole input
   * (its details), so explaining every tenant is one pass and scores nothing again. Absent, each
   * tenant's rows are computed alone (tenantValues).
   */
  tenantTerms?(input: ParsedInput, rules: R, score: DesignationScore): (tenants: Partial<Record<TenantExport, readonly number[]>>) => TenantMetricValues;
  /**
   * For a designation that is not separable: its tracks with some tenants left out, from sums kept
   * once, so explaining every tenant stays linear. Absent, explanations score the export again without
   * each tenant.
   */
  tenantsLeftOut?(input: ParsedInput, rules: R, context: { asOf: MonthIndex; track?: TrackId }, base: TrackResult[]): TenantsLeftOut;
  /**
   * For a designation that is not separable: its tracks with a near miss's rows raised, from the same
   * sums, so pricing every near miss stays linear. Absent, near misses score the export again per raise.
   */
  rowsRaised?(input: ParsedInput, rules: R, context: { asOf: MonthIndex; track?: TrackId }, base: TrackResult[]): RowsRaised;
  nearMisses?: NearMissFinder;
  simulator(rules: R): SimulatorParts;
  /** Its certification lists, for the skilling flags and the simulator's certification picker. */
  certificationLists(rules: R): readonly CertificationList[];
  /**
   * The rule set as its settings (after --option) read it, where a setting changes a track's numbers:
   * folded into the tracks, so every reader of the rule set (the simulator, the cheapest path) sees
   * the same numbers as the scorer.
   */
  effectiveRules?(rules: R): R;
  /**
   * The detail columns its row flags fill, per export layout, after "SPD Counts toward" and "SPD
   * Reason". Designations that read one export share its table (see flagTables), so a column id two
   * of them fill is one column.
   */
  flagColumns?(rules: R): readonly { layout: LayoutId; columns: readonly FlagColumn[] }[];
  /** The plain --intermediate/--advanced counts are this designation's (Modern Work, for the first callers). */
  takesPlainCounts?: boolean;
}

/**
 * The tracks (and the classification, for classified designations) with the tenants given, per export,
 * by their indices left out; null when that leaves nothing to score (the caller scores again).
 */
export type TenantsLeftOut = (tenants: Partial<Record<TenantExport, readonly number[]>>) => TracksFromSums | null;

/** The tracks (and the classification) with the rows raised; null when the module cannot tell (the caller scores again). */
export type RowsRaised = (raises: readonly Raise[]) => TracksFromSums | null;

/** What a designation's sums give for a change: its tracks, and the classification for classified designations. */
export interface TracksFromSums {
  tracks: TrackResult[];
  classification?: { track: TrackId };
}

import type { AssociationType } from "../parse/associations";

/**
 * Rules are data: every number carries where it comes from, so the report and the summary sheet can
 * say "why 300?" and a new Microsoft rule change is a new rule set, not a code change.
 */
export interface Sourced<T> {
  value: T;
  /** Id of an entry in the rule set's `sources`. */
  source: string;
  /** The source's own wording for this value, quoted (every number has one; test/engine/provenance checks). */
  quote?: string;
  /** Our reading, where the wording needs one ("40 / 6 so that six people give exactly 40"). */
  note?: string;
}

export type DesignationId = "modern-work" | "security" | "infrastructure" | "data-ai" | "digital-app-innovation" | "business-applications";

/** A rule edition groups one rule set per designation: `--rules 2026` picks them all. */
export type EditionId = "2023" | "2026";

/** "single": the designation has one set of thresholds (2023 Security and Azure). */
export type TrackId = "enterprise" | "smb" | "single";

/**
 * How the track that counts is chosen: "best" scores every track and takes the higher total
 * (Modern Work, 2026 Security); "classified" puts the partner in one track by a rule (Azure 2026,
 * Business Applications); "single" has one track.
 */
export type TrackChoice = "best" | "classified" | "single";

export type MetricId = "net-customer-adds" | "intermediate-certifications" | "advanced-certifications" | "usage-growth" | "deployments";

/** One component of a metric whose points are the capped sum of its parts (Security: Azure + M365). */
export interface PartRule {
  id: string;
  label: string;
  /** Noun for "N more …" (singular, plural). */
  unit: [string, string];
  /** Units of this part that earn one point. */
  unitsPerPoint: Sourced<number>;
}

/**
 * One step of a certification metric. A step's points count only when every earlier step has its
 * `minPeople`; prerequisite steps usually earn nothing (`pointsPerPerson` 0) or, on 2026 SMB tracks,
 * 4 points capped at 4. A person counts at most once per step and may count in several steps.
 */
export interface CertStepRule {
  id: string;
  label: string;
  certifications: Sourced<CertificationRule[]>;
  minPeople: Sourced<number>;
  pointsPerPerson: Sourced<number>;
  /** Most points this step can give (e.g. 4 for an SMB prerequisite step). */
  cap?: Sourced<number>;
}

export type MetricTarget =
  /** Linear: value / target × max points. */
  | { kind: "single"; target: Sourced<number> }
  /** One target per association type; the type that earns most counts. */
  | { kind: "per-association"; targets: Partial<Record<AssociationType, Sourced<number>>> }
  /** Σ part value / units per point, capped at max points. */
  | { kind: "parts"; parts: PartRule[] }
  /** Certification steps (prerequisites, then the scoring step), capped at max points. */
  | { kind: "steps"; steps: CertStepRule[] };

export interface MetricRule {
  id: MetricId;
  label: string;
  /** Noun for "N more …" (singular, plural). */
  unit: [string, string];
  maxPoints: Sourced<number>;
  target: MetricTarget;
}

/** A track of a designation other than Modern Work: its metrics; the designation's rules hold the rest. */
export interface GenericTrackRule {
  id: TrackId;
  label: string;
  /** Another name the track had ("called Larger markets in 2022"). */
  labelNote?: Sourced<string>;
  metrics: MetricRule[];
}

export interface TrackRule extends GenericTrackRule {
  id: "enterprise" | "smb";
  /** Association types whose rows count for this track. */
  associations: Sourced<AssociationType[]>;
  /** Paid available units on at least one eligible workload: more than `above`, at most `atMost` (null = no cap), as the rules word it. */
  paidUnits: { above: Sourced<number>; atMost: Sourced<number | null> };
}

export interface WorkloadRule {
  id: string;
  name: string;
  /** Other spellings seen in exports and docs; matched loosely (case, spaces, punctuation). */
  aliases: string[];
}

export interface CertificationRule {
  name: string;
  aliases: string[];
  /** A retired certification still counts until this date (YYYY-MM-DD), when set. */
  validUntil?: string;
}

export interface SourceRef {
  id: string;
  title: string;
  /** Where in the project's notes it is discussed ("shared/RULES.md §3.4"). */
  where: string;
  /**
   * Where a reader checks it: a Microsoft Learn (or other microsoft.com) URL, a seed document
   * ("seeds/004_f34668bd64b25687.txt", in shared/), or "issue N" where an issue states the rule.
   */
  url: string;
}

/**
 * A documented alternative reading of a rule, kept as a named option of the rule set rather than a
 * code fork (e.g. Azure net customer adds: "one of the last two months" instead of "two consecutive
 * months"). `set` overrides the rule set's `settings`.
 */
export interface RuleAlternative<S> {
  id: string;
  label: string;
  source: string;
  set: Partial<S>;
}

/** A rule set whose readings can be switched by name (`--option ID`). */
export interface WithAlternatives<S> {
  settings: S;
  alternatives: RuleAlternative<S>[];
}

/** What every designation's rule set has. */
export interface RuleSetBase {
  id: string;
  edition: EditionId;
  designation: DesignationId;
  name: string;
  /** First day the rule set is in force (YYYY-MM-DD). */
  effectiveFrom: string;
  sources: SourceRef[];
  qualification: { minTotal: Sourced<number>; everyMetricAboveZero: Sourced<boolean> };
  trackChoice: Sourced<TrackChoice>;
  /** Months between the as-of month and its baseline ("same month last year"). */
  trailingMonths: Sourced<number>;
  /** The tracks and their metrics; designation-specific thresholds live beside them. */
  tracks: GenericTrackRule[];
}

export interface ModernWorkRuleSet extends RuleSetBase {
  designation: "modern-work";
  deploymentRatio: Sourced<number>;
  workloads: Sourced<WorkloadRule[]>;
  certifications: { intermediate: Sourced<CertificationRule[]>; advanced: Sourced<CertificationRule[]> };
  tracks: TrackRule[];
  /** 2026: a tenant promoted to Enterprise stays SMB-eligible for a year. */
  smbStaysEligibleAfterPromotion?: Sourced<boolean>;
  /** 2026: workloads that count for usage growth and deployments only (Teams Premium), not for net customer adds. */
  extraWorkloadsForUsage?: Sourced<WorkloadRule[]>;
}

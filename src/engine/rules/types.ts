import type { AssociationType } from "../parse/associations";

/**
 * Rules are data: every number carries where it comes from, so the report and the summary sheet can
 * say "why 300?" and a new Microsoft rule change is a new rule set, not a code change.
 */
export interface Sourced<T> {
  value: T;
  /** Id of an entry in the rule set's `sources`. */
  source: string;
  note?: string;
}

export type TrackId = "enterprise" | "smb";
export type MetricId =
  | "net-customer-adds"
  | "intermediate-certifications"
  | "advanced-certifications"
  | "usage-growth"
  | "deployments";

export type MetricTarget =
  | { kind: "single"; target: Sourced<number> }
  /** One target per association type; the type that earns most counts. */
  | { kind: "per-association"; targets: Partial<Record<AssociationType, Sourced<number>>> };

export interface MetricRule {
  id: MetricId;
  label: string;
  /** Noun for "N more …" (singular, plural). */
  unit: [string, string];
  maxPoints: Sourced<number>;
  target: MetricTarget;
}

export interface TrackRule {
  id: TrackId;
  label: string;
  /** Association types whose rows count for this track. */
  associations: Sourced<AssociationType[]>;
  /** Paid available units on at least one eligible workload: more than `above`, at most `atMost` (null = no cap), as the rules word it. */
  paidUnits: { above: Sourced<number>; atMost: Sourced<number | null> };
  metrics: MetricRule[];
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
  where: string;
}

export interface ModernWorkRuleSet {
  id: string;
  designation: "modern-work";
  name: string;
  /** First day the rule set is in force (YYYY-MM-DD). */
  effectiveFrom: string;
  sources: SourceRef[];
  qualification: { minTotal: Sourced<number>; everyMetricAboveZero: Sourced<boolean> };
  trailingMonths: Sourced<number>;
  deploymentRatio: Sourced<number>;
  workloads: Sourced<WorkloadRule[]>;
  certifications: { intermediate: Sourced<CertificationRule[]>; advanced: Sourced<CertificationRule[]> };
  tracks: TrackRule[];
}

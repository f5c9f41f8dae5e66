import type { DesignationScore, CertificationCounts } from "./module";
import type { Report } from "./results";
import type { DesignationId, RuleSetBase, TrackId } from "./ruleTypes";

/** What scoreDesignations takes and gives: the engine's scoring API, below every layer that calls it. */

export interface ScoreOptions {
  /** As-of month M as YYYY-MM (default: each designation's latest month in its data). */
  asOf?: string;
  /** Modern Work certified-people counts (kept for the Modern Work-only callers). */
  intermediate?: number;
  advanced?: number;
  /** Certified-people counts per designation; they replace the skilling export's. */
  counts?: Partial<Record<DesignationId, CertificationCounts>>;
  /** A rule edition ("2023", "2026") or a rule set id, instead of the rule set in force in the as-of month. */
  ruleSet?: string;
  /** Named alternatives of the rule sets to apply (e.g. "nca-either-month"). */
  options?: string[];
  /** The track Partner Center put the partner in, for classified designations. */
  tracks?: Partial<Record<DesignationId, TrackId>>;
  /** As-of month per designation (YYYY-MM), where `asOf` is not given: the simulator keeps each designation's month. */
  asOfBy?: Partial<Record<DesignationId, string>>;
  /** Score only these designations (default: all). */
  designations?: DesignationId[];
  /** Include per-row flags in the report. */
  rows?: boolean;
}

/** A problem with what was asked (not with the data): no as-of month, a bad option. */
export class ScoreOptionError extends Error {
  override name = "ScoreOptionError";
}

export interface DesignationOutcome {
  id: DesignationId;
  rules: RuleSetBase | null;
  score: DesignationScore | null;
}

export interface ScoreAllResult {
  report: Report;
  outcomes: DesignationOutcome[];
}

import type { ParsedInput } from "../input/collector";
import type { MonthIndex } from "../parse/months";
import type { RowFlags, TrackResult, Warning } from "../report/types";
import type { DesignationId, RuleSetBase, TrackId } from "../rules/types";

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
  /** Include per-row flags (Modern Work's M365 rows). */
  rows: boolean;
}

export interface DesignationScore {
  tracks: TrackResult[];
  /** For classified designations: the partner's track and why. */
  classification?: { track: TrackId; reason: string };
  warnings: Warning[];
  /** Ids of the alternatives that were applied. */
  options: string[];
  rows?: RowFlags[];
  /** Scorer-specific intermediate results (the --out workbook reads Modern Work's certification rows). */
  details?: unknown;
}

/**
 * One designation's scoring: which exports it needs and how its rule sets turn them into tracks.
 * `needs` returns null when the input has what it needs, else a sentence naming the missing export.
 */
export interface DesignationScorer<R extends RuleSetBase = RuleSetBase> {
  id: DesignationId;
  name: string;
  /** Oldest first. */
  ruleSets: readonly R[];
  needs(input: ParsedInput): string | null;
  /** The latest month in the data this designation reads (its default as-of month), or null. */
  latestMonth(input: ParsedInput): MonthIndex | null;
  score(input: ParsedInput, rules: R, context: ScoreContext): DesignationScore;
}

import type { ParsedInput } from "../input/collector";
import type { TenantDirectory } from "../input/tenantDirectory";
import type { DesignationScore } from "./module";
import type { DesignationResult } from "./results";
import type { DesignationId, RuleSetBase } from "./ruleTypes";
import type { ScoreAllResult, ScoreOptions } from "./scoreTypes";

/** What the explanations share, below the designations' near-miss finders that read it. */

/** One scored designation of the base score: what every scenario is compared with. */
export interface DesignationBase {
  id: DesignationId;
  /** "Modern Work", "Data & AI". */
  name: string;
  /** The as-of month it was scored at (YYYY-MM): every scenario is scored at the same month. */
  asOf: string;
  rules: RuleSetBase;
  result: DesignationResult;
  score: DesignationScore;
}

/** Options of the explanations: the scoring options, and a base score already computed with them. */
export interface ExplainScoreOptions extends ScoreOptions {
  /** The score of `input` with these options (saves scoring it again). */
  base?: ScoreAllResult;
}

export interface ExplainContext {
  input: ParsedInput;
  /** The scoring options for every scenario (as-of month and designations are set per scenario). */
  options: ScoreOptions;
  base: ScoreAllResult;
  designations: DesignationBase[];
  directory: TenantDirectory;
  /** Scorings run after the base: whole exports scored again, and single tenants scored alone. */
  stats: { rescores: number; tenantScores: number };
}

import type { ParsedInput } from "../input/collector";
import type { DesignationScore } from "../designations/types";
import { DESIGNATION_SHORT_NAMES } from "../designations/names";
import type { DesignationResult } from "../report/types";
import type { DesignationId, RuleSetBase } from "../rules/types";
import { scoreDesignations, type ScoreAllResult, type ScoreOptions } from "../scoreDesignations";
import { tenantDirectory, type TenantDirectory } from "./directory";

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

export function explainContext(input: ParsedInput, options: ExplainScoreOptions = {}): ExplainContext {
  const { base: given, ...scoring } = options;
  const base = given ?? scoreDesignations(input, { ...scoring, rows: false });
  // Scenarios fix the as-of month and the designations themselves.
  const rest: ScoreOptions = { ...scoring, rows: false };
  delete rest.asOf;
  delete rest.designations;
  const designations: DesignationBase[] = [];
  for (const outcome of base.outcomes) {
    const result = base.report.designations.find((d) => d.id === outcome.id);
    if (!outcome.rules || !outcome.score || !result?.scored) continue;
    designations.push({ id: outcome.id, name: DESIGNATION_SHORT_NAMES[outcome.id], asOf: result.asOf ?? base.report.asOf, rules: outcome.rules, result, score: outcome.score });
  }
  return { input, options: rest, base, designations, directory: tenantDirectory(input), stats: { rescores: 0, tenantScores: 0 } };
}

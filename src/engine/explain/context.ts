import type { ParsedInput } from "../input/collector";
import { DESIGNATION_SHORT_NAMES } from "../model/designationNames";
import { scoreDesignations, type ScoreOptions } from "../scoring/scoreDesignations";
import { tenantDirectory } from "../input/tenantDirectory";
import type { DesignationBase, ExplainContext, ExplainScoreOptions } from "../model/explainTypes";

export type { DesignationBase, ExplainContext, ExplainScoreOptions };

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
    designations.push({
      id: outcome.id,
      name: DESIGNATION_SHORT_NAMES[outcome.id],
      asOf: result.asOf ?? base.report.asOf,
      rules: outcome.rules,
      result,
      score: outcome.score,
    });
  }
  return { input, options: rest, base, designations, directory: tenantDirectory(input), stats: { rescores: 0, tenantScores: 0 } };
}

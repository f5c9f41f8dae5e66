import type { ParsedInput } from "../input/collector";
import type { Report } from "../model/results";
import type { ModernWorkRuleSet } from "../model/ruleTypes";
import type { CountedCertifications } from "../designations/modern-work/certifications";
import type { UsageComputation } from "../designations/modern-work/usageMetrics";
import { modernWorkModule } from "../designations/modern-work/module";
import { scoreDesignations, type ScoreOptions } from "./scoreDesignations";

export { ScoreOptionError, type ScoreOptions } from "./scoreDesignations";

export interface ScoreResult {
  report: Report;
  rules: ModernWorkRuleSet;
  usage: UsageComputation;
  certifications: CountedCertifications | null;
}

/** Scores Solutions Partner for Modern Work alone, both tracks, and explains it. */
export function scoreModernWork(input: ParsedInput, options: ScoreOptions = {}): ScoreResult {
  const { report, outcomes } = scoreDesignations(input, { ...options, designations: ["modern-work"] }, [modernWorkModule]);
  const outcome = outcomes[0];
  if (!outcome.score) {
    // Keep the historical behaviour: with no usage rows there is nothing to score.
    return { report, rules: modernWorkModule.ruleSets[0], usage: null as never, certifications: null };
  }
  const details = outcome.score.details as { usage: UsageComputation; certifications: CountedCertifications | null };
  return { report, rules: outcome.rules as ModernWorkRuleSet, usage: details.usage, certifications: details.certifications };
}

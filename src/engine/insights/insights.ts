import { renewalStatuses, scoreHistory, type RenewalStatus, type ScoreHistory } from "../history";
import type { ParsedInput } from "../input/collector";
import { cheapestPaths, type DesignationPaths, type EffortWeightEdits } from "../optimise";
import type { DesignationId } from "../model/ruleTypes";
import type { ScoreAllResult, ScoreOptions } from "../scoring/scoreDesignations";
import { recommendations, type Recommendation } from "../simulate/recommendations";

export interface InsightOptions {
  /** Edits to the cheapest path's default effort weights. */
  weights?: EffortWeightEdits;
  /** YYYY-MM-DD; without it the renewal status is the new-partner (enrolment) one. */
  anniversary?: string;
  /** Per designation, YYYY-MM-DD (Partner Center keeps one per designation); overrides `anniversary` for those listed. */
  anniversaries?: Partial<Record<DesignationId, string>>;
  /** YYYY-MM-DD; without it no renewal status is given (the engine never reads the clock). */
  today?: string;
  /**
   * Score the six-month window too (six more scorings; default true), or the window already scored
   * for this input and these options (the pane keeps it while neither changes).
   */
  history?: boolean | ScoreHistory;
}

/** What the pane, the summary sheet and the command line show beside the score. */
export interface Insights {
  recommendations: Recommendation[];
  paths: DesignationPaths[];
  history?: ScoreHistory;
  renewal: RenewalStatus[];
  /** Each scored designation's qualifying total (its rule set's minimum), for the trend chart's line. */
  minTotals: Partial<Record<DesignationId, number>>;
}

/** Recommendations, cheapest paths, the six-month history and the renewal status, for a scored input. */
export function insights(input: ParsedInput, options: ScoreOptions, scored: ScoreAllResult, extra: InsightOptions = {}): Insights {
  const history = extra.history === false ? undefined : typeof extra.history === "object" ? extra.history : scoreHistory(input, { ...options, rows: false });
  return {
    recommendations: recommendations(scored.report, scored.outcomes),
    paths: cheapestPaths(scored.report, scored.outcomes, { weights: extra.weights }),
    history,
    renewal:
      history && extra.today
        ? renewalStatuses(history, { today: extra.today, anniversary: extra.anniversary ?? null, anniversaries: extra.anniversaries })
        : [],
    minTotals: Object.fromEntries(scored.outcomes.flatMap((o) => (o.rules ? [[o.id, o.rules.qualification.minTotal.value]] : []))),
  };
}

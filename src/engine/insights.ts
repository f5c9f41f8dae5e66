import { renewalStatuses, scoreHistory, type RenewalStatus, type ScoreHistory } from "./history";
import type { ParsedInput } from "./input/collector";
import { cheapestPaths, type DesignationPaths, type EffortWeightEdits } from "./optimise";
import type { ScoreAllResult, ScoreOptions } from "./scoreDesignations";
import { recommendations, type Recommendation } from "./simulate/recommendations";

export interface InsightOptions {
  /** Edits to the cheapest path's default effort weights. */
  weights?: EffortWeightEdits;
  /** YYYY-MM-DD; without it the renewal status is the new-partner (enrolment) one. */
  anniversary?: string;
  /** YYYY-MM-DD; without it no renewal status is given (the engine never reads the clock). */
  today?: string;
}

/** What the pane, the summary sheet and the command line show beside the score. */
export interface Insights {
  recommendations: Recommendation[];
  paths: DesignationPaths[];
  history: ScoreHistory;
  renewal: RenewalStatus[];
}

/** Recommendations, cheapest paths, the six-month history and the renewal status, for a scored input. */
export function insights(input: ParsedInput, options: ScoreOptions, scored: ScoreAllResult, extra: InsightOptions = {}): Insights {
  const history = scoreHistory(input, { ...options, rows: false });
  return {
    recommendations: recommendations(scored.report, scored.outcomes),
    paths: cheapestPaths(scored.report, scored.outcomes, { weights: extra.weights }),
    history,
    renewal: extra.today ? renewalStatuses(history, { today: extra.today, anniversary: extra.anniversary ?? null }) : [],
  };
}

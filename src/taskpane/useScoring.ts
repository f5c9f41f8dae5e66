import { useCallback, useEffect, useState } from "react";
import type { Progress, ScoreOutcome, ScoreRequest, ScoringService, WorkbookSummary } from "./service";

/** An outcome with the request it answers: the simulator and Explain must ask with the same request. */
export interface Scored {
  outcome: ScoreOutcome;
  request: ScoreRequest;
}

export type ScoringState =
  | { phase: "inspecting"; progress?: Progress }
  | { phase: "ready"; summary: WorkbookSummary; scored?: Scored }
  /** `previous` stays on screen while scoring again (new weights, anniversary), so the views keep their place. */
  | { phase: "scoring"; summary: WorkbookSummary; progress?: Progress; previous?: Scored }
  | { phase: "error"; message: string; summary?: WorkbookSummary };

/** The outcome to show: the current one, or while scoring again, the previous one. */
export function shownScore(state: ScoringState): Scored | undefined {
  return state.phase === "ready" ? state.scored : state.phase === "scoring" ? state.previous : undefined;
}

/** The pane's whole workflow: look at the workbook, then score on request. No Excel calls here. */
export function useScoring(service: ScoringService) {
  const [state, setState] = useState<ScoringState>({ phase: "inspecting" });

  const inspect = useCallback(async () => {
    setState({ phase: "inspecting" });
    try {
      const summary = await service.inspect((progress) => setState({ phase: "inspecting", progress }));
      setState({ phase: "ready", summary });
    } catch (error) {
      setState({ phase: "error", message: (error as Error).message });
    }
  }, [service]);

  const score = useCallback(
    async (summary: WorkbookSummary, request: ScoreRequest) => {
      setState((s) => ({ phase: "scoring", summary, previous: shownScore(s) }));
      try {
        const outcome = await service.score(request, (progress) => setState((s) => ({ phase: "scoring", summary, progress, previous: shownScore(s) })));
        setState({ phase: "ready", summary, scored: { outcome, request } });
      } catch (error) {
        setState({ phase: "error", message: (error as Error).message, summary });
      }
    },
    [service],
  );

  useEffect(() => {
    void inspect();
  }, [inspect]);

  return { state, inspect, score };
}

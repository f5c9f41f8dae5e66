import { useCallback, useEffect, useState } from "react";
import type { Progress, ScoreOutcome, ScoreRequest, ScoringService, WorkbookSummary } from "./service";

export type ScoringState =
  | { phase: "inspecting"; progress?: Progress }
  | { phase: "ready"; summary: WorkbookSummary; outcome?: ScoreOutcome }
  | { phase: "scoring"; summary: WorkbookSummary; progress?: Progress }
  | { phase: "error"; message: string; summary?: WorkbookSummary };

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
      setState({ phase: "scoring", summary });
      try {
        const outcome = await service.score(request, (progress) => setState({ phase: "scoring", summary, progress }));
        setState({ phase: "ready", summary, outcome });
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

import { useCallback, useEffect, useRef, useState } from "react";
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

/**
 * The pane's whole workflow: look at the workbook, then score on request. No Excel calls here.
 * The first look waits until the pane is `shown` (a shared runtime starts the page with the pane
 * closed). Refresh may start a new look while one is still running (an Excel that does not answer):
 * only the newest one's answer, progress or error is shown.
 */
export function useScoring(service: ScoringService, shown = true) {
  const [state, setState] = useState<ScoringState>({ phase: "inspecting" });
  const latest = useRef(0);
  const started = useRef(false);

  const inspect = useCallback(async () => {
    started.current = true;
    const ticket = ++latest.current;
    const current = () => ticket === latest.current;
    setState({ phase: "inspecting" });
    try {
      const summary = await service.inspect((progress) => current() && setState({ phase: "inspecting", progress }));
      if (current()) setState({ phase: "ready", summary });
    } catch (error) {
      if (current()) setState({ phase: "error", message: (error as Error).message });
    }
  }, [service]);

  const score = useCallback(
    async (summary: WorkbookSummary, request: ScoreRequest) => {
      const ticket = ++latest.current;
      const current = () => ticket === latest.current;
      setState((s) => ({ phase: "scoring", summary, previous: shownScore(s) }));
      try {
        const outcome = await service.score(
          request,
          (progress) => current() && setState((s) => ({ phase: "scoring", summary, progress, previous: shownScore(s) }))
        );
        if (current()) setState({ phase: "ready", summary, scored: { outcome, request } });
      } catch (error) {
        if (current()) setState({ phase: "error", message: (error as Error).message, summary });
      }
    },
    [service]
  );

  // A new service is a new workbook to look at; the first look waits for the pane to be shown.
  useEffect(() => {
    started.current = false;
  }, [service]);
  useEffect(() => {
    if (shown && !started.current) void inspect();
  }, [inspect, shown]);

  return { state, inspect, score };
}

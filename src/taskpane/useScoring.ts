import { useCallback, useEffect, useRef, useState } from "react";
import type { Progress, ScoreOutcome, ScoreRequest, ScoringService, WorkbookSummary } from "./service";

/** An outcome with the request it answers: the simulator and Explain must ask with the same request. */
export interface Scored {
  outcome: ScoreOutcome;
  request: ScoreRequest;
}

export type ScoringState =
  | { phase: "inspecting"; progress?: Progress }
  /** `notice`: what to say of the last action when it is not an error (Score was cancelled). */
  | { phase: "ready"; summary: WorkbookSummary; scored?: Scored; notice?: string }
  /** `previous` stays on screen while scoring again (new weights, anniversary), so the views keep their place. */
  | { phase: "scoring"; summary: WorkbookSummary; progress?: Progress; previous?: Scored }
  | { phase: "error"; message: string; summary?: WorkbookSummary };

/** Score can be cancelled while it reads and scores; once it writes, it finishes (no half-written columns). */
export function canCancel(state: ScoringState): boolean {
  return state.phase === "scoring" && (!state.progress || state.progress.stage === "reading" || state.progress.stage === "scoring");
}

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
  // The running Score's Cancel.
  const running = useRef<AbortController | null>(null);

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
      let previous: Scored | undefined;
      setState((s) => {
        previous = shownScore(s);
        return { phase: "scoring", summary, previous };
      });
      const controller = new AbortController();
      running.current = controller;
      try {
        const outcome = await service.score(
          request,
          (progress) => current() && setState((s) => ({ phase: "scoring", summary, progress, previous: shownScore(s) })),
          controller.signal
        );
        if (current()) setState({ phase: "ready", summary, scored: { outcome, request } });
      } catch (error) {
        if (!current()) return;
        // Cancelled: the last score stays, with a word that nothing was written.
        if (controller.signal.aborted) setState({ phase: "ready", summary, scored: previous, notice: (error as Error).message });
        else setState({ phase: "error", message: (error as Error).message, summary });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [service]
  );

  /** Cancel the running Score (while it reads and scores; its writes, once begun, finish). */
  const cancel = useCallback(() => running.current?.abort(), []);

  // A new service is a new workbook to look at; the first look waits for the pane to be shown.
  useEffect(() => {
    started.current = false;
  }, [service]);
  useEffect(() => {
    if (shown && !started.current) void inspect();
  }, [inspect, shown]);

  return { state, inspect, score, cancel };
}

import { useCallback, useRef, useState } from "react";
import type { ExplainedGroup, ScoreRequest, ScoringService, TenantExplanations } from "../service";
import { useRequestRunner, type RunState } from "./useRequestRunner";

/** Explain's state: while it runs, the groups already explained (in the order they will be listed). */
export type ExplainState = Exclude<RunState<TenantExplanations>, { phase: "running" }> | { phase: "running"; partial: ExplainedGroup[]; groups: number };

/** "Explain tenants": asked for on its own, since it works out every customer's effect. */
export function useExplain(service: ScoringService) {
  const [partial, setPartial] = useState<{ groups: (ExplainedGroup | undefined)[]; count: number }>({ groups: [], count: 0 });
  const ticket = useRef(0);
  const call = useCallback(
    (request: ScoreRequest): Promise<TenantExplanations> => {
      const mine = ++ticket.current;
      setPartial({ groups: [], count: 0 });
      return service.explain(request, (group, index, count) => {
        if (mine !== ticket.current) return;
        setPartial((p) => {
          const groups = [...p.groups];
          groups[index] = group;
          return { groups, count };
        });
      });
    },
    [service]
  );
  const runner = useRequestRunner(call);
  const { clear: clearRunner } = runner;
  const clear = useCallback(() => {
    ticket.current++;
    setPartial({ groups: [], count: 0 });
    clearRunner();
  }, [clearRunner]);
  const state: ExplainState =
    runner.state.phase === "running"
      ? { phase: "running", partial: partial.groups.filter((g): g is ExplainedGroup => g !== undefined), groups: partial.count }
      : runner.state;
  return { state, run: runner.run, clear };
}

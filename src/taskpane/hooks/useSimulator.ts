import { useCallback, useEffect, useMemo, useState } from "react";
import type { Scenario } from "../../engine";
import { reopenScenario } from "../logic/savedScenario";
import { isEmptyScenario } from "../logic/scenarioText";
import type { ScoreOutcome, ScoreRequest, ScoringService } from "../service";
import { useSavedScenarios } from "./useSavedScenarios";
import { useScenarioDraft } from "./useScenarioDraft";
import { useSimulation } from "./useSimulation";

export type SimulatorMode = "recommendations" | "custom";

/** A scenario without a name is simulated, and saved, as this. */
export const DEFAULT_SCENARIO_NAME = "Scenario";

/**
 * The Simulator view's state: the scenario being put together (both modes feed the same scenario, as
 * a saved scenario holds both), its result, and the saved scenarios. `request` is the one the current
 * score answers, so recommendation ids match what the service knows.
 */
export function useSimulator(service: ScoringService, outcome: ScoreOutcome | undefined, request: ScoreRequest | undefined) {
  const draft = useScenarioDraft();
  const simulation = useSimulation(service);
  const saved = useSavedScenarios(service, outcome !== undefined);
  const [mode, setMode] = useState<SimulatorMode>("recommendations");
  const [notice, setNotice] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const { keepRecommendations } = draft;
  const { clear } = simulation;

  // A new score has new recommendations: ticks of closed gaps go, and the old result no longer applies.
  const available = outcome?.recommendations;
  useEffect(() => {
    if (!available) return;
    keepRecommendations(new Set(available.map((r) => r.id)));
    clear();
  }, [available, keepRecommendations, clear]);

  const scenario = useMemo<Scenario>(() => ({ ...draft.scenario, name: draft.scenario.name.trim() || DEFAULT_SCENARIO_NAME }), [draft.scenario]);

  const viewResult = useCallback(() => {
    if (request) void simulation.run(request, scenario);
  }, [request, scenario, simulation]);

  const reset = useCallback(() => {
    draft.reset();
    clear();
    setNotice(null);
  }, [draft, clear]);

  const save = useCallback(() => {
    if (!request) return;
    if (!draft.scenario.name.trim()) {
      setNameError("Name the scenario to save it.");
      return;
    }
    setNameError(undefined);
    void saved.saveScenario(request, scenario);
  }, [request, draft.scenario.name, saved, scenario]);

  const reopen = useCallback(
    (sheet: string) => {
      const hit = saved.list.find((s) => s.sheet === sheet);
      if (!hit) return;
      const { scenario: next, dropped } = reopenScenario(hit.scenario, available ?? []);
      draft.load(next);
      clear();
      setNameError(undefined);
      // Custom items are listed only in Custom selection: open there when the scenario has any.
      setMode(isEmptyScenario({ ...next, recommendations: [] }) ? "recommendations" : "custom");
      setNotice(
        dropped
          ? `${dropped} of the saved recommendations no longer apply (their gap is closed, or the rules changed), so they are not ticked.`
          : `Opened "${next.name}" from sheet ${hit.sheet}.`
      );
    },
    [saved.list, available, draft, clear]
  );

  const setName = useCallback(
    (name: string) => {
      draft.setName(name);
      if (name.trim()) setNameError(undefined);
    },
    [draft]
  );

  return { mode, setMode, draft, scenario, setName, nameError, simulation: simulation.state, viewResult, reset, saved, save, reopen, notice };
}

export type Simulator = ReturnType<typeof useSimulator>;

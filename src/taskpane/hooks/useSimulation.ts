import { useCallback } from "react";
import type { Scenario, SimulationResult } from "../../engine";
import type { ScoreRequest, ScoringService } from "../service";
import { useRequestRunner } from "./useRequestRunner";

/** "View result": the scenario's score beside the current one (the service writes nothing). */
export function useSimulation(service: ScoringService) {
  const call = useCallback((request: ScoreRequest, scenario: Scenario): Promise<SimulationResult> => service.simulate(request, scenario), [service]);
  return useRequestRunner(call);
}

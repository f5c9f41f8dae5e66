import { useCallback, useState } from "react";
import type { Observation } from "../../engine";
import type { ScoreRequest, ScoringService } from "../service";
import { useRequestRunner } from "./useRequestRunner";

/**
 * "What does Partner Center show?": the values typed (by observed address, kept while the pane
 * scores again) and the calibration asked for with them.
 */
export function useCalibration(service: ScoringService) {
  const [texts, setTexts] = useState<Record<string, string>>({});
  const setText = useCallback((address: string, text: string) => setTexts((t) => ({ ...t, [address]: text })), []);
  const call = useCallback((request: ScoreRequest, observed: Observation[]) => service.calibrate(request, observed), [service]);
  const runner = useRequestRunner(call);
  return { texts, setText, ...runner };
}

export type Calibration = ReturnType<typeof useCalibration>;

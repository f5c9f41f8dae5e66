import { useCallback, useEffect, useState } from "react";
import type { Scenario } from "../../engine";
import type { SavedScenario, ScoreRequest, ScoringService } from "../service";

export type SaveState = { phase: "idle" } | { phase: "saving" } | { phase: "saved"; saved: SavedScenario } | { phase: "error"; message: string };

/** The scenarios saved in the workbook (read when the simulator opens), and saving one more. */
export function useSavedScenarios(service: ScoringService, enabled: boolean) {
  const [list, setList] = useState<SavedScenario[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ phase: "idle" });

  const refresh = useCallback(async () => {
    try {
      setList(await service.savedScenarios());
      setListError(null);
    } catch (error) {
      setListError((error as Error).message);
    }
  }, [service]);

  useEffect(() => {
    if (enabled) void refresh();
  }, [enabled, refresh]);

  const saveScenario = useCallback(
    async (request: ScoreRequest, scenario: Scenario) => {
      setSave({ phase: "saving" });
      try {
        const saved = await service.saveScenario(request, scenario);
        setSave({ phase: "saved", saved });
        await refresh();
      } catch (error) {
        setSave({ phase: "error", message: (error as Error).message });
      }
    },
    [service, refresh]
  );

  return { list, listError, save, saveScenario, refresh };
}

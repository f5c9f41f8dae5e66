import { useCallback, useEffect, useState } from "react";
import type { CalibrationResult } from "../../engine";
import type { ScoringService, WorkbookRuleOptions } from "../service";

export type RuleOptionsState =
  | { phase: "loading" }
  /** `value` null: no options saved, the default readings. */
  | { phase: "ready"; value: WorkbookRuleOptions | null }
  /** What is saved cannot be used (or could not be read); clearing it is still offered. */
  | { phase: "error"; message: string };

/**
 * The rule options saved in the workbook (read when the pane opens), saving a calibration's options
 * ("Use these options") and clearing them ("Back to the default readings"). `use` and `clear`
 * resolve true once the workbook holds the change, so the pane can score again with it.
 */
export function useRuleOptions(service: ScoringService) {
  const [state, setState] = useState<RuleOptionsState>({ phase: "loading" });
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setState({ phase: "ready", value: await service.ruleOptions() });
    } catch (error) {
      setState({ phase: "error", message: (error as Error).message });
    }
  }, [service]);

  useEffect(() => {
    void load();
  }, [load]);

  const change = useCallback(async (write: () => Promise<WorkbookRuleOptions | null>): Promise<boolean> => {
    setBusy(true);
    setSaveError(null);
    try {
      setState({ phase: "ready", value: await write() });
      return true;
    } catch (error) {
      setSaveError((error as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const use = useCallback((calibration: CalibrationResult) => change(() => service.useRuleOptions(calibration)), [change, service]);
  const clear = useCallback(
    () =>
      change(async () => {
        await service.clearRuleOptions();
        return null;
      }),
    [change, service]
  );

  return { state, busy, saveError, use, clear, reload: load };
}

export type RuleOptions = ReturnType<typeof useRuleOptions>;

import * as React from "react";
import { useMemo } from "react";
import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { CalibrationResult, Observation } from "../../../engine";
import type { Calibration } from "../../hooks/useCalibration";
import type { RuleOptions } from "../../hooks/useRuleOptions";
import { observedForm, readObserved, type ReadValue } from "../../logic/calibration";
import type { ScoreOutcome } from "../../service";
import { ErrorBar } from "../ErrorBar";
import { CalibrationResultView } from "./CalibrationResultView";
import { ObservedForm } from "./ObservedForm";

const useStyles = makeStyles({
  panel: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface CalibratePanelProps {
  outcome: ScoreOutcome;
  calibration: Calibration;
  ruleOptions: RuleOptions;
  /** Runs the calibration with the values typed (the pane passes the request the score answered). */
  onCalibrate: (observed: Observation[]) => void;
  /** "Use these options": saves them in the workbook, then scores again. */
  onUse: (result: CalibrationResult) => void;
}

/** Inside "What does Partner Center show?" (CalibrateSection): the values read off the scorecard, Calibrate, and the options that reproduce them. */
export function CalibratePanel({ outcome, calibration, ruleOptions, onCalibrate, onUse }: CalibratePanelProps) {
  const styles = useStyles();
  const form = useMemo(() => observedForm(outcome.observable), [outcome.observable]);
  const read = useMemo(() => {
    const out: Record<string, ReadValue> = {};
    for (const f of form.flatMap((d) => d.tracks.flatMap((t) => t.fields)))
      out[f.address] = readObserved(f, calibration.texts[f.address] ?? "", outcome.observable);
    return out;
  }, [form, calibration.texts, outcome.observable]);
  const observed = Object.values(read).flatMap((r) => (r.observation ? [r.observation] : []));
  const errors = Object.values(read).filter((r) => r.error).length;
  const state = calibration.state;
  const result = state.phase === "done" ? state.value : undefined;
  const usable = result?.groups.some((g) => g.best && !g.skipped);

  return (
    <div className={styles.panel}>
      <Caption1 block>
        Type what your Partner Center scorecard shows, as it prints it: 3, 1,340, 21.39%, $5,400, or the points earned as 16 pts. Leave the rest empty.
        Calibrate tries every reading of the rules the sources leave open and says which reproduces your values.
      </Caption1>
      {form.length ? (
        <ObservedForm form={form} texts={calibration.texts} read={read} onText={calibration.setText} />
      ) : (
        <Caption1 block>No designation is scored from these exports, so there is nothing to compare.</Caption1>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!observed.length || errors > 0 || state.phase === "running"} onClick={() => onCalibrate(observed)}>
          Calibrate
        </Button>
        <Caption1>
          {errors
            ? `${errors} value${errors === 1 ? "" : "s"} to correct`
            : observed.length
              ? `${observed.length} value${observed.length === 1 ? "" : "s"} typed`
              : "Type at least one value"}
        </Caption1>
      </div>
      {state.phase === "running" && (
        <div role="status">
          <Spinner size="tiny" label="Calibrating: scoring every combination of options…" />
        </div>
      )}
      {state.phase === "error" && <ErrorBar title="Could not calibrate" message={state.message} />}
      {result && (
        <>
          <CalibrationResultView result={result} catalogue={outcome.observable} />
          {usable && (
            <div className={styles.panel}>
              <Caption1 block>
                {result.options.length ? `Options to score with: ${result.options.join(", ")}.` : "Options to score with: none (the default readings)."} Saved
                in this workbook, every later score, simulation, history and the summary sheet use them.
              </Caption1>
              <div className={styles.actions}>
                <Button appearance="primary" disabled={ruleOptions.busy} onClick={() => onUse(result)}>
                  Use these options
                </Button>
                {ruleOptions.busy && <Spinner size="tiny" label="Saving…" />}
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}

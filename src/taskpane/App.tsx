import * as React from "react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Button, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { ExportsFound } from "./components/ExportsFound";
import { HistoryView } from "./components/history/HistoryView";
import { PanePanel, PaneTabs, type PaneView } from "./components/PaneTabs";
import { ScoreProgress } from "./components/ScoreProgress";
import { ScoreResults } from "./components/ScoreResults";
import { SimulatorView } from "./components/simulator/SimulatorView";
import { useExplain } from "./hooks/useExplain";
import { useSimulator } from "./hooks/useSimulator";
import { localIsoDate } from "./logic/today";
import type { ScoreRequest, ScoringService } from "./service";
import { shownScore, useScoring } from "./useScoring";
import { hostPaneVisibility, usePaneShown, type PaneVisibility } from "./paneVisibility";
import { ErrorBar } from "./components/ErrorBar";
import { CalibrateSection } from "./components/calibrate/CalibrateSection";
import { RuleOptionsBar } from "./components/calibrate/RuleOptionsBar";
import { useCalibration } from "./hooks/useCalibration";
import { useRuleOptions } from "./hooks/useRuleOptions";
import type { CalibrationResult } from "../engine";

const useStyles = makeStyles({
  // minmax(0, 1fr): long messages wrap inside the pane instead of widening it.
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  panel: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  service: ScoringService;
  /** Today, YYYY-MM-DD, for the renewal status; default the computer's date. */
  today?: string;
  /** Whether the pane is shown (it inspects the workbook only once it is); default Office's and the page's word. */
  visibility?: PaneVisibility;
}

const HOST_VISIBILITY = hostPaneVisibility();

export function App({ service, today, visibility = HOST_VISIBILITY }: AppProps) {
  const styles = useStyles();
  const todayIso = useMemo(() => today ?? localIsoDate(new Date()), [today]);
  const paneShown = usePaneShown(visibility);
  const { state, inspect, score } = useScoring(service, paneShown);
  const [request, setRequest] = useState<ScoreRequest>({});
  const [view, setView] = useState<PaneView>("score");
  const summary = state.phase === "inspecting" ? undefined : state.summary;
  const shown = shownScore(state);
  const outcome = shown?.outcome;
  const scored = shown?.request;
  const busy = state.phase === "scoring" || state.phase === "inspecting";
  const sim = useSimulator(service, outcome, scored);
  const explain = useExplain(service);
  const { clear: clearExplain } = explain;
  const calibration = useCalibration(service);
  const ruleOptions = useRuleOptions(service);

  useEffect(() => clearExplain(), [outcome, clearExplain]);

  const runScore = useCallback(() => {
    if (summary) void score(summary, { ...request, today: todayIso });
  }, [summary, score, request, todayIso]);

  // The saved options change every score: once the workbook holds the change, score again (when there is a score to redo).
  const applyOptions = useCallback(
    async (result: CalibrationResult) => {
      if ((await ruleOptions.use(result)) && outcome) runScore();
    },
    [ruleOptions, outcome, runScore]
  );
  const clearOptions = useCallback(async () => {
    if ((await ruleOptions.clear()) && outcome) runScore();
  }, [ruleOptions, outcome, runScore]);

  const needsScore = <Caption1 block>Score the workbook first (Score view): the simulator and the history start from the current score.</Caption1>;

  return (
    <main className={styles.root}>
      <Title3 as="h1">Partner score</Title3>
      {state.phase === "error" && <ErrorBar title="Could not score" message={state.message} />}
      {(state.phase === "inspecting" || state.phase === "scoring") && <ScoreProgress phase={state.phase} progress={state.progress} />}
      <PaneTabs view={view} onView={setView} />
      {view === "score" && (
        <PanePanel view="score" className={styles.panel}>
          {summary && <ExportsFound summary={summary} request={request} onChange={setRequest} />}
          <RuleOptionsBar ruleOptions={ruleOptions} onClear={() => void clearOptions()} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!summary || state.phase === "scoring"} onClick={runScore}>
              Score
            </Button>
            {/* Available while inspecting too: an Excel that does not answer must not leave the pane stuck. */}
            <Button disabled={state.phase === "scoring"} onClick={() => void inspect()}>
              Refresh
            </Button>
          </div>
          {outcome && (
            <ScoreResults
              outcome={outcome}
              weights={request.weights}
              onWeights={(weights) => setRequest((r) => ({ ...r, weights }))}
              onRescore={runScore}
              busy={busy}
              explain={explain.state}
              onExplain={() => scored && void explain.run(scored)}
            />
          )}
          {outcome && scored && (
            <CalibrateSection
              outcome={outcome}
              calibration={calibration}
              ruleOptions={ruleOptions}
              onCalibrate={(observed) => void calibration.run(scored, observed)}
              onUse={(result) => void applyOptions(result)}
            />
          )}
        </PanePanel>
      )}
      {view === "simulator" && (
        <PanePanel view="simulator" className={styles.panel}>
          {outcome ? <SimulatorView outcome={outcome} sim={sim} /> : needsScore}
        </PanePanel>
      )}
      {view === "history" && (
        <PanePanel view="history" className={styles.panel}>
          {outcome ? (
            <HistoryView
              outcome={outcome}
              anniversary={{ value: request.anniversary, onChange: (anniversary) => setRequest((r) => ({ ...r, anniversary })), onApply: runScore, busy }}
            />
          ) : (
            needsScore
          )}
        </PanePanel>
      )}
    </main>
  );
}

import * as React from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { ExportsFound } from "./components/ExportsFound";
import { PanePanel, PaneTabs, type PaneView } from "./components/PaneTabs";
import { ScoreProgress } from "./components/ScoreProgress";
import { useExplain, type ExplainState } from "./hooks/useExplain";
import { useCustomers } from "./hooks/useCustomers";
import { useSimulator } from "./hooks/useSimulator";
import { localIsoDate } from "./logic/today";
import { scoreRequestWith } from "./logic/anniversaries";
import { useAnniversaries } from "./hooks/useAnniversaries";
import type { CellTarget, ScoreRequest, ScoringService } from "./service";
import { canCancel, shownScore, useScoring } from "./useScoring";
import { hostPaneVisibility, usePaneShown, type PaneVisibility } from "./paneVisibility";
import { ErrorBar } from "./components/ErrorBar";
import { LazyView } from "./components/LazyView";
import { RuleOptionsBar } from "./components/calibrate/RuleOptionsBar";
import { useCalibration } from "./hooks/useCalibration";
import { useRuleOptions } from "./hooks/useRuleOptions";
import type { CalibrationResult, DesignationId } from "../engine";
import { count, foundLine } from "./logic/formats";
import { microsoftCloudShown } from "./logic/asOfData";
import { focusResult } from "./logic/focus";
import type { ScoringState } from "./useScoring";

// The Simulator and History views are not on the first screen: each is a chunk of its own, loaded when its tab is first opened.
const SimulatorView = React.lazy(() =>
  import(/* webpackChunkName: "simulator" */ "./components/simulator/SimulatorView").then((m) => ({ default: m.SimulatorView }))
);
// The results (and Calibrate under them) appear only with a score: a chunk of their own, fetched once the
// first screen is up (App's first effect), so it is mostly in memory by the time a score is (the heading is
// focused when it appears, resultHeadingRef).
const loadResults = () => import(/* webpackChunkName: "results" */ "./components/resultViews");
const ScoreResults = React.lazy(() => loadResults().then((m) => ({ default: m.ScoreResults })));
const CalibrateSection = React.lazy(() => loadResults().then((m) => ({ default: m.CalibrateSection })));
const HistoryView = React.lazy(() => import(/* webpackChunkName: "history" */ "./components/history/HistoryView").then((m) => ({ default: m.HistoryView })));

/** What the live region says once the pane's work ends (progress shows in it while working). */
function scoringAnnouncement(state: ScoringState): string {
  if (state.phase === "error") return `Could not score: ${state.message}`;
  if (state.phase !== "ready") return "";
  if (state.notice) return state.notice;
  if (!state.scored) return `Found ${foundLine(state.summary)}.`;
  const cloud = microsoftCloudShown(state.scored.outcome.report, state.scored.outcome.history);
  return `Scored: ${cloud.qualified.length} of ${cloud.qualified.length + cloud.missing.length} designations qualify.`;
}

function explainAnnouncement(state: ExplainState): string {
  // Once, not at each group done: a polite region that spoke at every group would talk over the user.
  if (state.phase === "running") return state.partial.length ? "" : "Explaining tenants…";
  if (state.phase === "error") return `Could not explain the tenants: ${state.message}`;
  if (state.phase === "done") {
    const n = state.value.tenants;
    return `Explained: ${count(n)} tenant${n === 1 ? "" : "s"}.`;
  }
  return "";
}

const useStyles = makeStyles({
  // minmax(0, 1fr): long messages wrap inside the pane instead of widening it.
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  panel: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
  // Score, Refresh and Cancel at their 96 px minimum are wider than a 320 px pane: the last one wraps rather than overflow.
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  live: { minHeight: "1px" },
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
  const { state, inspect, score, cancel } = useScoring(service, paneShown);
  const [request, setRequest] = useState<ScoreRequest>({});
  // A typed certification count that is not a count: Score waits until it is fixed (the field says how).
  const [countsInvalid, setCountsInvalid] = useState(false);
  const [view, setView] = useState<PaneView>("score");
  const summary = state.phase === "inspecting" ? undefined : state.summary;
  const shown = shownScore(state);
  const outcome = shown?.outcome;
  const scored = shown?.request;
  const busy = state.phase === "scoring" || state.phase === "inspecting";
  // An as-of month the exports no longer hold (after a Refresh) is dropped: Score then takes the latest, as the picker shows.
  useEffect(() => {
    if (summary) setRequest((r) => (r.asOf && !summary.months.includes(r.asOf) ? { ...r, asOf: undefined } : r));
  }, [summary]);
  const sim = useSimulator(service, outcome, scored);
  const explain = useExplain(service);
  const { clear: clearExplain } = explain;
  const calibration = useCalibration(service);
  const ruleOptions = useRuleOptions(service);
  const anniversaries = useAnniversaries(service);
  const goToCell = useCallback((target: CellTarget) => service.goToCell(target), [service]);

  useEffect(() => void loadResults().catch(() => undefined), []);
  useEffect(() => clearExplain(), [outcome, clearExplain]);
  // Customer eligibility is of the score shown: a new score reads the customers again when the section is open.
  const customers = useCustomers(service);
  const { clear: clearCustomers, run: runCustomers } = customers;
  useEffect(() => clearCustomers(), [outcome, clearCustomers]);
  const loadCustomers = useCallback(() => scored && void runCustomers(scored), [scored, runCustomers]);

  // One polite live region, always mounted: progress while working, then what the action found.
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => setAnnouncement(scoringAnnouncement(state)), [state]);
  useEffect(() => {
    const text = explainAnnouncement(explain.state);
    if (text) setAnnouncement(text);
  }, [explain.state]);

  // After Score (or Refresh) the result comes into view with focus on its heading.
  const resultHeading = useRef<HTMLHeadingElement | null>(null);
  // The results are a chunk of their own: on a first score they may still be loading when the score is in,
  // and the heading is focused when it appears.
  const focusOnResult = useRef(false);
  const resultHeadingRef = useCallback((heading: HTMLHeadingElement | null) => {
    resultHeading.current = heading;
    if (heading && focusOnResult.current) {
      focusOnResult.current = false;
      focusResult(heading);
    }
  }, []);
  const foundHeading = useRef<HTMLHeadingElement>(null);
  const scoreButton = useRef<HTMLButtonElement>(null);
  const pending = useRef<"score" | "refresh" | undefined>(undefined);
  useEffect(() => {
    if (state.phase === "error") {
      pending.current = undefined;
      focusOnResult.current = false;
    }
    if (state.phase !== "ready") return;
    const action = pending.current;
    pending.current = undefined;
    // Cancelled: the Cancel button is gone; focus goes back to Score, not to the page.
    if (action === "score" && state.notice) scoreButton.current?.focus();
    else if (action === "score" && state.scored) {
      if (resultHeading.current) focusResult(resultHeading.current);
      // Still loading: focused when it appears; not when the user has opened another view meanwhile.
      else if (view === "score") focusOnResult.current = true;
    }
    if (action === "refresh") focusResult(foundHeading.current);
  }, [state, view]);
  // Another view opened before the results arrived: focus is not pulled back when the user returns.
  useEffect(() => {
    if (view !== "score") focusOnResult.current = false;
  }, [view]);
  const refresh = useCallback(() => {
    // Only the latest action's result takes focus.
    focusOnResult.current = false;
    pending.current = "refresh";
    void inspect();
  }, [inspect]);

  const runScore = useCallback(() => {
    if (!summary) return;
    focusOnResult.current = false;
    pending.current = "score";
    void score(summary, scoreRequestWith(request, anniversaries.values, todayIso));
  }, [summary, score, request, todayIso, anniversaries.values]);

  // A saved anniversary changes the renewal status: score again with the dates the workbook now holds (History stays in view).
  const { save: saveAnniversaryDate } = anniversaries;
  const saveAnniversary = useCallback(
    async (designation: DesignationId, date: string | undefined) => {
      const saved = await saveAnniversaryDate(designation, date);
      // The request that was scored, not the Score view's unscored edits (an as-of month, a count being typed).
      if (saved && summary && scored) void score(summary, scoreRequestWith(scored, saved, todayIso));
    },
    [saveAnniversaryDate, summary, scored, score, todayIso]
  );

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
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.live}>
        {state.phase === "inspecting" || state.phase === "scoring" ? (
          <ScoreProgress phase={state.phase} progress={state.progress} />
        ) : (
          announcement && <Caption1>{announcement}</Caption1>
        )}
      </div>
      <PaneTabs view={view} onView={setView} />
      {view === "score" && (
        <PanePanel view="score" className={styles.panel}>
          {summary && (
            <ExportsFound
              summary={summary}
              request={request}
              onChange={setRequest}
              collapsed={!!outcome}
              headingRef={foundHeading}
              onInvalid={setCountsInvalid}
            />
          )}
          <RuleOptionsBar ruleOptions={ruleOptions} onClear={() => void clearOptions()} />
          <div className={styles.actions}>
            <Button ref={scoreButton} appearance="primary" disabled={!summary || state.phase === "scoring" || countsInvalid} onClick={runScore}>
              Score
            </Button>
            {/* Available while inspecting too: an Excel that does not answer must not leave the pane stuck. */}
            <Button disabled={state.phase === "scoring"} onClick={refresh}>
              Refresh
            </Button>
            {canCancel(state) && <Button onClick={cancel}>Cancel</Button>}
          </div>
          {outcome && (
            <LazyView label="the results">
              <ScoreResults
                outcome={outcome}
                weights={request.weights}
                onWeights={(weights) => setRequest((r) => ({ ...r, weights }))}
                onRescore={runScore}
                busy={busy}
                explain={explain.state}
                onExplain={() => scored && void explain.run(scored)}
                customers={customers.state}
                onCustomers={loadCustomers}
                headingRef={resultHeadingRef}
                onGoToCell={goToCell}
              />
            </LazyView>
          )}
          {outcome && scored && (
            <LazyView label="Calibrate">
              <CalibrateSection
                outcome={outcome}
                calibration={calibration}
                ruleOptions={ruleOptions}
                onCalibrate={(observed) => void calibration.run(scored, observed)}
                onUse={(result) => void applyOptions(result)}
              />
            </LazyView>
          )}
        </PanePanel>
      )}
      {view === "simulator" && (
        <PanePanel view="simulator" className={styles.panel}>
          {outcome ? (
            <LazyView label="the simulator">
              <SimulatorView outcome={outcome} sim={sim} />
            </LazyView>
          ) : (
            needsScore
          )}
        </PanePanel>
      )}
      {view === "history" && (
        <PanePanel view="history" className={styles.panel}>
          {outcome ? (
            <LazyView label="the history">
              <HistoryView
                outcome={outcome}
                exportsEnd={summary?.latestMonth}
                today={todayIso}
                anniversaries={{
                  values: anniversaries.values,
                  // Until the saved dates are read, saving one would replace them all.
                  busy: busy || anniversaries.busy || !anniversaries.loaded,
                  error: anniversaries.error,
                  onSave: (designation, date) => void saveAnniversary(designation, date),
                }}
              />
            </LazyView>
          ) : (
            needsScore
          )}
        </PanePanel>
      )}
    </main>
  );
}

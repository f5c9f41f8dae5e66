import * as React from "react";
import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ExportsFound } from "./components/ExportsFound";
import { DesignationCard } from "./components/DesignationCard";
import { MicrosoftCloudBar } from "./components/MicrosoftCloudBar";
import type { ScoreRequest, ScoringService } from "./service";
import { useScoring } from "./useScoring";

const useStyles = makeStyles({
  // minmax(0, 1fr): long messages wrap inside the pane instead of widening it.
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const STAGE: Record<string, string> = {
  reading: "Reading the export",
  scoring: "Scoring",
  "writing-flags": "Writing flag columns",
  "writing-summary": "Writing the summary sheet",
};

export function App({ service }: { service: ScoringService }) {
  const styles = useStyles();
  const { state, inspect, score } = useScoring(service);
  const [request, setRequest] = useState<ScoreRequest>({});
  const summary = state.phase === "inspecting" ? undefined : state.summary;
  const progress = state.phase === "inspecting" || state.phase === "scoring" ? state.progress : undefined;
  const outcome = state.phase === "ready" ? state.outcome : undefined;

  return (
    <main className={styles.root}>
      <Title3 as="h1">Partner score</Title3>
      {state.phase === "error" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Could not score</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {(state.phase === "inspecting" || state.phase === "scoring") && (
        <div role="status">
          <Spinner size="tiny" label={progress ? `${STAGE[progress.stage]}… ${progress.total > 1 ? `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}` : ""}` : state.phase === "inspecting" ? "Looking for exports…" : "Scoring…"} />
          {progress && progress.total > 1 && <ProgressBar value={progress.done / progress.total} />}
        </div>
      )}
      {summary && <ExportsFound summary={summary} request={request} onChange={setRequest} />}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!summary || state.phase === "scoring"} onClick={() => summary && void score(summary, request)}>
          Score
        </Button>
        <Button disabled={state.phase === "scoring" || state.phase === "inspecting"} onClick={() => void inspect()}>
          Refresh
        </Button>
      </div>
      {outcome && (
        <>
          <Text>
            As of {outcome.report.asOf}: flags written to {outcome.flagRanges.join(", ")}; summary on sheet "{outcome.summarySheet}".
          </Text>
          <MicrosoftCloudBar cloud={outcome.report.microsoftCloud} />
          {outcome.report.designations.map((d) => (
            <DesignationCard key={d.id} designation={d} />
          ))}
          {outcome.report.warnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Check the data</MessageBarTitle>
                <ul>
                  {outcome.report.warnings.map((w, i) => (
                    <li key={i}>{w.message}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </main>
  );
}

import * as React from "react";
import { ProgressBar, Spinner } from "@fluentui/react-components";
import type { Progress } from "../service";

const STAGE: Record<Progress["stage"], string> = {
  reading: "Reading the export",
  scoring: "Scoring",
  "writing-flags": "Writing flag columns",
  "writing-summary": "Writing the summary sheet",
};

/** What the pane is doing while it inspects or scores, with a determinate bar when the service counts (shown inside the pane's live region). */
export function progressText(phase: "inspecting" | "scoring", progress?: Progress): string {
  const counted = progress && progress.total > 1;
  return progress
    ? `${STAGE[progress.stage]}… ${counted ? `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}` : ""}`
    : phase === "inspecting"
      ? "Looking for exports…"
      : "Scoring…";
}

export function ScoreProgress({ phase, progress }: { phase: "inspecting" | "scoring"; progress?: Progress }) {
  const counted = progress && progress.total > 1;
  const label = progressText(phase, progress);
  return (
    <div>
      <Spinner size="tiny" label={label} />
      {counted && <ProgressBar value={progress.done / progress.total} />}
    </div>
  );
}

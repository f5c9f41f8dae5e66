import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { DesignationId } from "../../../engine";
import type { Anniversaries, ScoreOutcome } from "../../service";
import { monthSpan } from "../../logic/historyColumns";
import { staleExportsText } from "../../logic/staleExports";
import { ErrorBar } from "../ErrorBar";
import { DesignationHistoryView } from "./DesignationHistoryView";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
});

/** The rule set's qualifying total for a designation, as the report gives it. */
function minTotalOf(outcome: ScoreOutcome, id: string): number | undefined {
  return outcome.report.designations.find((d) => d.id === id)?.qualifyingTotal;
}

export interface HistoryViewProps {
  outcome: ScoreOutcome;
  /** The exports' last month (YYYY-MM), for the out-of-date banner. */
  exportsEnd: string | null | undefined;
  /** YYYY-MM-DD. */
  today: string;
  anniversaries: {
    values: Anniversaries;
    busy: boolean;
    error: string | null;
    onSave: (designation: DesignationId, date: string | undefined) => void;
  };
}

/** Where the partner stands: per designation its one window and verdict, and the monthly scores the exports give. */
export function HistoryView({ outcome, exportsEnd, today, anniversaries }: HistoryViewProps) {
  const styles = useStyles();
  const h = outcome.history;
  const stale = staleExportsText(exportsEnd, today);
  return (
    <div className={styles.root}>
      <Subtitle1 as="h2">Score history</Subtitle1>
      {stale && (
        <MessageBar intent="warning" layout="multiline" aria-label="Exports out of date">
          <MessageBarBody>
            <MessageBarTitle>Out of date</MessageBarTitle>
            {stale} Months after the exports end have no score, so they cannot count toward renewal.
          </MessageBarBody>
        </MessageBar>
      )}
      {anniversaries.error && <ErrorBar title="Anniversary dates" message={anniversaries.error} />}
      <Caption1 block>
        Monthly scores {monthSpan(h.from, h.to)}. Qualifying in any month of a designation&apos;s qualification eligibility window is enough to renew (or
        enroll).
      </Caption1>
      {h.designations.map((d) => (
        <DesignationHistoryView
          key={d.id}
          history={d}
          renewal={outcome.renewal.find((r) => r.designation === d.id)}
          minTotal={minTotalOf(outcome, d.id)}
          anniversary={{ saved: anniversaries.values[d.id], busy: anniversaries.busy, onSave: (date) => anniversaries.onSave(d.id, date) }}
        />
      ))}
    </div>
  );
}

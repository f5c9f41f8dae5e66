import * as React from "react";
import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { ScoreOutcome } from "../../service";
import { monthName } from "../../logic/historyColumns";
import { AnniversaryField, type AnniversaryFieldProps } from "./AnniversaryField";
import { DesignationHistoryView } from "./DesignationHistoryView";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
});

/** The rule set's qualifying total for a designation, as the report gives it. */
function minTotalOf(outcome: ScoreOutcome, id: string): number | undefined {
  return outcome.report.designations.find((d) => d.id === id)?.qualifyingTotal;
}

/** Where the partner stands over the last six months, and whether renewal is allowed today. */
export function HistoryView({ outcome, anniversary }: { outcome: ScoreOutcome; anniversary: AnniversaryFieldProps }) {
  const styles = useStyles();
  const h = outcome.history;
  return (
    <div className={styles.root}>
      <Subtitle1 as="h2">Score history</Subtitle1>
      <Caption1 block>
        The qualification eligibility window: {monthName(h.from)} to {monthName(h.to)}. Qualifying in one of these months is enough to renew.
      </Caption1>
      <AnniversaryField {...anniversary} />
      {h.designations.map((d) => (
        <DesignationHistoryView key={d.id} history={d} renewal={outcome.renewal.find((r) => r.designation === d.id)} minTotal={minTotalOf(outcome, d.id)} />
      ))}
    </div>
  );
}

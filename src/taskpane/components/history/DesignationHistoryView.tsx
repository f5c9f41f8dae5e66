import * as React from "react";
import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DesignationHistory, RenewalStatus } from "../../../engine";
import { windowText } from "../../logic/historyColumns";
import { TrendChart } from "../TrendChart";
import { HistoryTable } from "./HistoryTable";
import { RenewalLine } from "./RenewalLine";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { overflowX: "auto" },
});

export interface DesignationHistoryViewProps {
  history: DesignationHistory;
  renewal?: RenewalStatus;
  /** The rule set's qualifying total (the trend chart's default where the report lacks it). */
  minTotal?: number;
}

/** One designation over the qualification eligibility window: whether it qualified, the table, the trend, renewal. */
export function DesignationHistoryView({ history, renewal, minTotal }: DesignationHistoryViewProps) {
  const styles = useStyles();
  return (
    <section aria-label={`${history.name} history`} className={styles.root}>
      <Subtitle2 as="h3">{history.name}</Subtitle2>
      {history.needs ? (
        <Caption1 block>Not scored: {history.needs}</Caption1>
      ) : (
        <>
          <Text weight="semibold">{windowText(history)}</Text>
          <div className={styles.table}>
            <HistoryTable history={history} />
          </div>
          <TrendChart history={history} minTotal={minTotal} />
        </>
      )}
      {renewal && <RenewalLine renewal={renewal} />}
    </section>
  );
}

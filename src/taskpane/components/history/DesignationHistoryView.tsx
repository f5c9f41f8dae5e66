import * as React from "react";
import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DesignationHistory, RenewalStatus } from "../../../engine";
import { qualifiedMonthsText } from "../../logic/historyColumns";
import { useNarrowPane } from "../../hooks/useNarrowPane";
import { TrendChart } from "../TrendChart";
import { AnniversaryField, type AnniversaryFieldProps } from "./AnniversaryField";
import { HistoryMonthCards } from "./HistoryMonthCards";
import { HistoryTable } from "./HistoryTable";
import { RenewalLine } from "./RenewalLine";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface DesignationHistoryViewProps {
  history: DesignationHistory;
  renewal?: RenewalStatus;
  /** The rule set's qualifying total (the trend chart's default where the report lacks it). */
  minTotal?: number;
  anniversary: Omit<AnniversaryFieldProps, "designation">;
}

/**
 * One designation: its one qualification eligibility window with its verdict (the renewal status),
 * its anniversary date, then the monthly scores (a table, or a card per month in a narrow pane) and the trend.
 */
export function DesignationHistoryView({ history, renewal, minTotal, anniversary }: DesignationHistoryViewProps) {
  const styles = useStyles();
  const section = React.useRef<HTMLElement>(null);
  const narrow = useNarrowPane(section);
  return (
    <section ref={section} aria-label={`${history.name} history`} className={styles.root}>
      <Subtitle2 as="h3">{history.name}</Subtitle2>
      {history.needs ? (
        <Caption1 block>Not scored: {history.needs}</Caption1>
      ) : (
        <>
          {renewal ? <RenewalLine renewal={renewal} /> : <Text weight="semibold">{qualifiedMonthsText(history)}</Text>}
          <AnniversaryField designation={history.id} {...anniversary} />
          {narrow ? <HistoryMonthCards history={history} /> : <HistoryTable history={history} />}
          <TrendChart history={history} minTotal={minTotal} />
        </>
      )}
    </section>
  );
}

import * as React from "react";
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, type DesignationHistory, type MonthScore } from "../../../engine";
import { pts } from "../../logic/formats";
import { metricColumns, monthName, unavailableText } from "../../logic/historyColumns";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  card: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  metrics: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalM, margin: 0 },
  value: { margin: 0, textAlign: "end", whiteSpace: "nowrap" },
});

function MonthCard({ m, columns }: { m: MonthScore; columns: ReturnType<typeof metricColumns> }) {
  const styles = useStyles();
  if (!m.available)
    return (
      <li className={styles.card}>
        <Text weight="semibold">{monthName(m.month)}</Text>
        <Caption1>{unavailableText(m.reason)}</Caption1>
      </li>
    );
  const status = m.qualified ? "Qualified" : STATUS_LABEL[m.status];
  return (
    <li className={styles.card}>
      <Text weight="semibold">
        {monthName(m.month)}: {pts(m.total)}, {status}
      </Text>
      {m.countingTrackLabel && <Caption1>{m.countingTrackLabel} track</Caption1>}
      <dl className={styles.metrics}>
        {columns.map((c) => {
          const metric = m.metrics.find((x) => x.id === c.id);
          return (
            <React.Fragment key={c.id}>
              <dt>{c.label}</dt>
              <dd className={styles.value}>{metric ? pts(metric.points) : "–"}</dd>
            </React.Fragment>
          );
        })}
      </dl>
    </li>
  );
}

/** The history table stacked for a narrow pane: a card per month (newest first), its points per metric one per line. */
export function HistoryMonthCards({ history }: { history: DesignationHistory }) {
  const styles = useStyles();
  const columns = metricColumns(history);
  return (
    <ol className={styles.list} aria-label={`${history.name}: score per month`}>
      {[...history.months].reverse().map((m) => (
        <MonthCard key={m.month} m={m} columns={columns} />
      ))}
    </ol>
  );
}

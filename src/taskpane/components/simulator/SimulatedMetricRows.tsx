import * as React from "react";
import { Badge, Caption1, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatPoints } from "../../../engine";
import type { SimulatedMetric } from "../../logic/simulatedRows";
import { Delta } from "../Delta";
import { scorecardTable } from "../scorecardStyles";

const useStyles = makeStyles({
  metric: { display: "grid", gap: tokens.spacingVerticalXXS },
  line: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  table: scorecardTable(["56%", "26%", "18%"]),
  label: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center", fontWeight: tokens.fontWeightSemibold },
  value: { display: "block" },
  bar: { marginTop: tokens.spacingVerticalXXS },
});

/** One metric of the simulated result: its points before → after, then a row per association type or part with value, bar, points and ▲/▼. */
export function SimulatedMetricRows({ track, metric: m, pointsText }: { track: string; metric: SimulatedMetric; pointsText: string }) {
  const styles = useStyles();
  const marked = m.rows.length > 1 && m.rows.some((r) => !r.counting);
  return (
    <div className={styles.metric}>
      <div className={styles.line}>
        <Text weight="semibold">{m.label}</Text>
        <Text>
          {pointsText} <Delta points={m.delta} label={`${m.label} ${m.delta > 0 ? "up" : "down"} ${formatPoints(Math.abs(m.delta))} pts`} />
        </Text>
      </div>
      <table className={styles.table} aria-label={`${track}: ${m.label} simulated`}>
        <thead>
          <tr>
            <th scope="col">Progress</th>
            <th scope="col">Points</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r) => {
            const what = r.label ? `${m.label}, ${r.label}` : m.label;
            return (
              <tr key={r.key} data-row={r.key || undefined}>
                <td>
                  {r.label && (
                    <span className={styles.label}>
                      {r.label}
                      {marked && r.counting && (
                        <Badge size="small" appearance="tint" color="brand">
                          counts
                        </Badge>
                      )}
                    </span>
                  )}
                  <span className={styles.value} data-part="value">
                    {r.before === r.after ? r.after : `${r.before} → ${r.after}`}
                  </span>
                  <Caption1 className={styles.value} data-part="target">
                    of {r.maximum}
                    {r.change ? ` (${r.change})` : ""}
                  </Caption1>
                  <ProgressBar
                    className={styles.bar}
                    value={r.progress}
                    thickness="medium"
                    color={r.progress >= 1 ? "success" : "brand"}
                    aria-label={`${what}: simulated progress toward ${r.maximum}`}
                  />
                </td>
                <td>{r.points}</td>
                <td>
                  <Delta points={r.delta} label={r.deltaLabel} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

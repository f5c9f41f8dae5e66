import * as React from "react";
import { Badge, Card, CardHeader, Caption1, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, categoryGroups, formatPoints, type MetricResult, type TrackPath, type TrackResult } from "../../engine";
import { pts } from "../logic/formats";
import { scoreRows } from "../logic/scorecard";
import { Term } from "./Glossary";
import { MetricSidesView } from "./MetricSidesView";
import { CATEGORY_NAME, scorecardTable } from "./scorecardStyles";

const useStyles = makeStyles({
  metric: { display: "grid", gap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalS },
  line: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  table: scorecardTable(["44%", "32%", "24%"]),
  counting: { backgroundColor: tokens.colorBrandBackground2 },
  rowLabel: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  category: { display: "grid", gap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  categoryHead: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS, margin: 0 },
  categoryName: CATEGORY_NAME,
});

const BADGE: Record<TrackResult["status"], "success" | "warning" | "informative" | "subtle"> = {
  Qualified: "success",
  Partial: "warning",
  InProgress: "informative",
  NotStarted: "subtle",
};

/** A metric as on Partner Center's scorecard: Progress, Maximum and Points earned, one row per association type or part. */
function MetricScore({ metric: m }: { metric: MetricResult }) {
  const styles = useStyles();
  const rows = scoreRows(m);
  const marked = rows.length > 1;
  return (
    <div className={styles.metric} role="group" aria-label={m.label}>
      <div className={styles.line}>
        <Text weight="semibold">{m.label}</Text>
        <Text weight="semibold" aria-label={`${m.label}: points earned of the maximum`}>
          {formatPoints(m.points)} of {pts(m.maxPoints)}
        </Text>
      </div>
      <ProgressBar value={m.points / m.maxPoints} color={m.points >= m.maxPoints ? "success" : "brand"} thickness="large" aria-label={`${m.label} points`} />
      <table className={styles.table} aria-label={`${m.label} scorecard`}>
        <thead>
          <tr>
            <th scope="col">Progress</th>
            <th scope="col">Maximum</th>
            <th scope="col">Points earned</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={marked && r.counting ? styles.counting : undefined} data-counting={r.counting ? "true" : undefined}>
              <td>
                {r.label && (
                  <span className={styles.rowLabel}>
                    <Term name={r.label} />
                    {marked && r.counting && m.bestAssociation && (
                      <Badge size="small" appearance="tint" color="brand">
                        counts
                      </Badge>
                    )}
                  </span>
                )}
                {r.progress}
              </td>
              <td>{r.maximum}</td>
              <td>{r.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows
        .filter((r) => r.gap)
        .map((r) => (
          <Caption1 key={r.key}>{r.gap}</Caption1>
        ))}
      {m.blocked && <Caption1>{m.blocked}</Caption1>}
      <MetricSidesView metric={m} rows={rows} />
    </div>
  );
}

/** The metrics under Partner Center's category headings (Performance, Skilling, Customer success), each with its points of its maximum. */
function CategoryGroups({ metrics }: { metrics: readonly MetricResult[] }) {
  const styles = useStyles();
  return (
    <>
      {categoryGroups(metrics).map((g) => {
        const points = `${formatPoints(g.points)} of ${pts(g.maxPoints)}`;
        return (
          <section key={g.id} className={styles.category} aria-label={`${g.label}: ${points}`} data-category={g.id}>
            <div className={styles.categoryHead}>
              <Text as="h5" weight="semibold" className={styles.categoryName}>
                {g.label}
              </Text>
              {/* A category of one metric: the metric's line below says the same points. */}
              {g.metrics.length > 1 && <Text weight="semibold">{points}</Text>}
            </div>
            {g.metrics.map((m) => (
              <MetricScore key={m.id} metric={m} />
            ))}
          </section>
        );
      })}
    </>
  );
}

/** One track: total, status, its cheapest path, and per metric the scorecard rows with both sides of the value on demand. */
export function TrackCard({
  designation,
  track,
  path,
  qualifyingTotal,
}: {
  designation: string;
  track: TrackResult;
  path?: TrackPath;
  qualifyingTotal: number;
}) {
  const title = `${track.label} track`;
  return (
    <Card aria-label={`${designation} ${track.label} track`}>
      <CardHeader
        header={
          <Text weight="semibold" as="h4">
            {title === "All partners track" ? <Term name="All partners track" /> : title}
            {track.note ? ` (${track.note})` : ""}
          </Text>
        }
        description={
          <Caption1>
            {track.pointsToQualify > 0
              ? `${formatPoints(track.pointsToQualify)} points to ${formatPoints(qualifyingTotal)}`
              : `At or above ${formatPoints(qualifyingTotal)} points`}
          </Caption1>
        }
        action={
          <Badge appearance="filled" color={BADGE[track.status]}>
            {STATUS_LABEL[track.status]}
          </Badge>
        }
      />
      <Text size={600} weight="bold" aria-label={`${track.label} total`}>
        {formatPoints(track.total)} / 100
      </Text>
      {path && (
        <Caption1 aria-label={`${track.label} cheapest path`}>
          {path.text}
          {path.qualifiesDesignation ? "" : " (not the classified track: qualifying it does not qualify the designation)"}
        </Caption1>
      )}
      <CategoryGroups metrics={track.metrics} />
    </Card>
  );
}

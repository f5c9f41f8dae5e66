import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, formatPoints, type TrackChange, type TrackResult } from "../../../engine";
import { trackChanged } from "../../logic/simulationView";
import { simulatedGroups } from "../../logic/simulatedRows";
import { pts } from "../../logic/formats";
import { Delta } from "../Delta";
import { SimulatedMetricRows } from "./SimulatedMetricRows";
import { CATEGORY_NAME } from "../scorecardStyles";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  category: { display: "grid", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalXS, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  categoryHead: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  categoryName: CATEGORY_NAME,
});

/** "10 → 20 of 20 pts", or "20 of 20 pts" when the points did not move. */
const pointsOf = (before: number, after: number, max: number) =>
  formatPoints(before) === formatPoints(after) ? `${formatPoints(after)} of ${pts(max)}` : `${formatPoints(before)} → ${formatPoints(after)} of ${pts(max)}`;

/**
 * One track of the simulated result: the total, then (when anything moved) the scorecard's categories
 * with their points, and per metric a row per association type or part, current → simulated.
 */
export function TrackChangeTable({
  designation,
  track,
  counts,
  before,
  after,
}: {
  designation: string;
  track: TrackChange;
  counts: boolean;
  /** The track in the current and the simulated report: the rows come from them. */
  before: TrackResult | undefined;
  after: TrackResult | undefined;
}) {
  const styles = useStyles();
  const name = `${designation} ${track.label} track`;
  const changed = trackChanged(track);
  return (
    <section className={styles.root} aria-label={`${name} simulated`}>
      <div className={styles.head}>
        <Text weight="semibold">{track.label} track:</Text>
        <Text aria-label={`${name} simulated total`}>{formatPoints(track.after.total)} / 100</Text>
        <Delta points={track.delta} />
        <Text size={200}>{changed ? `(now ${formatPoints(track.before.total)})` : "(no change)"}</Text>
        <Badge appearance="outline">{STATUS_LABEL[track.after.status]}</Badge>
        {counts && (
          <Badge appearance="tint" color="brand">
            Counts
          </Badge>
        )}
      </div>
      {changed &&
        after &&
        simulatedGroups(before, after).map((g) => (
          <div key={g.id} className={styles.category} role="group" aria-label={`${g.label}: ${pointsOf(g.before, g.after, g.maxPoints)}`} data-category={g.id}>
            <div className={styles.categoryHead}>
              <Text as="h4" weight="semibold" className={styles.categoryName}>
                {g.label}
              </Text>
              <Text weight="semibold">
                {pointsOf(g.before, g.after, g.maxPoints)} <Delta points={g.delta} />
              </Text>
            </div>
            {g.metrics.map((m) => (
              <SimulatedMetricRows key={m.id} track={name} metric={m} pointsText={pointsOf(m.before, m.after, m.maxPoints)} />
            ))}
          </div>
        ))}
    </section>
  );
}

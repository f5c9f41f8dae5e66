import * as React from "react";
import { Badge, Card, CardHeader, Caption1, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, formatPoints, type TrackPath, type TrackResult } from "../../engine";
import { MetricSidesView } from "./MetricSidesView";

const useStyles = makeStyles({
  metric: { display: "grid", gap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalS },
  line: { display: "flex", justifyContent: "space-between" },
});

const BADGE: Record<TrackResult["status"], "success" | "warning" | "informative" | "subtle"> = {
  Qualified: "success",
  Partial: "warning",
  InProgress: "informative",
  NotStarted: "subtle",
};

/** One track: total, status, its cheapest path, a bar per metric with both sides of its value, and what is missing for full points. */
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
  const styles = useStyles();
  return (
    <Card aria-label={`${designation} ${track.label} track`}>
      <CardHeader
        header={
          <Text weight="semibold">
            {designation}: {track.label} track
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
      {track.metrics.map((m) => (
        <div key={m.id} className={styles.metric}>
          <div className={styles.line}>
            <Text>
              {m.label}
              {m.bestAssociation ? ` (${m.bestAssociation})` : ""}
            </Text>
            <Text weight="semibold">
              {formatPoints(m.points)} / {m.maxPoints}
            </Text>
          </div>
          <ProgressBar
            value={m.points / m.maxPoints}
            color={m.points >= m.maxPoints ? "success" : "brand"}
            thickness="large"
            aria-label={`${m.label} points`}
          />
          <MetricSidesView metric={m} />
          {m.gaps[0] && <Caption1>{m.gaps[0].text}</Caption1>}
        </div>
      ))}
    </Card>
  );
}

import * as React from "react";
import { Badge, Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, formatPoints, type DesignationResult } from "../../engine";
import { TrackCard } from "./TrackCard";

const useStyles = makeStyles({
  tracks: { display: "grid", gap: tokens.spacingVerticalS },
});

const CHOICE: Record<DesignationResult["trackChoice"], string> = {
  best: "best track",
  classified: "classified track",
  single: "",
};

/** One designation: its total and status, why that track counts, and a card per track (the counting one first). */
export function DesignationCard({ designation: d }: { designation: DesignationResult }) {
  const styles = useStyles();
  if (!d.scored)
    return (
      <Card appearance="outline" aria-label={d.name}>
        <CardHeader header={<Text weight="semibold">{d.name}</Text>} action={<Badge appearance="outline">Not scored</Badge>} />
        <Caption1>{d.needs}</Caption1>
      </Card>
    );
  const counting = d.tracks.find((t) => t.id === d.bestTrack);
  const ordered = counting ? [counting, ...d.tracks.filter((t) => t !== counting)] : d.tracks;
  const status = d.qualified ? "Qualified" : STATUS_LABEL[d.status];
  return (
    <Card appearance="filled-alternative" aria-label={d.name}>
      <CardHeader
        header={
          <Text weight="semibold">
            {d.name}: {formatPoints(d.total)} / 100
          </Text>
        }
        description={
          <Caption1>
            {counting && CHOICE[d.trackChoice] ? `${counting.label} is the ${CHOICE[d.trackChoice]}. ` : ""}
            {d.ruleSet.name}
            {d.asOf ? `, as of ${d.asOf}` : ""}
          </Caption1>
        }
        action={
          <Badge appearance="filled" color={d.qualified ? "success" : "informative"}>
            {status}
          </Badge>
        }
      />
      {d.classification && <Caption1>{d.classification.reason}</Caption1>}
      <div className={styles.tracks}>
        {ordered.map((t) => (
          <TrackCard key={t.id} designation={d.name} track={t} />
        ))}
      </div>
    </Card>
  );
}

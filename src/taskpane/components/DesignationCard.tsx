import * as React from "react";
import { AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, formatPoints, isoMonthLabel, type DesignationPaths, type DesignationResult } from "../../engine";
import { CheapestPathLine } from "./CheapestPathLine";
import { LazyView } from "./LazyView";

// The track cards (scorecard, metrics, each side's tenants) are a chunk of their own, loaded when a designation is first opened.
const TrackCard = React.lazy(() => import(/* webpackChunkName: "tracks" */ "./TrackCard").then((m) => ({ default: m.TrackCard })));

const useStyles = makeStyles({
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap", paddingLeft: tokens.spacingHorizontalS },
  summary: { display: "grid", gap: tokens.spacingVerticalXXS, paddingLeft: tokens.spacingHorizontalS },
  tracks: { display: "grid", gap: tokens.spacingVerticalS },
});

const CHOICE: Record<DesignationResult["trackChoice"], string> = {
  best: "best track",
  classified: "classified track",
  single: "",
};

/**
 * One designation, collapsible (six are long): its total, status, why that track counts and the
 * counting track's cheapest path stay in view; the panel holds a card per track (the counting one
 * first; the others with their own path).
 */
export function DesignationCard({ designation: d, paths }: { designation: DesignationResult; paths?: DesignationPaths }) {
  const styles = useStyles();
  if (!d.scored)
    return (
      <Card appearance="outline" aria-label={d.name}>
        <CardHeader header={<Text weight="semibold">{d.name}</Text>} action={<Badge appearance="outline">Not scored</Badge>} />
        <Caption1>{d.needs}</Caption1>
      </Card>
    );
  const counting = d.tracks.find((t) => t.id === d.countingTrack);
  const ordered = counting ? [counting, ...d.tracks.filter((t) => t !== counting)] : d.tracks;
  const status = d.qualified ? "Qualified" : STATUS_LABEL[d.status];
  return (
    <AccordionItem value={d.id}>
      <section aria-label={d.name} className={styles.item}>
        <AccordionHeader as="h3" expandIconPosition="end">
          {d.name}: {formatPoints(d.total)} / 100
        </AccordionHeader>
        <div className={styles.line}>
          <Badge appearance="filled" color={d.qualified ? "success" : "informative"}>
            {status}
          </Badge>
          <Caption1>
            {counting && CHOICE[d.trackChoice] ? `${counting.label} is the ${CHOICE[d.trackChoice]}. ` : ""}
            {d.ruleSet.name}
            {d.asOf ? `, as of ${isoMonthLabel(d.asOf)}` : ""}
          </Caption1>
        </div>
        {paths && (
          <div className={styles.summary}>
            <CheapestPathLine paths={paths} />
          </div>
        )}
        <AccordionPanel>
          {d.classification && <Caption1 block>{d.classification.reason}</Caption1>}
          <div className={styles.tracks}>
            <LazyView label="the tracks">
              {ordered.map((t) => (
                <TrackCard
                  key={t.id}
                  designation={d.name}
                  track={t}
                  qualifyingTotal={d.qualifyingTotal}
                  path={t === counting ? undefined : paths?.tracks.find((p) => p.track === t.id)}
                />
              ))}
            </LazyView>
          </div>
        </AccordionPanel>
      </section>
    </AccordionItem>
  );
}

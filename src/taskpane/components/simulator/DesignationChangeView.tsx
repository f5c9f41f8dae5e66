import * as React from "react";
import { Badge, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, formatPoints, type DesignationChange, type DesignationResult } from "../../../engine";
import { Delta } from "../Delta";
import { TrackChangeTable } from "./TrackChangeTable";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const statusOf = (side: DesignationChange["after"]) => (side.qualified ? "Qualified" : STATUS_LABEL[side.status]);

/** One designation of the simulated result: current and simulated total and status, then each track (best-of designations show both). */
export function DesignationChangeView({
  change: c,
  current,
  simulated,
}: {
  change: DesignationChange;
  /** The designation in the current and the simulated report, for the per-row changes. */
  current?: DesignationResult;
  simulated?: DesignationResult;
}) {
  const styles = useStyles();
  return (
    <section aria-label={`${c.name} simulated`} className={styles.root}>
      <Subtitle2 as="h3">{c.name}</Subtitle2>
      <div className={styles.line}>
        <Text>
          Current: {formatPoints(c.before.total)} / 100, {statusOf(c.before)}.
        </Text>
        <Text>Simulated:</Text>
        <Text weight="bold" aria-label={`${c.name} simulated total`}>
          {formatPoints(c.after.total)} / 100
        </Text>
        <Delta points={c.delta} />
        <Badge appearance="filled" color={c.after.qualified ? "success" : "informative"}>
          {statusOf(c.after)}
        </Badge>
      </div>
      {c.tracks.map((t) => (
        <TrackChangeTable
          key={t.id}
          designation={c.name}
          track={t}
          counts={t.id === c.after.track && c.tracks.length > 1}
          before={current?.tracks.find((x) => x.id === t.id)}
          after={simulated?.tracks.find((x) => x.id === t.id)}
        />
      ))}
    </section>
  );
}

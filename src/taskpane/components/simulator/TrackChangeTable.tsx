import * as React from "react";
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_LABEL, formatPoints, type MetricChange, type TrackChange } from "../../../engine";
import { trackChanged } from "../../logic/simulationView";
import { Delta } from "../Delta";

const useStyles = makeStyles({
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  // Columns as wide as their text (long per-association values wrap), not four equal columns.
  table: { tableLayout: "auto" },
  moved: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fell: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function Progress({ m }: { m: MetricChange }) {
  const styles = useStyles();
  if (m.before.value === m.after.value) return <>{`${m.after.value} of ${m.after.target}`}</>;
  return (
    <>
      {m.before.value || "0"} → <span className={m.delta < 0 ? styles.fell : styles.moved}>{m.after.value}</span> of {m.after.target}
    </>
  );
}

/** One track of the simulated result: the total, then (when anything moved) every metric's progress and points, current → simulated. */
export function TrackChangeTable({ designation, track, counts }: { designation: string; track: TrackChange; counts: boolean }) {
  const styles = useStyles();
  const name = `${designation} ${track.label} track`;
  return (
    <div>
      <div className={styles.head}>
        <Text weight="semibold">{track.label} track:</Text>
        <Text aria-label={`${name} simulated total`}>{formatPoints(track.after.total)} / 100</Text>
        <Delta points={track.delta} />
        <Text size={200}>{trackChanged(track) ? `(now ${formatPoints(track.before.total)})` : "(no change)"}</Text>
        <Badge appearance="outline">{STATUS_LABEL[track.after.status]}</Badge>
        {counts && (
          <Badge appearance="tint" color="brand">
            Counts
          </Badge>
        )}
      </div>
      {trackChanged(track) && (
        <Table size="small" className={styles.table} aria-label={`${name}: simulated metrics`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Metric</TableHeaderCell>
              <TableHeaderCell>Progress</TableHeaderCell>
              <TableHeaderCell>Points</TableHeaderCell>
              <TableHeaderCell>Change</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {track.metrics.map((m) => (
              <TableRow key={m.id}>
                <TableCell>{m.label}</TableCell>
                <TableCell>
                  <Progress m={m} />
                </TableCell>
                <TableCell>
                  {formatPoints(m.after.points)} / {m.maxPoints}
                </TableCell>
                <TableCell>
                  <Delta points={m.delta} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}

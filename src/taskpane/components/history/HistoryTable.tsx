import * as React from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from "@fluentui/react-components";
import { STATUS_LABEL, formatPoints, type DesignationHistory } from "../../../engine";
import { metricColumns, monthName, unavailableText } from "../../logic/historyColumns";
import { ScrollRegion } from "./ScrollRegion";

const useStyles = makeStyles({
  // Columns as wide as their headings; the region scrolls sideways (by keyboard too) when the pane is narrower.
  table: { tableLayout: "auto", minWidth: "560px" },
  month: { whiteSpace: "nowrap" },
});

/** Partner Center's scoring history: Month | Best score | Status | points per metric | Best track; months without data say so. */
export function HistoryTable({ history }: { history: DesignationHistory }) {
  const styles = useStyles();
  const columns = metricColumns(history);
  return (
    <ScrollRegion label={`${history.name}: scores per month, scrolls sideways`}>
      <Table size="small" className={styles.table} aria-label={`${history.name}: score per month`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            <TableHeaderCell>Best score</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.id}>{c.label}</TableHeaderCell>
            ))}
            <TableHeaderCell>Best track</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...history.months].reverse().map((m) =>
            m.available ? (
              <TableRow key={m.month}>
                <TableCell className={styles.month}>{monthName(m.month)}</TableCell>
                <TableCell>{formatPoints(m.total)}</TableCell>
                <TableCell>{m.qualified ? "Qualified" : STATUS_LABEL[m.status]}</TableCell>
                {columns.map((c) => {
                  const metric = m.metrics.find((x) => x.id === c.id);
                  return <TableCell key={c.id}>{metric ? formatPoints(metric.points) : "–"}</TableCell>;
                })}
                <TableCell>{m.countingTrackLabel}</TableCell>
              </TableRow>
            ) : (
              <TableRow key={m.month}>
                <TableCell className={styles.month}>{monthName(m.month)}</TableCell>
                <TableCell colSpan={columns.length + 3}>{unavailableText(m.reason)}</TableCell>
              </TableRow>
            )
          )}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

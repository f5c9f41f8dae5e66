import * as React from "react";
import { Button, Caption1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { isoMonthLabel, sidesShown, type MetricResult, type MetricSide } from "../../engine";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalXXS },
  toggle: { justifySelf: "start", minWidth: "auto", paddingLeft: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Long lists are cut: the pane is 320 px wide; the full list is in the JSON report. */
const SHOWN = 25;

function SideList({ side, label }: { side: MetricSide; label: string }) {
  const styles = useStyles();
  const names = side.tenants.slice(0, SHOWN);
  return (
    <div>
      <Caption1Strong>
        {isoMonthLabel(side.month)} ({label}): {side.tenants.length ? `${side.tenants.length.toLocaleString("en-US")} tenant${side.tenants.length === 1 ? "" : "s"}` : "none"}
      </Caption1Strong>
      {names.length > 0 && (
        <ul className={styles.list}>
          {names.map((n) => (
            <li key={n}>
              <Caption1>{n}</Caption1>
            </li>
          ))}
          {side.tenants.length > SHOWN && (
            <li>
              <Caption1>and {(side.tenants.length - SHOWN).toLocaleString("en-US")} more</Caption1>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

/** The two sides of a metric's value (now and a year ago), and on demand the tenants behind each. */
export function MetricSidesView({ metric }: { metric: MetricResult }) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const shown = sidesShown(metric);
  if (!shown.length) return null;
  const hasTenants = shown.some(({ sides }) => sides.now.tenants.length || sides.baseline.tenants.length);
  return (
    <div className={styles.root}>
      {shown.map(({ text }) => (
        <Caption1 key={text}>{text}</Caption1>
      ))}
      {hasTenants && (
        <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide the tenants" : `Which tenants: ${metric.label.toLowerCase()}`}
        </Button>
      )}
      {open &&
        shown.map(({ key, sides }) => (
          <div key={`${key}-${sides.measure}`} aria-label={`${metric.label} tenants`}>
            <SideList side={sides.now} label={`now, ${key ? `${key} ` : ""}${sides.measure}`} />
            <SideList side={sides.baseline} label={`a year ago, ${key ? `${key} ` : ""}${sides.measure}`} />
          </div>
        ))}
    </div>
  );
}

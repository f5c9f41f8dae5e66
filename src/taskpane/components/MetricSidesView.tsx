import * as React from "react";
import { Button, Caption1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { isoMonthLabel, type MetricResult, type MetricSides } from "../../engine";
import { scoreRows, type ScoreRow } from "../logic/scorecard";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalXXS },
  toggle: { justifySelf: "start", minWidth: "auto", paddingLeft: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Long lists are cut: the pane is 320 px wide; the full list is in the JSON report. */
const SHOWN = 25;

const tenantsCount = (n: number) => (n ? `${n.toLocaleString("en-US")} tenant${n === 1 ? "" : "s"}` : "none");

function NameList({ title, names }: { title: string; names: readonly string[] }) {
  const styles = useStyles();
  return (
    <div>
      <Caption1Strong>
        {title}: {tenantsCount(names.length)}
      </Caption1Strong>
      {names.length > 0 && (
        <ul className={styles.list}>
          {names.slice(0, SHOWN).map((n) => (
            <li key={n}>
              <Caption1>{n}</Caption1>
            </li>
          ))}
          {names.length > SHOWN && (
            <li>
              <Caption1>and {(names.length - SHOWN).toLocaleString("en-US")} more</Caption1>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

/**
 * A difference (customers, deployments) is explained by who came and who went: those first, then the
 * count on both sides. A sum (MAU, ACR) lists the tenants behind each side.
 */
function SideTenants({ sides, what }: { sides: MetricSides; what: string }) {
  const now = `${isoMonthLabel(sides.now.month)} (now, ${what})`;
  const before = `${isoMonthLabel(sides.baseline.month)} (a year ago, ${what})`;
  if (sides.change !== "difference") {
    return (
      <>
        <NameList title={now} names={sides.now.tenants} />
        <NameList title={before} names={sides.baseline.tenants} />
      </>
    );
  }
  const then = new Set(sides.baseline.tenants);
  const today = new Set(sides.now.tenants);
  const both = sides.now.tenants.filter((t) => then.has(t)).length;
  return (
    <>
      <NameList title={`New since ${isoMonthLabel(sides.baseline.month)}`} names={sides.now.tenants.filter((t) => !then.has(t))} />
      <NameList title={`Counted in ${isoMonthLabel(sides.baseline.month)}, not now`} names={sides.baseline.tenants.filter((t) => !today.has(t))} />
      <Caption1>In both months: {tenantsCount(both)}.</Caption1>
      <NameList title={now} names={sides.now.tenants} />
      <NameList title={before} names={sides.baseline.tenants} />
    </>
  );
}

/**
 * On demand, the two sides of each row's value (now and a year ago), and on demand again the tenants
 * behind each: the counting association type first, then the others.
 */
export function MetricSidesView({ metric, rows }: { metric: MetricResult; rows?: ScoreRow[] }) {
  const styles = useStyles();
  const [sidesOpen, setSidesOpen] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  const shown = metric.sides
    ? (rows ?? scoreRows(metric)).flatMap((r) => {
        const sides = metric.sides![r.key];
        return sides && r.sides ? [{ key: r.label, sides, text: r.sides }] : [];
      })
    : [];
  if (!shown.length) return null;
  const what = metric.label.toLowerCase();
  const hasTenants = shown.some(({ sides }) => sides.now.tenants.length || sides.baseline.tenants.length);
  return (
    <div className={styles.root}>
      <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={sidesOpen} onClick={() => setSidesOpen(!sidesOpen)}>
        {sidesOpen ? "Hide now and a year ago" : `Now and a year ago: ${what}`}
      </Button>
      {sidesOpen && shown.map(({ text }) => <Caption1 key={text}>{text}</Caption1>)}
      {sidesOpen && hasTenants && (
        <Button appearance="transparent" size="small" className={styles.toggle} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide the tenants" : `Which tenants: ${what}`}
        </Button>
      )}
      {sidesOpen &&
        open &&
        shown.map(({ key, sides }) => (
          <div key={`${key}-${sides.measure}`} aria-label={`${metric.label} tenants`}>
            <SideTenants sides={sides} what={`${key ? `${key} ` : ""}${sides.measure}`} />
          </div>
        ))}
    </div>
  );
}

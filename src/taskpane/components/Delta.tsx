import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { formatDelta } from "../../engine";

const useStyles = makeStyles({
  delta: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

/** A change of points as Partner Center shows it: green "▲ +20", red "▼ −5"; nothing when it rounds to 0. */
export function Delta({ points, label }: { points: number; label?: string }) {
  const styles = useStyles();
  const text = formatDelta(points);
  if (!text) return null;
  return (
    // With a label the arrow is read as words ("up 4 pts"): a span takes an accessible name only with a role.
    <span
      className={mergeClasses(styles.delta, points > 0 ? styles.up : styles.down)}
      data-delta={points > 0 ? "up" : "down"}
      {...(label ? { role: "img", "aria-label": label } : {})}
    >
      {text}
    </span>
  );
}

import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  region: {
    overflowX: "auto",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
});

/**
 * A box that scrolls sideways, reachable by keyboard: focusable (tabIndex 0) and named as a region,
 * so arrow keys scroll it and a screen reader says what it holds (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <div role="region" aria-label={label} tabIndex={0} className={styles.region}>
      {children}
    </div>
  );
}

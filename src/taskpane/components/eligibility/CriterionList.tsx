import * as React from "react";
import { Caption1, InfoLabel, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Criterion } from "../../../engine";
import { valuesText, verdict } from "../../logic/criterionText";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none", display: "grid", gap: tokens.spacingVerticalXXS },
  item: { overflowWrap: "anywhere" },
  met: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  notMet: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Each criterion on one line: its name (its meaning behind the info icon), Met / Not met, and its value. */
export function CriterionList({ criteria, label }: { criteria: readonly Criterion[]; label: string }) {
  const styles = useStyles();
  if (!criteria.length) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {criteria.map((c) => {
        const said = verdict(c);
        const values = valuesText(c);
        return (
          <li key={c.id} className={styles.item} data-criterion={c.id}>
            <InfoLabel size="small" info={c.meaning} infoButton={{ "aria-label": `${c.label}: what it means` }}>
              {c.label}
            </InfoLabel>
            {": "}
            {said && <span className={mergeClasses(c.met ? styles.met : styles.notMet)}>{said}</span>}
            {said && values ? " — " : ""}
            {values && <Caption1>{values}</Caption1>}
          </li>
        );
      })}
    </ul>
  );
}

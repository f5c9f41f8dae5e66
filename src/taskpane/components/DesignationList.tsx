import * as React from "react";
import { Accordion, makeStyles, tokens } from "@fluentui/react-components";
import type { DesignationPaths, DesignationResult } from "../../engine";
import { DesignationCard } from "./DesignationCard";

const useStyles = makeStyles({
  list: { display: "grid", gap: tokens.spacingVerticalS },
});

/** Every designation, each one collapsible; several may be open at once. */
export function DesignationList({ designations, paths }: { designations: DesignationResult[]; paths: DesignationPaths[] }) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible className={styles.list}>
      {designations.map((d) => (
        <DesignationCard key={d.id} designation={d} paths={paths.find((p) => p.designation === d.id)} />
      ))}
    </Accordion>
  );
}

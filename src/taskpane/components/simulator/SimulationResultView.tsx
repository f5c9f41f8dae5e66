import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { DESIGNATION_SHORT_NAMES, type SimulationResult } from "../../../engine";
import { splitChanges } from "../../logic/simulationView";
import { DesignationChangeView } from "./DesignationChangeView";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The simulated result beside the current score, changes highlighted; the notes say what was assumed. */
export function SimulationResultView({ result }: { result: SimulationResult }) {
  const styles = useStyles();
  const { changed, unchanged } = splitChanges(result.changes);
  const notes = [
    ...(result.applied.length ? [`Applied: ${result.applied.map((r) => `${r.designationName} ${r.trackLabel}: ${r.text}`).join("; ")}.`] : []),
    ...result.notes,
  ];
  return (
    <section aria-label="Simulated result" className={styles.root}>
      <Subtitle1 as="h2">Simulated result</Subtitle1>
      <Caption1 block>Results are a simulation on your own rows; they do not guarantee a designation.</Caption1>
      {notes.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Notes</MessageBarTitle>
            <ul className={styles.list} aria-label="Simulation notes">
              {notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {changed.length === 0 && <Caption1 block>The scenario changes no score.</Caption1>}
      {changed.map((c) => (
        <DesignationChangeView
          key={c.id}
          change={c}
          current={result.current.designations.find((d) => d.id === c.id)}
          simulated={result.simulated.designations.find((d) => d.id === c.id)}
        />
      ))}
      {changed.length > 0 && unchanged.length > 0 && <Caption1 block>No change: {unchanged.map((c) => DESIGNATION_SHORT_NAMES[c.id]).join(", ")}.</Caption1>}
    </section>
  );
}

import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DESIGNATION_SHORT_NAMES, type SimulationResult } from "../../../engine";
import { splitChanges } from "../../logic/simulationView";
import { DesignationChangeView } from "./DesignationChangeView";
import { focusResult } from "../../logic/focus";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The simulated result beside the current score, changes highlighted; the notes say what was assumed. */
export function SimulationResultView({ result }: { result: SimulationResult }) {
  const styles = useStyles();
  const heading = React.useRef<HTMLHeadingElement>(null);
  // Each new result (View result) comes into view with focus on its heading, as Score's does.
  React.useEffect(() => focusResult(heading.current), [result]);
  const { changed, unchanged } = splitChanges(result.changes);
  const notes = [
    ...(result.applied.length ? [`Applied: ${result.applied.map((r) => `${r.designationName} ${r.trackLabel}: ${r.text}`).join("; ")}.`] : []),
    ...result.notes,
  ];
  return (
    <section aria-label="Simulated result" className={styles.root}>
      <Text as="h2" size={500} weight="semibold" block tabIndex={-1} ref={heading}>
        Simulated result
      </Text>
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

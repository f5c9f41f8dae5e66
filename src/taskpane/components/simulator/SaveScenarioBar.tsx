import * as React from "react";
import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SaveState } from "../../hooks/useSavedScenarios";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

export interface SaveScenarioBarProps {
  name: string;
  onName: (name: string) => void;
  nameError?: string;
  onSave: () => void;
  state: SaveState;
}

/** Saves the scenario to its own sheet (a scenario of the same name is replaced). */
export function SaveScenarioBar({ name, onName, nameError, onSave, state }: SaveScenarioBarProps) {
  const styles = useStyles();
  return (
    <div>
      <div className={styles.row}>
        <Field label="Scenario name" validationMessage={nameError} validationState={nameError ? "error" : "none"}>
          <Input value={name} onChange={(_, data) => onName(data.value)} />
        </Field>
        <Button onClick={onSave} disabled={state.phase === "saving"}>
          Save scenario
        </Button>
      </div>
      <div role="status">
        {state.phase === "saving" && <Spinner size="tiny" label="Saving the scenario…" />}
        {state.phase === "saved" && (
          <Text>
            Saved "{state.saved.scenario.name}" to sheet {state.saved.sheet}.
          </Text>
        )}
        {state.phase === "error" && <Text>Could not save the scenario: {state.message}</Text>}
      </div>
    </div>
  );
}

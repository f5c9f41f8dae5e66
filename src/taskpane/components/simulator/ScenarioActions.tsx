import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Scenario } from "../../../engine";
import { isEmptyScenario, scenarioSummary } from "../../logic/scenarioText";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** What View result will apply (both modes feed one scenario), View result and Reset. */
export function ScenarioActions({ scenario, running, onView, onReset }: { scenario: Scenario; running: boolean; onView: () => void; onReset: () => void }) {
  const styles = useStyles();
  return (
    <div>
      <Caption1 block aria-label="Scenario contents">
        This scenario: {scenarioSummary(scenario)}.
      </Caption1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={running || isEmptyScenario(scenario)} onClick={onView}>
          View result
        </Button>
        <Button onClick={onReset}>Reset</Button>
      </div>
    </div>
  );
}

import * as React from "react";
import { Caption1, Spinner, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { Simulator } from "../../hooks/useSimulator";
import type { ScoreOutcome } from "../../service";
import { CustomScenarioEditor } from "./CustomScenarioEditor";
import { ModeSwitch } from "./ModeSwitch";
import { RecommendationPicker } from "./RecommendationPicker";
import { SavedScenariosPicker } from "./SavedScenariosPicker";
import { SaveScenarioBar } from "./SaveScenarioBar";
import { ScenarioActions } from "./ScenarioActions";
import { SimulationResultView } from "./SimulationResultView";
import { ErrorBar } from "../ErrorBar";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM },
});

/** The score simulator, as Partner Center's: Recommendations or Custom selection, then the simulated result. */
export function SimulatorView({ outcome, sim }: { outcome: ScoreOutcome; sim: Simulator }) {
  const styles = useStyles();
  const run = sim.simulation;
  return (
    <div className={styles.root}>
      <Subtitle1 as="h2">Score simulator</Subtitle1>
      <Caption1 block>
        What if: tick recommendations, or add customers and certifications, and see the score beside today's. Nothing in your exports changes.
      </Caption1>
      <SavedScenariosPicker list={sim.saved.list} error={sim.saved.listError} onOpen={sim.reopen} />
      {sim.notice && <Caption1 block>{sim.notice}</Caption1>}
      <ModeSwitch mode={sim.mode} onMode={sim.setMode} />
      {sim.mode === "recommendations" ? (
        <RecommendationPicker recommendations={outcome.recommendations} ticked={sim.draft.scenario.recommendations} onTick={sim.draft.tick} />
      ) : (
        <CustomScenarioEditor draft={sim.draft} catalogue={outcome.catalogue} tenants={outcome.tenants} />
      )}
      <ScenarioActions scenario={sim.draft.scenario} running={run.phase === "running"} onView={sim.viewResult} onReset={sim.reset} />
      <SaveScenarioBar name={sim.draft.scenario.name} onName={sim.setName} nameError={sim.nameError} onSave={sim.save} state={sim.saved.save} />
      {run.phase === "running" && (
        <div role="status">
          <Spinner size="tiny" label="Simulating…" />
        </div>
      )}
      {run.phase === "error" && <ErrorBar title="Could not simulate" message={run.message} />}
      {run.phase === "done" && <SimulationResultView result={run.value} />}
    </div>
  );
}

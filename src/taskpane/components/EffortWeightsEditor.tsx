import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_EFFORT_WEIGHTS, EFFORT_KINDS, type EffortKind, type EffortWeightEdits } from "../../engine";
import { weightOf, withWeight } from "../logic/weights";
import { WeightField } from "./WeightField";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))", gap: tokens.spacingHorizontalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export interface EffortWeightsEditorProps {
  weights: EffortWeightEdits | undefined;
  onChange: (weights: EffortWeightEdits | undefined) => void;
  /** Scores again, so the paths follow the new weights. */
  onApply: () => void;
  busy: boolean;
}

const per = (kind: EffortKind) => {
  const w = DEFAULT_EFFORT_WEIGHTS[kind];
  return w.per === 1
    ? `Effort per ${EFFORT_KINDS[kind].unit.replace(/s$/, "").replace(/^people$/, "person")}`
    : `Effort per ${w.per.toLocaleString("en-US")} ${EFFORT_KINDS[kind].unit}`;
};

/** The effort each kind of work costs, which the cheapest path minimises (default: rough person-days). */
export function EffortWeightsEditor({ weights, onChange, onApply, busy }: EffortWeightsEditorProps) {
  const styles = useStyles();
  return (
    <div>
      <Caption1 block>The cheapest path is the plan with the least total effort. Change what each kind of work costs your team, then score again.</Caption1>
      <div className={styles.grid}>
        {(Object.keys(EFFORT_KINDS) as EffortKind[]).map((kind) => (
          <WeightField
            key={kind}
            label={EFFORT_KINDS[kind].label}
            hint={per(kind)}
            value={weightOf(weights, kind)}
            onValue={(v) => onChange(withWeight(weights, kind, v))}
          />
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onApply}>
          Score again with these weights
        </Button>
      </div>
    </div>
  );
}

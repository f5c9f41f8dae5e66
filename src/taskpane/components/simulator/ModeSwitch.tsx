import * as React from "react";
import { Radio, RadioGroup } from "@fluentui/react-components";
import type { SimulatorMode } from "../../hooks/useSimulator";

/** Partner Center's two ways to build a scenario. */
export function ModeSwitch({ mode, onMode }: { mode: SimulatorMode; onMode: (mode: SimulatorMode) => void }) {
  return (
    <RadioGroup layout="horizontal" aria-label="Simulator mode" value={mode} onChange={(_, data) => onMode(data.value as SimulatorMode)}>
      <Radio value="recommendations" label="Recommendations" />
      <Radio value="custom" label="Custom selection" />
    </RadioGroup>
  );
}

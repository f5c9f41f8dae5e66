import * as React from "react";
import { Caption1, Dropdown, Field, Option } from "@fluentui/react-components";
import type { SavedScenario } from "../../service";

/** The scenarios saved in the workbook; choosing one loads it into the ticks and the form. */
export function SavedScenariosPicker({ list, error, onOpen }: { list: readonly SavedScenario[]; error: string | null; onOpen: (sheet: string) => void }) {
  if (error) return <Caption1 block>Could not read the saved scenarios: {error}</Caption1>;
  return (
    <Field label="Saved scenarios" hint={list.length ? undefined : "None saved in this workbook yet"}>
      <Dropdown
        placeholder="Open a saved scenario"
        disabled={!list.length}
        value=""
        selectedOptions={[]}
        onOptionSelect={(_, data) => data.optionValue && onOpen(data.optionValue)}
      >
        {list.map((s) => (
          <Option key={s.sheet} value={s.sheet} text={s.scenario.name}>
            {`${s.scenario.name} (sheet ${s.sheet})`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

import * as React from "react";
import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DESIGNATION_SHORT_NAMES } from "../../../engine";
import type { RuleOptions } from "../../hooks/useRuleOptions";
import { ErrorBar } from "../ErrorBar";

const useStyles = makeStyles({
  body: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXXS },
  item: { display: "grid" },
  action: { justifySelf: "start" },
});

/**
 * The rule options saved in the workbook by "Use these options", which every score, simulation and
 * history applies, and the way back to the default readings. Nothing when none are saved.
 */
export function RuleOptionsBar({ ruleOptions, onClear }: { ruleOptions: RuleOptions; onClear: () => void }) {
  const styles = useStyles();
  const { state, busy, saveError } = ruleOptions;
  const clear = (
    <Button className={styles.action} size="small" disabled={busy} onClick={onClear}>
      Back to the default readings
    </Button>
  );
  return (
    <>
      {saveError && <ErrorBar title="Could not change the rule options" message={saveError} />}
      {state.phase === "error" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>Saved rule options not used</MessageBarTitle>
            <Text>{state.message}</Text>
            {clear}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "ready" && state.value && (
        <section aria-label="Rule options in force">
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody className={styles.body}>
              <MessageBarTitle>Rule options from Calibrate</MessageBarTitle>
              {state.value.options.length ? (
                <ul className={styles.list}>
                  {state.value.options.map((o) => (
                    <li key={o.id} className={styles.item}>
                      <Text weight="semibold">
                        {o.id} ({o.designations.map((d) => DESIGNATION_SHORT_NAMES[d]).join(", ")})
                      </Text>
                      <Caption1>{o.label}</Caption1>
                    </li>
                  ))}
                </ul>
              ) : (
                <Text>None: the default readings reproduced Partner Center.</Text>
              )}
              <Caption1>Saved in this workbook; scores, simulations, history and the summary sheet use them.</Caption1>
              {clear}
            </MessageBarBody>
          </MessageBar>
        </section>
      )}
    </>
  );
}

import * as React from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Scenario } from "../../../engine";
import { certificationText, customerText } from "../../logic/scenarioText";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface ScenarioItemsProps {
  scenario: Scenario;
  onRemoveCustomer: (index: number) => void;
  onRemoveCertification: (index: number) => void;
  onRemoveExclude: (index: number) => void;
}

function Item({ text, onRemove, what }: { text: string; onRemove: () => void; what: string }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <span>{text}</span>
      <Button size="small" appearance="subtle" aria-label={`Remove ${what}`} onClick={onRemove}>
        Remove
      </Button>
    </li>
  );
}

/** What the custom selection holds so far, each with Remove. */
export function ScenarioItems({ scenario, onRemoveCustomer, onRemoveCertification, onRemoveExclude }: ScenarioItemsProps) {
  const styles = useStyles();
  const empty = !scenario.customers.length && !scenario.certifications.length && !scenario.exclude.length;
  return (
    <section aria-label="Added to this scenario">
      <Subtitle2 as="h3">Added to this scenario</Subtitle2>
      {empty && <Caption1 block>Nothing added yet.</Caption1>}
      {!empty && (
        <ul className={styles.list} aria-label="Scenario items">
          {scenario.customers.map((c, i) => (
            <Item key={`c-${c.name}`} text={customerText(c)} what={c.name} onRemove={() => onRemoveCustomer(i)} />
          ))}
          {scenario.certifications.map((c, i) => (
            <Item key={`k-${i}`} text={certificationText(c)} what={`${c.people} × ${c.name}`} onRemove={() => onRemoveCertification(i)} />
          ))}
          {scenario.exclude.map((t, i) => (
            <Item key={`x-${t}`} text={`Leave out ${t}`} what={`left-out tenant ${t}`} onRemove={() => onRemoveExclude(i)} />
          ))}
        </ul>
      )}
    </section>
  );
}

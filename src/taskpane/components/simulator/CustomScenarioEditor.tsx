import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Divider } from "@fluentui/react-components";
import type { ScenarioDraft } from "../../hooks/useScenarioDraft";
import type { ScoreOutcome } from "../../service";
import { CertificationForm } from "./CertificationForm";
import { CustomerForm } from "./CustomerForm";
import { ExcludeForm } from "./ExcludeForm";
import { ScenarioItems } from "./ScenarioItems";

/**
 * Custom selection: hypothetical customers and certifications, tenants left out, and the list of what was
 * added. The forms are folded (the customer form alone is ~1,900 px tall in a 320 px pane): open the one needed.
 */
export function CustomScenarioEditor({
  draft,
  catalogue,
  tenants,
}: {
  draft: ScenarioDraft;
  catalogue: ScoreOutcome["catalogue"];
  tenants: ScoreOutcome["tenants"];
}) {
  const s = draft.scenario;
  return (
    <>
      <Accordion multiple collapsible aria-label="Scenario forms">
        <AccordionItem value="customer">
          <AccordionHeader as="h3">Add a customer</AccordionHeader>
          <AccordionPanel>
            <CustomerForm catalogue={catalogue} added={s.customers} onAdd={draft.addCustomer} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="certification">
          <AccordionHeader as="h3">Add a certification</AccordionHeader>
          <AccordionPanel>
            <CertificationForm certifications={catalogue.certifications} onAdd={draft.addCertification} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="exclude">
          <AccordionHeader as="h3">Leave out a tenant</AccordionHeader>
          <AccordionPanel>
            <ExcludeForm listed={s.exclude} tenants={tenants} onAdd={draft.addExclude} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Divider />
      <ScenarioItems
        scenario={s}
        onRemoveCustomer={draft.removeCustomer}
        onRemoveCertification={draft.removeCertification}
        onRemoveExclude={draft.removeExclude}
      />
    </>
  );
}

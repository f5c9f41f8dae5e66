import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { SkillingEligibility } from "../../../engine";
import { CustomerEligibilityView, type CustomerEligibilityProps } from "./CustomerEligibility";
import { SkillingEligibilityView } from "./SkillingEligibility";

export interface EligibilitySectionsProps extends CustomerEligibilityProps {
  skilling: SkillingEligibility | undefined;
}

/**
 * Customer and skilling eligibility, folded under the score they explain: each is one line until
 * opened (a 320 px pane has no room for two more tabs), and the customers are read only once opened.
 */
export function EligibilitySections({ skilling, ...customers }: EligibilitySectionsProps) {
  return (
    <Accordion multiple collapsible>
      <AccordionItem value="customers">
        <AccordionHeader as="h2">Customer eligibility</AccordionHeader>
        <AccordionPanel>
          <CustomerEligibilityView {...customers} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="skilling">
        <AccordionHeader as="h2">Skilling eligibility</AccordionHeader>
        <AccordionPanel>
          <SkillingEligibilityView skilling={skilling} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { SkillingEligibility } from "../../../engine";
import { LazyView } from "../LazyView";
import type { CustomerEligibilityProps } from "./CustomerEligibility";

// Each section's content is a chunk of its own, loaded when the section is first opened.
const CustomerEligibilityView = React.lazy(() =>
  import(/* webpackChunkName: "customers" */ "./CustomerEligibility").then((m) => ({ default: m.CustomerEligibilityView }))
);
const SkillingEligibilityView = React.lazy(() =>
  import(/* webpackChunkName: "skilling" */ "./SkillingEligibility").then((m) => ({ default: m.SkillingEligibilityView }))
);

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
          <LazyView label="customer eligibility">
            <CustomerEligibilityView {...customers} />
          </LazyView>
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="skilling">
        <AccordionHeader as="h2">Skilling eligibility</AccordionHeader>
        <AccordionPanel>
          <LazyView label="skilling eligibility">
            <SkillingEligibilityView skilling={skilling} />
          </LazyView>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

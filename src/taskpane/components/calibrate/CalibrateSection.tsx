import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { LazyView } from "../LazyView";
import type { CalibratePanelProps } from "./CalibratePanel";

// What the section holds (the form, Calibrate, its result) is a chunk of its own, loaded when the section is first opened.
const CalibratePanel = React.lazy(() => import(/* webpackChunkName: "calibrate" */ "./CalibratePanel").then((m) => ({ default: m.CalibratePanel })));

export type CalibrateSectionProps = CalibratePanelProps;

/** "What does Partner Center show?": the values read off the scorecard, Calibrate, and the options that reproduce them. */
export function CalibrateSection(props: CalibrateSectionProps) {
  return (
    <Accordion collapsible>
      <AccordionItem value="calibrate">
        <AccordionHeader as="h2">What does Partner Center show?</AccordionHeader>
        <AccordionPanel>
          <LazyView label="Calibrate">
            <CalibratePanel {...props} />
          </LazyView>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

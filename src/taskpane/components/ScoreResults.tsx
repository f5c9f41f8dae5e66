import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import type { EffortWeightEdits } from "../../engine";
import type { RunState } from "../hooks/useRequestRunner";
import type { CellTarget, ScoreOutcome } from "../service";
import type { ExplainState } from "../hooks/useExplain";
import { DesignationList } from "./DesignationList";
import { EligibilitySections } from "./eligibility/EligibilitySections";
import type { CustomerLookup } from "../service";
import { MicrosoftCloudBar } from "./MicrosoftCloudBar";
import { ReportWarnings } from "./ReportWarnings";
import { Glossary } from "./Glossary";
import { LazyView } from "./LazyView";
import { month } from "../logic/formats";
import { designationsShown, microsoftCloudShown } from "../logic/asOfData";

// The effort weights' editor is a chunk of its own, loaded when its section is first opened.
const EffortWeightsEditor = React.lazy(() =>
  import(/* webpackChunkName: "weights" */ "./EffortWeightsEditor").then((m) => ({ default: m.EffortWeightsEditor }))
);

// Scrolled to with the pane's top edge: a little room above the heading.
const useStyles = makeStyles({ heading: { scrollMarginTop: "8px" } });

export interface ScoreResultsProps {
  outcome: ScoreOutcome;
  weights: EffortWeightEdits | undefined;
  onWeights: (weights: EffortWeightEdits | undefined) => void;
  onRescore: () => void;
  busy: boolean;
  explain: ExplainState;
  onExplain: () => void;
  /** Customer eligibility: read when its section opens. */
  customers: RunState<CustomerLookup>;
  onCustomers: () => void;
  /** The result's heading, focused and scrolled to once a score lands. */
  headingRef?: React.Ref<HTMLHeadingElement>;
  /** Check the data's "Go to cell" (the service selects the cell). */
  onGoToCell?: (target: CellTarget) => Promise<void>;
}

/** The Score view once scored: Microsoft Cloud, each designation with its cheapest path, effort weights, warnings, customer and skilling eligibility. */
export function ScoreResults({
  outcome,
  weights,
  onWeights,
  onRescore,
  busy,
  explain,
  onExplain,
  customers,
  onCustomers,
  headingRef,
  onGoToCell,
}: ScoreResultsProps) {
  const styles = useStyles();
  return (
    <>
      <Text as="h2" size={500} weight="semibold" block tabIndex={-1} ref={headingRef} className={styles.heading}>
        Score as of {month(outcome.report.asOf)}
      </Text>
      <Text>
        {outcome.flagRanges.length ? `Flags written to ${outcome.flagRanges.join(", ")}` : "No flag columns written"}; summary on sheet "{outcome.summarySheet}
        ".
      </Text>
      {outcome.writeNotes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not written</MessageBarTitle>
            <ul>
              {outcome.writeNotes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <MicrosoftCloudBar cloud={microsoftCloudShown(outcome.report, outcome.history)} />
      <Subtitle1 as="h2">Designations</Subtitle1>
      <Glossary />
      <DesignationList designations={designationsShown(outcome.report, outcome.history)} paths={outcome.paths} />
      <Accordion collapsible>
        <AccordionItem value="weights">
          <AccordionHeader as="h2">Effort weights for the cheapest path</AccordionHeader>
          <AccordionPanel>
            <LazyView label="the effort weights">
              <EffortWeightsEditor weights={weights} onChange={onWeights} onApply={onRescore} busy={busy} />
            </LazyView>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <ReportWarnings warnings={outcome.report.warnings} onGoToCell={onGoToCell} />
      <EligibilitySections skilling={outcome.skilling} customers={customers} onCustomers={onCustomers} explain={explain} onExplain={onExplain} />
    </>
  );
}

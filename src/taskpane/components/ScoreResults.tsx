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
} from "@fluentui/react-components";
import type { EffortWeightEdits } from "../../engine";
import type { RunState } from "../hooks/useRequestRunner";
import type { ScoreOutcome, TenantExplanations } from "../service";
import { DesignationList } from "./DesignationList";
import { EffortWeightsEditor } from "./EffortWeightsEditor";
import { ExplainSection } from "./explain/ExplainSection";
import { MicrosoftCloudBar } from "./MicrosoftCloudBar";
import { ReportWarnings } from "./ReportWarnings";

export interface ScoreResultsProps {
  outcome: ScoreOutcome;
  weights: EffortWeightEdits | undefined;
  onWeights: (weights: EffortWeightEdits | undefined) => void;
  onRescore: () => void;
  busy: boolean;
  explain: RunState<TenantExplanations>;
  onExplain: () => void;
}

/** The Score view once scored: Microsoft Cloud, each designation with its cheapest path, effort weights, warnings, Explain. */
export function ScoreResults({ outcome, weights, onWeights, onRescore, busy, explain, onExplain }: ScoreResultsProps) {
  return (
    <>
      <Text>
        As of {outcome.report.asOf}: {outcome.flagRanges.length ? `flags written to ${outcome.flagRanges.join(", ")}` : "no flag columns written"}; summary on
        sheet "{outcome.summarySheet}".
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
      <MicrosoftCloudBar cloud={outcome.report.microsoftCloud} />
      <Subtitle1 as="h2">Designations</Subtitle1>
      <DesignationList designations={outcome.report.designations} paths={outcome.paths} />
      <Accordion collapsible>
        <AccordionItem value="weights">
          <AccordionHeader as="h2">Effort weights for the cheapest path</AccordionHeader>
          <AccordionPanel>
            <EffortWeightsEditor weights={weights} onChange={onWeights} onApply={onRescore} busy={busy} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <ReportWarnings warnings={outcome.report.warnings} />
      <ExplainSection state={explain} report={outcome.report} onRun={onExplain} />
    </>
  );
}

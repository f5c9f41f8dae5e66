import * as React from "react";
import { Button, Caption1, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CustomerLookup } from "../../service";
import type { RunState } from "../../hooks/useRequestRunner";
import type { ExplainState } from "../../hooks/useExplain";
import { focusResult } from "../../logic/focus";
import { ErrorBar } from "../ErrorBar";
import { CustomerFinder } from "./CustomerFinder";
import { CustomerRankings } from "./CustomerRankings";
import { count } from "../../logic/formats";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  heading: { scrollMarginTop: "8px" },
});

export interface CustomerEligibilityProps {
  customers: RunState<CustomerLookup>;
  /** Reads the workbook's customers: called when the view first opens. */
  onCustomers: () => void;
  explain: ExplainState;
  onExplain: () => void;
}

/** Partner Center's "By customer": find one customer; below, every customer ranked by what it adds (asked for: it is slow). */
export function CustomerEligibilityView({ customers, onCustomers, explain, onExplain }: CustomerEligibilityProps) {
  const styles = useStyles();
  // The customers' row flags are read when the view opens, not with every score.
  React.useEffect(() => {
    if (customers.phase === "idle") onCustomers();
  }, [customers.phase, onCustomers]);
  // Once the customers are ranked, the ranking comes into view with focus on its heading, unless the
  // user is already reading a group that came early (focus in the rankings stays where it is).
  const resultHeading = React.useRef<HTMLHeadingElement>(null);
  const rankings = React.useRef<HTMLDivElement>(null);
  const wasRunning = React.useRef(false);
  React.useEffect(() => {
    if (explain.phase === "running") wasRunning.current = true;
    else if (wasRunning.current) {
      wasRunning.current = false;
      const reading = rankings.current?.contains(document.activeElement) ?? false;
      if (explain.phase === "done" && !reading) focusResult(resultHeading.current);
    }
  }, [explain.phase]);
  const effects = explain.phase === "done" ? explain.value : undefined;
  // One list for groups that came early and the finished result: a group the user opened stays open.
  const shown = explain.phase === "running" ? explain.partial : effects?.groups;
  const more = effects && { customers: effects.moreCustomers, nearMisses: effects.moreNearMisses };
  return (
    <div className={styles.root}>
      {customers.phase === "running" && <Spinner size="tiny" label="Reading the customers…" />}
      {customers.phase === "error" && <ErrorBar title="Could not read the customers" message={customers.message} />}
      {customers.phase === "done" && <CustomerFinder lookup={customers.value} />}
      <section aria-label="Explain tenants" className={styles.root}>
        <Subtitle2 as="h3">Customers by effect</Subtitle2>
        <Caption1 block>Every customer ranked by what it adds to or takes from the score, and the customers just below a threshold.</Caption1>
        <div>
          <Button onClick={onExplain} disabled={explain.phase === "running"}>
            Explain tenants
          </Button>
        </div>
        {explain.phase === "running" && (
          <Spinner
            size="tiny"
            label={explain.groups ? `Explaining tenants… ${explain.partial.length} of ${explain.groups} groups done` : "Explaining tenants…"}
          />
        )}
        {explain.phase === "error" && <ErrorBar title="Could not explain the tenants" message={explain.message} />}
        {effects && (
          <Text as="h3" size={400} weight="semibold" block tabIndex={-1} ref={resultHeading} className={styles.heading}>
            Explained: {count(effects.tenants)} tenant{effects.tenants === 1 ? "" : "s"}
          </Text>
        )}
        <div ref={rankings}>{shown && shown.length > 0 && <CustomerRankings groups={shown} more={more} />}</div>
      </section>
    </div>
  );
}

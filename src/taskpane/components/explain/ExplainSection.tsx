import * as React from "react";
import { Button, Caption1, Spinner, Subtitle1, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Report } from "../../../engine";
import type { TenantExplanations } from "../../service";
import type { RunState } from "../../hooks/useRequestRunner";
import { nearMissesFor } from "../../logic/nearMisses";
import { TenantRanking } from "./TenantRanking";
import { ErrorBar } from "../ErrorBar";
import { focusResult } from "../../logic/focus";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
});

export interface ExplainSectionProps {
  state: RunState<TenantExplanations>;
  report: Report;
  onRun: () => void;
}

/** "Explain tenants": which customers moved each score, and which are just below a threshold. */
export function ExplainSection({ state, report, onRun }: ExplainSectionProps) {
  const styles = useStyles();
  const heading = useId("explain-heading");
  // Once the tenants are explained, their result comes into view with focus on its heading.
  const resultHeading = React.useRef<HTMLHeadingElement>(null);
  const wasRunning = React.useRef(false);
  React.useEffect(() => {
    if (state.phase === "running") wasRunning.current = true;
    else if (wasRunning.current) {
      wasRunning.current = false;
      if (state.phase === "done") focusResult(resultHeading.current);
    }
  }, [state.phase]);
  const effects = state.phase === "done" ? state.value : undefined;
  const misses = effects?.nearMisses ?? [];
  const trackLabel = (id: string, track: string) => report.designations.find((d) => d.id === id)?.tracks.find((t) => t.id === track)?.label ?? track;
  return (
    <section aria-labelledby={heading} className={styles.root}>
      <Subtitle1 as="h2" id={heading}>
        Explain tenants
      </Subtitle1>
      <Caption1 block>
        What each customer adds to or takes from every metric, and the customers just below a threshold. The exports are scored again once per tenant, so this
        can take a while.
      </Caption1>
      <div>
        <Button onClick={onRun} disabled={state.phase === "running"}>
          Explain tenants
        </Button>
      </div>
      {/* The pane's live region announces it. */}
      {state.phase === "running" && <Spinner size="tiny" label="Explaining tenants…" />}
      {state.phase === "error" && <ErrorBar title="Could not explain the tenants" message={state.message} />}
      {effects && (
        <>
          <Text as="h3" size={400} weight="semibold" block tabIndex={-1} ref={resultHeading}>
            Explained: {effects.tenants.length} tenant{effects.tenants.length === 1 ? "" : "s"}
          </Text>
          {effects.unmatched.length > 0 && <Caption1 block>No tenant found for: {effects.unmatched.join(", ")}.</Caption1>}
          {effects.leftOut > 0 && <Caption1 block>{effects.leftOut} tenants with the fewest rows were left out.</Caption1>}
          {effects.designations.map((d) => (
            <TenantRanking
              key={d.designation}
              ranking={d}
              trackLabel={trackLabel(d.designation, d.countingTrack)}
              nearMisses={nearMissesFor(misses, d.designation)}
            />
          ))}
        </>
      )}
    </section>
  );
}

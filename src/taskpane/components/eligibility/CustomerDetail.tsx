import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CustomerEligibility, CustomerExplanation, DesignationEligibility } from "../../../engine";
import { groupAlike } from "../../logic/designationGroups";
import { effectLines, nearMissWhat, nearMissWorth } from "../../logic/effectLines";
import { month } from "../../logic/formats";
import { CriterionList } from "./CriterionList";
import { Delta } from "../Delta";

const useStyles = makeStyles({
  panel: { display: "grid", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  heading: { scrollMarginTop: "8px" },
});

/**
 * What a designation says of the customer, without its own name: equal ones (the Azure three, mostly)
 * are shown once. Eligibility only: the effects arrive later, and regrouping then would close the open item.
 */
function sameKey(d: DesignationEligibility): string {
  const { designation: _d, name: _n, ...rest } = d;
  return JSON.stringify(rest);
}

/** What the customer adds, per designation of a group: one list when they agree, else each prefixed with its designation. */
function groupEffectLines(ids: readonly string[], names: readonly string[], explanation: CustomerExplanation): string[] {
  const per = ids.map((id) => {
    const effect = explanation.effects?.designations.find((e) => e.designation === id);
    return effect ? effectLines(effect) : [];
  });
  if (per.every((lines) => JSON.stringify(lines) === JSON.stringify(per[0]))) return per[0];
  return per.flatMap((lines, i) => lines.map((l) => `${names[i]}: ${l}`));
}

export interface CustomerDetailProps {
  eligibility: CustomerEligibility;
  /** What it adds and its near misses; undefined while they are worked out. */
  explanation: CustomerExplanation | undefined;
  /** Why what it adds could not be worked out. */
  explainError?: string;
  headingRef?: React.Ref<HTMLHeadingElement>;
}

/** One customer, as Partner Center's "By customer" view: per designation and track, each criterion, what it adds, its near misses. */
export function CustomerDetail({ eligibility, explanation, explainError, headingRef }: CustomerDetailProps) {
  const styles = useStyles();
  const { tenant } = eligibility;
  const groups = groupAlike(
    eligibility.designations,
    (d) => d.designation,
    (d) => d.name,
    (d) => sameKey(d)
  );
  return (
    <section aria-label={`Customer: ${tenant.name || tenant.key}`}>
      <Text as="h3" size={400} weight="semibold" block tabIndex={-1} ref={headingRef} className={styles.heading}>
        {tenant.name || tenant.key}
      </Text>
      {tenant.name && tenant.key !== tenant.name && <Caption1 block>Tenant id {tenant.key}</Caption1>}
      {!groups.length && <Caption1 block>No scored designation reads this customer's rows.</Caption1>}
      <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 1).map((g) => g.name)}>
        {groups.map((g) => {
          const d = g.items[0];
          const counts = d.tracks.some((t) => t.countsToward.length) || d.countsToward.length > 0;
          const lines = explanation
            ? groupEffectLines(
                g.ids,
                g.items.map((x) => x.name),
                explanation
              )
            : [];
          const misses = (explanation?.nearMisses ?? []).filter((m) => m.designations.some((id) => g.ids.includes(id)));
          return (
            <AccordionItem key={g.name} value={g.name}>
              <AccordionHeader as="h4">
                {g.name}: {counts ? "counts" : "counts toward nothing"}
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.panel} role="group" aria-label={`${g.name}: eligibility`}>
                  <Caption1 block>
                    In {month(d.asOf)}: {d.rowsInMonth} of its {d.rows} rows
                  </Caption1>
                  <CriterionList criteria={d.criteria} label={`${g.name}: criteria`} />
                  {d.tracks.map((t) => (
                    <div key={t.track}>
                      <Text weight="semibold" block>
                        {d.tracks.length > 1 ? `${t.label} track${t.counting ? " (counts)" : ""}` : "Counts toward"}:{" "}
                        {t.countsToward.length ? t.countsToward.join(", ") : "nothing"}
                      </Text>
                      <CriterionList criteria={t.criteria} label={`${g.name} ${t.label}: criteria`} />
                    </div>
                  ))}
                  {d.countsToward.length > 0 && <Text block>Every track: {d.countsToward.join(", ")}</Text>}
                  {d.reasons.length > 0 && (
                    <ul className={styles.list} aria-label={`${g.name}: why rows do not count`}>
                      {d.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  )}
                  <Text weight="semibold" block>
                    What it adds
                  </Text>
                  {explainError ? (
                    <Caption1 block>Could not work out what it adds: {explainError}</Caption1>
                  ) : !explanation ? (
                    <Spinner size="tiny" label="Working out what it adds…" />
                  ) : lines.length ? (
                    <ul className={styles.list} aria-label={`${g.name}: what it adds`}>
                      {lines.map((l) => (
                        <li key={l}>{l}</li>
                      ))}
                    </ul>
                  ) : (
                    <Caption1 block>No metric moves with it.</Caption1>
                  )}
                  {misses.length > 0 && (
                    <ul className={styles.list} aria-label={`${g.name}: near misses`}>
                      {misses.map((m, i) => (
                        <li key={`${m.kind}-${m.item}-${i}`} className={styles.item}>
                          <span>{nearMissWhat(m)}</span>
                          <Delta points={nearMissWorth(m, g.ids)} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}

import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { NotCountedCertification, SkillingEligibility, SkillingStep } from "../../../engine";
import { month } from "../../logic/formats";

const useStyles = makeStyles({
  panel: { display: "grid", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
});

const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;

/** "Intermediate, Step 1". */
export function stepLabel(step: SkillingStep): string {
  const level = step.level === "advanced" ? "Advanced" : "Intermediate";
  return step.step ? `${level}, ${step.step}` : level;
}

function notCountedText(c: NotCountedCertification): string {
  const when =
    c.status === "expired" ? `expired ${month(c.date)}` : c.status === "retired" ? `retired, counted until ${month(c.date)}` : `completed ${month(c.date)}`;
  return `${c.person}: ${c.certification}, ${when}`;
}

function Step({ step, name }: { step: SkillingStep; name: string }) {
  const styles = useStyles();
  const label = `${name} ${stepLabel(step)}`;
  return (
    <div className={styles.panel}>
      <Text weight="semibold" block>
        {stepLabel(step)}: {people(step.counted.length)} count
      </Text>
      {step.typed && <Caption1 block>The count typed in the pane replaces the export for this level.</Caption1>}
      {step.counted.length > 0 && (
        <ul className={styles.list} aria-label={`${label}: who counts`}>
          {step.counted.map((p, i) => (
            // Two people can share a display name: the position keeps the keys apart.
            <li key={`${p.person}-${i}`}>
              {p.person}: {p.certifications.map((c) => `${c.certification}, ${c.until ? `until ${month(c.until)}` : "no end date"}`).join("; ")}
            </li>
          ))}
        </ul>
      )}
      {step.expired.length > 0 && (
        <>
          <Text size={200} block weight="semibold">
            Expired or retired: {step.expired.length}
          </Text>
          <ul className={styles.list} aria-label={`${label}: expired`}>
            {step.expired.map((c) => (
              <li key={`${c.file}-${c.row}`}>{notCountedText(c)}</li>
            ))}
          </ul>
        </>
      )}
      {step.notYet.length > 0 && (
        <>
          <Text size={200} block weight="semibold">
            Not yet valid: {step.notYet.length}
          </Text>
          <ul className={styles.list} aria-label={`${label}: not yet valid`}>
            {step.notYet.map((c) => (
              <li key={`${c.file}-${c.row}`}>{notCountedText(c)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Partner Center's skilling view: per designation and step, who counts with which certification until when; the rest apart. */
export function SkillingEligibilityView({ skilling }: { skilling: SkillingEligibility | undefined }) {
  const styles = useStyles();
  if (!skilling) return <Caption1 block>Score again to see who counts.</Caption1>;
  if (!skilling.hasExport)
    return <Caption1 block>No skilling export in this workbook: download the certifications export from Partner Center Insights and add it.</Caption1>;
  return (
    <Accordion multiple collapsible>
      {skilling.designations.map((d) => {
        const counted = new Set(d.steps.flatMap((s) => s.counted.map((p) => p.person))).size;
        return (
          <AccordionItem key={d.designation} value={d.designation}>
            <AccordionHeader as="h4">
              {d.name}: {people(counted)} in {month(d.asOf)}
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.panel}>
                {d.steps.map((s) => (
                  <Step key={stepLabel(s)} step={s} name={d.name} />
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

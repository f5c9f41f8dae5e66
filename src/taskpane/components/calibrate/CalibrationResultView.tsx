import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  DESIGNATION_SHORT_NAMES,
  type CalibrationGroup,
  type CalibrationResult,
  type MetricExplanation,
  type ObservableCatalogue,
  type ObservationCheck,
} from "../../../engine";
import { STATUS_TEXT, addressLabel, describeCombination, printDifference, printValue } from "../../logic/calibration";

const useStyles = makeStyles({
  groups: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
  group: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    // Option ids joined with " + " are long words: let them break inside the pane.
    overflowWrap: "anywhere",
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalXXS },
  // The chosen options: no bullet, a brand-coloured rule at their left.
  options: { margin: 0, padding: 0, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalXS },
  option: { display: "grid", paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

const BADGE: Record<CalibrationGroup["status"], "success" | "warning" | "danger" | "informative"> = {
  matched: "success",
  ambiguous: "warning",
  "no-match": "danger",
  skipped: "informative",
};

const names = (ids: readonly string[]) => ids.map((id) => DESIGNATION_SHORT_NAMES[id as keyof typeof DESIGNATION_SHORT_NAMES] ?? id).join(", ");

/** The options of the chosen combination with their labels; the default reading when it has none. */
function OptionList({ options, group }: { options: readonly string[]; group: CalibrationGroup }) {
  const styles = useStyles();
  if (!options.length) return <Text>the default reading (no option)</Text>;
  return (
    <ul className={styles.options}>
      {describeCombination(options, group).map((o) => (
        <li key={o.id} className={styles.option}>
          <Text weight="semibold">{o.id}</Text>
          <Caption1>
            {group.designations.length > 1 && o.designations.length ? `${names(o.designations)}: ` : ""}
            {o.label}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

function CheckLine({ check, label }: { check: ObservationCheck; label: string }) {
  const styles = useStyles();
  const pc = printValue(check.observed, check.unit);
  if (check.matches)
    return (
      <li>
        {label}: {pc} <span className={styles.ok}>✓</span>
      </li>
    );
  return (
    <li>
      {label}: Partner Center {pc}, engine {printValue(check.engine, check.unit)}{" "}
      <span className={styles.bad}>✗ {check.difference === null ? "(not there)" : `(${printDifference(check.difference, check.unit)})`}</span>
    </li>
  );
}

function Explanation({ e, group, label }: { e: MetricExplanation; group: CalibrationGroup; label: string }) {
  const styles = useStyles();
  const unit = group.best?.checks.find((c) => c.address === e.address)?.unit ?? "count";
  if (e.comparedWith === null) return <Caption1 block>{`${label}: ${e.note}.`}</Caption1>;
  const between = `${e.comparedLabel} ${printValue(e.comparedValue, unit)} → ${group.best!.label} ${printValue(e.bestValue, unit)}`;
  return (
    <div>
      <Caption1 block>
        {label} ({between}):{" "}
        {e.tenants.length
          ? `${e.tenantsDiffering} tenant${e.tenantsDiffering === 1 ? "" : "s"} count differently. Each tenant's effect (with it − without it):`
          : `${e.note}.`}
      </Caption1>
      {e.tenants.length > 0 && (
        <ul className={styles.list} aria-label={`Tenants behind ${label}`}>
          {e.tenants.slice(0, 5).map((t) => (
            <li key={t.key}>
              <Caption1>
                {t.tenant}: {printDifference(t.compared, unit)} → {printDifference(t.best, unit)}
              </Caption1>
            </li>
          ))}
          {e.tenants.length > 5 && (
            <li>
              <Caption1>and {e.tenantsDiffering - 5} more</Caption1>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

function Verdict({ group }: { group: CalibrationGroup }) {
  const best = group.best!;
  if (group.status === "matched") return <Text>{best.options.length ? "Reproduced with these options:" : "Reproduced with the default reading:"}</Text>;
  if (group.status === "ambiguous") return <Text>{group.matching.length} readings reproduce every value; the simplest:</Text>;
  return (
    <Text>
      None does. Closest: {best.mismatches} of {best.checks.length} value{best.checks.length === 1 ? "" : "s"} still differ{best.mismatches === 1 ? "s" : ""},
      with
    </Text>
  );
}

/** One group of designations (those sharing an option are calibrated together). */
function GroupView({ group, catalogue }: { group: CalibrationGroup; catalogue: ObservableCatalogue }) {
  const styles = useStyles();
  const label = (address: string) => addressLabel(address, catalogue, group);
  const others = group.matching.filter((m) => m !== group.best?.options && m.join("+") !== group.best?.options.join("+"));
  return (
    <section aria-label={`Calibration: ${group.name}`} className={styles.group}>
      <div className={styles.head}>
        <Text weight="semibold">{group.name}</Text>
        <Badge appearance="filled" color={BADGE[group.status]}>
          {STATUS_TEXT[group.status]}
        </Badge>
      </div>
      {group.skipped || !group.best ? (
        <Caption1 block>{group.skipped ?? "Nothing was tried."}</Caption1>
      ) : (
        <>
          <Verdict group={group} />
          <OptionList options={group.best.options} group={group} />
          <ul className={styles.list} aria-label={`Values of ${group.name}`}>
            {group.best.checks.map((c) => (
              <CheckLine
                key={`${c.address}:${c.kind}`}
                check={c}
                label={`${label(c.address)}${c.kind === "points" && !c.address.endsWith("/total") ? " (points)" : ""}`}
              />
            ))}
          </ul>
          {group.status === "ambiguous" && (
            <Caption1 block>
              Also reproducing them:{" "}
              {others
                .slice(0, 3)
                .map((m) => m.join(" + ") || "the default reading")
                .join("; ")}
              {others.length > 3 ? `; and ${others.length - 3} more` : ""}.{" "}
              {group.distinguishing.length
                ? `To tell them apart, also type ${group.distinguishing.slice(0, 4).map(label).join(", ")}.`
                : "No metric tells them apart on these exports."}
            </Caption1>
          )}
          {group.alsoAffects.length > 0 && (
            <Caption1 block>
              {group.best.options.join(", ")} also applies to {names(group.alsoAffects)} (the same option of their rule sets).
            </Caption1>
          )}
          {(group.explanations.length > 0 || group.tried > 1) && (
            <Accordion multiple collapsible>
              {group.explanations.length > 0 && (
                <AccordionItem value="tenants">
                  <AccordionHeader size="small">The tenants that explain it</AccordionHeader>
                  <AccordionPanel>
                    {group.explanations.map((e) => (
                      <Explanation key={e.address} e={e} group={group} label={label(e.address)} />
                    ))}
                  </AccordionPanel>
                </AccordionItem>
              )}
              {group.tried > 1 && (
                <AccordionItem value="combinations">
                  <AccordionHeader size="small">All {group.tried} combinations tried</AccordionHeader>
                  <AccordionPanel>
                    <CombinationList group={group} />
                  </AccordionPanel>
                </AccordionItem>
              )}
            </Accordion>
          )}
        </>
      )}
    </section>
  );
}

function CombinationList({ group }: { group: CalibrationGroup }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {group.combinations.map((c) => (
        <li key={c.label}>
          <Caption1>
            <span className={c.matches ? styles.ok : styles.bad}>{c.matches ? "✓" : "✗"}</span> {c.label}
            {c.current ? " (in force)" : ""}
            {c.matches
              ? ""
              : `: ${c.checks
                  .filter((k) => !k.matches)
                  .map((k) => (k.engine === null ? "not there" : printValue(k.engine, k.unit)))
                  .join(", ")}`}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

/** The calibration per group: which options reproduce the values typed, or which value still differs, by how much, and the tenants behind it. */
export function CalibrationResultView({ result, catalogue }: { result: CalibrationResult; catalogue: ObservableCatalogue }) {
  const styles = useStyles();
  return (
    <div className={styles.groups} role="region" aria-label="Calibration result">
      {result.groups.map((g) => (
        <GroupView key={g.designations.join("+")} group={g} catalogue={catalogue} />
      ))}
    </div>
  );
}

import type { MetricRule } from "../model/ruleTypes";
import { amountOf, grouped } from "../model/text";

const plural = (n: number, unit: readonly [string, string]) => (n === 1 ? unit[0] : unit[1]);
const count = (n: number) => grouped(n);

/** "CSP", "Azure", "Step 1": the association type, part or step a lever names (none for a single target). */
export function leverLabel(rule: MetricRule, lever: string | undefined): string | undefined {
  if (lever === undefined) return undefined;
  const target = rule.target;
  switch (target.kind) {
    case "single":
      return undefined;
    case "per-association":
      return lever;
    case "parts":
      return target.parts.find((p) => p.id === lever)?.label ?? lever;
    case "steps":
      return target.steps.find((s) => s.id === lever)?.label ?? lever;
  }
}

/**
 * One plan step in the rule's own words, as the report's gaps word them: "2 intermediate certified
 * people", "3 CSP deployments" (the association is named only where the metric has several),
 * "2 Azure deployments", "2 people with Azure Administrator Associate (Step 1 prerequisite)".
 */
export function leverText(rule: MetricRule, lever: string | undefined, units: number): string {
  const target = rule.target;
  const n = count(units);
  switch (target.kind) {
    case "single":
      return `${n} ${plural(units, rule.unit)}`;
    case "per-association": {
      const several = Object.keys(target.targets).length > 1;
      return several && lever ? `${n} ${lever} ${plural(units, rule.unit)}` : `${n} ${plural(units, rule.unit)}`;
    }
    case "parts": {
      const part = target.parts.find((p) => p.id === lever);
      return amountOf(units, plural(units, part ? part.unit : rule.unit));
    }
    case "steps": {
      const index = target.steps.findIndex((s) => s.id === lever);
      // The last step is the one that scores: the metric's own noun. Earlier steps are prerequisites.
      if (index < 0 || index === target.steps.length - 1) return `${n} ${plural(units, rule.unit)}`;
      const step = target.steps[index];
      const certs = step.certifications.value.map((c) => c.name).join(" or ");
      return `${n} ${plural(units, ["person", "people"])} with ${certs} (${step.label} prerequisite)`;
    }
  }
}

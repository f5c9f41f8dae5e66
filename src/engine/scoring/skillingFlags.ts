import type { ParsedInput } from "../input/collector";
import type { MonthIndex } from "../parse/months";
import type { CertificationRule, RuleSetBase } from "../model/ruleTypes";
import { certificationKey, certificationProblem } from "../model/certificationSteps";
import type { DesignationOutcome } from "./scoreDesignations";
import { moduleOf } from "../designations/registry";
import type { FlagColumn, RowContribution } from "../model/flags";

/** The skilling export's detail columns (after "SPD Counts toward" and "SPD Reason"). */
export const SKILLING_FLAG_COLUMNS: readonly FlagColumn[] = [];

interface ListRef {
  where: string;
  rules: CertificationRule[];
}

/** Every certification list of a rule set, labelled "Modern Work: intermediate" or "Security: intermediate, Step 3". */
function lists(rules: RuleSetBase): ListRef[] {
  const module = moduleOf(rules.designation);
  return module.certificationLists(rules).map((list) => ({ where: `${module.shortName}: ${list.level}${list.step ? `, ${list.step}` : ""}`, rules: [...list.certifications] }));
}

/** Per skilling row: which designations' certification metrics it counts toward, or why not. */
export function skillingRowFlags(input: ParsedInput, outcomes: readonly DesignationOutcome[], asOf: MonthIndex): RowContribution[] {
  const skilling = input.skilling;
  if (!skilling) return [];
  const refs = outcomes.flatMap((o) => (o.rules ? lists(o.rules) : []));
  const index = refs.map((ref) => new Map(ref.rules.flatMap((rule) => [rule.name, ...rule.aliases].map((n) => [certificationKey(n), rule] as const))));
  return skilling.records.map((r) => {
    const key = certificationKey(r.certification);
    const countsToward: string[] = [];
    const problems = new Set<string>();
    refs.forEach((ref, i) => {
      const rule = index[i].get(key);
      if (!rule) return;
      const problem = certificationProblem(r, rule, asOf);
      if (problem) problems.add(problem);
      else countsToward.push(ref.where);
    });
    const reason = countsToward.length
      ? ""
      : problems.size
        ? `Does not count: ${[...problems].join("; ")}.`
        : `"${r.certification}" is on no certification list of the designations scored.`;
    return { layout: "skilling", file: skilling.files[r.file], row: r.row, countsToward, reason, cells: {} };
  });
}

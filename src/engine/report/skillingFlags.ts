import type { ParsedInput } from "../input/collector";
import type { MonthIndex } from "../parse/months";
import type { CertificationRule, ModernWorkRuleSet, RuleSetBase } from "../rules/types";
import { certificationKey, certificationProblem } from "../designations/certificationSteps";
import type { DesignationOutcome } from "../scoreDesignations";
import { DESIGNATION_SHORT_NAMES } from "../designations/names";

export interface SkillingRowFlags {
  file: string;
  row: number;
  /** "Security: intermediate step 3", one entry per metric step the certification is on. */
  countsToward: string[];
  reason: string;
}

interface ListRef {
  where: string;
  rules: CertificationRule[];
}

/** Every certification list of a rule set, labelled "Modern Work: intermediate" or "Security: intermediate, step 3". */
function lists(rules: RuleSetBase): ListRef[] {
  const short = DESIGNATION_SHORT_NAMES[rules.designation];
  const out: ListRef[] = [];
  if (rules.designation === "modern-work") {
    const mw = rules as ModernWorkRuleSet;
    out.push({ where: `${short}: intermediate`, rules: mw.certifications.intermediate.value });
    out.push({ where: `${short}: advanced`, rules: mw.certifications.advanced.value });
    return out;
  }
  const seen = new Set<string>();
  for (const track of rules.tracks)
    for (const metric of track.metrics) {
      if (metric.target.kind !== "steps") continue;
      const steps = metric.target.steps;
      for (const step of steps) {
        const level = metric.id === "advanced-certifications" ? "advanced" : "intermediate";
        const where = `${short}: ${level}${steps.length > 1 ? `, ${step.label}` : ""}`;
        if (seen.has(where)) continue;
        seen.add(where);
        out.push({ where, rules: step.certifications.value });
      }
    }
  return out;
}

/** Per skilling row: which designations' certification metrics it counts toward, or why not. */
export function skillingRowFlags(input: ParsedInput, outcomes: DesignationOutcome[], asOf: MonthIndex): SkillingRowFlags[] {
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
    return { file: skilling.files[r.file], row: r.row, countsToward, reason };
  });
}

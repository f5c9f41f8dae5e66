import type { ParsedInput } from "../input/collector";
import type { CertificationRecord } from "../input/skilling";
import { monthLabel, parseMonth, type MonthIndex } from "../parse/months";
import type { CertificationRule, ModernWorkRuleSet, RuleSetBase } from "../rules/types";
import { certificationKey } from "../designations/certificationSteps";
import type { DesignationOutcome } from "../scoreDesignations";
import { DESIGNATION_NAMES } from "../designations/names";

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
  const short = DESIGNATION_NAMES[rules.designation].replace(/^Solutions Partner for /, "").replace(/ \(Azure\)$/, "");
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

function validity(r: CertificationRecord, rule: CertificationRule, asOf: MonthIndex): string | null {
  if (r.expires !== null && r.expires < asOf) return `expired ${monthLabel(r.expires)}`;
  if (r.completed !== null && r.completed > asOf) return `completed ${monthLabel(r.completed)}, after the as-of month`;
  const until = rule.validUntil ? parseMonth(rule.validUntil) : null;
  if (until !== null && until < asOf) return `retired; counted until ${rule.validUntil}`;
  return null;
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
      const problem = validity(r, rule, asOf);
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

import type { CertificationRecord, SkillingData } from "../input/skilling";
import { looseKey } from "../parse/keys";
import { monthLabel, parseMonth, type MonthIndex } from "../parse/months";
import type { MetricResult } from "./results";
import type { CertificationList } from "./module";
import type { CertStepRule, CertificationRule, MetricRule, RuleSetBase } from "./ruleTypes";
import { metricResult } from "./trackResult";

// Prefixes Microsoft puts in front of the same certification in different lists.
const PREFIXES = ["microsoft365certified", "microsoftcertified", "microsoft365", "microsoft"];

export function certificationKey(name: string): string {
  const key = looseKey(name);
  for (const p of PREFIXES) if (key.startsWith(p) && key.length > p.length + 8) return key.slice(p.length);
  return key;
}

/** Each certification of the rules by its key (name and aliases), as skilling rows are matched to them. */
export function matcher(rules: readonly CertificationRule[]): Map<string, CertificationRule> {
  const map = new Map<string, CertificationRule>();
  for (const rule of rules) for (const name of [rule.name, ...rule.aliases]) map.set(certificationKey(name), rule);
  return map;
}

/** Why a certification row does not count in the as-of month, with the month that decides it; null when it counts. */
export function certificationStatus(
  r: CertificationRecord,
  rule: CertificationRule,
  asOf: MonthIndex
): { status: "expired" | "not-yet" | "retired"; date: MonthIndex } | null {
  if (r.expires !== null && r.expires < asOf) return { status: "expired", date: r.expires };
  if (r.completed !== null && r.completed > asOf) return { status: "not-yet", date: r.completed };
  const until = rule.validUntil ? parseMonth(rule.validUntil) : null;
  if (until !== null && until < asOf) return { status: "retired", date: until };
  return null;
}

/** Why a certification row does not count in the as-of month, or null when it does. */
export function certificationProblem(r: CertificationRecord, rule: CertificationRule, asOf: MonthIndex): string | null {
  const s = certificationStatus(r, rule, asOf);
  if (!s) return null;
  if (s.status === "expired") return `expired ${monthLabel(s.date)}`;
  if (s.status === "not-yet") return `completed ${monthLabel(s.date)}, after the as-of month`;
  return `retired; counted until ${rule.validUntil}`;
}

/**
 * Unique people holding any certification of `rules` in the as-of month: completed by then, not
 * expired before it, and not retired past its grace date. A person counts once.
 */
export function uniquePeople(skilling: SkillingData | null, rules: CertificationRule[], asOf: MonthIndex): number {
  if (!skilling) return 0;
  const lookup = matcher(rules);
  const people = new Set<string>();
  for (const r of skilling.records) {
    const rule = lookup.get(certificationKey(r.certification));
    if (rule && certificationProblem(r, rule, asOf) === null) people.add(r.personKey);
  }
  return people.size;
}

/**
 * A stepped certification metric from the skilling export, or from a count the user typed: the
 * count is the scoring step's people with prerequisites taken as met, as Partner Center's simulator
 * assumes.
 */
export function stepsMetric(metric: MetricRule, skilling: SkillingData | null, asOf: MonthIndex, override: number | undefined): MetricResult {
  if (metric.target.kind !== "steps") throw new Error(`${metric.id} is not a stepped certification metric`);
  const steps: CertStepRule[] = metric.target.steps;
  const people: Record<string, number> = {};
  if (override !== undefined) {
    for (const step of steps) people[step.id] = step.minPeople.value;
    people[steps[steps.length - 1].id] = override;
    return metricResult(metric, people, { basis: "option" });
  }
  for (const step of steps) people[step.id] = uniquePeople(skilling, step.certifications.value, asOf);
  return metricResult(metric, people, { basis: skilling ? "skilling-export" : "none" });
}

/** The certification lists of a rule set's step metrics, once per level and step (tracks share them). */
export function stepCertificationLists(rules: RuleSetBase): CertificationList[] {
  const out: CertificationList[] = [];
  const seen = new Set<string>();
  for (const track of rules.tracks)
    for (const metric of track.metrics) {
      if (metric.target.kind !== "steps") continue;
      const steps = metric.target.steps;
      const level = metric.id === "advanced-certifications" ? "advanced" : "intermediate";
      for (const step of steps) {
        const list: CertificationList =
          steps.length > 1 ? { level, step: step.label, certifications: step.certifications.value } : { level, certifications: step.certifications.value };
        const key = `${level}/${list.step ?? ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(list);
      }
    }
  return out;
}

import { certificationKey } from "../../model/certificationSteps";
import { monthLabel, parseMonth, type MonthIndex } from "../../parse/months";
import type { CertificationRecord, SkillingData } from "../../input/skilling";
import type { CertificationRule, ModernWorkRuleSet } from "../../model/ruleTypes";

export type CertLevel = "intermediate" | "advanced";

export interface CertificationRowFlags {
  level: CertLevel | null;
  /** Canonical certification name when it is on a list. */
  matched: string | null;
  counts: boolean;
  reason: string;
}

export interface CountedCertifications {
  intermediate: number;
  advanced: number;
  /** Per skilling record (same order as SkillingData.records). */
  rows: CertificationRowFlags[];
}

function index(rules: CertificationRule[], level: CertLevel, into: Map<string, { level: CertLevel; rule: CertificationRule }>) {
  for (const rule of rules) for (const name of [rule.name, ...rule.aliases]) into.set(certificationKey(name), { level, rule });
}

/**
 * Unique certified people per level in the as-of month. A person counts once per level; the same
 * person may count for both. Expired (expiry before the as-of month), not yet completed, and retired
 * past their grace date do not count.
 */
export function countCertifications(skilling: SkillingData, rules: ModernWorkRuleSet, asOf: MonthIndex): CountedCertifications {
  const lookup = new Map<string, { level: CertLevel; rule: CertificationRule }>();
  index(rules.certifications.intermediate.value, "intermediate", lookup);
  index(rules.certifications.advanced.value, "advanced", lookup);
  const people = { intermediate: new Set<string>(), advanced: new Set<string>() };
  const rows = skilling.records.map((r) => flagRow(r, lookup, asOf, people));
  return { intermediate: people.intermediate.size, advanced: people.advanced.size, rows };
}

function flagRow(
  r: CertificationRecord,
  lookup: Map<string, { level: CertLevel; rule: CertificationRule }>,
  asOf: MonthIndex,
  people: Record<CertLevel, Set<string>>
): CertificationRowFlags {
  const hit = lookup.get(certificationKey(r.certification));
  if (!hit) return { level: null, matched: null, counts: false, reason: `"${r.certification}" is not an eligible Modern Work certification.` };
  const base = { level: hit.level, matched: hit.rule.name };
  if (r.expires !== null && r.expires < asOf)
    return { ...base, counts: false, reason: `Expired ${monthLabel(r.expires)}, before the as-of month ${monthLabel(asOf)}.` };
  if (r.completed !== null && r.completed > asOf)
    return { ...base, counts: false, reason: `Completed ${monthLabel(r.completed)}, after the as-of month ${monthLabel(asOf)}.` };
  const until = hit.rule.validUntil ? parseMonth(hit.rule.validUntil) : null;
  if (until !== null && until < asOf) return { ...base, counts: false, reason: `Retired; it stopped counting after ${hit.rule.validUntil}.` };
  const set = people[hit.level];
  if (set.has(r.personKey)) return { ...base, counts: false, reason: `${r.person} already counts once for ${hit.level} certifications.` };
  set.add(r.personKey);
  return { ...base, counts: true, reason: "" };
}

import type { MonthIndex } from "../parse/months";
import { parseMonth } from "../parse/months";
import { modernWork2023 } from "./modernWork2023";
import type { ModernWorkRuleSet } from "./types";

/** All Modern Work rule sets, oldest first. A new Microsoft rule change is a new entry here. */
export const MODERN_WORK_RULE_SETS: readonly ModernWorkRuleSet[] = [modernWork2023];

/** The rule set in force in the as-of month: the newest one effective on or before it (else the oldest). */
export function modernWorkRulesFor(asOf: MonthIndex, id?: string): ModernWorkRuleSet {
  if (id) {
    const named = MODERN_WORK_RULE_SETS.find((r) => r.id === id);
    if (!named) throw new Error(`Unknown rule set "${id}". Known: ${MODERN_WORK_RULE_SETS.map((r) => r.id).join(", ")}`);
    return named;
  }
  let chosen = MODERN_WORK_RULE_SETS[0];
  for (const rules of MODERN_WORK_RULE_SETS) {
    const from = parseMonth(rules.effectiveFrom);
    if (from !== null && from <= asOf) chosen = rules;
  }
  return chosen;
}

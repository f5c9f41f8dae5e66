import type { MonthIndex } from "../../parse/months";
import { ruleSetFor } from "../../model/ruleSelection";
import { modernWork2023 } from "./rules2023";
import { modernWork2026 } from "./rules2026";
import type { ModernWorkRuleSet } from "../../model/ruleTypes";

/** All Modern Work rule sets, oldest first. A new Microsoft rule change is a new entry here. */
export const MODERN_WORK_RULE_SETS: readonly ModernWorkRuleSet[] = [modernWork2023, modernWork2026];

/** The rule set in force in the as-of month: the newest one effective on or before it (else the oldest). */
export function modernWorkRulesFor(asOf: MonthIndex, id?: string): ModernWorkRuleSet {
  return ruleSetFor(MODERN_WORK_RULE_SETS, asOf, id);
}

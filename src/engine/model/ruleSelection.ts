import { parseMonth, type MonthIndex } from "../parse/months";
import type { RuleAlternative, RuleSetBase } from "./ruleTypes";

export class RuleSelectionError extends Error {
  override name = "RuleSelectionError";
}

/**
 * The rule set to use: the one named (a rule set id such as "security-2026", or an edition such as
 * "2026" that names one set per designation), else the newest in force in the as-of month.
 */
export function ruleSetFor<R extends RuleSetBase>(sets: readonly R[], asOf: MonthIndex, requested?: string): R {
  if (requested) {
    const byId = sets.find((r) => r.id === requested);
    if (byId) return byId;
    const edition = sets.filter((r) => r.edition === requested);
    // An edition may hold dated steps (Security's December 2023 skilling change): the one in force, else its first.
    if (edition.length) return inForce(edition, asOf) ?? edition[0];
    if (!looksLikeOtherDesignation(requested, sets))
      throw new RuleSelectionError(`Unknown rule set "${requested}". Known: ${[...new Set(sets.flatMap((r) => [r.edition, r.id]))].join(", ")}`);
  }
  return inForce(sets, asOf) ?? sets[0];
}

/** The newest rule set effective on or before the as-of month (sets are oldest first). */
function inForce<R extends RuleSetBase>(sets: readonly R[], asOf: MonthIndex): R | null {
  let chosen: R | null = null;
  for (const rules of sets) {
    const from = parseMonth(rules.effectiveFrom);
    if (from !== null && from <= asOf) chosen = rules;
  }
  return chosen;
}

/** "modern-work-2023" names a Modern Work set: other designations fall back to the date rule. */
function looksLikeOtherDesignation(requested: string, sets: readonly RuleSetBase[]): boolean {
  return /^[a-z-]+-\d{4}$/.test(requested) && !sets.some((r) => requested.startsWith(`${r.designation}-`));
}

interface Switchable {
  settings: object;
  alternatives: RuleAlternative<object>[];
}

function switchable(rules: RuleSetBase): rules is RuleSetBase & Switchable {
  return "alternatives" in rules && Array.isArray((rules as Partial<Switchable>).alternatives);
}

/**
 * An alternative that sets nothing: an earlier option id whose reading became the default. It is
 * accepted (old command lines keep working) and changes nothing, so it is not listed as applied.
 */
export const isNoOpAlternative = (alternative: RuleAlternative<object>): boolean => Object.keys(alternative.set).length === 0;

/** The rule set with the named alternatives applied, and the ids that applied to it. */
export function withAlternatives<R extends RuleSetBase>(rules: R, ids: readonly string[]): { rules: R; applied: string[] } {
  if (!switchable(rules) || !ids.length) return { rules, applied: [] };
  const applied: string[] = [];
  let settings = rules.settings;
  for (const alternative of rules.alternatives)
    if (ids.includes(alternative.id) && !isNoOpAlternative(alternative)) {
      settings = { ...settings, ...alternative.set };
      applied.push(alternative.id);
    }
  return { rules: { ...rules, settings }, applied };
}

/** Every alternative id known to any rule set, for checking `--option` (no-op ids included: they are accepted). */
export function knownAlternatives(sets: readonly RuleSetBase[]): string[] {
  return [...new Set(sets.filter(switchable).flatMap((r) => r.alternatives.map((a) => a.id)))];
}

import type { RuleSetBase, Sourced } from "../ruleTypes";
import type { NearMissThreshold } from "./types";

/** A threshold as the rule set has it: its value, where it sits, and its source. */
export function thresholdOf(rules: RuleSetBase, rule: string, sourced: Sourced<number>): NearMissThreshold {
  return { value: sourced.value, rule, ruleSet: rules.id, source: sourced.source, ...(sourced.note ? { note: sourced.note } : {}) };
}

/** Whole cents up: the least amount that reaches `bound` from `value` ("at least"), or passes it ("more than"). */
export function centsToCross(value: number, bound: number, inclusive: boolean): number {
  let cents = Math.max(1, Math.ceil((bound - value) * 100 - 1e-6));
  const reaches = (c: number) => (inclusive ? value + c / 100 >= bound - 1e-6 : value + c / 100 > bound + 1e-6);
  if (!inclusive && !reaches(cents)) cents++;
  while (!reaches(cents)) cents++;
  return cents / 100;
}

/** Inside the window: from (1 − share) × bound up to the bound (a value exactly at the window's edge is in). */
export function withinBelow(value: number, bound: number, share: number): boolean {
  return value >= bound * (1 - share) - 1e-9 && value <= bound + 1e-9;
}

/**
 * Added to a raised amount (a millionth of a dollar): the engine sums cents in floating point, so a
 * twelve-month total raised to exactly a threshold can land a hair under it, and a strict band test
 * (Security's) would miss it. The reported amount stays in whole cents.
 */
export const CROSSING_GUARD = 1e-6;

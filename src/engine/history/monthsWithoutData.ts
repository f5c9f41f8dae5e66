import type { ParsedInput } from "../input/collector";
import { needsOf } from "../model/exportsRead";
import type { DesignationModule } from "../model/module";
import { RuleSelectionError, ruleSetFor } from "../model/ruleSelection";
import type { DesignationId } from "../model/ruleTypes";
import { formatMonth, parseIsoMonth } from "../parse/months";
import { DESIGNATIONS } from "../designations/registry";
import { describeMissing, missingMonths, monthsWithData } from "./monthsWithData";

/** A month whose score of a designation would read months its exports lack (the history's "Data unavailable"). */
export interface MonthWithoutData {
  designation: DesignationId;
  /** YYYY-MM */
  month: string;
  /** True when what is missing includes the baseline (the month a year earlier): growth cannot be computed. */
  baseline: boolean;
  /** "Data unavailable: the M365 usage export has no rows for Nov-2022 (its baseline month, 12 months before)." */
  reason: string;
}

/**
 * Of `months` (YYYY-MM), the ones each scored designation's exports cannot score honestly: the same
 * test the history applies to each month of its window (missingMonths), so an as-of picker marking
 * these months and the History view's "Data unavailable" rows agree. `ruleSet` as in ScoreOptions
 * (it can change how many months back the baseline is). Designations without their export are left
 * out (they are "Not scored" whatever the month).
 */
export function monthsWithoutData(
  input: ParsedInput,
  months: readonly string[],
  ruleSet?: string,
  scorers: readonly DesignationModule[] = DESIGNATIONS
): MonthWithoutData[] {
  const data = monthsWithData(input, scorers);
  const out: MonthWithoutData[] = [];
  for (const module of scorers) {
    if (needsOf(module, input) !== null) continue;
    for (const iso of months) {
      const month = parseIsoMonth(iso);
      if (month === null) continue;
      let trailing: number;
      try {
        trailing = ruleSetFor(module.ruleSets, month, ruleSet).trailingMonths.value;
      } catch (error) {
        // A rule set named for another designation: scoring says so; here the month is just not marked.
        if (error instanceof RuleSelectionError) continue;
        throw error;
      }
      const missing = missingMonths(module, data[module.id] ?? [], month, trailing);
      if (missing.length)
        out.push({
          designation: module.id,
          month: formatMonth(month),
          baseline: missing.some((m) => m.month <= month - trailing),
          reason: describeMissing(missing),
        });
    }
  }
  return out;
}

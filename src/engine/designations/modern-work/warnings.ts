import { monthLabel } from "../../parse/months";
import type { ParsedInput } from "../../input/collector";
import type { Warning } from "../../model/results";
import type { UsageComputation } from "./usageMetrics";
import type { ModernWorkRuleSet } from "../../model/ruleTypes";
import { topCounts } from "../../model/tally";
import { usageColumns } from "../../input/usageColumns";

/** What a user should know about the data before trusting the numbers. */
export function usageWarnings(input: ParsedInput, c: UsageComputation, rules: ModernWorkRuleSet): Warning[] {
  const rows = usageColumns(input.usage);
  const warnings: Warning[] = [];
  let inAsOf = 0;
  let inTrailing = 0;
  let after = 0;
  let duplicates = 0;
  const ineligibleWorkloads = new Map<string, number>();
  const otherAssociations = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const month = rows.month[i];
    const kind = rows.kinds[rows.kind[i]];
    if (month === c.asOf) inAsOf++;
    else if (month === c.trailing) inTrailing++;
    else if (month > c.asOf) after++;
    if (c.model.duplicateOf[i] >= 0) duplicates++;
    if (!c.model.workloadOf(kind)) ineligibleWorkloads.set(kind.workload, (ineligibleWorkloads.get(kind.workload) ?? 0) + 1);
    if (kind.association === "OTHER") otherAssociations.set(kind.associationLabel, (otherAssociations.get(kind.associationLabel) ?? 0) + 1);
  }
  const m = monthLabel(c.asOf);
  const p = monthLabel(c.trailing);
  const trailing = rules.trailingMonths.value;
  if (rows.length && !inAsOf)
    warnings.push({
      code: "no-rows-as-of",
      message: `The usage export has no rows for the as-of month ${m}: nothing counts as current. Pick a month the export covers.`,
    });
  if (rows.length && !inTrailing)
    warnings.push({
      code: "no-baseline-rows",
      message: `The usage export has no rows for ${p}, ${trailing} months before ${m}: every eligible tenant counts as a new customer and all usage as growth. Download the export covering the trailing ${trailing} months.`,
    });
  if (after) warnings.push({ code: "rows-after-as-of", message: `${after.toLocaleString("en-US")} rows are after the as-of month ${m} and were not scored.` });
  if (duplicates)
    warnings.push({
      code: "duplicate-rows",
      message: `${duplicates.toLocaleString("en-US")} rows repeat an earlier row (same tenant, workload, association and month) and were counted once.`,
    });
  if (ineligibleWorkloads.size)
    warnings.push({
      code: "ineligible-workloads",
      message: `Workloads not eligible for Modern Work, counted toward nothing: ${topCounts(ineligibleWorkloads)}.`,
    });
  if (otherAssociations.size)
    warnings.push({
      code: "ineligible-associations",
      message: `Association types not eligible for Modern Work, counted toward nothing: ${topCounts(otherAssociations)}.`,
    });
  if (c.claimsSubstituted)
    warnings.push({
      code: "claim-month-missing",
      message: `${c.claimsSubstituted} services were claimed inside the trailing ${trailing} months, but the export has no rows for their claim month; their growth and deployments are measured from the next month it has (or not at all). Include the claim months in the export for exact figures.`,
    });
  return warnings;
}

import type { ParsedInput } from "../../input/collector";
import type { MeasureRecord } from "../../input/measures";
import type { MonthIndex } from "../../parse/months";
import type { TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import type { RowsRaised } from "../../model/module";
import { usageRowReader } from "./consumption";
import { revenueRowReader } from "./revenue";
import { bizAppsSums, type Unit } from "./sums";
import type { BusinessApplicationsRuleSet } from "./types";

/** The tenant's workloads with `value` added to one of them in M or the baseline month, as the score would add a row there. */
function raisedUnits(units: readonly Unit[] | undefined, key: string, month: "current" | "previous", value: number): Unit[] {
  const out = (units ?? []).map((u) => ({ ...u }));
  let unit = out.find((u) => u.key === key);
  if (!unit) out.push((unit = { key }));
  unit[month] = (unit[month] ?? 0) + value;
  return out;
}

/**
 * The designation's tracks with rows added to its exports (a near miss's raises), from the exports'
 * sums computed once: each raised tenant's workloads change, nobody else's (sums.ts). A row is read
 * as revenueUnits and consumptionUnits read it (their row readers); a raise that replaces a row is not priced here (null:
 * the caller scores again).
 */
export function bizAppsRowsRaised(
  input: ParsedInput,
  rules: BusinessApplicationsRuleSet,
  asOf: MonthIndex,
  track: TrackId | undefined,
  base: TrackResult[]
): RowsRaised {
  const { revenue, usage, revenueOf, usageOf, tracksWith } = bizAppsSums(input, rules, asOf, track, base);
  const baseline = asOf - rules.trailingMonths.value;
  const revenueReading = revenueRowReader(rules);
  const usageReading = usageRowReader(rules);
  const monthOf = (r: MeasureRecord) => (r.month === asOf ? "current" : r.month === baseline ? "previous" : null);
  return (raises) => {
    const changes = { revenue: new Map<number, Unit[]>(), usage: new Map<number, Unit[]>() };
    for (const raise of raises) {
      if (raise.exp !== "bizAppsRevenue" && raise.exp !== "bizAppsUsage") continue;
      if (raise.index !== undefined) return null;
      const r = raise.record as unknown as MeasureRecord;
      const month = monthOf(r);
      if (raise.exp === "bizAppsRevenue" && revenue) {
        const workload = revenueReading(r);
        if (!month || typeof workload === "string") continue;
        const was = changes.revenue.get(r.tenant) ?? revenueOf.get(r.tenant);
        changes.revenue.set(r.tenant, raisedUnits(was, `${r.tenant}|${workload.id}`, month, r.value));
      }
      if (raise.exp === "bizAppsUsage" && usage) {
        const entry = usageReading(r);
        if (!month || typeof entry === "string") continue;
        const was = changes.usage.get(r.tenant) ?? usageOf.get(r.tenant);
        changes.usage.set(r.tenant, raisedUnits(was, `${r.tenant}|${entry.id}`, month, r.value * entry.rate));
      }
    }
    return tracksWith(changes);
  };
}

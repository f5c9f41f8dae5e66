import type { ParsedInput } from "../../input/collector";
import type { MeasureData } from "../../input/measures";
import { measureColumns } from "../../input/measureColumns";
import type { MonthIndex } from "../../parse/months";
import type { TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import type { TenantsLeftOut } from "../../model/module";
import { bizAppsSums } from "./sums";
import type { BusinessApplicationsRuleSet } from "./types";

/** Rows per tenant, over the whole export (a designation with no rows left is not scored). */
function rowsByTenant(data: MeasureData | null): Map<number, number> {
  const out = new Map<number, number>();
  if (!data) return out;
  const { length, tenant } = measureColumns(data);
  for (let i = 0; i < length; i++) out.set(tenant[i], (out.get(tenant[i]) ?? 0) + 1);
  return out;
}

/**
 * The designation's tracks with some tenants left out, from the exports' sums computed once: each
 * left-out tenant's workloads are taken away (sums.ts).
 */
export function bizAppsTenantsLeftOut(
  input: ParsedInput,
  rules: BusinessApplicationsRuleSet,
  asOf: MonthIndex,
  track: TrackId | undefined,
  base: TrackResult[]
): TenantsLeftOut {
  const { tracksWith } = bizAppsSums(input, rules, asOf, track, base);
  const revenueRows = rowsByTenant(input.bizAppsRevenue);
  const usageRows = rowsByTenant(input.bizAppsUsage);
  const allRows =
    (input.bizAppsRevenue ? measureColumns(input.bizAppsRevenue).length : 0) + (input.bizAppsUsage ? measureColumns(input.bizAppsUsage).length : 0);

  return (tenants) => {
    const leftRevenue = [...new Set(tenants.bizAppsRevenue ?? [])];
    const leftUsage = [...new Set(tenants.bizAppsUsage ?? [])];
    let rowsLeft = allRows;
    for (const t of leftRevenue) rowsLeft -= revenueRows.get(t) ?? 0;
    for (const t of leftUsage) rowsLeft -= usageRows.get(t) ?? 0;
    // With no row left in either export the designation is not scored: the caller scores again, as for any designation.
    if (rowsLeft <= 0) return null;
    return tracksWith({ revenue: new Map(leftRevenue.map((t) => [t, undefined])), usage: new Map(leftUsage.map((t) => [t, undefined])) });
  };
}

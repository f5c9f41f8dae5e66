import type { ParsedInput } from "../../input/collector";
import type { MonthIndex } from "../../parse/months";
import type { TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import type { TenantsLeftOut } from "../../model/module";
import { azureSums, type TenantChange } from "./sums";
import type { AzureRuleSet } from "./types";

/**
 * The designation's tracks with some tenants left out, from the export's sums computed once: each
 * left-out tenant takes its own terms away (sums.ts).
 */
export function azureTenantsLeftOut(
  input: ParsedInput,
  rules: AzureRuleSet,
  asOf: MonthIndex,
  given: TrackId | undefined,
  base: TrackResult[]
): TenantsLeftOut {
  const { consumption: c, tracksWith } = azureSums(input, rules, asOf, given, base);
  return (tenants) => {
    const left = [...new Set(tenants.azure ?? [])].filter((t) => c.byTenant.has(t));
    // With every tenant left out the export can no longer be scored: the caller scores again, as for any designation.
    if (left.length === c.byTenant.size) return null;
    const added: [MonthIndex, number][] = [];
    const changes = left.map((tenant): TenantChange => {
      for (const [month, value] of c.byTenant.get(tenant)!) added.push([month, -value]);
      const windows = new Map<string, number>();
      for (const [key, service] of c.byService) {
        const value = service.windowByTenant.get(tenant);
        if (value !== undefined) windows.set(key, -value);
      }
      return { tenant, months: undefined, segment: "", windows };
    });
    return tracksWith(changes, added);
  };
}

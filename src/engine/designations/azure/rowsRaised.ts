import type { ParsedInput } from "../../input/collector";
import type { MeasureRecord } from "../../input/measures";
import type { MonthIndex } from "../../parse/months";
import type { TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import type { RowsRaised } from "../../model/module";
import { offerMatcher, type MonthlyAcr } from "./consumption";
import { azureSums, type TenantChange } from "./sums";
import type { AzureRuleSet } from "./types";

function add<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/**
 * The designation's tracks with rows added to the Azure export (a near miss's raises), from the
 * export's sums computed once: each raised tenant's terms change, nobody else's (sums.ts). A raise
 * that replaces a row is not priced here (null: the caller scores again).
 */
export function azureRowsRaised(input: ParsedInput, rules: AzureRuleSet, asOf: MonthIndex, given: TrackId | undefined, base: TrackResult[]): RowsRaised {
  const { consumption: c, segmentOf, tracksWith } = azureSums(input, rules, asOf, given, base);
  const counted = new Set<string>(rules.associations.value);
  const offerExcluded = offerMatcher(rules.excludedOffers.value);
  const windowStart = asOf - rules.trailingMonths.value;
  return (raises) => {
    const changes = new Map<number, TenantChange & { months: MonthlyAcr }>();
    for (const raise of raises) {
      if (raise.exp !== "azure") continue;
      if (raise.index !== undefined) return null;
      const r = raise.record as unknown as MeasureRecord;
      let change = changes.get(r.tenant);
      if (!change)
        changes.set(
          r.tenant,
          (change = { tenant: r.tenant, months: new Map(c.byTenant.get(r.tenant)), segment: segmentOf(r.tenant), acr: new Map(), windows: new Map() })
        );
      // As the score reads an added row (consumption.ts): the first segment in M counts, left-out rows included.
      if (r.month === asOf && c.segments && r.segment && !change.segment) change.segment = r.segment;
      if (!counted.has(r.association) || offerExcluded(r.offer) || r.month > asOf) continue;
      add(change.months, r.month, r.value);
      add(change.acr, r.month, r.value);
      if (r.month > windowStart) add(change.windows, r.itemKey, r.value);
    }
    return tracksWith([...changes.values()]);
  };
}

import type { ParsedInput } from "../../input/collector";
import type { MeasureRecord } from "../../input/measures";
import type { MonthIndex } from "../../parse/months";
import type { TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import type { RowsRaised } from "../../model/module";
import { bump } from "../../model/tally";
import { rowReader } from "./consumption";
import { azureSums, type TenantChange } from "./sums";
import type { AzureRuleSet } from "./types";

/**
 * The designation's tracks with rows added to the Azure export (a near miss's raises: Azure's and
 * Security's candidates), from the export's sums computed once: each raised tenant's terms change,
 * nobody else's (sums.ts). A row is read as the sums read it (rowReader); a raise that replaces a row
 * is not priced here (null: the caller scores again).
 */
export function azureRowsRaised(input: ParsedInput, rules: AzureRuleSet, asOf: MonthIndex, given: TrackId | undefined, base: TrackResult[]): RowsRaised {
  const { consumption: c, segmentOf, tracksWith } = azureSums(input, rules, asOf, given, base);
  const reading = rowReader(rules, asOf);
  const windowStart = asOf - rules.trailingMonths.value;
  return (raises) => {
    const changes = new Map<number, TenantChange & { months: Map<MonthIndex, number> }>();
    const added: [MonthIndex, number][] = [];
    const changeOf = (tenant: number) => {
      let change = changes.get(tenant);
      if (!change) changes.set(tenant, (change = { tenant, months: new Map(c.byTenant.get(tenant)), segment: segmentOf(tenant), windows: new Map() }));
      return change;
    };
    for (const raise of raises) {
      if (raise.exp !== "azure") continue;
      if (raise.index !== undefined) return null;
      const r = raise.record as unknown as MeasureRecord;
      // As the sums read an added row: the first segment in M counts, rows left out included.
      if (r.month === asOf && c.segments && r.segment && !(changes.get(r.tenant)?.segment ?? segmentOf(r.tenant))) changeOf(r.tenant).segment = r.segment;
      if (reading(r, r.month) !== "counted") continue;
      const change = changeOf(r.tenant);
      bump(change.months, r.month, r.value);
      added.push([r.month, r.value]);
      if (r.month > windowStart) bump(change.windows, r.itemKey, r.value);
    }
    return tracksWith([...changes.values()], added);
  };
}

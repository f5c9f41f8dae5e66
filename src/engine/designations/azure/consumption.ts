import type { MeasureData } from "../../input/measures";
import { measureColumns, type MeasureRowKind } from "../../input/measureColumns";
import { looseKey } from "../../parse/keys";
import type { MonthIndex } from "../../parse/months";
import type { AzureRuleSet } from "./types";
import { bump } from "../../model/tally";

/** Counted ACR by month. */
export type MonthlyAcr = Map<MonthIndex, number>;

/**
 * The Azure export reduced to what the metrics read: ACR of the rows that count (association types
 * and offers of the rules), summed per tenant and per service and month, plus what was left out.
 */
export interface AzureConsumption {
  /** Counted ACR per tenant (index into `tenants`) per month, all services summed. */
  byTenant: Map<number, MonthlyAcr>;
  /**
   * Counted ACR and row counts per service (loose key) per month, with the name as first written, and
   * each tenant's ACR on it over the trailing window ending at the as-of month (the tenants behind a
   * deployment).
   */
  byService: Map<string, AzureService>;
  /** Counted ACR of the whole customer base per month. */
  total: MonthlyAcr;
  tenantNames: string[];
  /** Each tenant's CustomerSegment in the as-of month ("" when blank); null without a segment column. */
  segments: Map<number, string> | null;
  /** Months that have any row at all (counted or not). */
  monthsPresent: Set<MonthIndex>;
  /** Rows left out, by association label / offer text, with counts. */
  skippedAssociations: Map<string, number>;
  skippedOffers: Map<string, number>;
  /** Counted rows up to the as-of month with ACR below zero (credits): included in the sums. */
  negativeRows: number;
  /** Rows after the as-of month: not read by any metric. */
  rowsAfterAsOf: number;
}

export interface AzureService {
  name: string;
  months: MonthlyAcr;
  rows: Map<MonthIndex, number>;
  windowByTenant: Map<number, number>;
}

/** An offer is left out when its text contains an excluded offer type ("Azure Free Trial" ⊃ "Trial"). */
function offerMatcher(excluded: readonly string[]): (offer: string | undefined) => boolean {
  const keys = excluded.map(looseKey).filter(Boolean);
  return (offer) => {
    if (!offer) return false;
    const key = looseKey(offer);
    return keys.some((k) => key.includes(k));
  };
}

/** How the sums read a row: left out for its association or its offer, after the as-of month (not read), or counted. */
export type RowReading = "association" | "offer" | "after" | "counted";

/** The rules' reading of a row, by its kind (association, offer) and month: one place for the sums and for a row added to them (rowsRaised.ts). */
export function rowReader(rules: AzureRuleSet, asOf: MonthIndex): (kind: Pick<MeasureRowKind, "association" | "offer">, month: MonthIndex) => RowReading {
  const counted = new Set<string>(rules.associations.value);
  const offerExcluded = offerMatcher(rules.excludedOffers.value);
  return (kind, month) => (!counted.has(kind.association) ? "association" : offerExcluded(kind.offer) ? "offer" : month > asOf ? "after" : "counted");
}

// The three Azure designations read one export with the same associations and offers: sum it once.
const cache = new WeakMap<MeasureData, Map<string, AzureConsumption>>();

/** The consumption sums for these rules, reused when another designation asks with the same filters. */
export function readAzureConsumption(data: MeasureData, rules: AzureRuleSet, asOf: MonthIndex): AzureConsumption {
  const key = `${asOf}|${rules.trailingMonths.value}|${[...rules.associations.value].sort().join(",")}|${[...rules.excludedOffers.value].sort().join(",")}`;
  let byKey = cache.get(data);
  if (!byKey) cache.set(data, (byKey = new Map()));
  let hit = byKey.get(key);
  if (!hit) byKey.set(key, (hit = sumConsumption(data, rules, asOf)));
  return hit;
}

function sumConsumption(data: MeasureData, rules: AzureRuleSet, asOf: MonthIndex): AzureConsumption {
  const reading = rowReader(rules, asOf);
  // The trailing window ending at the as-of month (deployments read it): months after asOf − trailing.
  const windowStart = asOf - rules.trailingMonths.value;
  const rows = measureColumns(data);
  const result: AzureConsumption = {
    byTenant: new Map(),
    byService: new Map(),
    total: new Map(),
    tenantNames: data.tenants.map((t) => t.name),
    segments: rows.kinds.some((k) => k.segment !== undefined) ? new Map() : null,
    monthsPresent: new Set(),
    skippedAssociations: new Map(),
    skippedOffers: new Map(),
    negativeRows: 0,
    rowsAfterAsOf: 0,
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows.kinds[rows.kind[i]];
    const month = rows.month[i];
    result.monthsPresent.add(month);
    if (month === asOf && result.segments && r.segment && !result.segments.get(rows.tenant[i])) result.segments.set(rows.tenant[i], r.segment);
    switch (reading(r, month)) {
      case "association":
        bump(result.skippedAssociations, r.associationLabel);
        continue;
      case "offer":
        bump(result.skippedOffers, r.offer!);
        continue;
      case "after":
        result.rowsAfterAsOf++;
        continue;
    }
    const value = rows.value[i];
    const tenantIndex = rows.tenant[i];
    if (value < 0) result.negativeRows++;
    let tenant = result.byTenant.get(tenantIndex);
    if (!tenant) result.byTenant.set(tenantIndex, (tenant = new Map()));
    bump(tenant, month, value);
    let service = result.byService.get(r.itemKey);
    if (!service) result.byService.set(r.itemKey, (service = { name: r.item, months: new Map(), rows: new Map(), windowByTenant: new Map() }));
    bump(service.months, month, value);
    bump(service.rows, month);
    if (month > windowStart) bump(service.windowByTenant, tenantIndex, value);
    bump(result.total, month, value);
  }
  return result;
}

export function acrIn(months: MonthlyAcr | undefined, month: MonthIndex): number {
  return months?.get(month) ?? 0;
}

/**
 * Sum of a monthly series over the `length` months ending at `month` (month − length + 1 .. month):
 * the trailing twelve months when `length` is the rule set's trailingMonths.
 */
export function trailingSum(months: Map<MonthIndex, number> | undefined, month: MonthIndex, length: number): number {
  let sum = 0;
  for (let m = month - length + 1; m <= month; m++) sum += acrIn(months, m);
  return sum;
}

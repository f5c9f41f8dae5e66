import type { MeasureData } from "../../input/measures";
import { measureColumns, type MeasureRowKind } from "../../input/measureColumns";
import type { MonthIndex } from "../../parse/months";
import type { Tenant } from "../../input/usage";
import type { BusinessApplicationsRuleSet, RateCardEntry } from "./types";
import { bizAppsAssociation, countingAssociations } from "./associations";
import { COMMERCE_USAGE_NAMES, SUPPLY_CHAIN_USAGE_NAMES } from "./lists";
import { bizAppsWorkloadKey, netChange, tenantOfKey, workloadMatcher, type NetChange } from "./workloads";
import { AMOUNT_TOLERANCE, bump } from "../../model/tally";
import { exactSum } from "./exactSum";

// MCV uses fractional rates (0.2 per profile): compare thresholds with a little slack.
const EPS = AMOUNT_TOLERANCE;

/** Monthly consumption value per tenant workload in the as-of month and its baseline (M − trailing months). */
export interface ConsumptionUnits {
  asOf: MonthIndex;
  baseline: MonthIndex;
  /** The export's tenants (the numbers in the keys below index them). */
  tenants: readonly Tenant[];
  /** MCV per "tenant|rate-card id", over paid rows whose association counts for the workload's family. */
  current: Map<string, number>;
  previous: Map<string, number>;
  /** Rows up to the as-of month left out: workload has no rate; association not eligible ("Power BI under CPOR OSU"). */
  noRate: Map<string, number>;
  ineligibleAssociations: Map<string, number>;
  trialRows: number;
  /** Counted rows of Dynamics 365 workloads under CSP (the 2023 page shows them as DPOR). */
  cspDynamicsRows: number;
  rows: { asOf: number; baseline: number; after: number };
}

/**
 * The rate-card row an export's usage workload is read as, or null (no rate). Supply Chain and
 * Commerce, which the rate card does not name, are read as Finance & Operations and Retail only
 * while the settings say so.
 */
export function rateCardMatcher(rules: BusinessApplicationsRuleSet): (workload: string) => RateCardEntry | null {
  const match = workloadMatcher(rules.rateCard.value);
  const unrated = new Set(
    [
      ...(rules.settings.supplyChainAsFinanceOperations.value ? [] : SUPPLY_CHAIN_USAGE_NAMES),
      ...(rules.settings.commerceAsRetail.value ? [] : COMMERCE_USAGE_NAMES),
    ].map(bizAppsWorkloadKey)
  );
  if (!unrated.size) return match;
  const memo = new Map<string, boolean>();
  return (workload) => {
    let skip = memo.get(workload);
    if (skip === undefined) memo.set(workload, (skip = unrated.has(bizAppsWorkloadKey(workload))));
    return skip ? null : match(workload);
  };
}

/** The association types that count for each workload family's customer success, under the settings. */
export function customerSuccessAssociations(rules: BusinessApplicationsRuleSet): Record<RateCardEntry["family"], Set<string>> {
  return {
    dynamics: countingAssociations(rules.associations.customerSuccess.dynamics.value, rules),
    "power-platform": countingAssociations(rules.associations.customerSuccess["power-platform"].value, rules),
  };
}

/** How the MCV sums read a row's kind: its rate-card entry, or why it adds no MCV (a trial, no rate, an association its family does not count). */
export function usageRowReader(
  rules: BusinessApplicationsRuleSet
): (kind: Pick<MeasureRowKind, "item" | "associationRaw" | "trial">) => RateCardEntry | "trial" | "rate" | "association" {
  const rateOf = rateCardMatcher(rules);
  const eligible = customerSuccessAssociations(rules);
  return (kind) => {
    if (kind.trial) return "trial";
    const entry = rateOf(kind.item);
    if (!entry) return "rate";
    return eligible[entry.family].has(bizAppsAssociation(kind.associationRaw)) ? entry : "association";
  };
}

/**
 * MCV = usage × rate (RULES.md §5.5), summed per tenant × rate-card workload × month: Sales and
 * Customer Service of one tenant are one Customer Engagement workload. Trial rows do not count.
 */
export function consumptionUnits(data: MeasureData, rules: BusinessApplicationsRuleSet, asOf: MonthIndex): ConsumptionUnits {
  const baseline = asOf - rules.trailingMonths.value;
  const reading = usageRowReader(rules);
  const units: ConsumptionUnits = {
    asOf,
    baseline,
    tenants: data.tenants,
    current: new Map(),
    previous: new Map(),
    noRate: new Map(),
    ineligibleAssociations: new Map(),
    trialRows: 0,
    cspDynamicsRows: 0,
    rows: { asOf: 0, baseline: 0, after: 0 },
  };
  const rows = measureColumns(data);
  for (let i = 0; i < rows.length; i++) {
    const month = rows.month[i];
    if (month > asOf) {
      units.rows.after++;
      continue;
    }
    if (month === asOf) units.rows.asOf++;
    if (month === baseline) units.rows.baseline++;
    const r = rows.kinds[rows.kind[i]];
    const entry = reading(r);
    if (entry === "trial") {
      units.trialRows++;
      continue;
    }
    if (entry === "rate") {
      bump(units.noRate, r.item, 1);
      continue;
    }
    if (entry === "association") {
      bump(units.ineligibleAssociations, `${r.item} under ${r.associationRaw || "(blank)"}`, 1);
      continue;
    }
    if (entry.family === "dynamics" && bizAppsAssociation(r.associationRaw).startsWith("CSP")) units.cspDynamicsRows++;
    const target = month === asOf ? units.current : month === baseline ? units.previous : null;
    if (target) bump(target, `${rows.tenant[i]}|${entry.id}`, rows.value[i] * entry.rate);
  }
  return units;
}

/** The MCV of every tenant workload, summed exactly (rounded once): leaving tenants out or raising a row can change their terms alone (sums.ts). */
export function totalMcv(mcv: Map<string, number>): number {
  return exactSum(mcv.values());
}

/** The tenants with a non-zero MCV in one month. */
export function mcvTenants(mcv: Map<string, number>): number[] {
  const out: number[] = [];
  for (const [key, value] of mcv) if (value !== 0) out.push(tenantOfKey(key));
  return out;
}

/** Net deployments, with the tenants behind each side. */
export type NetDeployments = NetChange;

/** A tenant workload with this MCV in a month is a deployment: at least `min`. */
export function isDeployment(mcv: number, min: number): boolean {
  return mcv >= min - EPS;
}

/** Net deployments: tenant workloads with at least `min` MCV in M minus those in the baseline month. */
export function netDeployments(units: ConsumptionUnits, min: number): NetDeployments {
  return netChange(units.current, units.previous, (value) => isDeployment(value, min));
}

export interface UsageGrowth {
  current: number;
  previous: number;
  /** (MCV(M) − MCV(baseline)) / MCV(baseline) × 100; 0 when there is no baseline MCV. */
  percent: number;
  /** The baseline MCV reaches the track's prerequisite. */
  baselineMet: boolean;
}

export function usageGrowth(units: ConsumptionUnits, baselineMin: number): UsageGrowth {
  return growthOf(totalMcv(units.current), totalMcv(units.previous), baselineMin);
}

/** Usage growth from the two months' total MCV. */
export function growthOf(current: number, previous: number, baselineMin: number): UsageGrowth {
  // × 100 before ÷ keeps round cases exact (15,000 × 100 / 50,000 = 30).
  const percent = previous > 0 ? ((current - previous) * 100) / previous : 0;
  return { current, previous, percent, baselineMet: previous > 0 && previous >= baselineMin - EPS };
}

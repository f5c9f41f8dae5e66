import type { MeasureData } from "../../input/measures";
import { measureColumns, type MeasureRowKind } from "../../input/measureColumns";
import type { WorkloadRule } from "../../model/ruleTypes";
import type { MonthIndex } from "../../parse/months";
import type { Tenant } from "../../input/usage";
import type { BusinessApplicationsRuleSet, RevenueThreshold } from "./types";
import { bizAppsAssociation, countingAssociations } from "./associations";
import { netChange, workloadMatcher, type NetChange } from "./workloads";
import { AMOUNT_TOLERANCE, bump } from "../../model/tally";

// Revenue sums in cents can land a hair off a threshold (0.1 + 0.2); a millionth of a dollar is no money.
const EPS = AMOUNT_TOLERANCE;

/** Eligible revenue per tenant workload in the as-of month and its baseline (M − trailing months), and what was left out. */
export interface RevenueUnits {
  asOf: MonthIndex;
  baseline: MonthIndex;
  /** The export's tenants (the numbers in the keys below index them). */
  tenants: readonly Tenant[];
  /** Summed revenue (USD) per "tenant|workload id", over rows with an eligible workload and association. */
  current: Map<string, number>;
  previous: Map<string, number>;
  /** Rows up to the as-of month left out, by export workload name / association text. */
  ineligibleWorkloads: Map<string, number>;
  ineligibleAssociations: Map<string, number>;
  rows: { asOf: number; baseline: number; after: number };
}

/** How the revenue sums read a row's kind: its net-customer-adds workload, or why it is left out. */
export function revenueRowReader(
  rules: BusinessApplicationsRuleSet
): (kind: Pick<MeasureRowKind, "item" | "associationRaw">) => WorkloadRule | "workload" | "association" {
  const workloadOf = workloadMatcher(rules.ncaWorkloads.value);
  const associations = countingAssociations(rules.associations.netCustomerAdds.value, rules);
  return (kind) => {
    const workload = workloadOf(kind.item);
    if (!workload) return "workload";
    return associations.has(bizAppsAssociation(kind.associationRaw)) ? workload : "association";
  };
}

/**
 * Sums the revenue export's rows per tenant × net-customer-adds workload × month, over the
 * associations that count for net customer adds (which the classification uses too).
 */
export function revenueUnits(data: MeasureData, rules: BusinessApplicationsRuleSet, asOf: MonthIndex): RevenueUnits {
  const baseline = asOf - rules.trailingMonths.value;
  const reading = revenueRowReader(rules);
  const units: RevenueUnits = {
    asOf,
    baseline,
    tenants: data.tenants,
    current: new Map(),
    previous: new Map(),
    ineligibleWorkloads: new Map(),
    ineligibleAssociations: new Map(),
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
    const workload = reading(r);
    if (workload === "workload") {
      bump(units.ineligibleWorkloads, r.item, 1);
      continue;
    }
    if (workload === "association") {
      bump(units.ineligibleAssociations, r.associationRaw || "(blank)", 1);
      continue;
    }
    const target = month === asOf ? units.current : month === baseline ? units.previous : null;
    if (target) bump(target, `${rows.tenant[i]}|${workload.id}`, rows.value[i]);
  }
  return units;
}

export function meetsRevenue(value: number, threshold: RevenueThreshold): boolean {
  const min = threshold.min.value;
  return threshold.inclusive ? value >= min - EPS : value > min + EPS;
}

/** The tenant workloads meeting the threshold in one month, and their tenants. */
/** Net customer adds, with the tenants behind each side. */
export type NetCustomerAdds = NetChange;

/** Net customer adds: tenant workloads meeting the threshold in M minus those in the baseline month. */
export function netCustomerAdds(units: RevenueUnits, threshold: RevenueThreshold): NetCustomerAdds {
  return netChange(units.current, units.previous, (value) => meetsRevenue(value, threshold));
}

/** A tenant workload with these revenues in M and the baseline month counts toward the Enterprise classification. */
export function classifiesEnterprise(current: number, previous: number, above: number): boolean {
  return current > above + EPS && previous > above + EPS;
}

/** Tenant workloads with revenue above `above` in both M and the baseline month (the Enterprise classification). */
export function unitsAboveInBothMonths(units: RevenueUnits, above: number): number {
  let n = 0;
  for (const [key, value] of units.current) if (classifiesEnterprise(value, units.previous.get(key) ?? 0, above)) n++;
  return n;
}

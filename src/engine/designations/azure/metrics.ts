import { looseKey } from "../../parse/keys";
import type { MonthIndex } from "../../parse/months";
import { acrIn, trailingSum, type AzureConsumption, type MonthlyAcr } from "./consumption";
import { AMOUNT_TOLERANCE } from "../../model/tally";

// Sums of cents in floating point (333.33 + 666.67) can land a hair under a round threshold.
const EPSILON = AMOUNT_TOLERANCE;

export const atLeast = (value: number, threshold: number): boolean => value >= threshold - EPSILON;

/**
 * Whether a tenant with this monthly ACR is an eligible customer at `month`: tenant-level ACR of at
 * least `threshold` in `month` and `month − 1` ("both", two consecutive months) or in either of them ("either").
 */
export function isEligible(months: MonthlyAcr | undefined, month: MonthIndex, threshold: number, mode: "both" | "either"): boolean {
  const now = atLeast(acrIn(months, month), threshold);
  const before = atLeast(acrIn(months, month - 1), threshold);
  return mode === "both" ? now && before : now || before;
}

/** Tenants that are eligible customers at `month` (isEligible). */
export function eligibleCustomers(c: AzureConsumption, month: MonthIndex, threshold: number, mode: "both" | "either"): number[] {
  const tenants: number[] = [];
  for (const [tenant, months] of c.byTenant) if (isEligible(months, month, threshold, mode)) tenants.push(tenant);
  return tenants;
}

/** How usage growth reads a monthly series at a month: that month's ACR, or (basis "ttm") the sum over the `trailing` months ending there. */
export function growthReader(basis: "month" | "ttm", trailing: number): (months: MonthlyAcr | undefined, month: MonthIndex) => number {
  return (months, month) => (basis === "ttm" ? trailingSum(months, month, trailing) : acrIn(months, month));
}

export interface NetCustomerAdds {
  value: number;
  /** Eligible customers at M and at the baseline M − trailingMonths (tenant names). */
  current: string[];
  baseline: string[];
}

/** NCA = |eligible customers at M| − |eligible customers at the baseline|: a count difference, not a list of new tenants. */
export function netCustomerAdds(c: AzureConsumption, asOf: MonthIndex, trailing: number, threshold: number, mode: "both" | "either"): NetCustomerAdds {
  const names = (ids: number[]) => ids.map((t) => c.tenantNames[t]).sort();
  const current = names(eligibleCustomers(c, asOf, threshold, mode));
  const baseline = names(eligibleCustomers(c, asOf - trailing, threshold, mode));
  return { value: current.length - baseline.length, current, baseline };
}

export interface UsageGrowth {
  basis: "month" | "ttm";
  /** Customer-base ACR at M and at the baseline M − trailingMonths (single months, or trailing sums ending there). */
  current: number;
  baseline: number;
  /** The tenants with a non-zero part in each of the two sums (names). */
  tenants: { current: string[]; baseline: string[] };
  /** Growth in percent; 0 when the baseline is not positive. */
  percent: number;
  /** False when the baseline is under the minimum: the metric scores 0. */
  scored: boolean;
}

/**
 * Growth of the customer base's ACR from the baseline to M: single months, or (option growth-ttm)
 * sums over the `trailing` months ending at each.
 */
export function usageGrowth(c: AzureConsumption, asOf: MonthIndex, trailing: number, basis: "month" | "ttm", minBaseline: number): UsageGrowth {
  const read = growthReader(basis, trailing);
  const before = asOf - trailing;
  const current = read(c.total, asOf);
  const baseline = read(c.total, before);
  const behind = (month: MonthIndex) =>
    [...c.byTenant]
      .filter(([, months]) => Math.abs(read(months, month)) > EPSILON)
      .map(([t]) => c.tenantNames[t])
      .sort();
  const percent = baseline > 0 ? ((current - baseline) * 100) / baseline : 0;
  return { basis, current, baseline, tenants: { current: behind(asOf), baseline: behind(before) }, percent, scored: atLeast(baseline, minBaseline) };
}

export interface Deployments {
  /** Services (names as written) with more than $0 ACR over the trailing months to M, VM services left out. */
  services: string[];
  /** The tenants with more than $0 ACR on one of those services over those months (names). */
  tenants: string[];
  /** VM services left out, and how many of their counted rows fall in those months. */
  excluded: string[];
  excludedRows: number;
}

/** A service is a VM service when its loose key equals one of the excluded names' loose keys. */
export function isExcludedService(itemKey: string, excluded: readonly string[]): boolean {
  return excluded.some((name) => looseKey(name) === itemKey);
}

/**
 * Distinct ServiceLevel2 services across the whole customer base with positive ACR (credits netted)
 * over the `trailing` months to M. Not a year-over-year difference.
 */
export function deployments(c: AzureConsumption, asOf: MonthIndex, trailing: number, excluded: readonly string[]): Deployments {
  const services: string[] = [];
  const tenants = new Set<string>();
  const left: string[] = [];
  let excludedRows = 0;
  for (const [key, service] of c.byService) {
    if (isExcludedService(key, excluded)) {
      const rows = trailingSum(service.rows, asOf, trailing);
      if (rows) {
        left.push(service.name);
        excludedRows += rows;
      }
      continue;
    }
    if (!(trailingSum(service.months, asOf, trailing) > EPSILON)) continue;
    services.push(service.name);
    for (const [tenant, acr] of service.windowByTenant) if (acr > EPSILON) tenants.add(c.tenantNames[tenant]);
  }
  return { services: services.sort(), tenants: [...tenants].sort(), excluded: left.sort(), excludedRows };
}

import { looseKey } from "../../parse/keys";
import type { MonthIndex } from "../../parse/months";
import { acrIn, trailing12, ttmAcr, type AzureConsumption } from "./consumption";

// Sums of cents in floating point (333.33 + 666.67) can land a hair under a round threshold.
const EPSILON = 1e-6;

export const atLeast = (value: number, threshold: number): boolean => value >= threshold - EPSILON;

/**
 * Tenants that are eligible customers at `month`: tenant-level ACR of at least `threshold` in
 * `month` and `month − 1` ("both", two consecutive months) or in either of them ("either").
 */
export function eligibleCustomers(c: AzureConsumption, month: MonthIndex, threshold: number, mode: "both" | "either"): number[] {
  const tenants: number[] = [];
  for (const [tenant, months] of c.byTenant) {
    const now = atLeast(acrIn(months, month), threshold);
    const before = atLeast(acrIn(months, month - 1), threshold);
    if (mode === "both" ? now && before : now || before) tenants.push(tenant);
  }
  return tenants;
}

export interface NetCustomerAdds {
  value: number;
  /** Eligible customers at M and at M − 12 (tenant names). */
  current: string[];
  baseline: string[];
}

/** NCA = |eligible customers at M| − |eligible customers at M − 12|: a count difference, not a list of new tenants. */
export function netCustomerAdds(c: AzureConsumption, asOf: MonthIndex, threshold: number, mode: "both" | "either"): NetCustomerAdds {
  const names = (ids: number[]) => ids.map((t) => c.tenantNames[t]).sort();
  const current = names(eligibleCustomers(c, asOf, threshold, mode));
  const baseline = names(eligibleCustomers(c, asOf - 12, threshold, mode));
  return { value: current.length - baseline.length, current, baseline };
}

export interface UsageGrowth {
  basis: "month" | "ttm";
  /** Customer-base ACR at M and at M − 12 (single months, or TTM sums ending there). */
  current: number;
  baseline: number;
  /** Growth in percent; 0 when the baseline is not positive. */
  percent: number;
  /** False when the baseline is under the minimum: the metric scores 0. */
  scored: boolean;
}

export function usageGrowth(c: AzureConsumption, asOf: MonthIndex, basis: "month" | "ttm", minBaseline: number): UsageGrowth {
  const read = basis === "ttm" ? ttmAcr : acrIn;
  const current = read(c.total, asOf);
  const baseline = read(c.total, asOf - 12);
  const percent = baseline > 0 ? ((current - baseline) * 100) / baseline : 0;
  return { basis, current, baseline, percent, scored: atLeast(baseline, minBaseline) };
}

export interface Deployments {
  /** Services (names as written) with more than $0 ACR over M − 11..M, VM services left out. */
  services: string[];
  /** VM services left out, and how many of their counted rows fall in M − 11..M. */
  excluded: string[];
  excludedRows: number;
}

/** A service is a VM service when its loose key equals one of the excluded names' loose keys. */
export function isExcludedService(itemKey: string, excluded: readonly string[]): boolean {
  return excluded.some((name) => looseKey(name) === itemKey);
}

/**
 * Distinct ServiceLevel2 services across the whole customer base with positive ACR (credits netted)
 * over the trailing 12 months. Not a year-over-year difference.
 */
export function deployments(c: AzureConsumption, asOf: MonthIndex, excluded: readonly string[]): Deployments {
  const services: string[] = [];
  const left: string[] = [];
  let excludedRows = 0;
  for (const [key, service] of c.byService) {
    const acr = ttmAcr(service.months, asOf);
    if (isExcludedService(key, excluded)) {
      const rows = trailing12(service.rows, asOf);
      if (rows) {
        left.push(service.name);
        excludedRows += rows;
      }
      continue;
    }
    if (acr > EPSILON) services.push(service.name);
  }
  return { services: services.sort(), excluded: left.sort(), excludedRows };
}

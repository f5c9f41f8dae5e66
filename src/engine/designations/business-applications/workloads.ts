import { looseKey } from "../../parse/keys";
import type { WorkloadRule } from "../../model/ruleTypes";

// Exports and docs put the product family in front of the same workload ("Dynamics 365 Sales", "Microsoft Power BI").
const PREFIXES = ["microsoftdynamics365", "msdynamics365", "dynamics365", "d365", "microsoft"];

/** Loose workload key: case, spaces and punctuation ignored, a product-family prefix dropped. */
export function bizAppsWorkloadKey(name: string): string {
  const key = looseKey(name);
  for (const p of PREFIXES) if (key.startsWith(p) && key.length > p.length) return key.slice(p.length);
  return key;
}

/** Finds the list entry an export's workload name means (by name or alias), or null. */
export function workloadMatcher<W extends WorkloadRule>(rules: readonly W[]): (name: string) => W | null {
  const map = new Map<string, W>();
  for (const rule of rules) for (const name of [rule.name, ...rule.aliases]) map.set(bizAppsWorkloadKey(name), rule);
  const memo = new Map<string, W | null>();
  return (name) => {
    let hit = memo.get(name);
    if (hit === undefined) {
      hit = map.get(bizAppsWorkloadKey(name)) ?? null;
      memo.set(name, hit);
    }
    return hit;
  };
}

/** The tenant (index into the export's tenants) of a "tenant|workload" unit key. */
export const tenantOfKey = (key: string): number => Number(key.slice(0, key.indexOf("|")));

/** Tenant workloads that pass a threshold in M and in the baseline month, the net of the two, and their tenants. */
export interface NetChange {
  current: number;
  previous: number;
  net: number;
  /** The tenants behind each side (a tenant once per workload that passes). */
  currentTenants: number[];
  previousTenants: number[];
}

/** Counts the tenant-workload keys whose value passes, in both months. */
export function netChange(current: Map<string, number>, previous: Map<string, number>, passes: (value: number) => boolean): NetChange {
  const count = (values: Map<string, number>) => {
    const tenants: number[] = [];
    for (const [key, value] of values) if (passes(value)) tenants.push(tenantOfKey(key));
    return tenants;
  };
  const now = count(current);
  const before = count(previous);
  return { current: now.length, previous: before.length, net: now.length - before.length, currentTenants: now, previousTenants: before };
}

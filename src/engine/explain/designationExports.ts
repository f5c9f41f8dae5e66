import type { TenantExport } from "../input/withoutTenants";
import type { DesignationId, MetricId } from "../model/ruleTypes";
import { moduleOf } from "../designations/registry";

/** The metrics tenants' rows feed; certifications come from the skilling export and no tenant moves them. */
export const TENANT_METRICS: readonly MetricId[] = ["net-customer-adds", "usage-growth", "deployments"];

/** The exports a designation reads tenant rows from: a tenant only moves the designations that read its rows. */
export function exportsOf(id: DesignationId): readonly TenantExport[] {
  return moduleOf(id).reads;
}

/**
 * Whether the designation's tenant metrics are sums of per-tenant terms (its module says): removing a
 * tenant then removes exactly its own terms, so its effect is its rows scored alone; the others are
 * scored again without it. test/engine/explain checks both ways agree on the samples.
 */
export function isSeparable(id: DesignationId): boolean {
  return moduleOf(id).separable;
}

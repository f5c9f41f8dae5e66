import type { TenantExport } from "../input/withoutTenants";
import type { DesignationId, MetricId } from "../rules/types";

/**
 * The exports each designation reads tenant rows from: a tenant only moves the designations whose
 * exports hold its rows, so only those are scored again without it. A designation missing here is
 * taken to read every export (slower, never wrong).
 */
export const DESIGNATION_EXPORTS: Partial<Record<DesignationId, readonly TenantExport[]>> = {
  "modern-work": ["usage"],
  security: ["usage", "azure"],
  infrastructure: ["azure"],
  "data-ai": ["azure"],
  "digital-app-innovation": ["azure"],
  "business-applications": ["bizAppsUsage", "bizAppsRevenue"],
};

/** The metrics tenants' rows feed; certifications come from the skilling export and no tenant moves them. */
export const TENANT_METRICS: readonly MetricId[] = ["net-customer-adds", "usage-growth", "deployments"];

/**
 * Designations whose tenant metrics are sums of per-tenant terms: Modern Work (eligible customers,
 * each service's MAU change and deployment) and Security (eligible customers, deployed tenants, each
 * tenant's ACR or protected users). Removing a tenant removes exactly its own terms, so its effect is
 * the metric values of its rows scored alone; no re-score of the whole export is needed. Azure
 * (growth is a ratio of the customer base, deployments are distinct services) and Business
 * Applications (growth is a ratio, the classification counts tenants) are not: they are scored again.
 * test/engine/explain checks both ways agree on the samples.
 */
export const SEPARABLE: ReadonlySet<DesignationId> = new Set<DesignationId>(["modern-work", "security"]);

export function exportsOf(id: DesignationId): readonly TenantExport[] {
  return DESIGNATION_EXPORTS[id] ?? ["usage", "azure", "bizAppsUsage", "bizAppsRevenue"];
}

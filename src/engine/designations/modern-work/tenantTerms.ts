import type { TenantExport } from "../../input/withoutTenants";
import type { MetricId, ModernWorkRuleSet, TrackId } from "../../model/ruleTypes";
import type { MetricValue } from "../../model/trackResult";
import { valuesByTrack, type TenantMetricValues } from "../../model/tenantValues";
import type { ServiceEffect, TrackValues, UsageComputation } from "./usageMetrics";
import { TRACK_BIT } from "./usageModel";

/** A tenant metric's raw value on a track (a sum of per-tenant terms); undefined for the certification metrics. */
export function tenantMetric(metric: MetricId, values: Pick<TrackValues, "netCustomerAdds" | "usageGrowth" | "deployments">): MetricValue | undefined {
  switch (metric) {
    case "net-customer-adds":
      return values.netCustomerAdds;
    case "usage-growth":
      return values.usageGrowth as Record<string, number>;
    case "deployments":
      return values.deployments as Record<string, number>;
  }
  return undefined;
}

/**
 * Every tenant's own terms of the usage metrics, read from the whole export's computation: whether it
 * is a customer in M and in the baseline month, and its services' growth and deployments. The metrics
 * are sums of these terms, so a tenant's values are what scoring its rows alone gives, and explaining
 * every tenant costs one pass over the services instead of a computation per tenant.
 */
export function usageTenantTerms(
  rules: ModernWorkRuleSet,
  usage: UsageComputation
): (tenants: Partial<Record<TenantExport, readonly number[]>>) => TenantMetricValues {
  const byTenant = new Map<TrackId, Map<number, ServiceEffect[]>>();
  for (const track of rules.tracks) {
    const own = new Map<number, ServiceEffect[]>();
    for (const effect of usage.effects[track.id]) {
      const list = own.get(effect.group.tenant);
      if (list) list.push(effect);
      else own.set(effect.group.tenant, [effect]);
    }
    byTenant.set(track.id, own);
  }
  const isCustomer = (tenant: number, month: number, bit: number) => ((usage.model.customerEligibility(tenant, month) & bit) !== 0 ? 1 : 0);

  return (tenants) =>
    valuesByTrack(rules.tracks, (track) => {
      const bit = TRACK_BIT[track.id];
      const whole = usage.tracks[track.id];
      let netCustomerAdds = 0;
      // The associations the metrics score, as the whole export's values list them.
      const usageGrowth: Record<string, number> = {};
      const deployments: Record<string, number> = {};
      for (const a of Object.keys(whole.usageGrowth)) usageGrowth[a] = 0;
      for (const a of Object.keys(whole.deployments)) deployments[a] = 0;
      for (const tenant of tenants.usage ?? []) {
        netCustomerAdds += isCustomer(tenant, usage.asOf, bit) - isCustomer(tenant, usage.trailing, bit);
        for (const effect of byTenant.get(track.id)!.get(tenant) ?? []) {
          const a = effect.group.association;
          if (usageGrowth[a] !== undefined) usageGrowth[a] += effect.growth;
          if (deployments[a] !== undefined) deployments[a] += effect.deployments;
        }
      }
      return (metric) => tenantMetric(metric, { netCustomerAdds, usageGrowth, deployments });
    });
}

import type { ParsedInput } from "../../input/collector";
import type { MonthIndex } from "../../parse/months";
import type { TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import type { TenantsLeftOut } from "../../model/module";
import { metricResult, trackResult } from "../../model/trackResult";
import { qualificationOf } from "../../model/points";
import { addCounts, classificationTerm, classifyCounts, type ClassificationCounts } from "./classification";
import { acrIn, readAzureConsumption, trailingSum } from "./consumption";
import { atLeast, isExcludedService } from "./metrics";
import { growthResult } from "./score";
import type { AzureRuleSet } from "./types";

// As the metrics compare sums of cents (metrics.ts): a hair above zero is not ACR.
const EPSILON = 1e-6;

/**
 * The designation's tracks with some tenants left out, from the export's sums computed once: each
 * metric is a sum of per-tenant terms (customers, ACR) or a count of services whose sum stays above
 * zero, so leaving tenants out takes their terms away. Linear in the export, instead of the export
 * scored again per tenant (test/engine/explain checks both agree).
 */
export function azureTenantsLeftOut(
  input: ParsedInput,
  rules: AzureRuleSet,
  asOf: MonthIndex,
  given: TrackId | undefined,
  base: TrackResult[]
): TenantsLeftOut {
  const c = readAzureConsumption(input.azure!, rules, asOf);
  const trailing = rules.trailingMonths.value;
  const before = asOf - trailing;
  const basis = rules.settings.growthBasis.value;
  const mode = rules.settings.ncaMonths.value;
  const read = (months: Map<MonthIndex, number> | undefined, month: MonthIndex) =>
    basis === "ttm" ? trailingSum(months, month, trailing) : acrIn(months, month);
  const eligible = (tenant: number, month: MonthIndex, threshold: number) => {
    const months = c.byTenant.get(tenant);
    const now = atLeast(acrIn(months, month), threshold);
    const prior = atLeast(acrIn(months, month - 1), threshold);
    return mode === "both" ? now && prior : now || prior;
  };
  const countEligible = (month: MonthIndex, threshold: number) => {
    let n = 0;
    for (const tenant of c.byTenant.keys()) if (eligible(tenant, month, threshold)) n++;
    return n;
  };
  const adds = new Map(rules.tracks.map((t) => [t.id, countEligible(asOf, t.ncaMinMonthlyAcr.value) - countEligible(before, t.ncaMinMonthlyAcr.value)]));
  const growthNow = read(c.total, asOf);
  const growthBefore = read(c.total, before);
  const excluded = rules.deploymentExcludedServices.value;
  const services = [...c.byService]
    .filter(([key]) => !isExcludedService(key, excluded))
    .map(([, service]) => ({ window: trailingSum(service.months, asOf, trailing), byTenant: service.windowByTenant }));
  const term = rules.classification ? classificationTerm(c, rules, asOf) : null;
  const counts: ClassificationCounts = { customers: 0, smbCustomers: 0, inferredCustomers: 0, partnerTtm: 0 };
  if (term) for (const tenant of c.byTenant.keys()) addCounts(counts, term(tenant), 1);
  const qualification = qualificationOf(rules.qualification);

  return (tenants) => {
    const left = [...new Set(tenants.azure ?? [])].filter((t) => c.byTenant.has(t));
    // With every tenant left out the export can no longer be scored: the caller scores again, as for any designation.
    if (left.length === c.byTenant.size) return null;
    const addsWithout = new Map(adds);
    let now = growthNow;
    let prior = growthBefore;
    const without = { ...counts };
    for (const tenant of left) {
      const months = c.byTenant.get(tenant);
      now -= read(months, asOf);
      prior -= read(months, before);
      for (const t of rules.tracks) {
        const threshold = t.ncaMinMonthlyAcr.value;
        addsWithout.set(t.id, addsWithout.get(t.id)! - Number(eligible(tenant, asOf, threshold)) + Number(eligible(tenant, before, threshold)));
      }
      if (term) addCounts(without, term(tenant), -1);
    }
    let deployed = 0;
    for (const s of services) {
      let window = s.window;
      for (const tenant of left) window -= s.byTenant.get(tenant) ?? 0;
      if (window > EPSILON) deployed++;
    }
    const growth = { basis, baseline: prior, percent: prior > 0 ? ((now - prior) * 100) / prior : 0, scored: atLeast(prior, rules.growthMinBaselineAcr.value) };
    const tracks = rules.tracks.map((track) => {
      const was = base.find((t) => t.id === track.id)!;
      const metrics = track.metrics.map((metric) => {
        switch (metric.id) {
          case "net-customer-adds":
            return metricResult(metric, addsWithout.get(track.id)!);
          case "usage-growth":
            return growthResult(metric, growth, rules, asOf);
          case "deployments":
            return metricResult(metric, deployed);
          default:
            // Certifications: no tenant moves them.
            return was.metrics.find((m) => m.id === metric.id)!;
        }
      });
      return trackResult(track, metrics, qualification);
    });
    const classification = term ? { track: classifyCounts(without, c.segments !== null, rules, asOf, given).track } : undefined;
    return { tracks, ...(classification ? { classification } : {}) };
  };
}

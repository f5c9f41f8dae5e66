import type { ParsedInput } from "../../input/collector";
import type { MeasureData } from "../../input/measures";
import type { MonthIndex } from "../../parse/months";
import type { MetricResult, TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import type { TenantsLeftOut } from "../../model/module";
import { metricResult, trackResult } from "../../model/trackResult";
import { qualificationOf } from "../../model/points";
import { consumptionUnits, growthOf, isDeployment } from "./consumption";
import { ExactSum } from "./exactSum";
import { usageGrowthMetric } from "./growthMetric";
import { classifiesEnterprise, meetsRevenue, revenueUnits } from "./revenue";
import { tenantOfKey } from "./workloads";
import type { BizAppsTrackId, BusinessApplicationsRuleSet } from "./types";

/** One tenant workload's value in M and in the baseline month (undefined: no eligible row that month). */
interface Unit {
  current?: number;
  previous?: number;
}

/** Each tenant's workloads (by tenant index), from the per-"tenant|workload" sums of the two months. */
function unitsByTenant(current: Map<string, number>, previous: Map<string, number>): Map<number, Unit[]> {
  const byKey = new Map<string, Unit>();
  for (const [key, value] of current) byKey.set(key, { current: value });
  for (const [key, value] of previous) {
    const unit = byKey.get(key);
    if (unit) unit.previous = value;
    else byKey.set(key, { previous: value });
  }
  const out = new Map<number, Unit[]>();
  for (const [key, unit] of byKey) {
    const tenant = tenantOfKey(key);
    const list = out.get(tenant);
    if (list) list.push(unit);
    else out.set(tenant, [unit]);
  }
  return out;
}

/** How many tenant workloads pass in M minus how many in the baseline month (a net change's terms). */
function netOf(units: readonly Unit[], passes: (value: number) => boolean): number {
  let net = 0;
  for (const u of units) net += Number(u.current !== undefined && passes(u.current)) - Number(u.previous !== undefined && passes(u.previous));
  return net;
}

/** Rows per tenant, over the whole export (a designation with no rows left is not scored). */
function rowsByTenant(data: MeasureData | null): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of data?.records ?? []) out.set(r.tenant, (out.get(r.tenant) ?? 0) + 1);
  return out;
}

/**
 * The designation's tracks with some tenants left out, from the exports' sums computed once. Every
 * metric a tenant moves is a count or a sum over tenant workloads ("tenant|workload" units, whose
 * values no other tenant touches): net customer adds and deployments count the units passing a
 * threshold in M minus those in the baseline month, the Enterprise classification counts the units
 * over its revenue in both, and usage growth is a ratio of the two months' MCV totals, summed exactly
 * (ExactSum) so that taking a tenant's MCV away gives the very total the score sums without it.
 * Linear in the exports instead of them scored again per tenant (test/engine/explain/bizAppsFromSums
 * checks both agree). The metrics carry no sides (the tenants behind each month): naming them per
 * tenant would be quadratic, and explanations read the values and points only.
 */
export function bizAppsTenantsLeftOut(
  input: ParsedInput,
  rules: BusinessApplicationsRuleSet,
  asOf: MonthIndex,
  track: TrackId | undefined,
  base: TrackResult[]
): TenantsLeftOut {
  const revenue = input.bizAppsRevenue ? revenueUnits(input.bizAppsRevenue, rules, asOf) : null;
  const usage = input.bizAppsUsage ? consumptionUnits(input.bizAppsUsage, rules, asOf) : null;
  // As the score: a track Business Applications does not have is not the partner's word (the score warns).
  const given: BizAppsTrackId | undefined = track === "enterprise" || track === "smb" ? track : undefined;
  const qualification = qualificationOf(rules.qualification);

  const revenueRows = rowsByTenant(input.bizAppsRevenue);
  const usageRows = rowsByTenant(input.bizAppsUsage);
  const allRows = (input.bizAppsRevenue?.records.length ?? 0) + (input.bizAppsUsage?.records.length ?? 0);

  const revenueOf = revenue ? unitsByTenant(revenue.current, revenue.previous) : new Map<number, Unit[]>();
  const usageOf = usage ? unitsByTenant(usage.current, usage.previous) : new Map<number, Unit[]>();

  // Net customer adds per track, and the units that make the partner Enterprise.
  const ncaPasses = new Map(rules.tracks.map((t) => [t.id, (value: number) => meetsRevenue(value, rules.settings.ncaRevenue[t.id])]));
  const above = rules.classification.revenueAbove.value;
  const enterpriseUnits = (units: readonly Unit[]) => {
    let n = 0;
    for (const u of units) if (u.current !== undefined && classifiesEnterprise(u.current, u.previous ?? 0, above)) n++;
    return n;
  };
  const nca = new Map(rules.tracks.map((t) => [t.id, 0]));
  let enterprise = 0;
  for (const units of revenueOf.values()) {
    for (const t of rules.tracks) nca.set(t.id, nca.get(t.id)! + netOf(units, ncaPasses.get(t.id)!));
    enterprise += enterpriseUnits(units);
  }

  // Deployments per track, and the two months' MCV.
  const deployedPasses = new Map(rules.tracks.map((t) => [t.id, (value: number) => isDeployment(value, t.deploymentMinMcv.value)]));
  const deployed = new Map(rules.tracks.map((t) => [t.id, 0]));
  const mcvNow = new ExactSum();
  const mcvBefore = new ExactSum();
  for (const units of usageOf.values()) {
    for (const t of rules.tracks) deployed.set(t.id, deployed.get(t.id)! + netOf(units, deployedPasses.get(t.id)!));
    for (const u of units) {
      if (u.current !== undefined) mcvNow.add(u.current);
      if (u.previous !== undefined) mcvBefore.add(u.previous);
    }
  }

  return (tenants) => {
    const leftRevenue = [...new Set(tenants.bizAppsRevenue ?? [])];
    const leftUsage = [...new Set(tenants.bizAppsUsage ?? [])];
    let rowsLeft = allRows;
    for (const t of leftRevenue) rowsLeft -= revenueRows.get(t) ?? 0;
    for (const t of leftUsage) rowsLeft -= usageRows.get(t) ?? 0;
    // With no row left in either export the designation is not scored: the caller scores again, as for any designation.
    if (rowsLeft <= 0) return null;

    const ncaWithout = new Map(nca);
    let enterpriseWithout = enterprise;
    for (const tenant of leftRevenue) {
      const units = revenueOf.get(tenant);
      if (!units) continue;
      for (const t of rules.tracks) ncaWithout.set(t.id, ncaWithout.get(t.id)! - netOf(units, ncaPasses.get(t.id)!));
      enterpriseWithout -= enterpriseUnits(units);
    }
    const deployedWithout = new Map(deployed);
    const now = new ExactSum(mcvNow);
    const before = new ExactSum(mcvBefore);
    for (const tenant of leftUsage) {
      const units = usageOf.get(tenant);
      if (!units) continue;
      for (const t of rules.tracks) deployedWithout.set(t.id, deployedWithout.get(t.id)! - netOf(units, deployedPasses.get(t.id)!));
      for (const u of units) {
        if (u.current !== undefined) now.add(-u.current);
        if (u.previous !== undefined) before.add(-u.previous);
      }
    }
    const current = now.value();
    const previous = before.value();

    const tracks = rules.tracks.map((rule) => {
      const was = base.find((t) => t.id === rule.id)!;
      const metrics = rule.metrics.map((metric): MetricResult => {
        const kept = was.metrics.find((m) => m.id === metric.id)!;
        switch (metric.id) {
          case "net-customer-adds":
            // Without the revenue export the metric says so, whatever tenants are left out.
            return revenue ? metricResult(metric, ncaWithout.get(rule.id)!) : kept;
          case "usage-growth":
            return usage ? usageGrowthMetric(metric, rule, growthOf(current, previous, rule.usageBaselineMinMcv.value), usage) : kept;
          case "deployments":
            return usage ? metricResult(metric, deployedWithout.get(rule.id)!) : kept;
          default:
            // Certifications: no tenant moves them.
            return kept;
        }
      });
      return trackResult(rule, metrics, qualification);
    });

    // As classifyPartner: the partner's word, else the revenue export, else the better total.
    let classified: BizAppsTrackId;
    if (given) classified = given;
    else if (revenue) classified = enterpriseWithout >= rules.classification.minUnits.value ? "enterprise" : "smb";
    else {
      const [first, second] = tracks;
      classified = (second && second.total > first.total ? second : first).id as BizAppsTrackId;
    }
    return { tracks, classification: { track: classified } };
  };
}

import type { ParsedInput } from "../../input/collector";
import type { MonthIndex } from "../../parse/months";
import type { MetricResult, TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import type { TracksFromSums } from "../../model/module";
import { metricResult, trackResult } from "../../model/trackResult";
import { qualificationOf } from "../../model/points";
import { consumptionUnits, growthOf, isDeployment } from "./consumption";
import { ExactSum } from "./exactSum";
import { usageGrowthMetric } from "./growthMetric";
import { classifiesEnterprise, meetsRevenue, revenueUnits } from "./revenue";
import { tenantOfKey } from "./workloads";
import type { BizAppsTrackId, BusinessApplicationsRuleSet } from "./types";

/** One tenant workload ("tenant|workload" key) and its value in M and in the baseline month (undefined: no eligible row that month). */
export interface Unit {
  key: string;
  current?: number;
  previous?: number;
}

/** Each tenant's workloads (by tenant index), from the per-"tenant|workload" sums of the two months. */
function unitsByTenant(current: Map<string, number>, previous: Map<string, number>): Map<number, Unit[]> {
  const byKey = new Map<string, Unit>();
  for (const [key, value] of current) byKey.set(key, { key, current: value });
  for (const [key, value] of previous) {
    const unit = byKey.get(key);
    if (unit) unit.previous = value;
    else byKey.set(key, { key, previous: value });
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
function netOf(units: readonly Unit[] | undefined, passes: (value: number) => boolean): number {
  let net = 0;
  for (const u of units ?? []) net += Number(u.current !== undefined && passes(u.current)) - Number(u.previous !== undefined && passes(u.previous));
  return net;
}

/** Tenants whose workloads changed, per export (tenant index → its workloads after the change; undefined: gone). */
export interface UnitChanges {
  revenue: Map<number, readonly Unit[] | undefined>;
  usage: Map<number, readonly Unit[] | undefined>;
}

/**
 * The exports' sums behind every metric a tenant moves, computed once. Every such metric is a count
 * or a sum over tenant workloads ("tenant|workload" units, whose values no other tenant touches): net
 * customer adds and deployments count the units passing a threshold in M minus those in the baseline
 * month, the Enterprise classification counts the units over its revenue in both, and usage growth is
 * a ratio of the two months' MCV totals, summed exactly (ExactSum) so that a tenant's MCV taken away
 * or changed gives the very total the score sums. A change (tenants left out, a near miss's rows
 * raised) then changes only its tenants' terms: linear in the exports instead of them scored again
 * per change (test/engine/explain checks both agree). The metrics carry no sides (the tenants behind
 * each month): naming them per change would be quadratic, and explanations read values and points only.
 */
export function bizAppsSums(input: ParsedInput, rules: BusinessApplicationsRuleSet, asOf: MonthIndex, track: TrackId | undefined, base: TrackResult[]) {
  const revenue = input.bizAppsRevenue ? revenueUnits(input.bizAppsRevenue, rules, asOf) : null;
  const usage = input.bizAppsUsage ? consumptionUnits(input.bizAppsUsage, rules, asOf) : null;
  // As the score: a track Business Applications does not have is not the partner's word (the score warns).
  const given: BizAppsTrackId | undefined = track === "enterprise" || track === "smb" ? track : undefined;
  const qualification = qualificationOf(rules.qualification);

  const revenueOf = revenue ? unitsByTenant(revenue.current, revenue.previous) : new Map<number, Unit[]>();
  const usageOf = usage ? unitsByTenant(usage.current, usage.previous) : new Map<number, Unit[]>();

  // Net customer adds per track, and the units that make the partner Enterprise.
  const ncaPasses = new Map(rules.tracks.map((t) => [t.id, (value: number) => meetsRevenue(value, rules.settings.ncaRevenue[t.id])]));
  const above = rules.classification.revenueAbove.value;
  const enterpriseUnits = (units: readonly Unit[] | undefined) => {
    let n = 0;
    for (const u of units ?? []) if (u.current !== undefined && classifiesEnterprise(u.current, u.previous ?? 0, above)) n++;
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
  const addMcv = (now: ExactSum, before: ExactSum, units: readonly Unit[] | undefined, sign: 1 | -1) => {
    for (const u of units ?? []) {
      if (u.current !== undefined) now.add(sign * u.current);
      if (u.previous !== undefined) before.add(sign * u.previous);
    }
  };
  for (const units of usageOf.values()) {
    for (const t of rules.tracks) deployed.set(t.id, deployed.get(t.id)! + netOf(units, deployedPasses.get(t.id)!));
    addMcv(mcvNow, mcvBefore, units, 1);
  }

  const tracksWith = (changes: UnitChanges): TracksFromSums => {
    const ncaWith = new Map(nca);
    let enterpriseWith = enterprise;
    for (const [tenant, after] of changes.revenue) {
      const was = revenueOf.get(tenant);
      for (const t of rules.tracks) ncaWith.set(t.id, ncaWith.get(t.id)! + netOf(after, ncaPasses.get(t.id)!) - netOf(was, ncaPasses.get(t.id)!));
      enterpriseWith += enterpriseUnits(after) - enterpriseUnits(was);
    }
    const deployedWith = new Map(deployed);
    const now = new ExactSum(mcvNow);
    const before = new ExactSum(mcvBefore);
    for (const [tenant, after] of changes.usage) {
      const was = usageOf.get(tenant);
      for (const t of rules.tracks)
        deployedWith.set(t.id, deployedWith.get(t.id)! + netOf(after, deployedPasses.get(t.id)!) - netOf(was, deployedPasses.get(t.id)!));
      addMcv(now, before, was, -1);
      addMcv(now, before, after, 1);
    }
    const current = now.value();
    const previous = before.value();

    const tracks = rules.tracks.map((rule) => {
      const was = base.find((t) => t.id === rule.id)!;
      const metrics = rule.metrics.map((metric): MetricResult => {
        const kept = was.metrics.find((m) => m.id === metric.id)!;
        switch (metric.id) {
          case "net-customer-adds":
            // Without the revenue export the metric says so, whatever tenants change.
            return revenue ? metricResult(metric, ncaWith.get(rule.id)!) : kept;
          case "usage-growth":
            return usage ? usageGrowthMetric(metric, rule, growthOf(current, previous, rule.usageBaselineMinMcv.value), usage) : kept;
          case "deployments":
            return usage ? metricResult(metric, deployedWith.get(rule.id)!) : kept;
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
    else if (revenue) classified = enterpriseWith >= rules.classification.minUnits.value ? "enterprise" : "smb";
    else {
      const [first, second] = tracks;
      classified = (second && second.total > first.total ? second : first).id as BizAppsTrackId;
    }
    return { tracks, classification: { track: classified } };
  };
  return { revenue, usage, revenueOf, usageOf, tracksWith };
}

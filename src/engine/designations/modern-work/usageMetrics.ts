import type { AssociationType } from "../../parse/associations";
import type { MonthIndex } from "../../parse/months";
import type { UsageData } from "../../input/usage";
import type { MetricId, ModernWorkRuleSet, TrackRule } from "../../model/ruleTypes";
import { baselineOf, type Baseline } from "./baseline";
import { TRACK_BIT, buildUsageModel, type ServiceGroup, type UsageModel } from "./usageModel";

/** Raw metric values of one track, before points. */
export interface TrackValues {
  netCustomerAdds: number;
  customersNow: number;
  customersBaseline: number;
  usageGrowth: Partial<Record<AssociationType, number>>;
  deployments: Partial<Record<AssociationType, number>>;
}

/** One service's effect on a track's per-association metrics (for row flags and per-tenant explanations). */
export interface ServiceEffect {
  group: ServiceGroup;
  baseline: Baseline;
  eligibleNow: boolean;
  eligibleAtBaseline: boolean;
  growth: number;
  deployments: number;
}

export interface UsageComputation {
  asOf: MonthIndex;
  trailing: MonthIndex;
  model: UsageModel;
  tracks: Record<TrackRule["id"], TrackValues>;
  effects: Record<TrackRule["id"], ServiceEffect[]>;
}

function perAssociationMetric(track: TrackRule, id: MetricId): AssociationType[] {
  const metric = track.metrics.find((m) => m.id === id);
  if (!metric || metric.target.kind !== "per-association") return [];
  return Object.keys(metric.target.targets) as AssociationType[];
}

/** Customers for net customer adds: tenants eligible through a net-customer-adds workload. */
function countEligible(model: UsageModel, data: UsageData, month: MonthIndex, bit: number): number {
  let n = 0;
  for (let t = 0; t < data.tenants.length; t++) if (model.customerEligibility(t, month) & bit) n++;
  return n;
}

/** Net customer adds, usage growth and deployments of every track, from the usage rows. */
export function computeUsageMetrics(data: UsageData, rules: ModernWorkRuleSet, asOf: MonthIndex): UsageComputation {
  const trailing = asOf - rules.trailingMonths.value;
  const model = buildUsageModel(data, rules, asOf);
  const tracks = {} as UsageComputation["tracks"];
  const effects = {} as UsageComputation["effects"];

  for (const track of rules.tracks) {
    const bit = TRACK_BIT[track.id];
    const customersNow = countEligible(model, data, asOf, bit);
    const customersBaseline = countEligible(model, data, trailing, bit);
    const values: TrackValues = { netCustomerAdds: customersNow - customersBaseline, customersNow, customersBaseline, usageGrowth: {}, deployments: {} };
    for (const a of perAssociationMetric(track, "usage-growth")) values.usageGrowth[a] = 0;
    for (const a of perAssociationMetric(track, "deployments")) values.deployments[a] = 0;
    const trackEffects: ServiceEffect[] = [];

    for (const group of model.groups.values()) {
      if (!track.associations.value.includes(group.association)) continue;
      const effect = serviceEffect(group, model, asOf, trailing, bit);
      if (effect.growth === 0 && effect.deployments === 0 && !effect.eligibleNow && !effect.eligibleAtBaseline) continue;
      trackEffects.push(effect);
      if (values.usageGrowth[group.association] !== undefined) values.usageGrowth[group.association]! += effect.growth;
      if (values.deployments[group.association] !== undefined) values.deployments[group.association]! += effect.deployments;
    }
    tracks[track.id] = values;
    effects[track.id] = trackEffects;
  }
  return { asOf, trailing, model, tracks, effects };
}

function serviceEffect(group: ServiceGroup, model: UsageModel, asOf: MonthIndex, trailing: MonthIndex, bit: number): ServiceEffect {
  const baseline = baselineOf(group, asOf, trailing);
  const eligibleNow = (model.eligibility(group.tenant, asOf) & bit) !== 0;
  const now = group.months.get(asOf);
  const mauNow = eligibleNow && now ? now.mau : 0;
  const depNow = eligibleNow && now?.deployed ? 1 : 0;
  if (baseline.kind === "claimed-after-as-of")
    return { group, baseline, eligibleNow, eligibleAtBaseline: false, growth: 0, deployments: 0 };
  if (baseline.kind === "claim") {
    // Only what grew since the claim counts, and only while the tenant counts now.
    const then = group.months.get(baseline.month);
    const growth = eligibleNow ? mauNow - (then?.mau ?? 0) : 0;
    const deployments = eligibleNow ? depNow - (then?.deployed ? 1 : 0) : 0;
    return { group, baseline, eligibleNow, eligibleAtBaseline: eligibleNow, growth, deployments };
  }
  const eligibleAtBaseline = (model.eligibility(group.tenant, trailing) & bit) !== 0;
  const then = eligibleAtBaseline ? group.months.get(trailing) : undefined;
  return {
    group,
    baseline,
    eligibleNow,
    eligibleAtBaseline,
    growth: mauNow - (then?.mau ?? 0),
    deployments: depNow - (then?.deployed ? 1 : 0),
  };
}

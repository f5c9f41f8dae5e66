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
  /** What each value compares: the as-of month's side and the baseline's, with the tenants behind them. */
  sides: TrackSides;
}

/** One side of a comparison: a count or sum, and the tenants (indexes into UsageData.tenants) behind it. */
export interface SideTotal {
  value: number;
  tenants: number[];
}

export interface SidePair {
  now: SideTotal;
  baseline: SideTotal;
}

/**
 * The two sides of each usage metric. Customers: eligible tenants in M and in M − trailingMonths.
 * Usage growth and deployments, per association type: Σ MAU (deployed services) of the services in M,
 * and at their baseline (M − trailingMonths, or the claim month of a service claimed inside the trailing
 * year), so that value = now − baseline; tenants are those with a non-zero part.
 */
export interface TrackSides {
  customers: SidePair;
  usageGrowth: Partial<Record<AssociationType, SidePair>>;
  deployments: Partial<Record<AssociationType, SidePair>>;
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
  /** Each track's services that count or could (built on first use: row flags and explanations ask, a score does not). */
  effects: Record<TrackRule["id"], ServiceEffect[]>;
  /** Services measured from a later month than their claim month, which the export lacks (each once). */
  claimsSubstituted: number;
}

function perAssociationMetric(track: TrackRule, id: MetricId): AssociationType[] {
  const metric = track.metrics.find((m) => m.id === id);
  if (!metric || metric.target.kind !== "per-association") return [];
  return Object.keys(metric.target.targets) as AssociationType[];
}

/** Customers for net customer adds: tenants eligible through a net-customer-adds workload. */
function eligibleTenants(model: UsageModel, data: UsageData, month: MonthIndex, bit: number): SideTotal {
  const tenants: number[] = [];
  for (let t = 0; t < data.tenants.length; t++) if (model.customerEligibility(t, month) & bit) tenants.push(t);
  return { value: tenants.length, tenants };
}

const emptyPair = (): SidePair => ({ now: { value: 0, tenants: [] }, baseline: { value: 0, tenants: [] } });

/** Adds one service's parts to a side pair; its tenant is listed on a side where its part is non-zero. */
function addParts(pair: SidePair, tenant: number, now: number, baseline: number): void {
  if (now !== 0) {
    pair.now.value += now;
    if (pair.now.tenants[pair.now.tenants.length - 1] !== tenant) pair.now.tenants.push(tenant);
  }
  if (baseline !== 0) {
    pair.baseline.value += baseline;
    if (pair.baseline.tenants[pair.baseline.tenants.length - 1] !== tenant) pair.baseline.tenants.push(tenant);
  }
}

/** Net customer adds, usage growth and deployments of every track, from the usage rows. */
export function computeUsageMetrics(data: UsageData, rules: ModernWorkRuleSet, asOf: MonthIndex): UsageComputation {
  const trailing = asOf - rules.trailingMonths.value;
  const model = buildUsageModel(data, rules, asOf);
  const tracks = {} as UsageComputation["tracks"];
  const substituted = new Set<string>();

  for (const track of rules.tracks) {
    const bit = TRACK_BIT[track.id];
    const now = eligibleTenants(model, data, asOf, bit);
    const baseline = eligibleTenants(model, data, trailing, bit);
    const sides: TrackSides = { customers: { now, baseline }, usageGrowth: {}, deployments: {} };
    const values: TrackValues = {
      netCustomerAdds: now.value - baseline.value,
      customersNow: now.value,
      customersBaseline: baseline.value,
      usageGrowth: {},
      deployments: {},
      sides,
    };
    for (const a of perAssociationMetric(track, "usage-growth")) [values.usageGrowth[a], sides.usageGrowth[a]] = [0, emptyPair()];
    for (const a of perAssociationMetric(track, "deployments")) [values.deployments[a], sides.deployments[a]] = [0, emptyPair()];

    // A tenant's services need not be adjacent, so a side may list a tenant twice; side() lists it once.
    eachTrackEffect(model, track, asOf, trailing, (effect) => {
      const { group } = effect;
      if (effect.baseline.kind === "claim" && effect.baseline.substituted) substituted.add(model.groupKey(group.tenant, group.workload, group.association));
      // The service's as-of-month parts (none when it does not count now); its baseline parts are
      // these less its growth and deployments (the MAU and deployment of its baseline month).
      const countsNow = effect.eligibleNow && effect.baseline.kind !== "claimed-after-as-of";
      const mauNow = countsNow ? group.mauIn(asOf) : 0;
      const deployedNow = countsNow && group.deployedIn(asOf) ? 1 : 0;
      const a = group.association;
      if (values.usageGrowth[a] !== undefined) {
        values.usageGrowth[a]! += effect.growth;
        addParts(sides.usageGrowth[a]!, group.tenant, mauNow, mauNow - effect.growth);
      }
      if (values.deployments[a] !== undefined) {
        values.deployments[a]! += effect.deployments;
        addParts(sides.deployments[a]!, group.tenant, deployedNow, deployedNow - effect.deployments);
      }
    });
    tracks[track.id] = values;
  }
  const computation = { asOf, trailing, model, tracks, claimsSubstituted: substituted.size } as UsageComputation;
  // Kept, a million rows' effects were a million objects, and their collection a tenth of the score.
  let effects: UsageComputation["effects"] | undefined;
  Object.defineProperty(computation, "effects", { enumerable: true, get: () => (effects ??= effectsOf(model, rules, asOf, trailing)) });
  return computation;
}

/**
 * Hands on the effect of each service under the track's associations that counts for it or could (an
 * eligible tenant, or a part that is not zero).
 */
function eachTrackEffect(model: UsageModel, track: TrackRule, asOf: MonthIndex, trailing: MonthIndex, visit: (effect: ServiceEffect) => void): void {
  const bit = TRACK_BIT[track.id];
  const { services } = model;
  for (let g = 0; g < services.length; g++) {
    if (!track.associations.value.includes(services.association[g])) continue;
    const e = serviceEffect(model.group(g), model, asOf, trailing, bit);
    if (e.growth !== 0 || e.deployments !== 0 || e.eligibleNow || e.eligibleAtBaseline) visit(e);
  }
}

/** The effects computeUsageMetrics sums, service by service, for each track. */
function effectsOf(model: UsageModel, rules: ModernWorkRuleSet, asOf: MonthIndex, trailing: MonthIndex): UsageComputation["effects"] {
  const effects = {} as UsageComputation["effects"];
  for (const track of rules.tracks) {
    const list: ServiceEffect[] = (effects[track.id] = []);
    eachTrackEffect(model, track, asOf, trailing, (effect) => list.push(effect));
  }
  return effects;
}

function serviceEffect(group: ServiceGroup, model: UsageModel, asOf: MonthIndex, trailing: MonthIndex, bit: number): ServiceEffect {
  const baseline = baselineOf(group, asOf, trailing);
  const eligibleNow = (model.eligibility(group.tenant, asOf) & bit) !== 0;
  const mauNow = eligibleNow ? group.mauIn(asOf) : 0;
  const depNow = eligibleNow && group.deployedIn(asOf) ? 1 : 0;
  if (baseline.kind === "claimed-after-as-of") return { group, baseline, eligibleNow, eligibleAtBaseline: false, growth: 0, deployments: 0 };
  if (baseline.kind === "claim") {
    // Only what grew since the claim counts, and only while the tenant counts now.
    const growth = eligibleNow ? mauNow - group.mauIn(baseline.month) : 0;
    const deployments = eligibleNow ? depNow - (group.deployedIn(baseline.month) ? 1 : 0) : 0;
    return { group, baseline, eligibleNow, eligibleAtBaseline: eligibleNow, growth, deployments };
  }
  const eligibleAtBaseline = (model.eligibility(group.tenant, trailing) & bit) !== 0;
  return {
    group,
    baseline,
    eligibleNow,
    eligibleAtBaseline,
    growth: mauNow - (eligibleAtBaseline ? group.mauIn(trailing) : 0),
    deployments: depNow - (eligibleAtBaseline && group.deployedIn(trailing) ? 1 : 0),
  };
}

import type { MetricResult, MetricSide, MetricSides, TrackResult, Warning } from "../../model/results";
import { MODERN_WORK_RULE_SETS } from "./ruleSets";
import type { ModernWorkRuleSet, TrackRule } from "../../model/ruleTypes";
import { countCertifications, type CountedCertifications } from "./certifications";
import { computeUsageMetrics, type SidePair, type UsageComputation } from "./usageMetrics";
import { tenantMetric, usageTenantTerms } from "./tenantTerms";
import { usageFlagColumns, usageRowFlags } from "./rowFlags";
import { metricResult, trackResult } from "../../model/trackResult";
import { valuesByTrack } from "../../model/tenantValues";
import { flagRows } from "../../model/flags";
import { qualificationOf } from "../../model/points";
import { usageWarnings } from "./warnings";
import type { DesignationModule, NearMissFinder, ScoreContext } from "../../model/module";
import { skillingWarnings } from "../../model/warnings";
import { sides } from "../../model/sides";
import type { Tenant } from "../../input/usage";
import { formatMonth, type MonthIndex } from "../../parse/months";
import { looseKey } from "../../parse/keys";
import { deploymentRatioMisses, paidUnitsMisses } from "./nearMisses";
import { titleOf } from "../../model/designationNames";

const NEAR_MISSES: NearMissFinder = {
  find: (ctx, ds, windows) => ds.flatMap((d) => [...deploymentRatioMisses(ctx, d, windows), ...paidUnitsMisses(ctx, d, windows)]),
};

export const modernWorkModule: DesignationModule<ModernWorkRuleSet> = {
  id: "modern-work",
  ...titleOf("modern-work"),
  ruleSets: MODERN_WORK_RULE_SETS,
  reads: ["usage"],
  needs: "the M365 usage export (CustomerTenantName, PartnerAttachType, WorkloadName, MonthName, ActiveUsage, QualifiedUsage)",
  monthsRead: () => [],
  // Eligible customers, each service's MAU change and deployment: sums of per-tenant terms.
  separable: true,
  nearMisses: NEAR_MISSES,
  simulator: (rules) => ({
    workloads: [{ export: "m365", names: [...rules.workloads.value, ...(rules.extraWorkloadsForUsage?.value ?? [])], key: looseKey }],
    deployedShare: rules.deploymentRatio.value,
  }),
  certificationLists: (rules) => [
    { level: "intermediate", certifications: rules.certifications.intermediate.value },
    { level: "advanced", certifications: rules.certifications.advanced.value },
  ],
  flagColumns: (rules) => [{ layout: "m365-usage", columns: usageFlagColumns(rules) }],
  takesPlainCounts: true,
  tenantValues(input, rules, context) {
    const usage = computeUsageMetrics(input.usage, rules, context.asOf);
    return valuesByTrack(rules.tracks, (track) => (metric) => tenantMetric(metric, usage.tracks[track.id]));
  },
  tenantTerms: (_input, rules, score) => usageTenantTerms(rules, (score.details as { usage: UsageComputation }).usage),
  score(input, rules, context) {
    const usage = computeUsageMetrics(input.usage, rules, context.asOf);
    const certifications = input.skilling ? countCertifications(input.skilling, rules, context.asOf) : null;
    const levels = modernWorkModule.certificationLists(rules).map((list) => list.level);
    const warnings: Warning[] = [
      ...usageWarnings(input, usage, rules),
      ...skillingWarnings(modernWorkModule.shortName, certifications !== null, context.counts, levels, false),
    ];
    const tracks = rules.tracks.map((track) => scoreTrack(track, rules, input.usage.tenants, usage, certifications, context));
    return {
      tracks,
      warnings,
      options: [],
      rows: context.rows ? flagRows(context.rowSink, (out) => usageRowFlags(input.usage, rules, usage, out)) : undefined,
      details: { usage, certifications },
    };
  },
};

/** Each tenant's place in name order (the order side() lists names), per tenant list: sorted once, reused by every score of the export. */
const nameOrders = new WeakMap<readonly Tenant[], { length: number; rankOf: Int32Array; namesByRank: string[] }>();

function nameOrder(all: readonly Tenant[]) {
  let order = nameOrders.get(all);
  if (!order || order.length !== all.length) {
    const byRank = Array.from({ length: all.length }, (_, i) => i).sort((a, b) => all[a].name.localeCompare(all[b].name));
    const rankOf = new Int32Array(all.length);
    byRank.forEach((t, rank) => (rankOf[t] = rank));
    nameOrders.set(all, (order = { length: all.length, rankOf, namesByRank: byRank.map((t) => all[t].name) }));
  }
  return order;
}

/**
 * A side as side() makes it, from tenant indexes: their names sorted as side() sorts them, each once.
 * side() would sort every side's names again; a million rows have some 65,000 tenants on up to 16
 * sides, so the names come in order from one sort of the export's tenants instead.
 */
function sideOf(all: readonly Tenant[], month: MonthIndex, value: number, tenants: readonly number[]): MetricSide {
  const { rankOf, namesByRank } = nameOrder(all);
  const names: string[] = [];
  let last: string | undefined;
  if (tenants.length * 16 > all.length) {
    // Many tenants: mark their places and walk the names in order.
    const on = new Uint8Array(all.length);
    for (let i = 0; i < tenants.length; i++) on[rankOf[tenants[i]]] = 1;
    for (let r = 0; r < on.length; r++) if (on[r] === 1 && namesByRank[r] !== last) names.push((last = namesByRank[r]));
  } else {
    const ranks = Int32Array.from(tenants, (t) => rankOf[t]).sort();
    for (let i = 0; i < ranks.length; i++) if (namesByRank[ranks[i]] !== last) names.push((last = namesByRank[ranks[i]]));
  }
  return { month: formatMonth(month), value, tenants: names };
}

function scoreTrack(
  track: TrackRule,
  rules: ModernWorkRuleSet,
  all: readonly Tenant[],
  usage: UsageComputation,
  certs: CountedCertifications | null,
  context: ScoreContext
): TrackResult {
  const values = usage.tracks[track.id];
  const pair = (measure: string, p: SidePair): MetricSides =>
    sides(measure, "difference", sideOf(all, usage.asOf, p.now.value, p.now.tenants), sideOf(all, usage.trailing, p.baseline.value, p.baseline.tenants));
  const perAssociation = (measure: string, pairs: Partial<Record<string, SidePair>>): Record<string, MetricSides> =>
    Object.fromEntries(Object.entries(pairs).map(([association, p]) => [association, pair(measure, p!)]));
  const metrics: MetricResult[] = track.metrics.map((metric) => {
    switch (metric.id) {
      case "net-customer-adds":
        return metricResult(metric, tenantMetric(metric.id, values)!, { sides: { "": pair("customers", values.sides.customers) } });
      case "usage-growth":
        return metricResult(metric, tenantMetric(metric.id, values)!, { sides: perAssociation("MAU", values.sides.usageGrowth) });
      case "deployments":
        return metricResult(metric, tenantMetric(metric.id, values)!, { sides: perAssociation("deployments", values.sides.deployments) });
      case "intermediate-certifications":
      case "advanced-certifications": {
        const level = metric.id === "intermediate-certifications" ? "intermediate" : "advanced";
        const option = context.counts[level];
        if (option !== undefined) return metricResult(metric, option, { basis: "option" });
        if (certs) return metricResult(metric, certs[level], { basis: "skilling-export" });
        return metricResult(metric, 0, { basis: "none" });
      }
    }
  });
  return trackResult(track, metrics, qualificationOf(rules.qualification));
}

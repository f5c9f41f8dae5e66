import type { ParsedInput } from "../../input/collector";
import { monthLabel } from "../../parse/months";
import type { Gap, MetricResult, TrackResult, Warning } from "../../model/results";
import { businessApplications2023 } from "./rules2023";
import { businessApplications2026 } from "./rules2026";
import type { BizAppsTrackId, BizAppsTrackRule, BusinessApplicationsRuleSet } from "./types";
import type { MetricRule } from "../../model/ruleTypes";
import { classifyPartner } from "./classification";
import { consumptionUnits, netDeployments, totalMcv, usageGrowth, type ConsumptionUnits } from "./consumption";
import { netCustomerAdds, revenueUnits, type RevenueUnits } from "./revenue";
import { REVENUE_EXPORT, USAGE_EXPORT, revenueWarnings, skillingWarnings, trackWarning, usageWarnings } from "./warnings";
import { formatPoints } from "../../model/points";
import { metricResult, trackResult } from "../../model/trackResult";
import { stepCertificationLists, stepsMetric } from "../../model/certificationSteps";
import type { DesignationModule, NearMissFinder, ScoreContext } from "../../model/module";
import { businessApplicationsMisses } from "./nearMisses";
import { bizAppsWorkloadKey } from "./workloads";

/** Oldest first: the as-of month picks the set in force. */
export const BUSINESS_APPLICATIONS_RULE_SETS: readonly BusinessApplicationsRuleSet[] = [businessApplications2023, businessApplications2026];

const count = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

const NEAR_MISSES: NearMissFinder = { find: (ctx, ds, windows) => ds.flatMap((d) => businessApplicationsMisses(ctx, d, windows)) };

export const businessApplicationsModule: DesignationModule<BusinessApplicationsRuleSet> = {
  id: "business-applications",
  name: "Solutions Partner for Business Applications",
  shortName: "Business Applications",
  ruleSets: BUSINESS_APPLICATIONS_RULE_SETS,
  reads: ["bizAppsRevenue", "bizAppsUsage"],
  needs: `${REVENUE_EXPORT} or ${USAGE_EXPORT} (the revenue export scores net customer adds and classifies Enterprise/SMB; the usage export scores usage growth and deployments)`,
  monthsRead: () => [],
  // Growth is a ratio and the classification counts tenants: not per-tenant sums.
  separable: false,
  nearMisses: NEAR_MISSES,
  simulator: (rules) => {
    const rates = new Map<string, number>();
    for (const r of rules.rateCard.value) for (const n of [r.name, ...r.aliases]) rates.set(bizAppsWorkloadKey(n), r.rate);
    return {
      workloads: [{ export: "bizapps", names: [...rules.ncaWorkloads.value, ...rules.rateCard.value], key: bizAppsWorkloadKey }],
      existingMonthlyRevenue: Math.max(...Object.values(rules.settings.ncaRevenue).map((t) => t.min.value + (t.inclusive ? 0 : 1))),
      deployedMcv: Math.max(...rules.tracks.map((t) => t.deploymentMinMcv.value)),
      rateOf: (workload) => rates.get(bizAppsWorkloadKey(workload)),
    };
  },
  certificationLists: stepCertificationLists,
  score(input, rules, context) {
    const revenue = input.bizAppsRevenue ? revenueUnits(input.bizAppsRevenue, rules, context.asOf) : null;
    const usage = input.bizAppsUsage ? consumptionUnits(input.bizAppsUsage, rules, context.asOf) : null;
    const tracks = rules.tracks.map((track) => scoreTrack(track, rules, revenue, usage, input, context));
    const warnings: Warning[] = [...revenueWarnings(revenue), ...usageWarnings(usage, rules), ...skillingWarnings(input, context.counts)];
    let given: BizAppsTrackId | undefined;
    if (context.track === "enterprise" || context.track === "smb") given = context.track;
    else if (context.track) warnings.push(trackWarning());
    const classification = classifyPartner(revenue, rules, given, tracks, context.asOf);
    return { tracks, classification, warnings, options: [], details: { revenue: revenueDetails(revenue), usage: usageDetails(usage) } };
  },
};

function scoreTrack(
  track: BizAppsTrackRule,
  rules: BusinessApplicationsRuleSet,
  revenue: RevenueUnits | null,
  usage: ConsumptionUnits | null,
  input: ParsedInput,
  context: ScoreContext,
): TrackResult {
  const metrics: MetricResult[] = track.metrics.map((metric) => {
    switch (metric.id) {
      case "net-customer-adds":
        if (!revenue) return needsExport(metric, "the revenue export");
        return metricResult(metric, netCustomerAdds(revenue, rules.settings.ncaRevenue[track.id]).net);
      case "intermediate-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.intermediate);
      case "advanced-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.advanced);
      case "usage-growth":
        return usage ? usageGrowthResult(metric, track, usage) : needsExport(metric, "the usage export");
      case "deployments":
        if (!usage) return needsExport(metric, "the usage export");
        return metricResult(metric, netDeployments(usage, track.deploymentMinMcv.value).net);
    }
  });
  return trackResult(track, metrics, rules.qualification.minTotal.value);
}

/** 0 points, and a gap that names the export to add rather than "5 more …". */
function needsExport(metric: MetricRule, what: string): MetricResult {
  const result = metricResult(metric, 0);
  const gaps: Gap[] = result.gaps.map((g) => ({ ...g, text: `needs ${what}: add it to score ${metric.label.toLowerCase()} (+${formatPoints(g.points)} points possible)` }));
  return { ...result, gaps };
}

/** Growth scores only over the track's baseline MCV; below it the gap says so (the growth is still shown). */
function usageGrowthResult(metric: MetricRule, track: BizAppsTrackRule, usage: ConsumptionUnits): MetricResult {
  const min = track.usageBaselineMinMcv.value;
  const growth = usageGrowth(usage, min);
  const result = metricResult(metric, growth.percent);
  if (growth.baselineMet) return result;
  const short = Math.ceil(min - growth.previous);
  const gap: Gap = {
    more: short,
    points: metric.maxPoints.value,
    perUnit: 0,
    text:
      `baseline MCV in ${monthLabel(usage.baseline)} is ${count(growth.previous)}, under the ${count(min)} the ${track.label} track needs (${count(short)} short): ` +
      `usage growth scores 0 whatever the growth (MCV ${count(growth.current)} in ${monthLabel(usage.asOf)})`,
  };
  return { ...result, points: 0, blocked: gap.text, gaps: [gap] };
}

function revenueDetails(revenue: RevenueUnits | null) {
  if (!revenue) return null;
  return { asOf: monthLabel(revenue.asOf), baseline: monthLabel(revenue.baseline), tenantWorkloadsAsOf: revenue.current.size, tenantWorkloadsBaseline: revenue.previous.size };
}

function usageDetails(usage: ConsumptionUnits | null) {
  if (!usage) return null;
  return { asOf: monthLabel(usage.asOf), baseline: monthLabel(usage.baseline), mcvAsOf: totalMcv(usage.current), mcvBaseline: totalMcv(usage.previous) };
}

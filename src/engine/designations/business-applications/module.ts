import type { ParsedInput } from "../../input/collector";
import { monthLabel, type MonthIndex } from "../../parse/months";
import type { Gap, MetricResult, MetricSides, TrackResult, Warning } from "../../model/results";
import { businessApplications2023 } from "./rules2023";
import { businessApplications2026 } from "./rules2026";
import type { BizAppsTrackId, BizAppsTrackRule, BusinessApplicationsRuleSet, RevenueThreshold } from "./types";
import type { MetricRule, Sourced } from "../../model/ruleTypes";
import { classifyPartner } from "./classification";
import { consumptionUnits, mcvTenants, netDeployments, rateCardMatcher, totalMcv, usageGrowth, type ConsumptionUnits } from "./consumption";
import { netCustomerAdds, revenueUnits, type RevenueUnits } from "./revenue";
import { REVENUE_EXPORT, USAGE_EXPORT, revenueWarnings, trackWarning, usageWarnings } from "./warnings";
import { formatPoints } from "../../model/points";
import { metricResult, trackResult } from "../../model/trackResult";
import { qualificationOf } from "../../model/points";
import { stepCertificationLists, stepsMetric } from "../../model/certificationSteps";
import type { DesignationModule, NearMissFinder, ScoreContext } from "../../model/module";
import { side, sides } from "../../model/sides";
import { skillingWarnings } from "../../model/warnings";
import { usd, grouped } from "../../model/text";
import { businessApplicationsMisses } from "./nearMisses";
import { bizAppsWorkloadKey } from "./workloads";
import { revenueFlagColumns, revenueRowFlags, usageFlagColumns, usageRowFlags } from "./rowFlags";
import { usageGrowthMetric } from "./growthMetric";
import { bizAppsTenantsLeftOut } from "./tenantsLeftOut";
import { bizAppsRowsRaised } from "./rowsRaised";
import { flagRows } from "../../model/flags";
import { titleOf } from "../../model/designationNames";

/** Oldest first: the as-of month picks the set in force. */
export const BUSINESS_APPLICATIONS_RULE_SETS: readonly BusinessApplicationsRuleSet[] = [businessApplications2023, businessApplications2026];

const count = (n: number) => grouped(n);

const SHORT_NAME = titleOf("business-applications").shortName;

const NEAR_MISSES: NearMissFinder = { find: (ctx, ds, windows) => ds.flatMap((d) => businessApplicationsMisses(ctx, d, windows)) };

export const businessApplicationsModule: DesignationModule<BusinessApplicationsRuleSet> = {
  id: "business-applications",
  ...titleOf("business-applications"),
  ruleSets: BUSINESS_APPLICATIONS_RULE_SETS,
  reads: ["bizAppsRevenue", "bizAppsUsage"],
  needs: `${REVENUE_EXPORT} or ${USAGE_EXPORT} (the revenue export scores net customer adds and classifies Enterprise/SMB; the usage export scores usage growth and deployments)`,
  monthsRead: () => [],
  // Growth is a ratio and the classification counts tenants: not per-tenant sums. Explanations and
  // near misses change a tenant's terms in sums kept once instead (sums.ts).
  separable: false,
  tenantsLeftOut: (input, rules, context, base) => bizAppsTenantsLeftOut(input, rules, context.asOf, context.track, base),
  rowsRaised: (input, rules, context, base) => bizAppsRowsRaised(input, rules, context.asOf, context.track, base),
  nearMisses: NEAR_MISSES,
  simulator: (rules) => {
    const rateCard = rateCardMatcher(rules);
    return {
      workloads: [{ export: "bizapps", names: [...rules.ncaWorkloads.value, ...rules.rateCard.value], key: bizAppsWorkloadKey }],
      existingMonthlyRevenue: Math.max(...Object.values(rules.settings.ncaRevenue).map((t) => t.min.value + (t.inclusive ? 0 : 1))),
      deployedMcv: Math.max(...rules.tracks.map((t) => t.deploymentMinMcv.value)),
      rateOf: (workload) => rateCard(workload)?.rate,
    };
  },
  certificationLists: stepCertificationLists,
  flagColumns: (rules) => [
    { layout: "bizapps-usage", columns: usageFlagColumns(rules) },
    { layout: "bizapps-revenue", columns: revenueFlagColumns(rules) },
  ],
  // advanced-enterprise-2.14: the points per advanced certified person live in the track's steps.
  effectiveRules: (rules) => ({
    ...rules,
    tracks: rules.tracks.map((track) => ({
      ...track,
      metrics: track.metrics.map((m) => (m.id === "advanced-certifications" ? withPointsPerPerson(m, rules.settings.advancedPointsPerPerson?.[track.id]) : m)),
    })),
  }),
  score(input, rules, context) {
    const revenue = input.bizAppsRevenue ? revenueUnits(input.bizAppsRevenue, rules, context.asOf) : null;
    const usage = input.bizAppsUsage ? consumptionUnits(input.bizAppsUsage, rules, context.asOf) : null;
    const tracks = rules.tracks.map((track) => scoreTrack(track, rules, revenue, usage, input, context));
    const levels = [...new Set(stepCertificationLists(rules).map((list) => list.level))];
    const warnings: Warning[] = [
      ...revenueWarnings(revenue, rules),
      ...usageWarnings(usage, rules),
      ...skillingWarnings(SHORT_NAME, Boolean(input.skilling), context.counts, levels),
    ];
    let given: BizAppsTrackId | undefined;
    if (context.track === "enterprise" || context.track === "smb") given = context.track;
    else if (context.track) warnings.push(trackWarning());
    const classification = classifyPartner(revenue, rules, given, tracks, context.asOf);
    const rows = context.rows
      ? flagRows(context.rowSink, (out) => {
          if (input.bizAppsRevenue && revenue) revenueRowFlags(input.bizAppsRevenue, rules, revenue, out);
          if (input.bizAppsUsage && usage) usageRowFlags(input.bizAppsUsage, rules, usage, out);
        })
      : undefined;
    return { tracks, classification, warnings, options: [], rows, details: { revenue: revenueDetails(revenue), usage: usageDetails(usage) } };
  },
};

function scoreTrack(
  track: BizAppsTrackRule,
  rules: BusinessApplicationsRuleSet,
  revenue: RevenueUnits | null,
  usage: ConsumptionUnits | null,
  input: ParsedInput,
  context: ScoreContext
): TrackResult {
  const months = { asOf: context.asOf, baseline: context.asOf - rules.trailingMonths.value };
  const metrics: MetricResult[] = track.metrics.map((metric) => {
    switch (metric.id) {
      case "net-customer-adds": {
        const threshold = rules.settings.ncaRevenue[track.id];
        if (!revenue) return needsExport(metric, "the revenue export", missingSides(ncaMeasure(threshold), "difference", months, "no revenue export"));
        const nca = netCustomerAdds(revenue, threshold);
        const measure = ncaMeasure(threshold);
        return metricResult(metric, nca.net, {
          sides: {
            "": sides(
              measure,
              "difference",
              side(revenue.asOf, nca.current, names(revenue, nca.currentTenants)),
              side(revenue.baseline, nca.previous, names(revenue, nca.previousTenants))
            ),
          },
        });
      }
      case "intermediate-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.intermediate);
      case "advanced-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.advanced);
      case "usage-growth":
        return usage
          ? usageGrowthResult(metric, track, usage)
          : needsExport(metric, "the usage export", missingSides("MCV", "percent", months, "no usage export"));
      case "deployments": {
        const measure = deploymentMeasure(track.deploymentMinMcv.value);
        if (!usage) return needsExport(metric, "the usage export", missingSides(measure, "difference", months, "no usage export"));
        const deployed = netDeployments(usage, track.deploymentMinMcv.value);
        return metricResult(metric, deployed.net, {
          sides: {
            "": sides(
              measure,
              "difference",
              side(usage.asOf, deployed.current, names(usage, deployed.currentTenants)),
              side(usage.baseline, deployed.previous, names(usage, deployed.previousTenants))
            ),
          },
        });
      }
    }
  });
  return trackResult(track, metrics, qualificationOf(rules.qualification));
}

/** Tenant display names, as the export spells them. */
const names = (units: RevenueUnits | ConsumptionUnits, tenants: readonly number[]) => tenants.map((t) => units.tenants[t].name);

/** "tenant workloads with at least $1,500 revenue". */
const ncaMeasure = (threshold: RevenueThreshold) =>
  `tenant workloads with ${threshold.inclusive ? "at least" : "more than"} ${usd(threshold.min.value)} revenue`;

/** "tenant workloads with at least 10,000 MCV". */
const deploymentMeasure = (min: number) => `tenant workloads with at least ${count(min)} MCV`;

/** Both sides of a metric whose export is missing: nothing on either, and the note says why. */
function missingSides(
  measure: string,
  change: MetricSides["change"],
  months: { asOf: MonthIndex; baseline: MonthIndex },
  note: string
): Record<string, MetricSides> {
  return { "": { measure, change, now: side(months.asOf, 0, []), baseline: side(months.baseline, 0, []), note } };
}

/** The advanced metric with an alternative's points per person in its scoring step, when one is set. */
function withPointsPerPerson(metric: MetricRule, perPerson: Sourced<number> | undefined): MetricRule {
  if (!perPerson || metric.target.kind !== "steps") return metric;
  const steps = metric.target.steps;
  const last = steps.length - 1;
  return { ...metric, target: { kind: "steps", steps: steps.map((step, i) => (i === last ? { ...step, pointsPerPerson: perPerson } : step)) } };
}

/** 0 points, and a gap that names the export to add rather than "5 more …". */
function needsExport(metric: MetricRule, what: string, metricSides: Record<string, MetricSides>): MetricResult {
  const result = metricResult(metric, 0, { sides: metricSides });
  const gaps: Gap[] = result.gaps.map((g) => ({
    ...g,
    text: `needs ${what}: add it to score ${metric.label.toLowerCase()} (+${formatPoints(g.points)} points possible)`,
  }));
  return { ...result, gaps };
}

/** Usage growth with its sides: the tenants with MCV in each month. */
function usageGrowthResult(metric: MetricRule, track: BizAppsTrackRule, usage: ConsumptionUnits): MetricResult {
  const growth = usageGrowth(usage, track.usageBaselineMinMcv.value);
  const both = sides(
    "MCV",
    "percent",
    side(usage.asOf, growth.current, names(usage, mcvTenants(usage.current))),
    side(usage.baseline, growth.previous, names(usage, mcvTenants(usage.previous)))
  );
  return usageGrowthMetric(metric, track, growth, usage, both);
}

function revenueDetails(revenue: RevenueUnits | null) {
  if (!revenue) return null;
  return {
    asOf: monthLabel(revenue.asOf),
    baseline: monthLabel(revenue.baseline),
    tenantWorkloadsAsOf: revenue.current.size,
    tenantWorkloadsBaseline: revenue.previous.size,
  };
}

function usageDetails(usage: ConsumptionUnits | null) {
  if (!usage) return null;
  return { asOf: monthLabel(usage.asOf), baseline: monthLabel(usage.baseline), mcvAsOf: totalMcv(usage.current), mcvBaseline: totalMcv(usage.previous) };
}

import { stepsMetric } from "../../model/certificationSteps";
import type { DesignationScore, ScoreContext } from "../../model/module";
import type { ParsedInput } from "../../input/collector";
import { monthLabel, type MonthIndex } from "../../parse/months";
import type { Gap, MetricResult, MetricSides, TrackResult } from "../../model/results";
import type { AzureRuleSet, AzureTrackRule } from "./types";
import type { MetricRule } from "../../model/ruleTypes";
import { side, sides } from "../../model/sides";
import { skillingWarnings } from "../../model/warnings";
import { classifyAzure } from "./classification";
import { readAzureConsumption, type AzureConsumption } from "./consumption";
import { deployments, netCustomerAdds, usageGrowth, type Deployments, type NetCustomerAdds, type UsageGrowth } from "./metrics";
import { usd } from "../../model/text";
import { azureWarnings } from "./warnings";
import { metricResult, trackResult } from "../../model/trackResult";
import { qualificationOf } from "../../model/points";
import { azureRowFlags } from "./rowFlags";
import { flagRows } from "../../model/flags";

/** Intermediate results behind an Azure score (for the report's drill-down). */
export interface AzureDetails {
  netCustomerAdds: Partial<Record<string, NetCustomerAdds>>;
  usageGrowth: UsageGrowth;
  deployments: Deployments;
}

/** "over the 12 months to Oct-2024" / "in Oct-2024": the baseline growth compares against. */
function baselineWhen(growth: Pick<UsageGrowth, "basis">, rules: AzureRuleSet, asOf: MonthIndex): string {
  const trailing = rules.trailingMonths.value;
  const month = monthLabel(asOf - trailing);
  return growth.basis === "ttm" ? `over the ${trailing} months to ${month}` : `in ${month}`;
}

/** Usage growth: 1 point per 1 %, or 0 with a gap that names the baseline when it is under the minimum. */
export function growthResult(
  metric: MetricRule,
  growth: Pick<UsageGrowth, "basis" | "baseline" | "percent" | "scored">,
  rules: AzureRuleSet,
  asOf: MonthIndex,
  growthSides?: Record<string, MetricSides>
): MetricResult {
  const result = metricResult(metric, growth.percent, growthSides ? { sides: growthSides } : {});
  if (growth.scored) return result;
  const min = rules.growthMinBaselineAcr.value;
  const text = `Baseline ACR ${baselineWhen(growth, rules, asOf)} is ${usd(growth.baseline)}, under the ${usd(min)} minimum: usage growth scores 0 until the baseline reaches ${usd(min)}`;
  const gap: Gap = { lever: "baseline", association: "baseline", more: Math.ceil(min - growth.baseline - 1e-9), points: 0, perUnit: 0, text };
  return { ...result, points: 0, blocked: gap.text, gaps: [gap] };
}

/** What every track reads: computed once per designation. */
interface Shared {
  input: ParsedInput;
  rules: AzureRuleSet;
  context: ScoreContext;
  consumption: AzureConsumption;
  growth: UsageGrowth;
  deployed: Deployments;
  /** The two sides of usage growth and deployments (the same on every track). */
  sides: { growth: Record<string, MetricSides>; deployments: Record<string, MetricSides> };
}

/**
 * Both sides of the customer metrics, as Partner Center compares them: the as-of month M against
 * the baseline M − trailingMonths. Deployments are not a year-over-year difference (services with
 * ACR over the trailing months to M), so their baseline is 0 and names no tenant.
 */
function growthAndDeploymentSides(rules: AzureRuleSet, context: ScoreContext, growth: UsageGrowth, deployed: Deployments): Shared["sides"] {
  const now = context.asOf;
  const before = now - rules.trailingMonths.value;
  return {
    growth: { "": sides("ACR (USD)", "percent", side(now, growth.current, growth.tenants.current), side(before, growth.baseline, growth.tenants.baseline)) },
    deployments: { "": sides("deployed Azure services", "difference", side(now, deployed.services.length, deployed.tenants), side(before, 0, [])) },
  };
}

function customerSides(adds: NetCustomerAdds, rules: AzureRuleSet, context: ScoreContext): Record<string, MetricSides> {
  const before = context.asOf - rules.trailingMonths.value;
  return { "": sides("customers", "difference", side(context.asOf, adds.current.length, adds.current), side(before, adds.baseline.length, adds.baseline)) };
}

function scoreTrack(track: AzureTrackRule, adds: NetCustomerAdds, s: Shared): TrackResult {
  const { input, context } = s;
  const metrics = track.metrics.map((metric): MetricResult => {
    switch (metric.id) {
      case "net-customer-adds":
        return metricResult(metric, adds.value, { sides: customerSides(adds, s.rules, context) });
      case "usage-growth":
        return growthResult(metric, s.growth, s.rules, context.asOf, s.sides.growth);
      case "deployments":
        return metricResult(metric, s.deployed.services.length, { sides: s.sides.deployments });
      case "intermediate-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.intermediate);
      case "advanced-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.advanced);
    }
  });
  return trackResult(track, metrics, qualificationOf(s.rules.qualification));
}

/** The certification levels the rule set scores ("intermediate", and "advanced" but for Data & AI). */
function certificationLevels(rules: AzureRuleSet): ("intermediate" | "advanced")[] {
  const ids = new Set(rules.tracks.flatMap((t) => t.metrics.map((m) => m.id)));
  return (["intermediate", "advanced"] as const).filter((level) => ids.has(`${level}-certifications`));
}

/**
 * Scores one Azure designation: every track of the rule set, then (2026) the classification.
 * `shortName` prefixes its warnings ("Infrastructure: …").
 */
export function scoreAzure(input: ParsedInput, rules: AzureRuleSet, context: ScoreContext, shortName: string): DesignationScore {
  const trailing = rules.trailingMonths.value;
  const c = readAzureConsumption(input.azure!, rules, context.asOf);
  const growth = usageGrowth(c, context.asOf, trailing, rules.settings.growthBasis.value, rules.growthMinBaselineAcr.value);
  const deployed = deployments(c, context.asOf, trailing, rules.deploymentExcludedServices.value);
  const shared: Shared = { input, rules, context, consumption: c, growth, deployed, sides: growthAndDeploymentSides(rules, context, growth, deployed) };
  // Each track has its own net-customer-add threshold ($1,000 Enterprise / single, $500 SMB in 2026).
  const nca: Record<string, NetCustomerAdds> = {};
  const tracks = rules.tracks.map((track) => {
    nca[track.id] = netCustomerAdds(c, context.asOf, trailing, track.ncaMinMonthlyAcr.value, rules.settings.ncaMonths.value);
    return scoreTrack(track, nca[track.id], shared);
  });
  const classification = rules.classification ? classifyAzure(c, rules, context.asOf, context.track) : undefined;
  const warnings = [
    ...azureWarnings(shortName, { consumption: c, rules, asOf: context.asOf, growth, deployments: deployed, classification, givenTrack: context.track }),
    ...skillingWarnings(shortName, !!input.skilling, context.counts, certificationLevels(rules)),
  ];
  const details: AzureDetails = { netCustomerAdds: nca, usageGrowth: growth, deployments: deployed };
  return {
    tracks,
    ...(classification ? { classification: { track: classification.track, reason: classification.reason } } : {}),
    warnings,
    options: [],
    ...(context.rows ? { rows: flagRows(context.rowSink, (out) => azureRowFlags(input.azure!, rules, c, context.asOf, shortName, out)) } : {}),
    details: { ...details, classification },
  };
}

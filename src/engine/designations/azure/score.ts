import { stepsMetric } from "../../model/certificationSteps";
import type { DesignationScore, ScoreContext } from "../../model/module";
import type { ParsedInput } from "../../input/collector";
import { monthLabel } from "../../parse/months";
import type { Gap, MetricResult, TrackResult } from "../../model/results";
import type { AzureRuleSet, AzureTrackRule } from "./types";
import type { MetricRule } from "../../model/ruleTypes";
import { classifyAzure } from "./classification";
import { readAzureConsumption, type AzureConsumption } from "./consumption";
import { deployments, netCustomerAdds, usageGrowth, type Deployments, type NetCustomerAdds, type UsageGrowth } from "./metrics";
import { AZURE_SHORT_NAMES, usd } from "./text";
import { azureWarnings } from "./warnings";
import { metricResult, trackResult } from "../../model/trackResult";

/** Intermediate results behind an Azure score (for the report's drill-down). */
export interface AzureDetails {
  netCustomerAdds: Partial<Record<string, NetCustomerAdds>>;
  usageGrowth: UsageGrowth;
  deployments: Deployments;
}

/** Usage growth: 1 point per 1 %, or 0 with a gap that names the baseline when it is under the minimum. */
function growthResult(metric: MetricRule, growth: UsageGrowth, rules: AzureRuleSet, context: ScoreContext): MetricResult {
  const result = metricResult(metric, growth.percent);
  if (growth.scored) return result;
  const min = rules.growthMinBaselineAcr.value;
  const when = growth.basis === "ttm" ? `over the 12 months to ${monthLabel(context.asOf - 12)}` : `in ${monthLabel(context.asOf - 12)}`;
  const gap: Gap = {
    association: "baseline",
    more: Math.ceil(min - growth.baseline - 1e-9),
    points: 0,
    perUnit: 0,
    text: `Baseline ACR ${when} is ${usd(growth.baseline)}, under the ${usd(min)} minimum: usage growth scores 0 until the baseline reaches ${usd(min)}`,
  };
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
}

function scoreTrack(track: AzureTrackRule, adds: NetCustomerAdds, s: Shared): TrackResult {
  const { input, context } = s;
  const metrics = track.metrics.map((metric): MetricResult => {
    switch (metric.id) {
      case "net-customer-adds":
        return metricResult(metric, adds.value);
      case "usage-growth":
        return growthResult(metric, s.growth, s.rules, context);
      case "deployments":
        return metricResult(metric, s.deployed.services.length);
      case "intermediate-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.intermediate);
      case "advanced-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.advanced);
    }
  });
  return trackResult(track, metrics, s.rules.qualification.minTotal.value);
}

/** Scores one Azure designation: every track of the rule set, then (2026) the classification. */
export function scoreAzure(input: ParsedInput, rules: AzureRuleSet, context: ScoreContext): DesignationScore {
  const c = readAzureConsumption(input.azure!, rules, context.asOf);
  const growth = usageGrowth(c, context.asOf, rules.settings.growthBasis.value, rules.growthMinBaselineAcr.value);
  const deployed = deployments(c, context.asOf, rules.deploymentExcludedServices.value);
  const shared: Shared = { input, rules, context, consumption: c, growth, deployed };
  // Each track has its own net-customer-add threshold ($1,000 Enterprise / single, $500 SMB in 2026).
  const nca: Record<string, NetCustomerAdds> = {};
  const tracks = rules.tracks.map((track) => {
    nca[track.id] = netCustomerAdds(c, context.asOf, track.ncaMinMonthlyAcr.value, rules.settings.ncaMonths.value);
    return scoreTrack(track, nca[track.id], shared);
  });
  const classification = rules.classification ? classifyAzure(c, rules, context.asOf, context.track) : undefined;
  const noCertificationData = !input.skilling && context.counts.intermediate === undefined && context.counts.advanced === undefined;
  const warnings = azureWarnings(AZURE_SHORT_NAMES[rules.designation], {
    consumption: c,
    rules,
    asOf: context.asOf,
    growth,
    deployments: deployed,
    classification,
    noCertificationData,
    givenTrack: context.track,
  });
  const details: AzureDetails = { netCustomerAdds: nca, usageGrowth: growth, deployments: deployed };
  return {
    tracks,
    ...(classification ? { classification: { track: classification.track, reason: classification.reason } } : {}),
    warnings,
    options: [],
    details: { ...details, classification },
  };
}

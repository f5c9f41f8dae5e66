import type { MetricResult, TrackResult, Warning } from "../../model/results";
import { MODERN_WORK_RULE_SETS } from "./ruleSets";
import type { ModernWorkRuleSet, TrackRule } from "../../model/ruleTypes";
import { countCertifications, type CertificationCounts as CountedCertifications } from "./certifications";
import { computeUsageMetrics, type UsageComputation } from "./usageMetrics";
import { usageRowFlags } from "./rowFlags";
import { metricResult, trackResult } from "../../model/trackResult";
import { usageWarnings } from "./warnings";
import type { CertificationCounts, DesignationModule, NearMissFinder, ScoreContext } from "../../model/module";
import { looseKey } from "../../parse/keys";
import { deploymentRatioMisses, paidUnitsMisses } from "./nearMisses";

const NEAR_MISSES: NearMissFinder = {
  find: (ctx, ds, windows) => ds.flatMap((d) => [...deploymentRatioMisses(ctx, d, windows), ...paidUnitsMisses(ctx, d, windows)]),
};

export const modernWorkModule: DesignationModule<ModernWorkRuleSet> = {
  id: "modern-work",
  name: "Solutions Partner for Modern Work",
  shortName: "Modern Work",
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
  takesPlainCounts: true,
  score(input, rules, context) {
    const usage = computeUsageMetrics(input.usage, rules, context.asOf);
    const certifications = input.skilling ? countCertifications(input.skilling, rules, context.asOf) : null;
    const warnings: Warning[] = [...usageWarnings(input, usage), ...certificationWarnings(certifications, context.counts)];
    const tracks = rules.tracks.map((track) => scoreTrack(track, rules, usage, certifications, context));
    return {
      tracks,
      warnings,
      options: [],
      rows: context.rows ? usageRowFlags(input.usage, rules, usage) : undefined,
      details: { usage, certifications },
    };
  },
};

function scoreTrack(track: TrackRule, rules: ModernWorkRuleSet, usage: UsageComputation, certs: CountedCertifications | null, context: ScoreContext): TrackResult {
  const values = usage.tracks[track.id];
  const metrics: MetricResult[] = track.metrics.map((metric) => {
    switch (metric.id) {
      case "net-customer-adds":
        return metricResult(metric, values.netCustomerAdds);
      case "usage-growth":
        return metricResult(metric, values.usageGrowth as Record<string, number>);
      case "deployments":
        return metricResult(metric, values.deployments as Record<string, number>);
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
  return trackResult(track, metrics, rules.qualification.minTotal.value);
}

function certificationWarnings(certs: CountedCertifications | null, counts: CertificationCounts): Warning[] {
  const given = counts.intermediate !== undefined || counts.advanced !== undefined;
  if (!certs && !given)
    return [
      {
        code: "no-skilling",
        message: "Modern Work: no skilling export and no --intermediate/--advanced counts: both certification metrics score 0. Add the skilling export or give the counts.",
      },
    ];
  if (certs && given) return [{ code: "counts-override-skilling", message: "Modern Work: certified-people counts given as options replace those from the skilling export." }];
  return [];
}

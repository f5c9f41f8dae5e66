import type { ParsedInput } from "../input/collector";
import type { MonthIndex } from "../parse/months";
import type { MetricResult, TrackResult, Warning } from "../report/types";
import { MODERN_WORK_RULE_SETS } from "../rules/registry";
import type { ModernWorkRuleSet, TrackRule } from "../rules/types";
import { countCertifications, type CertificationCounts as CountedCertifications } from "../score/certifications";
import { computeUsageMetrics, type UsageComputation } from "../score/modernWork";
import { usageRowFlags } from "../score/rowFlags";
import { metricResult, trackResult } from "../score/trackResult";
import { usageWarnings } from "../score/warnings";
import type { CertificationCounts, DesignationScorer, ScoreContext } from "./types";

function latestUsageMonth(input: ParsedInput): MonthIndex | null {
  let latest: MonthIndex | null = null;
  for (const r of input.usage.records) if (latest === null || r.month > latest) latest = r.month;
  return latest;
}

export const modernWorkScorer: DesignationScorer<ModernWorkRuleSet> = {
  id: "modern-work",
  name: "Solutions Partner for Modern Work",
  ruleSets: MODERN_WORK_RULE_SETS,
  needs: (input) => (input.usage.records.length ? null : "the M365 usage export (CustomerTenantName, PartnerAttachType, WorkloadName, MonthName, ActiveUsage, QualifiedUsage)"),
  latestMonth: latestUsageMonth,
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

import type { ParsedInput } from "./input/collector";
import { describeIssue } from "./input/issues";
import { formatMonth, parseIsoMonth, type MonthIndex } from "./parse/months";
import type { DesignationResult, MetricResult, Report, TrackResult, Warning } from "./report/types";
import { modernWorkRulesFor } from "./rules/registry";
import type { ModernWorkRuleSet, TrackRule } from "./rules/types";
import { countCertifications, type CertificationCounts } from "./score/certifications";
import { computeUsageMetrics, type UsageComputation } from "./score/modernWork";
import { usageRowFlags } from "./score/rowFlags";
import { metricResult, trackResult } from "./score/trackResult";
import { usageWarnings } from "./score/warnings";

export interface ScoreOptions {
  /** As-of month M as YYYY-MM (default: the latest month in the usage data). */
  asOf?: string;
  /** Certified people counts; they override the skilling export when given. */
  intermediate?: number;
  advanced?: number;
  /** Force a rule set by id instead of the one in force in the as-of month. */
  ruleSet?: string;
  /** Include per-row flags in the report. */
  rows?: boolean;
}

export interface ScoreResult {
  report: Report;
  rules: ModernWorkRuleSet;
  usage: UsageComputation;
  certifications: CertificationCounts | null;
}

/** A problem with what was asked (not with the data): no as-of month, a bad option. */
export class ScoreOptionError extends Error {
  override name = "ScoreOptionError";
}

function latestMonth(input: ParsedInput): MonthIndex | null {
  let latest: MonthIndex | null = null;
  for (const r of input.usage.records) if (latest === null || r.month > latest) latest = r.month;
  return latest;
}

function resolveAsOf(input: ParsedInput, asOf: string | undefined): MonthIndex {
  if (asOf !== undefined) {
    const m = parseIsoMonth(asOf);
    if (m === null) throw new ScoreOptionError(`--as-of "${asOf}" is not a month; use YYYY-MM, e.g. 2025-10.`);
    return m;
  }
  const latest = latestMonth(input);
  if (latest === null) throw new ScoreOptionError("There are no usage rows to take the as-of month from; give it as --as-of YYYY-MM.");
  return latest;
}

function checkCount(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0))
    throw new ScoreOptionError(`--${name} must be a whole number of people (0 or more), not "${value}".`);
}

/** Scores Solutions Partner for Modern Work, both tracks, and explains it. */
export function scoreModernWork(input: ParsedInput, options: ScoreOptions = {}): ScoreResult {
  checkCount("intermediate", options.intermediate);
  checkCount("advanced", options.advanced);
  const asOf = resolveAsOf(input, options.asOf);
  let rules: ModernWorkRuleSet;
  try {
    rules = modernWorkRulesFor(asOf, options.ruleSet);
  } catch (error) {
    throw new ScoreOptionError((error as Error).message);
  }
  const usage = computeUsageMetrics(input.usage, rules, asOf);
  const certifications = input.skilling ? countCertifications(input.skilling, rules, asOf) : null;
  const warnings: Warning[] = [
    ...input.issues.map((issue) => ({ code: "input", message: describeIssue(issue), file: issue.file, row: issue.row, column: issue.column })),
    ...usageWarnings(input, usage),
    ...certificationWarnings(certifications, options),
  ];

  const tracks = rules.tracks.map((track) => scoreTrack(track, rules, usage, certifications, options));
  const best = tracks.reduce((a, b) => (b.total > a.total ? b : a));
  const designation: DesignationResult = {
    id: "modern-work",
    name: "Solutions Partner for Modern Work",
    qualified: tracks.some((t) => t.status === "Qualified"),
    bestTrack: best.id,
    ruleSet: { id: rules.id, name: rules.name, effectiveFrom: rules.effectiveFrom },
    tracks,
  };
  const report: Report = {
    asOf: formatMonth(asOf),
    baseline: formatMonth(usage.trailing),
    designations: [designation],
    inputs: input.tables.map((t) => ({ name: t.name, layout: t.layout, rows: t.rows, skipped: t.skipped })),
    warnings,
  };
  if (options.rows) report.rows = usageRowFlags(input.usage, rules, usage);
  return { report, rules, usage, certifications };
}

function scoreTrack(
  track: TrackRule,
  rules: ModernWorkRuleSet,
  usage: UsageComputation,
  certs: CertificationCounts | null,
  options: ScoreOptions,
): TrackResult {
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
        const option = options[level];
        if (option !== undefined) return metricResult(metric, option, { basis: "option" });
        if (certs) return metricResult(metric, certs[level], { basis: "skilling-export" });
        return metricResult(metric, 0, { basis: "none" });
      }
    }
  });
  return trackResult(track, metrics, rules.qualification.minTotal.value);
}

function certificationWarnings(certs: CertificationCounts | null, options: ScoreOptions): Warning[] {
  const given = options.intermediate !== undefined || options.advanced !== undefined;
  if (!certs && !given)
    return [
      {
        code: "no-skilling",
        message: "No skilling export and no --intermediate/--advanced counts: both certification metrics score 0. Add the skilling export or give the counts.",
      },
    ];
  if (certs && given)
    return [{ code: "counts-override-skilling", message: "Certified-people counts given as options replace those from the skilling export." }];
  return [];
}

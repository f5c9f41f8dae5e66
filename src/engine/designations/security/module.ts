import type { ParsedInput } from "../../input/collector";
import type { MetricResult, TrackResult, Warning } from "../../model/results";
import { security2023, security2023December } from "./rules2023";
import { security2026 } from "./rules2026";
import type { Band, SecurityRuleSet, SecurityTrackRule } from "./types";
import { azureHalf, ledgerFor, readAzure, type AzureRead } from "./azureHalf";
import { change, halfSides, type NowAndBefore, type SecurityHalf } from "./half";
import { m365Half, m365LedgerFor, readM365, type M365Read } from "./m365Half";
import { SECURITY_NEEDS, azureWarnings, m365Warnings, missingHalfWarnings } from "./warnings";
import { skillingWarnings } from "../../model/warnings";
import { metricResult, trackResult, type MetricValue } from "../../model/trackResult";
import { valuesByTrack } from "../../model/tenantValues";
import { flagRows } from "../../model/flags";
import type { MonthIndex } from "../../parse/months";
import { qualificationOf } from "../../model/points";
import { stepCertificationLists, stepsMetric } from "../../model/certificationSteps";
import type { DesignationModule, NearMissFinder, ScoreContext } from "../../model/module";
import type { MetricId, MetricRule } from "../../model/ruleTypes";
import { looseKey } from "../../parse/keys";
import { securityAzureMisses } from "./nearMisses";
import { securityAzureRowFlags, securityFlagColumns, securityM365RowFlags } from "./rowFlags";
import { titleOf } from "../../model/designationNames";
import { usageCount } from "../../input/usageColumns";
import { measureColumns } from "../../input/measureColumns";

/** Oldest first: June 2023, the December 2023 skilling change, and the May 2026 snapshot. */
export const SECURITY_RULE_SETS: readonly SecurityRuleSet[] = [security2023, security2023December, security2026];

const hasAzure = (input: ParsedInput): boolean => input.azure !== null && measureColumns(input.azure).length > 0;
const hasM365 = (input: ParsedInput): boolean => usageCount(input.usage) > 0;

/** A half whose export is missing contributes nothing. */
const ZERO = (): NowAndBefore => ({ now: 0, before: 0, tenants: { now: [], before: [] } });
const NOTHING: SecurityHalf = { customers: ZERO(), deployments: ZERO(), growth: ZERO() };

/** Azure and M365 halves of one track, computed apart ("one eligible customer may contribute points to both"). */
export interface SecurityTrackHalves {
  azure: SecurityHalf;
  m365: SecurityHalf;
}

function halves(track: SecurityTrackRule, rules: SecurityRuleSet, azure: AzureRead | null, m365: M365Read | null): SecurityTrackHalves {
  const keepPromoted = track.id === "smb" && rules.settings.smbKeepsPromotedTenants.value;
  return {
    azure: azure ? azureHalf(ledgerFor(azure, track.azure), track.azure, rules.trailingMonths.value, keepPromoted) : NOTHING,
    m365: m365 ? m365Half(m365LedgerFor(m365, track.m365), track.m365, keepPromoted) : NOTHING,
  };
}

/** "Azure", "M365": the part's label in the rule set, so a side says which half it is. */
const partLabel = (metric: MetricRule, id: string): string =>
  metric.target.kind === "parts" ? (metric.target.parts.find((p) => p.id === id)?.label ?? id) : id;

/** Tenant display names, by export. */
const tenantName = (tenants: readonly { name: string }[] | undefined) => (i: number) => tenants?.[i]?.name ?? String(i);

/** The quantity of a half each tenant metric is (sums of per-tenant terms); the certification metrics have none. */
const QUANTITY: Partial<Record<MetricId, (half: SecurityHalf) => NowAndBefore>> = {
  "net-customer-adds": (half) => half.customers,
  deployments: (half) => half.deployments,
  "usage-growth": (half) => half.growth,
};

/** A tenant metric's raw value on a track, per part; undefined for the certification metrics. */
function tenantMetric(metric: MetricId, h: SecurityTrackHalves): MetricValue | undefined {
  const of = QUANTITY[metric];
  return of && { azure: change(of(h.azure)), m365: change(of(h.m365)) };
}

/** The halves' reads of the exports given (null for a missing one). */
function reads(input: ParsedInput, rules: SecurityRuleSet, asOf: MonthIndex): { azure: AzureRead | null; m365: M365Read | null } {
  return {
    azure: hasAzure(input) ? readAzure(input.azure!, rules, asOf) : null,
    m365: hasM365(input) ? readM365(input.usage, rules, asOf) : null,
  };
}

function scoreTrack(track: SecurityTrackRule, rules: SecurityRuleSet, h: SecurityTrackHalves, input: ParsedInput, context: ScoreContext): TrackResult {
  const trailing = rules.trailingMonths.value;
  const azureName = tenantName(input.azure?.tenants);
  const m365Name = tenantName(input.usage.tenants);
  // Each part's value is now − baseline; its sides are those two figures and the tenants behind them.
  const byPart = (metric: MetricRule, azureMeasure: string, m365Measure: string) => {
    const of = QUANTITY[metric.id]!;
    return metricResult(metric, tenantMetric(metric.id, h)!, {
      sides: {
        azure: halfSides(`${partLabel(metric, "azure")} ${azureMeasure}`, of(h.azure), context.asOf, trailing, azureName),
        m365: halfSides(`${partLabel(metric, "m365")} ${m365Measure}`, of(h.m365), context.asOf, trailing, m365Name),
      },
    });
  };
  const metrics: MetricResult[] = track.metrics.map((metric) => {
    switch (metric.id) {
      case "net-customer-adds":
        return byPart(metric, "customers", "customers");
      case "deployments":
        return byPart(metric, "deployments", "deployments");
      case "usage-growth":
        return byPart(metric, `security ACR over ${trailing} months (USD)`, "protected users");
      case "intermediate-certifications":
        return stepsMetric(metric, input.skilling, context.asOf, context.counts.intermediate);
      case "advanced-certifications":
        // Security has no advanced metric (RULES.md §3.1); a rule set listing one would score it 0.
        return metricResult(metric, 0);
    }
  });
  return trackResult(track, metrics, qualificationOf(rules.qualification));
}

const NEAR_MISSES: NearMissFinder = { find: (ctx, ds, windows) => ds.flatMap((d) => securityAzureMisses(ctx, d, windows)) };

/** The lowest trailing ACR (over trailingMonths) inside a band. */
const lowest = (band: Band) => Math.max(band.atLeast?.value ?? 0, (band.above?.value ?? -Infinity) + 1);

export const securityModule: DesignationModule<SecurityRuleSet> = {
  id: "security",
  ...titleOf("security"),
  ruleSets: SECURITY_RULE_SETS,
  reads: ["azure", "usage"],
  needs: SECURITY_NEEDS,
  monthsRead: () => [],
  // Eligible customers, deployed tenants, each tenant's ACR or protected users: sums of per-tenant terms.
  separable: true,
  nearMisses: NEAR_MISSES,
  simulator: (rules) => ({
    workloads: [
      { export: "m365", names: rules.m365Workloads.value, key: looseKey },
      { export: "azure", names: rules.azureServices.value, key: looseKey },
    ],
    // The band is on ACR summed over trailingMonths months: spread evenly, this much a month.
    existingMonthlyAcr: Math.max(...rules.tracks.map((t) => lowest(t.azure.customer) / rules.trailingMonths.value)),
    deployedShare: Math.max(...rules.tracks.map((t) => t.m365.deployment.activeShare.value)),
  }),
  certificationLists: stepCertificationLists,
  flagColumns: securityFlagColumns,
  tenantValues(input, rules, context) {
    const { azure, m365 } = reads(input, rules, context.asOf);
    return valuesByTrack(rules.tracks, (track) => {
      const h = halves(track, rules, azure, m365);
      return (metric) => tenantMetric(metric, h);
    });
  },
  score(input, rules, context) {
    const { azure, m365 } = reads(input, rules, context.asOf);
    const byTrack: Record<string, SecurityTrackHalves> = {};
    const tracks = rules.tracks.map((track) => {
      byTrack[track.id] = halves(track, rules, azure, m365);
      return scoreTrack(track, rules, byTrack[track.id], input, context);
    });
    const warnings: Warning[] = [
      ...missingHalfWarnings(azure !== null, m365 !== null),
      ...(azure ? azureWarnings(azure.stats, rules, context.asOf) : []),
      ...(m365 ? m365Warnings(m365.stats, rules, context.asOf) : []),
      ...skillingWarnings("Security", input.skilling !== null, context.counts, ["intermediate"]),
    ];
    const rows = context.rows
      ? flagRows(context.rowSink, (out) => {
          if (input.azure) securityAzureRowFlags(input.azure, rules, azure, context.asOf, out);
          if (usageCount(input.usage) || input.usage.rejected.length) securityM365RowFlags(input.usage, rules, m365, context.asOf, out);
        })
      : undefined;
    return { tracks, warnings, options: [], ...(rows ? { rows } : {}), details: { halves: byTrack } };
  },
};

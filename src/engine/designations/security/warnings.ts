import { monthLabel, type MonthIndex } from "../../parse/months";
import type { Warning } from "../../model/results";
import type { SecurityRuleSet } from "./types";
import type { RowStats } from "./half";

function listed(counts: Map<string, number>, limit = 8): string {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, limit).map(([name, n]) => `${name} (${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"})`);
  return sorted.length > limit ? `${shown.join(", ")} and ${sorted.length - limit} more` : shown.join(", ");
}

function months(list: MonthIndex[], limit = 6): string {
  const shown = list.slice(0, limit).map(monthLabel).join(", ");
  return list.length > limit ? `${shown} and ${list.length - limit} more` : shown;
}

const AZURE = "the Azure consumption export (CustomerTenantId, ServiceLevel2, Month, ACR_USD, PartnerAttributionType)";
const M365 = "the M365 usage export (CustomerTenantName, PartnerAttachType, WorkloadName, MonthName, ActiveUsage, QualifiedUsage)";

/** What the scorer needs: either export (the other half then scores 0, with a warning). */
export const SECURITY_NEEDS = `${AZURE} or ${M365}`;

function counted(rules: SecurityRuleSet, half: "azure" | "m365"): string {
  const types = new Set(rules.tracks.flatMap((t) => t[half].associations.value));
  return [...types].map((t) => (t === "CSP" ? "CSP Tier 1/2" : t)).join(", ");
}

/** A half whose export is missing scores 0 in every metric: say so, and which export to add. */
export function missingHalfWarnings(hasAzure: boolean, hasM365: boolean): Warning[] {
  const warnings: Warning[] = [];
  if (!hasAzure)
    warnings.push({ code: "security-no-azure", message: "Security: no Azure consumption export; the Azure half of every metric is 0. Add the Azure export." });
  if (!hasM365)
    warnings.push({ code: "security-no-m365", message: "Security: no M365 usage export; the M365 half of every metric is 0. Add the M365 usage export." });
  return warnings;
}

/** Rows counted toward nothing: other association types, services or offers outside the rules. */
function rowWarnings(stats: RowStats, rules: SecurityRuleSet, half: "azure" | "m365"): Warning[] {
  const warnings: Warning[] = [];
  const what = half === "azure" ? "Azure" : "M365";
  if (stats.otherAssociations.size)
    warnings.push({
      code: `security-${half}-ineligible-associations`,
      message: `Security: ${what} rows under association types that do not count for Security (${rules.name} counts ${counted(rules, half)}), counted toward nothing: ${listed(stats.otherAssociations)}.`,
    });
  if (stats.ineligible.size)
    warnings.push({
      code: half === "azure" ? "security-ineligible-services" : "security-ineligible-workloads",
      message: `Security: ${half === "azure" ? "Azure services" : "M365 workloads"} not eligible for Security, counted toward nothing: ${listed(stats.ineligible)}.`,
    });
  if (stats.excludedOffers.size)
    warnings.push({
      code: "security-excluded-offers",
      message: `Security: Azure rows under offers the rules exclude (Support, Internal, Benefit Program, Trial), counted toward nothing: ${listed(stats.excludedOffers)}.`,
    });
  return warnings;
}

/**
 * The Azure half reads the trailing ACR over t = trailingMonths months at M (M − t + 1..M) and at the
 * baseline M − t (M − 2t + 1..M − t): name the months of those 2t the export lacks, as they count as $0.
 */
function azureMonthWarnings(stats: RowStats, asOf: MonthIndex, t: number): Warning[] {
  const missing: MonthIndex[] = [];
  const first = asOf - 2 * t + 1;
  for (let m = first; m <= asOf; m++) if (!stats.months.has(m)) missing.push(m);
  if (!missing.length) return [];
  const warnings: Warning[] = [];
  if (!stats.months.has(asOf))
    warnings.push({
      code: "security-azure-no-rows-as-of",
      message: `Security: the Azure export has no rows for the as-of month ${monthLabel(asOf)}. Pick a month the export covers.`,
    });
  warnings.push({
    code: "security-azure-ttm-months-missing",
    message:
      `Security: the Azure export has no rows for ${months(missing)} (${missing.length} of the ${2 * t} months ${monthLabel(first)}..${monthLabel(asOf)}): ` +
      `the trailing-${t}-month ACR at ${monthLabel(asOf)} and at ${monthLabel(asOf - t)} counts them as $0. Download the Azure export covering the ${2 * t} months up to ${monthLabel(asOf)}.`,
  });
  return warnings;
}

function m365MonthWarnings(stats: RowStats, asOf: MonthIndex, t: number): Warning[] {
  const warnings: Warning[] = [];
  if (!stats.months.has(asOf))
    warnings.push({
      code: "security-m365-no-rows-as-of",
      message: `Security: the M365 usage export has no rows for the as-of month ${monthLabel(asOf)}. Pick a month the export covers.`,
    });
  if (!stats.months.has(asOf - t))
    warnings.push({
      code: "security-m365-no-baseline",
      message: `Security: the M365 usage export has no rows for ${monthLabel(asOf - t)}, ${t} months before ${monthLabel(asOf)}: every eligible tenant counts as a new customer and deployment, and all protected users as growth. Download the export covering the trailing ${t} months.`,
    });
  return warnings;
}

export function azureWarnings(stats: RowStats, rules: SecurityRuleSet, asOf: MonthIndex): Warning[] {
  return [...azureMonthWarnings(stats, asOf, rules.trailingMonths.value), ...rowWarnings(stats, rules, "azure")];
}

export function m365Warnings(stats: RowStats, rules: SecurityRuleSet, asOf: MonthIndex): Warning[] {
  return [...m365MonthWarnings(stats, asOf, rules.trailingMonths.value), ...rowWarnings(stats, rules, "m365")];
}

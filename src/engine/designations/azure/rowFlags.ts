import type { MeasureData } from "../../input/measures";
import { measureColumns } from "../../input/measureColumns";
import { countsTowardText, notComparedReason, yesNo, type FlagCell, type FlagColumn, type RowSink } from "../../model/flags";
import { offerExcluder } from "../../model/matching";
import { usd } from "../../model/text";
import { monthLabel, type MonthIndex } from "../../parse/months";
import { acrIn, trailingSum, type AzureConsumption } from "./consumption";
import { atLeast, isExcludedService } from "./metrics";
import type { AzureRuleSet } from "./types";

/*
 * Row flags of the Azure consumption export for Infrastructure, Data & AI and Digital & App
 * Innovation. The three read the export alike (their rule sets differ in certifications only), so
 * what a row is (its cells, what it counts toward per metric, why not) is worked out once per
 * consumption and rules, and each designation only puts its name in front. Their detail columns are
 * shared: an id says everything its value depends on (a threshold, the consecutive-month reading),
 * so designations scored under different rules get different columns and never overwrite each other.
 */

const LAYOUT = "azure-usage" as const;

/** The net-customer-add thresholds of the rule set, highest first ($1,000; 2026 also $500). */
function thresholds(rules: AzureRuleSet): number[] {
  return [...new Set(rules.tracks.map((t) => t.ncaMinMonthlyAcr.value))].sort((a, b) => b - a);
}

const monthAcrId = "azure-month-acr";
const customerMonthId = (threshold: number) => `azure-customer-month-${threshold}`;
const customerId = (threshold: number, mode: "both" | "either") => `azure-customer-${threshold}-${mode}`;
const deploymentServiceId = "azure-deployment-service";

/** "two consecutive months" / "the month or the one before". */
const modeWords = (mode: "both" | "either") => (mode === "both" ? "in the month and the one before" : "in the month or the one before");

/** Which tracks use a threshold: "" with one track, " (Enterprise)" otherwise. */
function thresholdTracks(rules: AzureRuleSet, threshold: number): string {
  if (rules.tracks.length === 1) return "";
  return ` (${rules.tracks
    .filter((t) => t.ncaMinMonthlyAcr.value === threshold)
    .map((t) => t.label)
    .join(", ")})`;
}

/** The detail columns beside the Azure consumption export, for these rules. */
export function azureFlagColumns(rules: AzureRuleSet): FlagColumn[] {
  const mode = rules.settings.ncaMonths.value;
  const trailing = rules.trailingMonths.value;
  const columns: FlagColumn[] = [
    {
      id: monthAcrId,
      header: "SPD Tenant ACR that month",
      numberFormat: "$#,##0",
      meaning:
        "Azure: the tenant's counted ACR in the row's month, every service summed (association types and offers that count only); filled on the months net customer adds read (the compared months and the month before each).",
    },
  ];
  for (const threshold of thresholds(rules))
    columns.push({
      id: customerMonthId(threshold),
      header: `SPD Customer month (≥ ${usd(threshold)} ACR)`,
      numberFormat: "@",
      meaning: `Azure: Yes when the tenant's counted ACR in the row's month is at least ${usd(threshold)}, a net-customer-add threshold${thresholdTracks(rules, threshold)}; filled on the months net customer adds read.`,
    });
  for (const threshold of thresholds(rules))
    columns.push({
      id: customerId(threshold, mode),
      header: `SPD Customer (≥ ${usd(threshold)} ACR ${mode === "both" ? "two months running" : "in one of two months"})`,
      numberFormat: "@",
      meaning: `Azure: Yes when the tenant is an eligible customer in the compared month the row's month belongs to (${usd(threshold)} ACR or more ${modeWords(mode)})${thresholdTracks(rules, threshold)}; filled on the months net customer adds read.`,
    });
  columns.push({
    id: deploymentServiceId,
    header: "SPD Deployment service",
    numberFormat: "@",
    meaning: `Azure: Yes when the row's service (ServiceLevel2) is a deployment: more than $0 counted ACR across the customer base over the ${trailing} months to the as-of month, Virtual Machines left out; filled on those months.`,
  });
  return columns;
}

/** What one row is, for every Azure designation scored with the same reading of the export. */
interface RowAnalysis {
  /** What it counts toward: metrics every track counts (no track), then those only some tracks count (shared by rows alike). */
  entries: { track?: string; metrics: string[] }[];
  reason: string;
  cells: Record<string, FlagCell>;
}

const analyses = new WeakMap<AzureConsumption, Map<string, RowAnalysis[]>>();

/** The row flags one Azure designation gives the Azure export: the shared analysis, with its name. */
export function azureRowFlags(data: MeasureData, rules: AzureRuleSet, c: AzureConsumption, asOf: MonthIndex, designation: string, out: RowSink): void {
  const key = JSON.stringify([
    asOf,
    rules.trailingMonths.value,
    rules.tracks.map((t) => [t.label, t.ncaMinMonthlyAcr.value, t.metrics.map((m) => m.id)]),
    rules.settings.ncaMonths.value,
    rules.settings.growthBasis.value,
    rules.deploymentExcludedServices.value,
  ]);
  let byKey = analyses.get(c);
  if (!byKey) analyses.set(c, (byKey = new Map()));
  let rows = byKey.get(key);
  if (!rows) byKey.set(key, (rows = analyse(data, rules, c, asOf)));
  // The text of each distinct list, once: rows share it (the report merge copies before adding).
  const texts = new Map<RowAnalysis["entries"], string[]>();
  const columns = measureColumns(data);
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i];
    let countsToward = texts.get(a.entries);
    if (!countsToward) texts.set(a.entries, (countsToward = a.entries.map((e) => countsTowardText(designation, e.track, e.metrics))));
    out.push({
      layout: LAYOUT,
      file: data.files[columns.file[i]],
      row: columns.row[i],
      countsToward,
      reason: a.reason,
      cells: a.cells,
    });
  }
  for (const rejected of data.rejected)
    out.push({ layout: LAYOUT, file: data.files[rejected.file], row: rejected.row, countsToward: [], reason: `Skipped: ${rejected.reason}`, cells: {} });
}

/** Why a service is not a deployment, or null when it is one. */
function deploymentVerdicts(rules: AzureRuleSet, c: AzureConsumption, asOf: MonthIndex): Map<string, string | null> {
  const trailing = rules.trailingMonths.value;
  const verdicts = new Map<string, string | null>();
  for (const [key, service] of c.byService) {
    if (isExcludedService(key, rules.deploymentExcludedServices.value))
      verdicts.set(key, `Not a deployment: Virtual Machines services are left out of deployments.`);
    else if (!(trailingSum(service.months, asOf, trailing) > 1e-6))
      verdicts.set(key, `Not a deployment: "${service.name}" has no more than $0 counted ACR over the ${trailing} months to ${monthLabel(asOf)}.`);
    else verdicts.set(key, null);
  }
  return verdicts;
}

function analyse(data: MeasureData, rules: AzureRuleSet, c: AzureConsumption, asOf: MonthIndex): RowAnalysis[] {
  const trailing = rules.trailingMonths.value;
  const baseline = asOf - trailing;
  const mode = rules.settings.ncaMonths.value;
  const basis = rules.settings.growthBasis.value;
  const counted = new Set<string>(rules.associations.value);
  const excludedOffer = offerExcluder(rules.excludedOffers.value);
  const verdicts = deploymentVerdicts(rules, c, asOf);
  const levels = thresholds(rules);
  // The most lenient threshold first: a row that misses it misses every track's.
  const lowest = levels[levels.length - 1];
  const tracks = rules.tracks.map((t) => ({
    label: t.label,
    threshold: t.ncaMinMonthlyAcr.value,
    nca: t.metrics.some((m) => m.id === "net-customer-adds"),
    growth: t.metrics.some((m) => m.id === "usage-growth"),
    deployments: t.metrics.some((m) => m.id === "deployments"),
  }));
  const notCompared = notComparedReason(monthLabel(asOf), monthLabel(baseline));
  const afterAsOf = `After the as-of month ${monthLabel(asOf)}: not read.`;
  const countedList = rules.associations.value.join(", ");
  const baselineNote = ` (baseline ${monthLabel(baseline)})`;
  const empty: Record<string, FlagCell> = {};
  const none: RowAnalysis["entries"] = [];

  /** The compared month whose net customer adds read month m (m itself or the month after), or null. */
  const ncaCompared = (m: MonthIndex): MonthIndex | null => (m === asOf || m === asOf - 1 ? asOf : m === baseline || m === baseline - 1 ? baseline : null);
  const growthReads = (m: MonthIndex): boolean =>
    basis === "month" ? m === asOf || m === baseline : (m > asOf - trailing && m <= asOf) || (m > baseline - trailing && m <= baseline);
  const inWindow = (m: MonthIndex): boolean => m > asOf - trailing && m <= asOf;

  /** Whether the tenant is a customer at `compared`, and whether the row's month `m` is one that makes it so. */
  const customer = (months: Map<MonthIndex, number> | undefined, compared: MonthIndex, m: MonthIndex, threshold: number) => {
    const now = atLeast(acrIn(months, compared), threshold);
    const before = atLeast(acrIn(months, compared - 1), threshold);
    const eligible = mode === "both" ? now && before : now || before;
    return { eligible, rowCounts: eligible && atLeast(acrIn(months, m), threshold) };
  };

  /** Why the row's month does not make the tenant a customer at `compared`, at `threshold`. */
  const ncaReason = (months: Map<MonthIndex, number> | undefined, compared: MonthIndex, m: MonthIndex, threshold: number): string => {
    const own = acrIn(months, m);
    if (!atLeast(own, threshold)) return `Below ${usd(threshold)} ACR in ${monthLabel(m)} (the tenant's counted ACR is ${usd(own)}): not a customer month.`;
    const other = m === compared ? compared - 1 : compared;
    // Mode "both" only: the row's month reaches the threshold, the other of the two does not.
    return m === compared
      ? `Below ${usd(threshold)} ACR in ${monthLabel(other)}, so ${monthLabel(m)} is not a second consecutive month.`
      : `Below ${usd(threshold)} ACR in ${monthLabel(other)}, so ${monthLabel(m)} is not followed by a second consecutive month.`;
  };

  const labels = tracks.map((t) => t.label);
  const interned = new Map<string, RowAnalysis["entries"]>();
  const rows = measureColumns(data);
  const out: RowAnalysis[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows.kinds[rows.kind[i]];
    if (!counted.has(r.association)) {
      out[i] = {
        entries: none,
        reason: `Association "${r.associationLabel || "(blank)"}" does not count for the Azure designations (${countedList}).`,
        cells: empty,
      };
      continue;
    }
    const offer = excludedOffer(r.offer);
    if (offer !== null) {
      out[i] = { entries: none, reason: `Offer "${r.offer}" is excluded (${offer} offers do not count): its ACR does not count.`, cells: empty };
      continue;
    }
    const m = rows.month[i];
    if (m > asOf) {
      out[i] = { entries: none, reason: afterAsOf, cells: empty };
      continue;
    }
    const compared = ncaCompared(m);
    const growth = growthReads(m);
    const window = inWindow(m);
    if (compared === null && !growth && !window) {
      out[i] = { entries: none, reason: notCompared, cells: empty };
      continue;
    }
    const months = c.byTenant.get(rows.tenant[i]);
    const cells: Record<string, FlagCell> = {};
    const verdict = window ? verdicts.get(r.itemKey) : undefined;
    if (compared !== null) {
      const acr = acrIn(months, m);
      cells[monthAcrId] = acr;
      for (const threshold of levels) {
        cells[customerMonthId(threshold)] = yesNo(atLeast(acr, threshold));
        cells[customerId(threshold, mode)] = yesNo(customer(months, compared, m, threshold).eligible);
      }
    }
    if (window) cells[deploymentServiceId] = yesNo(verdict === null);

    // Growth reads M and the baseline (or the trailing months to each): a month up to the baseline is its side.
    const side = m <= baseline ? baselineNote : "";
    const perTrack = tracks.map((t) => {
      const metrics: string[] = [];
      if (compared !== null && t.nca && customer(months, compared, m, t.threshold).rowCounts)
        metrics.push(`net customer adds${compared === baseline ? baselineNote : ""}`);
      if (growth && t.growth) metrics.push(`usage growth${side}`);
      if (window && verdict === null && t.deployments) metrics.push("deployments");
      return metrics;
    });
    // Rows that count toward the same share one list (each designation names it once, see azureRowFlags).
    const signature = perTrack.map((list) => list.join(",")).join("|");
    let entries = interned.get(signature);
    if (!entries) interned.set(signature, (entries = collapseTracks(labels, perTrack)));
    let reason = "";
    if (!entries.length) {
      const reasons: string[] = [];
      if (compared !== null) reasons.push(ncaReason(months, compared, m, lowest));
      if (window && verdict) reasons.push(verdict);
      if (compared === null && !growth) reasons.push(notCompared);
      reason = reasons.join(" ");
    }
    out[i] = { entries, reason, cells };
  }
  return out;
}

/**
 * "Infrastructure: usage growth, deployments; Infrastructure SMB: net customer adds": the metrics
 * every track counts the row toward, without a track, then what only some tracks count. With one
 * track, never a track.
 */
export function collapseTracks(labels: readonly string[], perTrack: readonly string[][]): { track?: string; metrics: string[] }[] {
  if (perTrack.length === 1) return perTrack[0].length ? [{ metrics: perTrack[0] }] : [];
  const common = perTrack[0].filter((metric) => perTrack.every((list) => list.includes(metric)));
  const entries: { track?: string; metrics: string[] }[] = common.length ? [{ metrics: common }] : [];
  perTrack.forEach((list, t) => {
    const rest = list.filter((metric) => !common.includes(metric));
    if (rest.length) entries.push({ track: labels[t], metrics: rest });
  });
  return entries;
}

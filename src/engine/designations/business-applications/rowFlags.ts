import type { MeasureData } from "../../input/measures";
import { eachMeasureRecord, measureColumns } from "../../input/measureColumns";
import type { LayoutId } from "../../input/layouts";
import { monthLabel, type MonthIndex } from "../../parse/months";
import { countsTowardText, notComparedReason, yesNo, type FlagCell, type FlagColumn, type RowContribution, type RowSink } from "../../model/flags";
import { count, usd } from "../../model/text";
import { bump } from "../../model/tally";
import type { BizAppsAssociation, BizAppsTrackRule, BusinessApplicationsRuleSet, RevenueThreshold, WorkloadFamily } from "./types";
import { bizAppsAssociation, countingAssociations } from "./associations";
import { customerSuccessAssociations, isDeployment, rateCardMatcher, type ConsumptionUnits } from "./consumption";
import { classifiesEnterprise, meetsRevenue, revenueRowReader, type RevenueUnits } from "./revenue";
import { workloadMatcher } from "./workloads";

const DESIGNATION = "Business Applications";
const REVENUE_LAYOUT: LayoutId = "bizapps-revenue";
const USAGE_LAYOUT: LayoutId = "bizapps-usage";

const ID = {
  ncaWorkload: "bizapps-nca-workload",
  revenueAssociation: "bizapps-revenue-association",
  revenue: "bizapps-workload-revenue",
  nca: (track: string) => `bizapps-${track}-nca-revenue`,
  classification: "bizapps-classification",
  rateCardWorkload: "bizapps-rate-card-workload",
  usageAssociation: "bizapps-usage-association",
  rowMcv: "bizapps-row-mcv",
  mcv: "bizapps-workload-mcv",
  deployment: (track: string) => `bizapps-${track}-deployment`,
};

/** "≥ $1,500" or "> $1,500". */
const thresholdSign = (t: RevenueThreshold) => `${t.inclusive ? "≥" : ">"} ${usd(t.min.value)}`;
/** "at least $1,500" or "more than $1,500". */
const thresholdWords = (t: RevenueThreshold) => `${t.inclusive ? "at least" : "more than"} ${usd(t.min.value)}`;

const FAMILY: Record<WorkloadFamily, string> = { dynamics: "Dynamics 365 usage", "power-platform": "Power Platform and Customer Insights usage" };

/** The association types a list names, as a reader knows them: a bare "CPOR" and an untiered "CSP" are readings of the export, not names. */
const named = (list: readonly BizAppsAssociation[]) => list.filter((a) => a !== "CPOR" && a !== "CSP").join(", ");

const COMPARED = "Compared months only.";

/** The detail columns beside the revenue export, for these rules (thresholds are the rule set's). */
export function revenueFlagColumns(rules: BusinessApplicationsRuleSet): FlagColumn[] {
  const { minUnits, revenueAbove } = rules.classification;
  return [
    {
      id: ID.ncaWorkload,
      header: "SPD Eligible workload",
      numberFormat: "@",
      meaning: `Business Applications: the net-customer-adds workload the row's Workloads is, or No when it is not on the list. ${COMPARED}`,
    },
    {
      id: ID.revenueAssociation,
      header: "SPD Association",
      numberFormat: "@",
      meaning: `The association type the row's PartnerAssociationType reads as (CPOR RevRec, CPOR OSU, CSP Tier 1, DPOR …); only ${named(rules.associations.netCustomerAdds.value)} count. ${COMPARED}`,
    },
    {
      id: ID.revenue,
      header: "SPD Tenant workload revenue",
      numberFormat: "$#,##0",
      meaning: `The tenant workload's revenue that month in USD: its rows with an eligible workload and association summed, the amount the thresholds are checked against. ${COMPARED}`,
    },
    ...rules.tracks.map((t) => {
      const threshold = rules.settings.ncaRevenue[t.id];
      return {
        id: ID.nca(t.id),
        header: `SPD Revenue ${thresholdSign(threshold)} (${t.label})`,
        numberFormat: "@",
        meaning: `Yes when the tenant workload's revenue that month is ${thresholdWords(threshold)}: it counts toward ${t.label} net customer adds. ${COMPARED}`,
      };
    }),
    {
      id: ID.classification,
      header: `SPD Revenue > ${usd(revenueAbove.value)} both months (Enterprise classification)`,
      numberFormat: "@",
      meaning: `Yes when the tenant workload has more than ${usd(revenueAbove.value)} revenue in both compared months: ${minUnits.value} or more such tenant workloads make the partner Enterprise. ${COMPARED}`,
    },
  ];
}

/** The detail columns beside the usage export, for these rules (deployment thresholds are the tracks'). */
export function usageFlagColumns(rules: BusinessApplicationsRuleSet): FlagColumn[] {
  return [
    {
      id: ID.rateCardWorkload,
      header: "SPD Rate-card workload",
      numberFormat: "@",
      meaning: `Business Applications: the rate-card workload the row's Workload is read as (its MCV rate), or No when it has no rate. ${COMPARED}`,
    },
    {
      id: ID.usageAssociation,
      header: "SPD Association",
      numberFormat: "@",
      meaning:
        `The association type the row's PartnerAssociationType reads as; Dynamics 365 usage counts under ${named(rules.associations.customerSuccess.dynamics.value)}, ` +
        `Power Platform and Customer Insights usage under ${named(rules.associations.customerSuccess["power-platform"].value)}. ${COMPARED}`,
    },
    {
      id: ID.rowMcv,
      header: "SPD Row MCV (usage × rate)",
      numberFormat: "#,##0",
      meaning: `The row's monthly consumption value: its MAU (profiles for Customer Insights) times the workload's rate. ${COMPARED}`,
    },
    {
      id: ID.mcv,
      header: "SPD Tenant workload MCV",
      numberFormat: "#,##0",
      meaning: `The tenant workload's MCV that month: its counted rows summed, what a deployment is checked against (usage growth sums every tenant's). ${COMPARED}`,
    },
    ...rules.tracks.map((t) => ({
      id: ID.deployment(t.id),
      header: `SPD Deployment, MCV ≥ ${count(t.deploymentMinMcv.value)} (${t.label})`,
      numberFormat: "@",
      meaning: `Yes when the tenant workload's MCV that month is at least ${count(t.deploymentMinMcv.value)}: a deployment on the ${t.label} track. ${COMPARED}`,
    })),
  ];
}

interface Months {
  asOf: MonthIndex;
  baseline: MonthIndex;
}

/** Texts many rows share, made once: large exports repeat a handful of them over and over. */
class Memo<V> {
  private readonly map = new Map<string, V>();
  get(key: string, make: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) this.map.set(key, (v = make()));
    return v;
  }
}

/** The rows the reader skipped, with its reason. */
function skipped(data: MeasureData, layout: LayoutId): RowContribution[] {
  return data.rejected.map((r) => ({ layout, file: data.files[r.file], row: r.row, countsToward: [], reason: `Skipped: ${r.reason}`, cells: {} }));
}

/** Why a row outside M and its baseline decides nothing. */
function outsideReasons(m: Months): (month: MonthIndex) => string {
  const after = `After the as-of month ${monthLabel(m.asOf)}: not read.`;
  const notCompared = notComparedReason(monthLabel(m.asOf), monthLabel(m.baseline));
  return (month) => (month > m.asOf ? after : notCompared);
}

/** "net customer adds" in M; "net customer adds (baseline Oct-2024)" in the baseline month. */
function inMonth(metric: string, m: Months, month: MonthIndex): string {
  return month === m.asOf ? metric : `${metric} (baseline ${monthLabel(month)})`;
}

/**
 * "Business Applications: usage growth, deployments" when every track says the same; else one entry
 * per track that the row counts for, and the track-free metrics (the classification) on their own.
 */
function countsToward(tracks: readonly BizAppsTrackRule[], perTrack: string[][], shared: string[]): string[] {
  const first = perTrack[0] ?? [];
  if (perTrack.every((list) => list.join("\u0000") === first.join("\u0000"))) {
    const all = [...first, ...shared];
    return all.length ? [countsTowardText(DESIGNATION, undefined, all)] : [];
  }
  const out = tracks.flatMap((t, i) => (perTrack[i].length ? [countsTowardText(DESIGNATION, t.label, perTrack[i])] : []));
  if (shared.length) out.push(countsTowardText(DESIGNATION, undefined, shared));
  return out;
}

/** How an association cell reads: the rules' type, or the raw text where the rules name none. */
function associationCell(raw: string, association: BizAppsAssociation): string {
  return association === "OTHER" ? `Other (${raw || "blank"})` : association;
}

/** Why an association does not count, naming what does. */
function associationReason(raw: string, association: BizAppsAssociation, forWhat: string, list: readonly BizAppsAssociation[]): string {
  const shown = raw ? `"${raw}"` : "(blank)";
  const read = association === "CPOR" ? " names no CPOR sub-type and" : association === "OTHER" ? "" : raw === association ? "" : ` (read as ${association})`;
  return `Association ${shown}${read} does not count for ${forWhat} (eligible: ${named(list)}).`;
}

/**
 * Per-row flags of the revenue export: the net customer adds each row counts toward per track, and
 * its tenant workload's part in the Enterprise classification. The thresholds are checked on the
 * tenant workload's revenue that month (its eligible rows summed): the sums are the scorer's own.
 * Per tenant workload and month the verdict is made once; rows share its texts.
 */
export function revenueRowFlags(data: MeasureData, rules: BusinessApplicationsRuleSet, units: RevenueUnits, out: RowSink): void {
  const m: Months = { asOf: units.asOf, baseline: units.baseline };
  const workloadOf = workloadMatcher(rules.ncaWorkloads.value);
  const associations = countingAssociations(rules.associations.netCustomerAdds.value, rules);
  const above = rules.classification.revenueAbove.value;
  const thresholds = rules.tracks.map((t) => rules.settings.ncaRevenue[t.id]);
  const distinct = new Set(thresholds.map((t) => `${t.inclusive}|${t.min.value}`));
  const underText =
    distinct.size === 1
      ? `is ${thresholds[0].inclusive ? "under" : "not over"} the ${usd(thresholds[0].min.value)} monthly threshold.`
      : `is under every track's monthly threshold (${rules.tracks.map((t, i) => `${t.label}: ${thresholdWords(thresholds[i])}`).join("; ")}).`;
  const outside = outsideReasons(m);
  const ncaIds = rules.tracks.map((t) => ID.nca(t.id));
  // Rows share these texts and "counts toward" lists (mergeRowFlags copies them before adding to one).
  const texts = new Memo<unknown>();
  const text = <V>(key: string, make: () => V): V => texts.get(key, make) as V;
  const associationCells = new Memo<string>();
  // "Counts toward" by a bit mask of the row's month and verdicts.
  const lists: (string[] | undefined)[] = [];

  // Rows summed into each tenant workload in M and the baseline month: one pass, for the reasons' "(2 rows summed)".
  const rowsIn = { current: new Map<string, number>(), previous: new Map<string, number>() };
  const columns = measureColumns(data);
  const counted = revenueRowReader(rules);
  for (let i = 0; i < columns.length; i++) {
    const month = columns.month[i];
    if (month !== m.asOf && month !== m.baseline) continue;
    const workload = counted(columns.kinds[columns.kind[i]]);
    if (typeof workload === "string") continue;
    bump(month === m.asOf ? rowsIn.current : rowsIn.previous, `${columns.tenant[i]}|${workload.id}`);
  }

  const flagOf = (r: MeasureData["records"][number]): RowContribution => {
    const file = data.files[r.file];
    if (r.month !== m.asOf && r.month !== m.baseline)
      return { layout: REVENUE_LAYOUT, file, row: r.row, countsToward: [], reason: outside(r.month), cells: {} };
    const workload = workloadOf(r.item);
    const association = bizAppsAssociation(r.associationRaw);
    const cells: Record<string, FlagCell> = {
      [ID.ncaWorkload]: workload?.name ?? "No",
      [ID.revenueAssociation]: associationCells.get(r.associationRaw, () => associationCell(r.associationRaw, association)),
    };
    const flag: RowContribution = { layout: REVENUE_LAYOUT, file, row: r.row, countsToward: [], reason: "", cells };
    if (!workload) {
      flag.reason = text(`w|${r.item}`, () => `Workload "${r.item}" is not on the Business Applications net-customer-adds list.`);
      return flag;
    }
    if (!associations.has(association)) {
      flag.reason = text(`r|${r.associationRaw}`, () =>
        associationReason(r.associationRaw, association, "net customer adds", rules.associations.netCustomerAdds.value)
      );
      return flag;
    }

    const key = `${r.tenant}|${workload.id}`;
    const current = units.current.get(key) ?? 0;
    const previous = units.previous.get(key) ?? 0;
    const isAsOf = r.month === m.asOf;
    const revenue = isAsOf ? current : previous;
    const meets = thresholds.map((t) => meetsRevenue(revenue, t));
    const classifies = classifiesEnterprise(current, previous, above);
    cells[ID.revenue] = revenue;
    for (let i = 0; i < ncaIds.length; i++) cells[ncaIds[i]] = yesNo(meets[i]);
    cells[ID.classification] = yesNo(classifies);

    let mask = (isAsOf ? 1 : 0) | (classifies ? 2 : 0);
    for (let i = 0; i < meets.length; i++) if (meets[i]) mask |= 4 << i;
    flag.countsToward = lists[mask] ??= countsToward(
      rules.tracks,
      meets.map((met) => (met ? [inMonth("net customer adds", m, r.month)] : [])),
      classifies ? [inMonth("Enterprise classification", m, r.month)] : []
    );
    if (flag.countsToward.length) return flag;
    flag.reason = text(`u|${isAsOf}|${key}`, () => {
      const rows = (isAsOf ? rowsIn.current : rowsIn.previous).get(key) ?? 1;
      return `Revenue ${usd(revenue)} in ${monthLabel(r.month)}${rows > 1 ? ` (${rows} rows of the tenant's ${workload.name} summed)` : ""} ${underText}`;
    });
    return flag;
  };
  for (const r of eachMeasureRecord(data)) out.push(flagOf(r));
  for (const row of skipped(data, REVENUE_LAYOUT)) out.push(row);
}

/**
 * Per-row flags of the usage export: usage growth (every counted row in M or its baseline adds to the
 * MCV sums) and, per track, deployments (the tenant workload's MCV that month against the track's minimum).
 */
export function usageRowFlags(data: MeasureData, rules: BusinessApplicationsRuleSet, units: ConsumptionUnits, out: RowSink): void {
  const m: Months = { asOf: units.asOf, baseline: units.baseline };
  const rateOf = rateCardMatcher(rules);
  const eligible = customerSuccessAssociations(rules);
  const outside = outsideReasons(m);
  const deploymentIds = rules.tracks.map((t) => ID.deployment(t.id));
  // Rows share these texts and "counts toward" lists (mergeRowFlags copies them before adding to one).
  const texts = new Memo<unknown>();
  const text = <V>(key: string, make: () => V): V => texts.get(key, make) as V;
  const associationCells = new Memo<string>();
  // "Counts toward" by a bit mask of the row's month and verdicts.
  const lists: (string[] | undefined)[] = [];
  const trial = "Trial usage (MetricType): only paid usage counts.";
  const flagOf = (r: MeasureData["records"][number]): RowContribution => {
    const file = data.files[r.file];
    if (r.month !== m.asOf && r.month !== m.baseline) return { layout: USAGE_LAYOUT, file, row: r.row, countsToward: [], reason: outside(r.month), cells: {} };
    const entry = rateOf(r.item);
    const association = bizAppsAssociation(r.associationRaw);
    const cells: Record<string, FlagCell> = {
      [ID.rateCardWorkload]: entry?.name ?? "No",
      [ID.usageAssociation]: associationCells.get(r.associationRaw, () => associationCell(r.associationRaw, association)),
    };
    const flag: RowContribution = { layout: USAGE_LAYOUT, file, row: r.row, countsToward: [], reason: "", cells };
    if (r.trial) {
      flag.reason = trial;
      return flag;
    }
    if (!entry) {
      flag.reason = text(`w|${r.item}`, () => `Workload "${r.item}" has no rate on the rate card: it adds no MCV.`);
      return flag;
    }
    if (!eligible[entry.family].has(association)) {
      flag.reason = text(`r|${entry.family}|${r.associationRaw}`, () =>
        associationReason(r.associationRaw, association, FAMILY[entry.family], rules.associations.customerSuccess[entry.family].value)
      );
      return flag;
    }

    const isAsOf = r.month === m.asOf;
    const mcv = (isAsOf ? units.current : units.previous).get(`${r.tenant}|${entry.id}`) ?? 0;
    cells[ID.rowMcv] = r.value * entry.rate;
    cells[ID.mcv] = mcv;
    const deployed = rules.tracks.map((t) => isDeployment(mcv, t.deploymentMinMcv.value));
    for (let i = 0; i < deploymentIds.length; i++) cells[deploymentIds[i]] = yesNo(deployed[i]);
    let mask = isAsOf ? 1 : 0;
    for (let i = 0; i < deployed.length; i++) if (deployed[i]) mask |= 2 << i;
    flag.countsToward = lists[mask] ??= countsToward(
      rules.tracks,
      deployed.map((d) => [inMonth("usage growth", m, r.month), ...(d ? [inMonth("deployments", m, r.month)] : [])]),
      []
    );
    return flag;
  };
  for (const r of eachMeasureRecord(data)) out.push(flagOf(r));
  for (const row of skipped(data, USAGE_LAYOUT)) out.push(row);
}

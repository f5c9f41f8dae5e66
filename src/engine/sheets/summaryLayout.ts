import type { RenewalStatus } from "../history/renewalTypes";
import type { DesignationHistory, ScoreHistory } from "../history/types";
import type { DesignationPaths } from "../optimise/types";
import { isoMonthLabel } from "../parse/months";
import { STATUS_LABEL, formatPoints } from "../model/points";
import type { DesignationResult, MetricResult, Report } from "../model/results";
import { sidesLines } from "../model/sides";
import { DESIGNATION_SHORT_NAMES } from "../designations/names";
import type { DesignationId } from "../model/ruleTypes";

export type SummaryCell = string | number;

export interface SummaryTable {
  /** Excel table name (letters, digits, underscores; unique in the workbook). */
  name: string;
  header: string[];
  rows: SummaryCell[][];
  /** Number format per column index ("0.00"); others are General. */
  formats: Record<number, string>;
  /** Column whose cells are coloured: green for Met / Qualified / Yes, red otherwise. */
  statusColumn: number;
  /** Rows (0-based, data rows) to set in bold: track totals. */
  boldRows: number[];
}

export type SummaryBlock =
  | { kind: "title"; text: string }
  | { kind: "info"; rows: SummaryCell[][] }
  | { kind: "heading"; text: string }
  | { kind: "table"; table: SummaryTable }
  | { kind: "lines"; title: string; lines: string[] }
  /** A chart of total points per month and track (Excel only: the command line's workbook has no charts). */
  | { kind: "trend"; history: DesignationHistory; minTotal: number };

/** What the summary shows beside the score, when it was computed. */
export interface SummaryExtras {
  paths?: DesignationPaths[];
  history?: ScoreHistory;
  renewal?: RenewalStatus[];
  /** The qualifying total per designation (the rule set's minimum), for the trend chart's line. */
  minTotals?: Partial<Record<DesignationResult["id"], number>>;
  /**
   * The rule options in force and where they came from (the add-in: "Calibrate", options saved in the
   * workbook): a "Rule options" row in the info block. Without it, no row.
   */
  ruleOptions?: { options: readonly RuleOptionLine[]; from?: string };
}

/** One option for the "Rule options" row: its id, its label, the designations whose rule sets have it. */
export interface RuleOptionLine {
  id: string;
  label: string;
  designations: readonly DesignationId[];
}

/** "nca-smb-500 (Business Applications: Net customer adds, SMB: …); growth-ttm (…) — from Calibrate", or the default readings. */
export function ruleOptionsText(ruleOptions: NonNullable<SummaryExtras["ruleOptions"]>): string {
  if (!ruleOptions.options.length) return "Default readings (no rule options)";
  const list = ruleOptions.options.map((o) => `${o.id} (${o.designations.map((d) => DESIGNATION_SHORT_NAMES[d]).join(", ")}: ${o.label})`).join("; ");
  return ruleOptions.from ? `${list} — from ${ruleOptions.from}` : list;
}

export const SUMMARY_SHEET = "SPD Summary";
export const DESIGNATIONS_TABLE = "SPDDesignations";
export const DESIGNATION_HEADER = ["Designation", "Track that counts", "Total", "Status", "Qualified", "Rule set", "Note"];
export const METRIC_HEADER = ["Track", "Metric", "Association", "Value", "Target", "Points", "Max points", "Met", "Missing for full points", "Now and a year ago"];

const GOOD = new Set(["Met", "Qualified", "Yes", "Attained"]);
export const isGood = (cell: SummaryCell): boolean => GOOD.has(String(cell));

function trackLabel(d: DesignationResult): string {
  const t = d.tracks.find((x) => x.id === d.countingTrack);
  if (!t) return "";
  if (d.trackChoice === "classified") return `${t.label} (classified)`;
  return d.trackChoice === "best" ? `${t.label} (best)` : t.label;
}

function note(d: DesignationResult): string {
  if (!d.scored) return d.needs ?? "";
  const parts: string[] = [];
  if (d.classification) parts.push(d.classification.reason);
  if (d.asOf) parts.push(`As of ${d.asOf} (its exports end there).`);
  const counting = d.tracks.find((x) => x.id === d.countingTrack);
  if (counting && !d.qualified && counting.missing.length) parts.push(`Next: ${counting.missing[0]}`);
  return parts.join(" ");
}

/** The value and target cells of a metric: the best association's, or the parts/steps written out. */
function valueCells(m: MetricResult): [string, SummaryCell, SummaryCell] {
  if (typeof m.value === "number" && typeof m.target === "number") {
    const prereq = m.steps?.slice(0, -1).filter((s) => !s.met).map((s) => `${s.label} ${s.people}/${s.minPeople}`) ?? [];
    return [prereq.length ? `prerequisites not met: ${prereq.join(", ")}` : "", m.value, m.target];
  }
  const value = m.value as Record<string, number>;
  const target = m.target as Record<string, number>;
  if (m.bestAssociation) return [m.bestAssociation, value[m.bestAssociation] ?? 0, target[m.bestAssociation] ?? 0];
  const list = (m: Record<string, number>) => Object.entries(m).map(([k, v]) => `${k} ${formatPoints(v)}`).join(", ");
  return [Object.keys(value).join(" + "), list(value), list(target)];
}

function tableName(d: DesignationResult): string {
  return `SPD_${d.id.replace(/[^a-z0-9]+/gi, "_")}`;
}

function designationTable(d: DesignationResult): SummaryTable {
  const rows: SummaryCell[][] = [];
  const boldRows: number[] = [];
  for (const t of d.tracks) {
    for (const m of t.metrics) {
      const [association, value, target] = valueCells(m);
      rows.push([t.label, m.label, association, value, target, m.points, m.maxPoints, m.points >= m.maxPoints ? "Met" : m.points > 0 ? "Partly" : "Not met", m.gaps[0]?.text ?? "", sidesLines(m).join("; ")]);
    }
    boldRows.push(rows.length);
    const counts = d.countingTrack === t.id ? (d.trackChoice === "classified" ? " (classified track)" : d.trackChoice === "best" ? " (best track)" : "") : "";
    rows.push([t.label, `Total${counts}`, "", "", d.qualifyingTotal, t.total, 100, STATUS_LABEL[t.status], t.pointsToQualify > 0 ? `${formatPoints(t.pointsToQualify)} points to ${formatPoints(d.qualifyingTotal)}` : "", ""]);
  }
  return { name: tableName(d), header: METRIC_HEADER, rows, formats: { 5: "0.00" }, statusColumn: 7, boldRows };
}

/**
 * The summary sheet's content, shared by the add-in and the command line's --out workbook: info,
 * a first table with one row per designation, then a section per scored designation.
 */
export function summaryLayout(report: Report, sources: string[], extras: SummaryExtras = {}): SummaryBlock[] {
  const cloud = report.microsoftCloud;
  const blocks: SummaryBlock[] = [
    { kind: "title", text: "Partner Capability Score" },
    {
      kind: "info",
      rows: [
        ["As-of month", report.asOf],
        ["Baseline month", report.baseline],
        ["Source", sources.join(", ")],
        ["Solutions Partner for Microsoft Cloud", cloud.attained ? "Attained" : `Not attained: ${cloud.qualified.length} of 6 designations qualify`],
        ...(extras.ruleOptions ? [["Rule options", ruleOptionsText(extras.ruleOptions)]] : []),
      ],
    },
    {
      kind: "table",
      table: {
        name: DESIGNATIONS_TABLE,
        header: DESIGNATION_HEADER,
        rows: report.designations.map((d) => [
          d.name,
          trackLabel(d),
          d.total,
          d.scored ? STATUS_LABEL[d.status] : "Not scored",
          d.qualified ? "Yes" : "No",
          d.scored ? `${d.ruleSet.id}${d.ruleSet.options.length ? ` + ${d.ruleSet.options.join(", ")}` : ""}` : "",
          note(d),
        ]),
        formats: { 2: "0.00" },
        statusColumn: 4,
        boldRows: [],
      },
    },
  ];
  for (const d of report.designations) {
    if (!d.scored) continue;
    blocks.push({ kind: "heading", text: `${d.name}: ${formatPoints(d.total)} points, ${d.qualified ? "Qualified" : STATUS_LABEL[d.status]} (${d.ruleSet.name})` });
    blocks.push({ kind: "table", table: designationTable(d) });
    const paths = extras.paths?.find((p) => p.designation === d.id);
    if (paths) blocks.push({ kind: "info", rows: pathRows(paths) });
  }
  if (extras.history) blocks.push(...historyBlocks(extras.history, extras.renewal ?? [], extras.minTotals ?? {}));
  if (report.warnings.length) blocks.push({ kind: "lines", title: "Warnings", lines: report.warnings.map((w) => w.message) });
  return blocks;
}

/** "Cheapest path: … → 72 points" for the plan that qualifies the designation, then the other tracks'. */
function pathRows(paths: DesignationPaths): SummaryCell[][] {
  const rows: SummaryCell[][] = [];
  if (paths.cheapest) rows.push(["Cheapest path", paths.cheapest.text]);
  for (const t of paths.tracks) {
    if (t === paths.cheapest || t.outcome === "already-qualified") continue;
    rows.push([`Cheapest path, ${t.trackLabel}${t.qualifiesDesignation ? "" : " (not your classified track)"}`, t.text]);
  }
  return rows;
}

const month = isoMonthLabel;

function historyTable(h: DesignationHistory): SummaryTable {
  // Every month shows the same metrics; take their labels from the first month with data.
  const metrics = h.months.find((m) => m.available)?.metrics ?? [];
  const rows = [...h.months].reverse().map((m): SummaryCell[] => [
    month(m.month),
    m.available ? m.total : "",
    m.available ? (m.qualified ? "Qualified" : STATUS_LABEL[m.status]) : "Data unavailable",
    ...metrics.map((x) => m.metrics.find((y) => y.id === x.id)?.points ?? ""),
    m.available ? m.countingTrackLabel : (m.reason ?? ""),
  ]);
  const formats: Record<number, string> = { 1: "0.00" };
  metrics.forEach((_, i) => (formats[3 + i] = "0.00"));
  return { name: `SPD_History_${h.id.replace(/[^a-z0-9]+/gi, "_")}`, header: ["Month", "Best score", "Status", ...metrics.map((x) => x.label), "Best track"], rows, formats, statusColumn: 2, boldRows: [] };
}

/** Partner Center's "Scores" page per designation: newest month first, whether it qualified in the window, the renewal status, the trend. */
function historyBlocks(history: ScoreHistory, renewal: RenewalStatus[], minTotals: SummaryExtras["minTotals"] & object): SummaryBlock[] {
  const blocks: SummaryBlock[] = [{ kind: "heading", text: `Qualification eligibility window: ${month(history.from)} to ${month(history.to)} (each row is that month's best score)` }];
  for (const h of history.designations) {
    if (h.needs) continue;
    const verdict = h.qualifiedInWindow ? `qualified in ${h.qualifiedMonths.length} of ${h.months.length} months (${h.qualifiedMonths.map(month).join(", ")})` : `not qualified in any month of the window`;
    blocks.push({ kind: "heading", text: `${h.name}: ${verdict}` }, { kind: "table", table: historyTable(h) });
    const status = renewal.find((r) => r.designation === h.id);
    if (status) blocks.push({ kind: "info", rows: [[status.kind === "renewal" ? "Renewal status (as of today)" : "Enrolment status (as of today)", status.label], ["Reason", status.reason]] });
    blocks.push({ kind: "trend", history: h, minTotal: minTotals[h.id] ?? 70 });
  }
  return blocks;
}

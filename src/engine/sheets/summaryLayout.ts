import type { RenewalStatus } from "../history/renewalTypes";
import type { DesignationHistory, ScoreHistory } from "../history/types";
import type { DesignationPaths } from "../optimise/types";
import { isoMonthLabel } from "../parse/months";
import { STATUS_LABEL, formatPoints, type TrackStatus } from "../model/points";
import type { DesignationResult, MetricResult, MetricSides, Report, TrackResult } from "../model/results";
import { DESIGNATION_SHORT_NAMES } from "../model/designationNames";
import { LAYOUTS } from "../input/layouts";
import type { DesignationId } from "../model/ruleTypes";
import { MIN_WIDTH, NOTE_COLUMNS, NUMBER_CEILING, TEXT_CEILING, formatFor, shownLength, spanWidth, wrappedLines } from "./sheetText";
import { trendBlockRows, trendTable, type TrendTable } from "./trendTable";
import { SUMMARY_SHEET } from "./sheetNames";

export type SummaryCell = string | number;

/** A status cell's colours (Excel's Good, Neutral and Bad cell styles; grey for not scored). */
export interface Tone {
  fill: string;
  font: string;
}

export const TONES = {
  good: { fill: "#C6EFCE", font: "#006100" },
  partial: { fill: "#FFEB9C", font: "#9C5700" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  none: { fill: "#EDEDED", font: "#595959" },
} as const satisfies Record<string, Tone>;

export interface SummaryTable {
  /** Excel table name (letters, digits, underscores; unique in the workbook). */
  name: string;
  header: string[];
  rows: SummaryCell[][];
  /**
   * The number format of every data cell, row by row, set before its value: "@" for text (so Excel keeps
   * "2025-10", "May-2025" or "00123" as written), the metric's format for numbers ("#,##0", "$#,##0").
   */
  formats: string[][];
  /** Column whose cells are coloured by `tones`; -1 for none. */
  statusColumn: number;
  /** Per data row, the status cell's colours (null: none). */
  tones: (Tone | null)[];
  /** Rows (0-based, data rows) set in bold: track totals. */
  boldRows: number[];
  /** Lines the header row and each data row take at the sheet's widths: the row is that many lines high. */
  headerLines: number;
  lines: number[];
}

/**
 * A label in column A and its value in B. `lines` ≥ 1: the value is a text wrapped in the notes area
 * (B to G merged), the row that many lines high; 0: the value is a plain cell (a number, or data that
 * must stay one cell as written, such as the scenario's).
 */
export interface InfoRow {
  label: string;
  value: SummaryCell;
  /** "@" for text; a number format for numbers. */
  format: string;
  lines: number;
}

/** A long text in the notes area (A to G merged, wrapped), `lines` lines high. */
export interface NoteLine {
  text: string;
  lines: number;
}

/**
 * What the summary (and scenario) sheets are made of, from row 1 down, each block after the one before
 * (the renderers: src/excel/writeBlocks.ts for the add-in, src/cli/summarySheet.ts for --out, both
 * placing every block in the same cells):
 * - setup (first): column widths in characters, rows to freeze, how many columns (from A) the notes
 *   area spans; the sheet prints one page wide;
 * - title (bold, 14 pt) and heading (bold, 12 pt): one row;
 * - info: a row each (label in A; a text value in B merged to the notes area's last column, wrapped,
 *   the row `lines` × 15 points high when over one line), then a blank row;
 * - table: a header row and the data rows (an Excel table in the add-in), then a blank row;
 * - notes: the title, a row per note (A merged to the notes area's last column, wrapped), then a blank row;
 * - trend: the table of total points per month from `column` (C), the chart (add-in only; ExcelJS writes
 *   none) in A:B beside it, `rows` rows, then a blank row.
 * Table rows and wrapped rows are `lines` × 15 points high when over one line; text cells wrap in tables.
 */
export type SummaryBlock =
  | { kind: "setup"; widths: number[]; freezeRows: number; noteColumns: number }
  | { kind: "title"; text: string }
  | { kind: "info"; rows: InfoRow[] }
  | { kind: "heading"; text: string }
  | { kind: "table"; table: SummaryTable }
  | { kind: "notes"; title: string; lines: NoteLine[] }
  /** Total points per month and track, and (the add-in's) chart of them. */
  | { kind: "trend"; history: DesignationHistory; minTotal: number; table: TrendTable; column: number; rows: number };

/** The column the trend table starts in: the chart takes A:B beside it (384 × 225 points). */
export const TREND_TABLE_COLUMN = 2;

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
  /** What the workbook could not keep as the input had it (--out): the last notes block. */
  workbookNotes?: readonly string[];
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

export { SUMMARY_SHEET };
export const DESIGNATIONS_TABLE = "SPDDesignations";
export const DESIGNATION_HEADER = ["Designation", "Track that counts", "Total", "Status", "Points to 70", "Next step"];
export const METRIC_HEADER = ["Metric", "Progress (now / a year ago)", "Target", "Points", "Maximum", "Gap", "Status"];
export const NOTES_TITLE = "Notes on this workbook";

const GOOD = new Set(["Met", "Qualified", "Yes", "Attained"]);
export const isGood = (cell: SummaryCell): boolean => GOOD.has(String(cell));

/** Green for met and qualified, amber for partly there, red for nothing yet, grey for not scored. */
export function toneOf(status: string): Tone | null {
  if (GOOD.has(status)) return TONES.good;
  if (status === "Partly" || status === STATUS_LABEL.Partial || status === STATUS_LABEL.InProgress) return TONES.partial;
  if (status === "Not met" || status === STATUS_LABEL.NotStarted || status === "No") return TONES.bad;
  if (status === "Not scored" || status.startsWith("Data unavailable")) return TONES.none;
  return null;
}

// "_)" pads a right-aligned number by the width of ")", so it never touches the left-aligned text
// of the next column ("100" then "2 points to 70" read as "1002 points to 70" without it).
const POINTS = "0.0#_)";
const WHOLE = "0_)";
const COUNT = "#,##0_)";
const USD = "$#,##0_)";
const GROWTH = '0.0 "pp"_)';

const statusText = (status: TrackStatus, qualified: boolean) => (qualified ? "Qualified" : STATUS_LABEL[status]);

// ---- rule sets ---------------------------------------------------------------------------------

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2023-06-12" → "12 Jun 2023". */
function dayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** "2023 rules, in force from 12 Jun 2023" (and the options applied): the rule set by its name and date, not its id. */
export function ruleSetText(ruleSet: DesignationResult["ruleSet"]): string {
  // The name ends with what tells the rule set apart: "Solutions Partner for Security (2023 rules, skilling from 1 Dec 2023)".
  const own = /\(([^()]*rules[^()]*)\)\s*$/.exec(ruleSet.name)?.[1] ?? `${ruleSet.edition} rules`;
  const options = ruleSet.options.length ? `; option${ruleSet.options.length > 1 ? "s" : ""} ${ruleSet.options.join(", ")}` : "";
  return `${own}, in force from ${dayText(ruleSet.effectiveFrom)}${options}`;
}

// ---- the designations table ----------------------------------------------------------------------

function trackLabel(d: DesignationResult): string {
  const t = d.tracks.find((x) => x.id === d.countingTrack);
  if (!t) return "";
  if (d.trackChoice === "classified") return `${t.label} (classified)`;
  return d.trackChoice === "best" ? `${t.label} (best)` : t.label;
}

function nextStep(d: DesignationResult): string {
  // Which export, without its column list: the row stays one or two lines high (the pane lists the columns).
  if (!d.scored) return (d.needs ?? "").replace(/\s*\([^()]*\)/g, "");
  const counting = d.tracks.find((x) => x.id === d.countingTrack);
  if (d.qualified || !counting) return "";
  return counting.missing[0] ?? "";
}

function designationsTable(report: Report): TableDraft {
  const qualifying = new Set(report.designations.map((d) => d.qualifyingTotal));
  const header = [...DESIGNATION_HEADER];
  if (qualifying.size !== 1 || !qualifying.has(70)) header[4] = qualifying.size === 1 ? `Points to ${[...qualifying][0]}` : "Points to qualify";
  const rows = report.designations.map((d): DraftRow => {
    const counting = d.tracks.find((x) => x.id === d.countingTrack);
    const status = d.scored ? statusText(d.status, d.qualified) : "Not scored";
    return {
      cells: [d.name, trackLabel(d), d.scored ? d.total : "", status, d.scored && counting ? counting.pointsToQualify : "", nextStep(d)],
      formats: { 2: POINTS, 4: POINTS },
    };
  });
  return { name: DESIGNATIONS_TABLE, header, rows, statusColumn: 3 };
}

// ---- a designation's table ----------------------------------------------------------------------------

const INT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const ONE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

const isMoney = (s: MetricSides) => /\bUSD\b|\bACR\b/.test(s.measure);
const measureName = (s: MetricSides) => s.measure.replace(/\s*\(USD\)/, "");
function amount(value: number, money: boolean): string {
  return `${value < 0 ? "−" : ""}${money ? "$" : ""}${INT.format(Math.abs(value))}`;
}
const signed = (value: number, money = false) => `${value >= 0 ? "+" : ""}${amount(value, money)}`;

/** The number format of a metric's value and target: people and customers, MAU, USD, or percent growth. */
function metricFormat(s: MetricSides | undefined): string {
  if (!s) return COUNT;
  if (s.change === "percent") return GROWTH;
  return isMoney(s) ? USD : COUNT;
}

/**
 * Both sides of the comparison: "customers 191 now / 183 a year ago (net +8)", "MAU 1,340 growth from
 * 29,584 to 30,924", "ACR growth 21.4 %: $123,765 now / $101,956 a year ago".
 */
function progressText(value: number, s: MetricSides | undefined, growth: boolean): string {
  if (!s) return INT.format(value);
  const money = isMoney(s);
  const note = s.note ? `; ${s.note}` : "";
  if (s.change === "percent")
    return `${measureName(s)} growth ${ONE.format(value)} %: ${amount(s.now.value, money)} now / ${amount(s.baseline.value, money)} a year ago${note}`;
  if (growth) return `${measureName(s)} ${amount(value, money)} growth from ${amount(s.baseline.value, money)} to ${amount(s.now.value, money)}${note}`;
  return `${measureName(s)} ${amount(s.now.value, money)} now / ${amount(s.baseline.value, money)} a year ago (net ${signed(value, money)})${note}`;
}

function certificationText(m: MetricResult, value: number): string {
  const people = `${INT.format(value)} certified ${value === 1 ? "person" : "people"}`;
  const prereq =
    m.steps
      ?.slice(0, -1)
      .filter((s) => !s.met)
      .map((s) => `${s.label} ${s.people} of ${s.minPeople}`) ?? [];
  const from = m.basis === "option" ? " (as typed)" : m.basis === "none" ? " (no skilling export)" : "";
  return `${people}${from}${prereq.length ? `; prerequisites not met: ${prereq.join(", ")}` : ""}`;
}

const metricStatus = (points: number, max: number) => (points >= max ? "Met" : points > 0 ? "Partly" : "Not met");
const PART_NAMES: Record<string, string> = { azure: "Azure", m365: "M365" };

function metricRows(m: MetricResult): DraftRow[] {
  const blocked = m.blocked ? `; ${m.blocked}` : "";
  const gap = m.gaps[0]?.text ?? "";
  const status = metricStatus(m.points, m.maxPoints);
  if (typeof m.value === "number" && typeof m.target === "number") {
    const s = m.sides?.[""];
    const progress = m.sides ? progressText(m.value, s, m.id === "usage-growth") : certificationText(m, m.value);
    return [{ cells: [m.label, progress + blocked, m.target, m.points, m.maxPoints, gap, status], formats: { 2: metricFormat(s), 3: POINTS, 4: WHOLE } }];
  }
  const value = m.value as Record<string, number>;
  const target = m.target as Record<string, number>;
  if (m.bestAssociation) {
    const key = m.bestAssociation;
    const s = m.sides?.[key];
    return [
      {
        cells: [
          `${m.label} (${key})`,
          progressText(value[key] ?? 0, s, m.id === "usage-growth") + blocked,
          target[key] ?? 0,
          m.points,
          m.maxPoints,
          gap,
          status,
        ],
        formats: { 2: metricFormat(s), 3: POINTS, 4: WHOLE },
      },
    ];
  }
  // Parts (Security's Azure and M365): the metric, then a row per part with its own figures.
  const parts = Object.keys(value);
  const rows: DraftRow[] = [
    {
      cells: [m.label, `${parts.map((p) => PART_NAMES[p] ?? p).join(" and ")} parts below${blocked}`, "", m.points, m.maxPoints, gap, status],
      formats: { 3: POINTS, 4: WHOLE },
    },
  ];
  for (const p of parts) {
    const s = m.sides?.[p];
    const points = m.pointsBy?.[p];
    rows.push({
      cells: [
        `${m.label}: ${PART_NAMES[p] ?? p}`,
        progressText(value[p] ?? 0, s, m.id === "usage-growth"),
        target[p] ?? 0,
        points ?? "",
        "",
        m.gaps.find((g) => g.lever === p)?.text ?? "",
        "",
      ],
      formats: { 2: metricFormat(s), 3: POINTS },
    });
  }
  return rows;
}

function trackRow(d: DesignationResult, t: TrackResult): DraftRow {
  const counts = d.tracks.length > 1 && d.countingTrack === t.id ? (d.trackChoice === "classified" ? " (classified: counts)" : " (best: counts)") : "";
  const label = d.tracks.length > 1 ? `${t.label} track total${counts}` : "Total";
  const status = d.countingTrack === t.id ? statusText(t.status, d.qualified) : STATUS_LABEL[t.status];
  const toGo = t.pointsToQualify > 0 ? `${formatPoints(t.pointsToQualify)} points to ${formatPoints(d.qualifyingTotal)}` : "";
  return { cells: [label, t.note ?? "", d.qualifyingTotal, t.total, 100, toGo, status], formats: { 2: WHOLE, 3: POINTS, 4: WHOLE }, bold: true };
}

function tableName(d: DesignationResult): string {
  return `SPD_${d.id.replace(/[^a-z0-9]+/gi, "_")}`;
}

function designationTable(d: DesignationResult): TableDraft {
  const rows: DraftRow[] = [];
  for (const t of d.tracks) rows.push(trackRow(d, t), ...t.metrics.flatMap(metricRows));
  return { name: tableName(d), header: METRIC_HEADER, rows, statusColumn: 6 };
}

/** "Modern Work — 86.1 points, qualified (2023 rules, in force from 12 Jun 2023)": the designation once. */
export function sectionTitle(d: DesignationResult): string {
  const short = DESIGNATION_SHORT_NAMES[d.id] ?? d.name;
  return `${short} — ${formatPoints(d.total)} points, ${d.qualified ? "qualified" : "not qualified"} (${ruleSetText(d.ruleSet)})`;
}

// ---- the sheet ------------------------------------------------------------------------------------------

/**
 * The summary sheet's content, shared by the add-in and the command line's --out workbook: info,
 * a first table with one row per designation (the first screen), then a section per scored designation,
 * the history, the flag columns' legend and the notes.
 */
export function summaryLayout(report: Report, sources: string[], extras: SummaryExtras = {}): SummaryBlock[] {
  const cloud = report.microsoftCloud;
  const info: DraftInfo[] = [
    { label: "As-of month", value: report.asOf },
    { label: "Baseline month", value: report.baseline },
    { label: "Source", value: sources.join(", ") },
    {
      label: "Solutions Partner for Microsoft Cloud",
      value: cloud.attained ? "Attained" : `Not attained: ${cloud.qualified.length} of 6 designations qualify`,
    },
    ...(extras.ruleOptions ? [{ label: "Rule options", value: ruleOptionsText(extras.ruleOptions) }] : []),
  ];
  const blocks: Draft[] = [
    { kind: "title", text: "Partner Capability Score" },
    { kind: "info", rows: info },
    { kind: "table", table: designationsTable(report) },
  ];
  for (const d of report.designations) {
    if (!d.scored) continue;
    blocks.push({ kind: "heading", text: sectionTitle(d) });
    blocks.push({ kind: "table", table: designationTable(d) });
    const about: DraftInfo[] = [];
    if (d.classification) about.push({ label: "Track", value: d.classification.reason });
    if (d.asOf) about.push({ label: "As of", value: `${d.asOf}: its exports end there.` });
    const paths = extras.paths?.find((p) => p.designation === d.id);
    if (paths) about.push(...pathRows(paths));
    if (about.length) blocks.push({ kind: "info", rows: about });
  }
  if (extras.history) blocks.push(...historyBlocks(extras.history, extras.renewal ?? [], extras.minTotals ?? {}));
  blocks.push(...legendBlocks(report));
  if (report.warnings.length) blocks.push({ kind: "notes", title: "Warnings", lines: report.warnings.map((w) => w.message) });
  if (extras.workbookNotes?.length) blocks.push({ kind: "notes", title: NOTES_TITLE, lines: [...extras.workbookNotes] });
  return finish(blocks, 1);
}

/** "Cheapest path: … → 72 points" for the plan that qualifies the designation, then the other tracks'. */
function pathRows(paths: DesignationPaths): DraftInfo[] {
  const rows: DraftInfo[] = [];
  // The label says it: the value without "Cheapest path: ".
  const plan = (text: string) => text.replace(/^Cheapest path:\s*/, "");
  if (paths.cheapest) rows.push({ label: "Cheapest path", value: plan(paths.cheapest.text) });
  for (const t of paths.tracks) {
    if (t === paths.cheapest || t.outcome === "already-qualified") continue;
    rows.push({ label: `Cheapest path, ${t.trackLabel}${t.qualifiesDesignation ? "" : " (not your classified track)"}`, value: plan(t.text) });
  }
  return rows;
}

const month = isoMonthLabel;

function historyTable(h: DesignationHistory): TableDraft {
  // Every month shows the same metrics; take their labels from the first month with data.
  const metrics = h.months.find((m) => m.available)?.metrics ?? [];
  // Text in the wide columns A and B (the month with its best track; the status, or why there is no
  // data), numbers in the narrow ones after: no text column past the metric tables' width, so the
  // sheet still prints one page wide at a readable size.
  const formats: Record<number, string> = { 2: POINTS };
  metrics.forEach((_, i) => (formats[3 + i] = POINTS));
  const rows = [...h.months].reverse().map((m): DraftRow => ({
    cells: [
      m.available && m.countingTrackLabel ? `${month(m.month)} (${m.countingTrackLabel})` : month(m.month),
      m.available ? statusText(m.status, m.qualified) : `Data unavailable${m.reason ? `: ${m.reason}` : ""}`,
      m.available ? m.total : "",
      ...metrics.map((x) => m.metrics.find((y) => y.id === x.id)?.points ?? ""),
    ],
    formats,
  }));
  return {
    name: `SPD_History_${h.id.replace(/[^a-z0-9]+/gi, "_")}`,
    header: ["Month (best track)", "Status", "Best score", ...metrics.map((x) => x.label)],
    rows,
    statusColumn: 1,
  };
}

/** Partner Center's "Scores" page per designation: newest month first, whether it qualified in the window, the renewal status, the trend. */
function historyBlocks(history: ScoreHistory, renewal: RenewalStatus[], minTotals: SummaryExtras["minTotals"] & object): Draft[] {
  const blocks: Draft[] = [
    // Not "the qualification eligibility window": that window runs to today (the renewal status below names it), these are the exports' months.
    { kind: "heading", text: `Monthly scores: ${month(history.from)} to ${month(history.to)} (each row is that month's best score)` },
  ];
  for (const h of history.designations) {
    if (h.needs) continue;
    const short = DESIGNATION_SHORT_NAMES[h.id] ?? h.name;
    const verdict = h.qualifiedInWindow
      ? `qualified in ${h.qualifiedMonths.length} of ${h.months.length} months (${h.qualifiedMonths.map(month).join(", ")})`
      : `not qualified in any of these months`;
    blocks.push({ kind: "heading", text: `${short}: ${verdict}` }, { kind: "table", table: historyTable(h) });
    const status = renewal.find((r) => r.designation === h.id);
    if (status)
      blocks.push({
        kind: "info",
        rows: [
          { label: status.kind === "renewal" ? "Renewal status (as of today)" : "Enrolment status (as of today)", value: status.label },
          { label: "Reason", value: status.reason },
        ],
      });
    const minTotal = minTotals[h.id] ?? 70;
    blocks.push({ kind: "trend", history: h, minTotal, table: trendTable(h, minTotal), column: TREND_TABLE_COLUMN, rows: trendBlockRows(h) });
  }
  return blocks;
}

/** Every flag column written beside the exports, with its meaning: one list per export layout. */
function legendBlocks(report: Report): Draft[] {
  if (!report.flagTables?.length) return [];
  const blocks: Draft[] = [];
  for (const table of report.flagTables) {
    const title = LAYOUTS.find((l) => l.id === table.layout)?.title ?? table.layout;
    const sheets = report.inputs.filter((i) => i.layout === table.layout).map((i) => i.name);
    blocks.push(
      { kind: "heading", text: `Flag columns beside ${sheets.length ? sheets.join(", ") : "the export"}: ${title}` },
      { kind: "info", rows: table.columns.map((c) => ({ label: c.header, value: c.meaning })) }
    );
  }
  return blocks;
}

// ---- widths and wrapping ---------------------------------------------------------------------------

interface DraftRow {
  cells: SummaryCell[];
  /** Number formats of number cells by column; text is "@". */
  formats?: Record<number, string>;
  bold?: boolean;
}

interface TableDraft {
  name: string;
  header: string[];
  rows: DraftRow[];
  statusColumn: number;
}

interface DraftInfo {
  label: string;
  value: SummaryCell;
  /** Keep the value one plain cell (no wrap). */
  plain?: boolean;
}

export type Draft =
  | Exclude<SummaryBlock, { kind: "setup" | "info" | "table" | "notes" }>
  | { kind: "info"; rows: DraftInfo[] }
  | { kind: "table"; table: TableDraft }
  | { kind: "notes"; title: string; lines: string[] };

/** Column widths from the tables' cells alone (headers wrap by word; text over the ceiling wraps). */
function columnWidths(tables: readonly TableDraft[]): number[] {
  const widths: number[] = [];
  const columns = Math.max(0, ...tables.map((t) => t.header.length));
  for (let c = 0; c < columns; c++) {
    let text = false;
    let longest = 0;
    let header = 0;
    let headerWord = 0;
    for (const t of tables) {
      if (c >= t.header.length) continue;
      header = Math.max(header, t.header[c].length);
      headerWord = Math.max(headerWord, ...t.header[c].split(/\s+/).map((w) => w.length));
      for (const r of t.rows) {
        const v = r.cells[c];
        if (v === undefined || v === "") continue;
        if (typeof v === "string") text = true;
        longest = Math.max(longest, shownLength(v, r.formats?.[c]));
      }
    }
    const ceiling = text ? TEXT_CEILING : NUMBER_CEILING;
    // A header longer than a number column wraps by word, so it asks for its longest word only.
    widths.push(Math.min(ceiling, Math.max(MIN_WIDTH, longest + 2, header + 2 <= NUMBER_CEILING ? header + 2 : headerWord + 4)));
  }
  return widths;
}

function rowLines(cells: readonly SummaryCell[], widths: readonly number[]): number {
  return Math.max(1, ...cells.map((v, c) => (typeof v === "string" && v ? wrappedLines(v, widths[c] ?? TEXT_CEILING) : 1)));
}

function finishTable(t: TableDraft, widths: readonly number[]): SummaryTable {
  return {
    name: t.name,
    header: t.header,
    rows: t.rows.map((r) => r.cells),
    formats: t.rows.map((r) => r.cells.map((v, c) => formatFor(v, r.formats?.[c]))),
    statusColumn: t.statusColumn,
    tones: t.rows.map((r) => (t.statusColumn >= 0 ? toneOf(String(r.cells[t.statusColumn] ?? "")) : null)),
    boldRows: t.rows.flatMap((r, i) => (r.bold ? [i] : [])),
    headerLines: rowLines(t.header, widths),
    lines: t.rows.map((r) => rowLines(r.cells, widths)),
  };
}

/**
 * Widths from the tables, then every wrapped text's lines at those widths: the setup block first. Also
 * for the scenario sheet (src/engine/sheets/scenarioLayout.ts).
 */
export function finish(drafts: readonly Draft[], freezeRows: number): SummaryBlock[] {
  const widths = columnWidths(drafts.flatMap((b) => (b.kind === "table" ? [b.table] : [])));
  const labelWidth = widths[0] ?? TEXT_CEILING;
  const valueWidth = spanWidth(widths, 1, NOTE_COLUMNS - 1);
  const noteWidth = spanWidth(widths, 0, NOTE_COLUMNS - 1);
  const blocks: SummaryBlock[] = [{ kind: "setup", widths, freezeRows, noteColumns: NOTE_COLUMNS }];
  for (const b of drafts) {
    switch (b.kind) {
      case "info":
        blocks.push({
          kind: "info",
          rows: b.rows.map((r) => ({
            label: r.label,
            value: r.value,
            format: formatFor(r.value),
            lines: r.plain || typeof r.value === "number" ? 0 : Math.max(wrappedLines(r.label, labelWidth), wrappedLines(r.value, valueWidth)),
          })),
        });
        break;
      case "table":
        blocks.push({ kind: "table", table: finishTable(b.table, widths) });
        break;
      case "notes":
        blocks.push({ kind: "notes", title: b.title, lines: b.lines.map((text) => ({ text, lines: wrappedLines(text, noteWidth) })) });
        break;
      default:
        blocks.push(b);
    }
  }
  return blocks;
}

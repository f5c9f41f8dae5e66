import { InputCollector, readCsvText, scoreDesignations, summaryLayout, type Report, type SummaryBlock, type SummaryTable } from "../../../src/engine";
import { TONES, ruleSetText, sectionTitle } from "../../../src/engine/sheets/summaryLayout";
import { NOTE_COLUMNS, NUMBER_CEILING, TEXT_CEILING, spanWidth, wrappedLines } from "../../../src/engine/sheets/sheetText";
import { usageCsv } from "../../helpers/score";
import { sampleReport } from "../../helpers/summarySamples";

function report() {
  const c = new InputCollector();
  readCsvText(
    c,
    "usage.csv",
    usageCsv([
      ["T1", "CSP Tier 1", "Exchange", "Oct-2024", 10, 20],
      ["T1", "CSP Tier 1", "Exchange", "Oct-2025", 15, 20],
    ])
  );
  return scoreDesignations(c.result(), { intermediate: 2, advanced: 1, rows: true }).report;
}

const tables = (blocks: SummaryBlock[]): SummaryTable[] => blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
const setup = (blocks: SummaryBlock[]) => blocks.find((b): b is Extract<SummaryBlock, { kind: "setup" }> => b.kind === "setup")!;
/** Pixels of columns at Excel's 100 %: 7 px per character plus 5 px padding each. */
const pixels = (widths: number[]) => widths.reduce((sum, w) => sum + Math.round(w * 7 + 5), 0);

describe("summary sheet layout", () => {
  const blocks = summaryLayout(report(), ["Usage!A1:F3"]);

  test("opens with the setup, the title, the info block, then the designations table: designation, track, total, status, points to 70, next step", () => {
    expect(blocks[0]).toMatchObject({ kind: "setup", freezeRows: 1, noteColumns: NOTE_COLUMNS });
    expect(blocks[1]).toEqual({ kind: "title", text: "Partner Capability Score" });
    const info = blocks[2];
    expect(info.kind === "info" && info.rows.map((r) => [r.label, r.value, r.format])).toEqual([
      // Text Excel would read as a date gets the text format.
      ["As-of month", "2025-10", "@"],
      ["Baseline month", "2024-10", "@"],
      ["Source", "Usage!A1:F3", "@"],
      ["Solutions Partner for Microsoft Cloud", "Not attained: 0 of 6 designations qualify", "@"],
    ]);
    expect(blocks[3].kind).toBe("table");
    const first = tables(blocks)[0];
    expect(first.name).toBe("SPDDesignations");
    expect(first.header).toEqual(["Designation", "Track that counts", "Total", "Status", "Points to 70", "Next step"]);
    expect(first.rows.map((r) => r[0])).toEqual([
      "Solutions Partner for Data & AI (Azure)",
      "Solutions Partner for Infrastructure (Azure)",
      "Solutions Partner for Digital & App Innovation (Azure)",
      "Solutions Partner for Business Applications",
      "Solutions Partner for Modern Work",
      "Solutions Partner for Security",
    ]);
    const infra = first.rows[1];
    expect(infra.slice(1, 5)).toEqual(["", "", "Not scored", ""]);
    expect(String(infra[5])).toBe("Needs the Azure consumption export.");
    expect(first.tones[1]).toEqual(TONES.none);
    // Numbers get number formats, text the text format.
    expect(first.formats[4]).toEqual(["@", "@", "0.0#_)", "@", "0.0#_)", "@"]);
  });

  test("Modern Work's row names the best track, its total and the points still needed; its section is one table of both tracks", () => {
    const first = tables(blocks)[0];
    const mw = first.rows[4];
    // SMB: T1 (20 PAU) is eligible in both months → NCA 0 → 0; intermediate 2/2 → 10; advanced 1/1 → 15;
    // CSP growth 15 − 10 = 5 → 5 × 30 / 2000 = 0.075; deployed in both months (75 %, 50 %) → net 0 → 0. Total 25.075.
    expect(mw[1]).toBe("SMB (best)");
    expect(mw[2]).toBeCloseTo(25.075, 9);
    expect(mw[3]).toBe("In progress");
    expect(mw[4]).toBeCloseTo(70 - 25.075, 9);
    expect(first.tones[4]).toEqual(TONES.partial);
    const section = tables(blocks).find((t) => t.name === "SPD_modern_work")!;
    expect(section.header).toEqual(["Metric", "Progress (now / a year ago)", "Target", "Points", "Maximum", "Gap", "Status"]);
    expect(section.rows.filter((r) => String(r[0]).includes("track total")).map((r) => r[0])).toEqual([
      "Enterprise track total",
      "SMB track total (best: counts)",
    ]);
    expect(section.boldRows.map((i) => section.rows[i][0])).toEqual(["Enterprise track total", "SMB track total (best: counts)"]);
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => (b.kind === "heading" ? b.text : ""));
    // The designation once, its total, qualified or not, and the rule set by its name and date.
    expect(headings[0]).toBe("Modern Work — 25.08 points, not qualified (2023 rules, in force from 12 Jun 2023)");
  });

  test("metrics show both sides, formats per metric, and Met / Partly / Not met in green, amber and red", () => {
    const section = tables(blocks).find((t) => t.name === "SPD_modern_work")!;
    const smb = section.rows.findIndex((r) => r[0] === "SMB track total (best: counts)");
    const growth = section.rows.findIndex((r, i) => i > smb && String(r[0]).startsWith("Usage growth"));
    expect(section.rows[growth].slice(0, 2)).toEqual(["Usage growth (CSP)", "MAU 5 growth from 10 to 15"]);
    expect(section.formats[growth].slice(2, 5)).toEqual(["#,##0_)", "0.0#_)", "0_)"]);
    expect(section.rows[growth][6]).toBe("Partly");
    expect(section.tones[growth]).toEqual(TONES.partial);
    const nca = section.rows.findIndex((r, i) => i > smb && r[0] === "Net customer adds");
    expect(section.rows[nca][1]).toBe("customers 1 now / 1 a year ago (net +0)");
    expect(section.rows[nca][6]).toBe("Not met");
    expect(section.tones[nca]).toEqual(TONES.bad);
    const advanced = section.rows.findIndex((r, i) => i > smb && r[0] === "Advanced certifications");
    expect(section.rows[advanced].slice(1, 2)).toEqual(["1 certified person (as typed)"]);
    expect(section.tones[advanced]).toEqual(TONES.good);
  });

  test("two-part metrics (Security's Azure and M365 halves) get a row per part under the metric", () => {
    const security = tables(blocks).find((t) => t.name === "SPD_security")!;
    const i = security.rows.findIndex((r) => r[0] === "Net customer adds");
    expect(security.rows[i][1]).toBe("Azure and M365 parts below");
    expect(security.rows[i + 1][0]).toBe("Net customer adds: Azure");
    expect(security.rows[i + 2][0]).toBe("Net customer adds: M365");
    expect(String(security.rows[i + 2][1])).toMatch(/^M365 customers 0 now \/ 0 a year ago \(net \+0\)$/);
  });

  test("a legend lists every flag column of every export layout with its meaning", () => {
    const r = report();
    const infoRows = blocks.flatMap((b) => (b.kind === "info" ? b.rows : []));
    for (const t of r.flagTables!) for (const c of t.columns) expect(infoRows).toContainEqual(expect.objectContaining({ label: c.header, value: c.meaning }));
    expect(blocks.some((b) => b.kind === "heading" && b.text.startsWith("Flag columns beside usage.csv: M365 usage export"))).toBe(true);
  });
});

describe("rule sets and section titles", () => {
  const d = report().designations.find((x) => x.id === "security")!;
  test("by name and date, never the id", () => {
    expect(ruleSetText(d.ruleSet)).toBe("2023 rules, skilling from 1 Dec 2023, in force from 1 Dec 2023");
    expect(ruleSetText({ ...d.ruleSet, options: ["nca-smb-500"] })).toMatch(/; option nca-smb-500$/);
    expect(sectionTitle(d)).not.toMatch(/security-2023|Solutions Partner/);
  });
});

describe("widths: a laptop's first screen", () => {
  const { report: r, extras } = sampleReport(true);
  const longWarning = { code: "x", message: `Long: ${"word ".repeat(120)}`, kind: "info" as const, title: "Long" };
  const reason = "R".repeat(20) + " because".repeat(70);
  const withLong: Report = { ...r, warnings: [...r.warnings, longWarning] };
  const blocks = summaryLayout(withLong, ["a.csv"], { ...extras, renewal: extras.renewal?.map((x) => ({ ...x, reason })) });
  const { widths } = setup(blocks);

  test("columns A–F fit in 1,300 px; text columns stop at the ceiling, number columns stay narrow", () => {
    expect(pixels(widths.slice(0, 6))).toBeLessThanOrEqual(1300);
    expect(pixels(widths.slice(0, 7))).toBeLessThanOrEqual(1300);
    expect(Math.max(...widths)).toBeLessThanOrEqual(TEXT_CEILING);
    // Total, points and maximum columns.
    for (const c of [2, 4]) expect(widths[c]).toBeLessThanOrEqual(NUMBER_CEILING);
  });

  test("long texts never set a width: the same widths without them; they wrap in the notes area with their lines", () => {
    const plain = setup(summaryLayout(r, ["a.csv"], extras)).widths;
    expect(widths).toEqual(plain);
    const warnings = blocks.find((b) => b.kind === "notes" && b.title === "Warnings");
    const line = warnings?.kind === "notes" ? warnings.lines.find((l) => l.text === longWarning.message) : undefined;
    expect(line?.lines).toBe(wrappedLines(longWarning.message, spanWidth(widths, 0, NOTE_COLUMNS - 1)));
    expect(line!.lines).toBeGreaterThan(1);
    const reasons = blocks.flatMap((b) => (b.kind === "info" ? b.rows : [])).filter((x) => x.label === "Reason");
    expect(reasons.length).toBeGreaterThan(0);
    for (const x of reasons) expect(x.lines).toBeGreaterThan(2);
  });

  test("history months are text; trend tables start in column C beside the chart", () => {
    const history = tables(blocks).filter((t) => t.name.startsWith("SPD_History_"));
    expect(history.length).toBeGreaterThan(0);
    for (const t of history) expect(t.formats.every((f) => f[0] === "@")).toBe(true);
    const trends = blocks.filter((b) => b.kind === "trend");
    expect(trends.length).toBe(history.length);
    for (const t of trends) expect(t).toMatchObject({ column: 2 });
  });

  test("a wrapped row is as many lines as its longest cell needs", () => {
    expect(wrappedLines("short", 40)).toBe(1);
    expect(wrappedLines("a ".repeat(100).trim(), 10)).toBe(Math.ceil(199 / 10));
    expect(wrappedLines("one\ntwo", 40)).toBe(2);
    expect(wrappedLines("x".repeat(100), 20)).toBe(5);
  });
});

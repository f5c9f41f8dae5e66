import type { ExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService, NoExportError } from "../../src/excel/excelScoringService";
import type { ScoreOutcome } from "../../src/taskpane/service";
import { widthInPoints } from "../../src/excel/blocks";
import { SEED, OCT_2024, OCT_2025, asOpenedInExcel } from "../helpers/seedInExcel";
import { freshDoubleEachTest } from "../helpers/freshDouble";

let double: ExcelDouble;
freshDoubleEachTest((d) => (double = d));

/** The M365 usage export's flag headers, as the engine defined them for this score. */
const usageHeaders = (outcome: ScoreOutcome): string[] => outcome.report.flagTables!.find((t) => t.layout === "m365-usage")!.columns.map((c) => c.header);
/** A row's flag cells by header, from the first flag column on. */
function flagsAt(sheet: { getValues(a: string): unknown[][] }, headers: string[], row: number, firstColumn = "G"): Record<string, unknown> {
  const start = firstColumn.charCodeAt(0) - 65;
  const values = sheet.getValues(`A${row}:Z${row}`)[0].slice(start, start + headers.length);
  return Object.fromEntries(headers.map((h, i) => [h, values[i]]));
}

describe("Excel adapter", () => {
  test("inspect finds the export on the active sheet and a skilling export on another sheet", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    double.workbook.addSheet("Certs", [
      ["Individual name", "Certification name", "Certification type", "Solution area", "Completion date", "Expiry date"],
      ["Ana", "Microsoft 365 Fundamentals", "Fundamentals", "Modern Work", "2024-01-01", ""],
    ]);
    const summary = await createExcelScoringService().inspect();
    expect(summary.exports.map((e) => [e.sheet, e.layout, e.rows, e.address])).toEqual([
      ["Usage", "m365-usage", 25, "Usage!A1:F26"],
      ["Certs", "skilling", 1, "Certs!A1:F2"],
    ]);
    expect(summary.tenants).toBe(3);
    expect(summary.months).toEqual(["2024-10", "2025-10"]);
    expect(summary.latestMonth).toBe("2025-10");
    expect(summary.hasSkilling).toBe(true);
  });

  test("score writes flag columns right of the export, a summary sheet, and leaves the user's cells alone", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const before = sheet.getValues("A1:F26");
    const outcome = await createExcelScoringService().score({ intermediate: 2, advanced: 1 });
    const headers = usageHeaders(outcome);
    expect(headers.slice(0, 2)).toEqual(["SPD Counts toward", "SPD Reason"]);
    expect(outcome.flagRanges).toEqual([`Usage!G1:${String.fromCharCode(70 + headers.length)}26`]);
    expect(sheet.getValues("A1:F26")).toEqual(before);
    expect(sheet.getValues("A1:Z1")[0].slice(6, 6 + headers.length)).toEqual(headers);
    // Row 3: 5C8E… Exchange Oct-2025, 12 of 14 users: an SMB deployment.
    expect(flagsAt(sheet, headers, 3)).toMatchObject({
      "SPD Counts toward": expect.stringContaining("Modern Work SMB: net customer adds, deployments (CSP), usage growth (CSP)"),
      "SPD Reason": "",
      "SPD Enterprise eligible": "No",
      "SPD SMB eligible": "Yes",
      "SPD Eligible workload": "Exchange",
      "SPD Association": "CSP",
      "SPD Active share (deployment at 40% or more)": 12 / 14,
      "SPD Deployment": "Yes",
    });
    const summary = double.workbook.getSheet("SPD Summary");
    const values = summary.getValues();
    expect(values.flat()).toEqual(expect.arrayContaining(["As-of month", "2025-10", "Designation", "Track that counts"]));
    expect(double.workbook.getTable("SPDDesignations")).toBeTruthy();
    expect(double.workbook.getTable("SPD_modern_work")).toBeTruthy();
    const designationRow = values.find((r) => r[0] === "Solutions Partner for Modern Work");
    expect(designationRow?.slice(1, 5)).toEqual(["SMB (best)", 25, "In progress", 45]);
  });

  test("Cancel is offered only until the writes are planned: no sync to Excel happens between the scored result and the writing stage", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const events: { stage: string; syncs: number }[] = [];
    await createExcelScoringService().score({}, (p) => events.push({ stage: p.stage, syncs: double.stats.syncs }));
    const lastOffered = events.filter((e) => e.stage === "reading" || e.stage === "scoring").at(-1)!;
    const firstWriting = events.find((e) => e.stage.startsWith("writing"))!;
    expect(events.indexOf(firstWriting)).toBe(events.indexOf(lastOffered) + 1);
    // The sheets are checked and planned (syncs) after the pane stopped offering Cancel.
    expect(firstWriting.syncs).toBe(lastOffered.syncs);
  });

  test("scoring again replaces our columns and summary instead of adding more", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const service = createExcelScoringService();
    await service.score({ intermediate: 2 });
    const first = sheet.getValues("A1:Z26");
    const summaryFirst = double.workbook.getSheet("SPD Summary").getValues();
    const outcome = await service.score({ intermediate: 2 });
    // The same request again gives the same summary, cell for cell.
    expect(double.workbook.getSheet("SPD Summary").getValues()).toEqual(summaryFirst);
    expect(sheet.getValues("A1:Z1")[0].filter((h) => String(h).startsWith("SPD ")).length).toBe(usageHeaders(outcome).length);
    expect(double.workbook.sheets.filter((s) => s.name.toUpperCase().startsWith("SPD SUMMARY")).length).toBe(1);
    // The same export scored twice gives the same flags.
    expect(sheet.getValues("A1:Z26")).toEqual(first);
  });

  test("a user's own column named \"SPD …\" among the export's columns is the user's: read as the export's, never overwritten", async () => {
    const data = asOpenedInExcel(SEED).map((r, i) => [...r.slice(0, 3), i === 0 ? "SPD Notes" : `note ${i}`, ...r.slice(3)]);
    const sheet = double.workbook.addSheet("Usage", data);
    const outcome = await createExcelScoringService().score({ intermediate: 2, advanced: 1 });
    expect(outcome.report.designations.find((d) => d.id === "modern-work")?.total).toBe(25);
    expect(outcome.flagRanges[0]).toMatch(/^Usage!H1:/);
    expect(sheet.getValues("D1:D3")).toEqual([["SPD Notes"], ["note 1"], ["note 2"]]);
  });

  test("a user's \"SPD …\" column right of the export is the user's; our columns go after it", async () => {
    const data = asOpenedInExcel(SEED).map((r, i) => [...r, i === 0 ? "SPD Reason" : `mine ${i}`]);
    const sheet = double.workbook.addSheet("Usage", data);
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges[0]).toMatch(/^Usage!H1:/);
    expect(sheet.getValues("G1:G3")).toEqual([["SPD Reason"], ["mine 1"], ["mine 2"]]);
    // Scored again: our columns are found by their markers, the user's column stays as it is.
    const again = await createExcelScoringService().score({});
    expect(again.flagRanges).toEqual(outcome.flagRanges);
    expect(sheet.getValues("G1:G3")).toEqual([["SPD Reason"], ["mine 1"], ["mine 2"]]);
  });

  test('a user\'s own sheet named "spd summary" is left untouched: the summary goes to "SPD Summary (2)", and the pane says so', async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const mine = double.workbook.addSheet("spd summary", [["My own numbers"], [42]]);
    const outcome = await createExcelScoringService().score({});
    expect(mine.getValues("A1:A2")).toEqual([["My own numbers"], [42]]);
    expect(outcome.summarySheet).toBe("SPD Summary (2)");
    expect(outcome.writeNotes.join(" ")).toMatch(/Your own sheet "SPD Summary" was left as it is; the add-in wrote to "SPD Summary \(2\)"/);
    // The next Score finds its own sheet by its marker, not a third one.
    expect((await createExcelScoringService().score({})).summarySheet).toBe("SPD Summary (2)");
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(["Usage", "spd summary", "SPD Summary (2)"]);
  });

  test("re-scoring rewrites the summary in place: a user's formula to the Modern Work total still shows the total", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    await createExcelScoringService().score({ intermediate: 2, advanced: 1 });
    const summary = double.workbook.getSheet("SPD Summary");
    const values = summary.getValues();
    const at = values.findIndex((r) => String(r[0]).includes("Modern Work"));
    const totalColumn = values.find((r) => r[0] === "Designation")!.findIndex((h) => String(h).startsWith("Total"));
    expect(values[at][totalColumn]).toBe(25);
    const mine = double.workbook.addSheet("Mine", [["MW total"]]);
    mine.setFormula("B1", `='SPD Summary'!${String.fromCharCode(65 + totalColumn)}${at + 1}`);
    expect(mine.getValues("B1:B1")[0][0]).toBe(25);
    const again = await createExcelScoringService().score({});
    expect(double.workbook.getSheet("SPD Summary")).toBe(summary);
    expect(mine.getValues("B1:B1")[0][0]).toBe(again.report.designations.find((d) => d.id === "modern-work")!.total);
    expect(mine.getValues("B1:B1")[0][0]).toBe(0);
  });

  test("a renamed summary sheet is still ours: re-scoring rewrites it under its new name", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    await createExcelScoringService().score({});
    double.workbook.getSheet("SPD Summary").name = "Partner score";
    const outcome = await createExcelScoringService().score({});
    expect(outcome.summarySheet).toBe("Partner score");
    expect(double.workbook.findSheet("SPD Summary")).toBeUndefined();
  });

  test("new flag columns get readable widths; a width the user changed on one of ours is kept on re-score", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    await createExcelScoringService().score({});
    // G: SPD Counts toward, 48 characters (48 × 7 + 5 px, in points); H: SPD Reason, the same.
    expect(sheet.columnWidth(6)).toBe(widthInPoints(48));
    expect(sheet.columnWidth(7)).toBe(widthInPoints(48));
    expect(sheet.columnWidth(8)).toBeLessThan(widthInPoints(48));
    sheet.columnWidths.set(6, 300);
    await createExcelScoringService().score({});
    expect(sheet.columnWidth(6)).toBe(300);
  });

  test("a user's cells right of the export are never overwritten: new columns go after the used range", async () => {
    const data = asOpenedInExcel(SEED).map((r, i) => [...r, "", i === 0 ? "Comment" : ""]);
    data[5][7] = "keep me";
    const sheet = double.workbook.addSheet("Usage", data);
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges[0]).toMatch(/^Usage!I1:/);
    expect(sheet.getValues("H1:H6").map((r) => r[0])).toEqual(["Comment", "", "", "", "", "keep me"]);
  });

  test("text that starts with = is written as text, not as a formula", async () => {
    const rows = asOpenedInExcel(SEED);
    rows[1][1] = '=HYPERLINK("x")';
    const sheet = double.workbook.addSheet("Usage", rows);
    await createExcelScoringService().score({});
    // Row 2's reason quotes the association it could not read; the quote stays text.
    const cell = sheet.getCell("H2");
    expect(cell.formula ?? null).toBeNull();
    expect(String(cell.value)).toContain('=HYPERLINK("x")');
  });

  test("the export can start below title rows", async () => {
    double.workbook.addSheet("Usage", [["Partner Center export"], [], ...asOpenedInExcel(SEED)]);
    const summary = await createExcelScoringService().inspect();
    expect(summary.exports[0].address).toBe("Usage!A3:F28");
    expect(summary.tenants).toBe(3);
  });

  test("a workbook without an export says what it expected", async () => {
    double.workbook.addSheet("Sheet1", [
      ["Name", "Amount"],
      ["x", 1],
    ]);
    await expect(createExcelScoringService().inspect()).rejects.toThrow(NoExportError);
    await expect(createExcelScoringService().inspect()).rejects.toThrow(/CustomerTenantName|PartnerAttachType/);
  });
});

describe("Excel adapter at scale", () => {
  test("a 100k-row export is read and flagged in a bounded number of syncs, each under Excel's 5 MB limit", async () => {
    const rows: (string | number)[][] = [SEED[0]];
    for (let i = 0; i < 100_000; i++)
      rows.push([
        `T${i % 9000}`,
        i % 3 ? "CSP Tier1" : "CPOR",
        ["Exchange", "Teams", "SharePoint"][i % 3],
        i % 2 ? OCT_2025 : OCT_2024,
        i % 50,
        40 + (i % 200),
      ]);
    double.workbook.addSheet("Usage", rows);
    double.stats.reset();
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges[0]).toMatch(/^Usage!G1:[A-Z]+100001$/);
    expect(double.stats.syncs).toBeLessThanOrEqual(40);
    expect(double.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(double.stats.maxResponseBytes).toBeLessThan(5_000_000);
    expect(double.stats.suspendCalls).toBeGreaterThan(0);
    // Row 100,001 is an Oct-2025 row: it counts toward something or says why not.
    const last = double.workbook.getSheet("Usage").getValues("G100001:H100001")[0];
    expect(last.some((v) => String(v).length > 0)).toBe(true);
  }, 60_000);
});

describe("the Excel table that holds the selection", () => {
  test("is found wherever it sits on its sheet, and listed first", async () => {
    const notes = Array.from({ length: 30 }, (_, i) => [`note ${i + 1}`]);
    const rows = asOpenedInExcel(SEED);
    double.workbook.addSheet("Other", [["x"]]);
    const sheet = double.workbook.addSheet("Data", [...notes, ...rows.map((r) => ["", ...r])]);
    double.workbook.addTable("Data", "B31:G56", "UsageTable");
    double.workbook.setSelection("Data", "C40");
    const service = createExcelScoringService();
    const summary = await service.inspect();
    expect(summary.exports[0]).toMatchObject({ sheet: "Data", address: "Data!B31:G56", rows: 25, tableName: "UsageTable" });
    const outcome = await service.score({});
    expect(outcome.flagRanges[0]).toMatch(/^Data!H31:[A-Z]+56$/);
    expect(sheet.getValues("A1:A30").map((r) => r[0])).toEqual(notes.map((n) => n[0]));
  });
});

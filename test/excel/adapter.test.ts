import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService, NoExportError } from "../../src/excel/excelScoringService";
import { FLAG_COLUMNS } from "../../src/engine";

const SEED = readFileSync(join(__dirname, "../fixtures/seed-002-sample.csv"), "utf8").trim().split("\n").map((l) => l.split(","));
// As Excel shows a CSV it opened: numbers as numbers, "Oct-2024" turned into a date serial.
const OCT_2024 = 45566;
const OCT_2025 = 45931;
function asOpenedInExcel(rows: string[][]): (string | number)[][] {
  return rows.map((r, i) =>
    i === 0 ? r : r.map((c, j) => (j === 3 ? (c === "Oct-2024" ? OCT_2024 : OCT_2025) : j >= 4 ? Number(c) : c)),
  );
}

let double: ExcelDouble;
let restore: () => void;
beforeEach(() => {
  double = createExcelDouble();
  restore = double.install();
});
afterEach(() => restore());

const headers = FLAG_COLUMNS.map((c) => c.header);

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
    expect(outcome.flagRanges).toEqual(["Usage!G1:N26"]);
    expect(sheet.getValues("A1:F26")).toEqual(before);
    expect(sheet.getValues("G1:N1")).toEqual([headers]);
    // Row 3: 5C8E… Exchange Oct-2025, 12 of 14 users: an SMB deployment.
    expect(sheet.getValues("G3:N3")).toEqual([["No", "Yes", "Exchange", "CSP Tier 1", 12 / 14, "Yes", "SMB net customer adds; SMB usage growth (CSP); SMB deployments (CSP)", ""]]);
    const summary = double.workbook.getSheet("SPD Summary");
    const values = summary.getValues();
    expect(values.flat()).toEqual(expect.arrayContaining(["As-of month", "2025-10", "Designation", "Track that counts"]));
    expect(double.workbook.getTable("SPDDesignations")).toBeTruthy();
    expect(double.workbook.getTable("SPD_modern_work")).toBeTruthy();
    const designationRow = values.find((r) => r[0] === "Solutions Partner for Modern Work");
    expect(designationRow?.slice(1, 5)).toEqual(["SMB (best)", 25, "In progress", "No"]);
    const smbTotalRow = values.find((r) => r[0] === "SMB" && String(r[1]).startsWith("Total"));
    expect(smbTotalRow?.slice(5, 8)).toEqual([25, 100, "In progress"]);
  });

  test("scoring again replaces our columns and summary instead of adding more", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const service = createExcelScoringService();
    await service.score({});
    await service.score({ intermediate: 2 });
    expect(sheet.getValues("A1:Z1")[0].filter((h) => String(h).startsWith("SPD ")).length).toBe(FLAG_COLUMNS.length);
    expect(double.workbook.sheets.filter((s) => s.name === "SPD Summary").length).toBe(1);
  });

  test("a user column inserted among ours is left alone, ours are updated around it", async () => {
    const data = asOpenedInExcel(SEED).map((r, i) => [...r, ...headers.slice(0, 2).map((h) => (i === 0 ? h : "stale")), i === 0 ? "My notes" : `note ${i}`, ...headers.slice(2).map((h) => (i === 0 ? h : "stale"))]);
    const sheet = double.workbook.addSheet("Usage", data);
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges).toEqual(["Usage!G1:H26", "Usage!J1:O26"]);
    expect(sheet.getValues("I1:I3")).toEqual([["My notes"], ["note 1"], ["note 2"]]);
    expect(sheet.getValues("G3:H3")).toEqual([["No", "Yes"]]);
    expect(sheet.getValues("A1:Z26").flat()).not.toContain("stale");
  });

  test("a user's cells right of the export are never overwritten: new columns go after the used range", async () => {
    const data = asOpenedInExcel(SEED).map((r, i) => [...r, "", i === 0 ? "Comment" : ""]);
    data[5][7] = "keep me";
    const sheet = double.workbook.addSheet("Usage", data);
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges).toEqual(["Usage!I1:P26"]);
    expect(sheet.getValues("H1:H6").map((r) => r[0])).toEqual(["Comment", "", "", "", "", "keep me"]);
  });

  test("text that starts with = is written as text, not as a formula", async () => {
    const rows = asOpenedInExcel(SEED);
    rows[1][1] = "=HYPERLINK(\"x\")";
    const sheet = double.workbook.addSheet("Usage", rows);
    await createExcelScoringService().score({});
    const cell = sheet.getCell("J2");
    expect(cell.formula ?? null).toBeNull();
    expect(cell.value).toBe("=HYPERLINK(\"x\")");
  });

  test("the export can start below title rows", async () => {
    double.workbook.addSheet("Usage", [["Partner Center export"], [], ...asOpenedInExcel(SEED)]);
    const summary = await createExcelScoringService().inspect();
    expect(summary.exports[0].address).toBe("Usage!A3:F28");
    expect(summary.tenants).toBe(3);
  });

  test("a workbook without an export says what it expected", async () => {
    double.workbook.addSheet("Sheet1", [["Name", "Amount"], ["x", 1]]);
    await expect(createExcelScoringService().inspect()).rejects.toThrow(NoExportError);
    await expect(createExcelScoringService().inspect()).rejects.toThrow(/CustomerTenantName|PartnerAttachType/);
  });
});

describe("Excel adapter at scale", () => {
  test("a 100k-row export is read and flagged in a bounded number of syncs, each under Excel's 5 MB limit", async () => {
    const rows: (string | number)[][] = [SEED[0]];
    for (let i = 0; i < 100_000; i++) rows.push([`T${i % 9000}`, i % 3 ? "CSP Tier1" : "CPOR", ["Exchange", "Teams", "SharePoint"][i % 3], i % 2 ? OCT_2025 : OCT_2024, i % 50, 40 + (i % 200)]);
    double.workbook.addSheet("Usage", rows);
    double.stats.reset();
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges).toEqual(["Usage!G1:N100001"]);
    expect(double.stats.syncs).toBeLessThanOrEqual(40);
    expect(double.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(double.stats.maxResponseBytes).toBeLessThan(5_000_000);
    expect(double.stats.suspendCalls).toBeGreaterThan(0);
    expect(double.workbook.getSheet("Usage").getValues("G100001:G100001")[0][0]).toMatch(/^(Yes|No)$/);
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
    expect(outcome.flagRanges).toEqual(["Data!H31:O56"]);
    expect(sheet.getValues("A1:A30").map((r) => r[0])).toEqual(notes.map((n) => n[0]));
  });
});

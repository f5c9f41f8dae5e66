/**
 * Issue 13, the add-in's half: bad input costs nothing. Each case goes through the Excel adapter and
 * the in-memory double, which refuses what Excel refuses (cell text over 32,767 characters, cells
 * past XFD / row 1,048,576, writes to a protected sheet, requests over 5 MB).
 */
import { type ExcelDouble, type SheetModel } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { EXCEL_CELL_TEXT_LIMIT, CUT_MARKER, asCellValue, fitText } from "../../src/excel/blocks";
import { SEED, asOpenedInExcel } from "../helpers/seedInExcel";
import { freshDoubleEachTest } from "../helpers/freshDouble";

let double: ExcelDouble;
freshDoubleEachTest((d) => (double = d));

// The flag columns start with SPD Counts toward (G) and SPD Reason (H).
const REASON = 1;

/** Every cell of a sheet's used range (values only), for "nothing changed" checks. */
function snapshot(sheet: SheetModel): unknown {
  return { used: sheet.usedAddress(true), values: sheet.getValues() };
}

describe("a 32.6k-character cell echoed into SPD Reason", () => {
  test("is quoted short (its start and its length), never the whole cell; Score succeeds", async () => {
    const rows = asOpenedInExcel(SEED);
    rows[2][3] = "x".repeat(32_650); // a month cell Excel holds, but a reason quoting it whole would not fit
    const sheet = double.workbook.addSheet("Usage", rows);
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/)]);
    const reason = String(sheet.getValues("G3:N3")[0][REASON]);
    expect(reason.startsWith('Skipped: MonthName "xxx')).toBe(true);
    expect(reason.length).toBeLessThan(400);
    expect(reason).toMatch(/32,650/); // the length is said, so the user knows what was cut
    // Every cell the adapter wrote anywhere stays inside Excel's limit.
    for (const s of double.workbook.sheets) for (const v of s.getValues().flat()) expect(String(v).length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
  });
});

describe("every text the adapter writes fits Excel's cell", () => {
  test("summary and scenario cells: cut with the marker, the apostrophe of formula-like text counted, no half surrogate pair", () => {
    expect(fitText("short")).toBe("short");
    expect(fitText("y".repeat(EXCEL_CELL_TEXT_LIMIT))).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    const formulaLike = asCellValue("=".repeat(40_000)) as string;
    expect(formulaLike).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    expect(formulaLike.startsWith("'=")).toBe(true);
    expect(formulaLike.endsWith(CUT_MARKER)).toBe(true);
    const emoji = fitText("a" + "😀".repeat(20_000));
    expect(emoji.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
    expect(/[\uD800-\uDBFF]$/.test(emoji.slice(0, -CUT_MARKER.length))).toBe(false);
  });
});

describe("a stray value far from the export", () => {
  test("in XFD1 (Excel's last column, on the header row): no room for flags, said clearly, nothing written past XFD, the summary still written", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    sheet.setValues("XFD1", [["stray"]]);
    const before = snapshot(sheet);
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges).toEqual([]);
    expect(outcome.writeNotes.join(" ")).toMatch(/"Usage".*column XFD.*flag columns.*pass XFD, Excel.s last column.*Score again/);
    expect(snapshot(sheet)).toEqual(before);
    expect(double.workbook.findSheet("SPD Summary")).toBeTruthy();
  });

  test("in a column right of the export 300k rows down: the export's own rows are read, flags go right after it, every request under 5 MB", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    sheet.setValues("H300000", [["stray"]]);
    double.stats.reset();
    const service = createExcelScoringService();
    const summary = await service.inspect();
    expect(summary.exports[0].address).toBe("Usage!A1:F26");
    const outcome = await service.score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/)]);
    expect(sheet.getValues("G1:H1")).toEqual([["SPD Counts toward", "SPD Reason"]]);
    expect(sheet.getValue("H300000")).toBe("stray");
    expect(double.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(double.stats.maxResponseBytes).toBeLessThan(5_000_000);
  }, 60_000);

  test("in the export's own column 300k rows down: the export runs to it (its last row with data), and its flags still move in requests under 5 MB", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    sheet.setValues("A300000", [["stray"]]);
    double.stats.reset();
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+300000$/)]);
    expect(String(sheet.getValues("G300000:N300000")[0][REASON])).toMatch(/skipped/);
    expect(double.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(double.stats.maxResponseBytes).toBeLessThan(5_000_000);
  }, 60_000);

  test("a user's cell right of the export, below its last row, does not move the flags", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    sheet.setValues("K40", [["a note below the export"]]);
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/)]);
    expect(sheet.getValue("K40")).toBe("a note below the export");
  });
});

describe("a refused write", () => {
  test("a protected export sheet: Score refuses before writing anything, naming the sheet and what to do", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    sheet.protect();
    const before = snapshot(sheet);
    const error = await createExcelScoringService()
      .score({})
      .then(
        () => null,
        (e: Error) => e
      );
    expect(error?.message).toMatch(/"Usage" is protected/);
    expect(error?.message).toMatch(/Unprotect Sheet/);
    expect(snapshot(sheet)).toEqual(before);
    expect(double.workbook.findSheet("SPD Summary")).toBeUndefined();
  });

  test("a protected summary sheet: Score refuses before writing anything, the flags of the last run untouched", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const service = createExcelScoringService();
    await service.score({});
    const summary = double.workbook.getSheet("SPD Summary");
    summary.protect();
    sheet.setValues("E2", [[1]]); // the data changed since: a write would change the flags
    const before = [snapshot(sheet), snapshot(summary)];
    const error = await service.score({}).then(
      () => null,
      (e: Error) => e
    );
    expect(error?.message).toMatch(/"SPD Summary" is protected/);
    expect([snapshot(sheet), snapshot(summary)]).toEqual(before);
  });

  test("a write Excel still refuses midway (request too large) says what was written and where; the next Score repairs it", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const service = createExcelScoringService();
    // Small enough that the summary (one request) is refused, large enough for the flag blocks.
    double.limits.maxRequestBytes = 10_000;
    const error = await service.score({}).then(
      () => null,
      (e: Error) => e
    );
    expect(error?.message).toMatch(/Flag columns were written to Usage!G1:[A-Z]+26/);
    expect(error?.message).toMatch(/SPD Summary/);
    expect(error?.message).toMatch(/Score again/);
    double.limits.maxRequestBytes = 5_000_000;
    const outcome = await service.score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/)]);
    const sheet = double.workbook.getSheet("Usage");
    expect(sheet.getValues("A1:Z1")[0].filter((h) => String(h).startsWith("SPD ")).length).toBe(outcome.report.flagTables![0].columns.length);
    expect(double.workbook.getSheet("SPD Summary").getValues().flat()).toContain("As-of month");
  });

  test("refused while writing the flags: the message says no flag and no summary was written, the earlier summary left as it was", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const service = createExcelScoringService();
    double.limits.maxRequestBytes = 4_000; // under the flag block's request
    const error = await service.score({}).then(
      () => null,
      (e: Error) => e
    );
    expect(error?.message).toMatch(/while writing the flag columns on "Usage"/);
    expect(error?.message).toMatch(/No flag column was written/);
    expect(error?.message).toMatch(/not updated/);
    expect(double.workbook.getSheet("Usage").getValues("G1:G1")).toEqual([[""]]);
    double.limits.maxRequestBytes = 5_000_000;
    expect((await service.score({})).flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/)]);
  });
});

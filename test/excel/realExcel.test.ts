/**
 * Issue 12, "Where real Excel breaks today", through the Excel adapter with the double made as strict
 * as Excel at each point: a chart or several areas selected (getSelectedRange throws InvalidSelection),
 * an Excel that stops answering (the time-out), reads sized by bytes (a long-text column beside a
 * large export), a CSV opened in Excel by locale (one column; "Oct-24" months reread as days), and a
 * sheet protected after Score checked it.
 */
import { createExcelDouble, type ExcelDouble, type SheetModel } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { EMPTY_SCENARIO } from "../../src/engine";
import { nextReadRows, READ_BUDGET } from "../../src/excel/blocks";
import { monthsReread, showsDayNotYear, splitCsvHeader, splitCsvLine } from "../../src/excel/csvInExcel";
import { SEED, OCT_2024, asOpenedInExcel } from "../helpers/seedInExcel";
import { freshDoubleEachTest } from "../helpers/freshDouble";

let double: ExcelDouble;
freshDoubleEachTest((d) => (double = d));

/** Writes rows into a new sheet through Range.values, so the double reads each string as Excel (en-US) reads a typed entry. */
async function typeIntoSheet(name: string, rows: string[][]): Promise<SheetModel> {
  const sheet = double.workbook.addSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
  await double.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).getRangeByIndexes(0, 0, padded.length, width).values = padded;
    await context.sync();
  });
  return sheet;
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: Error) => e
  );

describe("1. a chart or several areas selected (getSelectedRange throws InvalidSelection)", () => {
  test("a chart on the summary sheet selected, then Score and Refresh: the export is found by its header, nothing fails", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const service = createExcelScoringService();
    await service.score({});
    // One click on a chart: a chart Score made if there is one, else one the user added.
    const summary = double.workbook.getSheet("SPD Summary");
    const chart = summary.charts[0] ?? summary.addChart("ColumnClustered", "A1:B3", { name: "User chart" });
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("SPD Summary").charts.getItem(chart.name).activate();
      await context.sync();
    });
    // The double is as strict as Excel here.
    const probe = await failure(
      double.Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      })
    );
    expect((probe as { code?: string }).code).toBe("InvalidSelection");

    const found = await service.inspect();
    expect(found.exports.map((e) => e.address)).toEqual(["Usage!A1:F26"]);
    const outcome = await service.score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/)]);
    expect(sheet.getValue("G1")).toBe("SPD Counts toward");
    expect((await service.simulate({}, EMPTY_SCENARIO)).current).toBeTruthy();
  });

  test("several areas selected (A1:B2,D4), with the export in a table: Score finds it by its header and flags it", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    double.workbook.addTable("Usage", "A1:F26", "UsageTable");
    double.workbook.setSelection("Usage", "A1:B2,D4");
    const service = createExcelScoringService();
    const found = await service.inspect();
    expect(found.exports.map((e) => [e.address, e.rows])).toEqual([["Usage!A1:F26", 25]]);
    const outcome = await service.score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/)]);
    expect(sheet.getValue("H1")).toBe("SPD Reason");
  });
});

describe("2. an Excel that does not answer: every read sync has a time-out", () => {
  test("stalled while reading the rows: the message names the sheet and rows and says Refresh; Refresh then works", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    // How many syncs finding the export takes: the next one reads its rows.
    double.stats.reset();
    await createExcelScoringService().inspect();
    const all = double.stats.syncs;
    const service = createExcelScoringService(undefined, { syncTimeoutMs: 80 });
    const release = double.stallSyncs({ after: all - 1 });
    const error = await failure(service.inspect());
    expect(error?.message).toBe('Excel did not answer within 0.08 s while reading "Usage" rows 2–26; Refresh to try again.');
    release();
    // Refresh: Excel answers again.
    const found = await service.inspect();
    expect(found.exports.map((e) => e.address)).toEqual(["Usage!A1:F26"]);
  });

  test("stalled on the first sync: the message says it was looking for exports; Score says to Score again", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const service = createExcelScoringService(undefined, { syncTimeoutMs: 50 });
    const release = double.stallSyncs();
    expect((await failure(service.inspect()))?.message).toBe(
      "Excel did not answer within 0.05 s while looking for exports (the sheets); Refresh to try again."
    );
    expect((await failure(service.score({})))?.message).toMatch(
      /^Excel did not answer within 0\.05 s while looking for exports \(the sheets\); Score again to try again\.$/
    );
    release();
  });

  test("the default time-out is 30 s, said in whole seconds", async () => {
    jest.useFakeTimers();
    try {
      double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
      const release = double.stallSyncs();
      const pending = failure(createExcelScoringService().inspect());
      await jest.advanceTimersByTimeAsync(30_000);
      expect((await pending)?.message).toBe("Excel did not answer within 30 s while looking for exports (the sheets); Refresh to try again.");
      release();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("3. reads sized by bytes, not cells", () => {
  test("blocks: the first small, the next sized by the bytes per row of the last, growth bounded, cells capped", () => {
    expect(nextReadRows(6, null)).toBe(200);
    // 6 short columns: 60 bytes a row → the cell cap (20,000 rows of 6), but at most 4× the last block.
    expect(nextReadRows(6, { rows: 200, bytes: 12_000 })).toBe(800);
    expect(nextReadRows(6, { rows: 10_000, bytes: 600_000 })).toBe(20_000);
    // 400 bytes a row (a long-text column): 2 MB / 400 = 5,242 rows.
    expect(nextReadRows(7, { rows: 5_000, bytes: 2_000_000 })).toBe(Math.floor(READ_BUDGET.bytes / 400));
    // One huge row: one row at a time, never zero.
    expect(nextReadRows(7, { rows: 1, bytes: 50_000_000 })).toBe(1);
  });

  test("a long-text user column beside a 17k-row export: every request and response far under 5 MB, every row read", async () => {
    const header = [...SEED[0], "Notes"];
    const data = SEED.slice(1);
    const rows: (string | number)[][] = [header];
    const note = "Follow-up with the customer's IT lead about the adoption plan, the licence true-up and the renewal. ".repeat(3); // ~300 characters
    for (let i = 0; rows.length <= 17_000; i++) {
      const r = asOpenedInExcel([SEED[0], data[i % data.length]])[1];
      rows.push([`${r[0]}-${Math.floor(i / data.length)}`, ...r.slice(1), note]);
    }
    double.workbook.addSheet("Usage", rows);
    double.stats.reset();
    const service = createExcelScoringService();
    const found = await service.inspect();
    expect(found.exports.map((e) => [e.address, e.rows])).toEqual([["Usage!A1:G17001", 17_000]]);
    // Read in cells alone (120,000 cells = 17,142 rows of 7) this was one 5.9 MB response.
    expect(double.stats.bytesRead).toBeGreaterThan(5_000_000);
    expect(double.stats.maxResponseBytes).toBeLessThan(2.5 * 1024 * 1024);
    const outcome = await service.score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!H1:[A-Z]+17001$/)]);
    expect(double.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(double.stats.maxResponseBytes).toBeLessThan(5_000_000);
    expect(double.stats.failedSyncs).toBe(0);
  }, 120_000);

  test("a block Excel still refuses as too large is read again in halves (a long text further down than the first block)", async () => {
    const rows = asOpenedInExcel(SEED);
    double.workbook.addSheet("Usage", rows);
    double.limits.maxResponseBytes = 1_500; // the whole export (25 rows) weighs more than this
    const found = await createExcelScoringService().inspect();
    expect(found.exports[0].rows).toBe(25);
    expect(double.stats.failedSyncs).toBeGreaterThan(0);
    expect(found.tenants).toBe(3);
  });

  test("a long-text column not beside the export (an empty column between) is not read at all", async () => {
    const sheet = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const long = "x".repeat(30_000);
    sheet.setValues(
      "H1",
      Array.from({ length: 26 }, (_, i) => [i === 0 ? "Notes" : long])
    );
    double.stats.reset();
    const found = await createExcelScoringService().inspect();
    expect(found.exports.map((e) => e.address)).toEqual(["Usage!A1:F26"]);
    // The header probe reads the first rows of the used range (20 of them); the rows below are not read in H.
    expect(double.stats.bytesRead).toBeLessThan(21 * 30_100);
  });
});

describe("4. a CSV opened in Excel, by locale", () => {
  const lines = (separator: string) => SEED.map((r) => [r.join(separator)]);

  test.each([
    [",", "a comma CSV on a computer whose list separator is ;"],
    [";", "a semicolon CSV on a computer whose list separator is ,"],
  ])("one column of whole lines (%s, %s): split in memory, scored like the split sheet, the pane says so, no flags, cells untouched", async (separator) => {
    const sheet = await typeIntoSheet("Usage", lines(separator));
    expect(sheet.usedAddress(true)).toBe("A1:A26");
    const before = sheet.getValues();
    const service = createExcelScoringService();
    const found = await service.inspect();
    expect(found.exports.map((e) => [e.sheet, e.layout, e.rows, e.address])).toEqual([["Usage", "m365-usage", 25, "Usage!A1:A26"]]);
    expect(found.tenants).toBe(3);
    expect(found.months).toEqual(["2024-10", "2025-10"]);
    expect(found.notes?.join(" ")).toMatch(/"Usage" holds a CSV that Excel did not split into columns: each line is one cell of column A/);
    expect(found.notes?.join(" ")).toMatch(/your cells are unchanged/);

    // The same score as the export in columns.
    const reference = createExcelDouble();
    reference.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const restoreRef = reference.install();
    const expected = await createExcelScoringService().score({});
    restoreRef();

    const outcome = await service.score({});
    expect(outcome.report.designations).toEqual(expected.report.designations);
    expect(outcome.flagRanges).toEqual([]);
    expect(outcome.writeNotes.join(" ")).toMatch(/No flag columns on "Usage": the export is one column of text there/);
    expect(sheet.getValues()).toEqual(before);
    expect(double.workbook.findSheet("SPD Summary")).toBeTruthy();
  });

  test("a quoted name holding the separator stays one cell", () => {
    expect(splitCsvHeader(['"CustomerTenantName",PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage'])?.header).toEqual(SEED[0]);
    expect(splitCsvHeader(["CustomerTenantName;PartnerAttachType;WorkloadName;MonthName;ActiveUsage;QualifiedUsage", "note"])).toBeNull();
    expect(splitCsvHeader(["just a title, with a comma"])).toBeNull();
  });

  test("a line whose quote never closes keeps its cells, the rest of the line one cell (as papaparse split it)", () => {
    expect(splitCsvLine('3f25,"Contoso, Ltd",Oct-2025,12', ",")).toEqual(["3f25", "Contoso, Ltd", "Oct-2025", "12"]);
    expect(splitCsvLine('3f25;Contoso;Oct-2025;"Teams', ";")).toEqual(["3f25", "Contoso", "Oct-2025", "Teams"]);
    expect(splitCsvLine("", ",")).toEqual([""]);
  });

  test('months written "Oct-24", reread by Excel as 24 October this year: read back as months, with a note; the cells stay dates', async () => {
    const rows = SEED.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 3 ? c.replace(/-20(\d\d)$/, "-$1") : c))));
    const sheet = await typeIntoSheet("Usage", rows);
    const year = new Date().getFullYear();
    // As Excel has it: 24 October of this year, shown "24-Oct".
    expect(sheet.numberFormatAt(1, 3)).toBe("d-mmm");
    expect(new Date(Date.UTC(1899, 11, 30) + Number(sheet.getValue("D2")) * 86_400_000).toISOString().slice(0, 10)).toBe(`${year}-10-24`);
    const before = sheet.getValues();
    const service = createExcelScoringService();
    const found = await service.inspect();
    expect(found.months).toEqual(["2024-10", "2025-10"]);
    expect(found.notes?.join(" ")).toMatch(
      new RegExp(`"Usage" column D \\(MonthName\\): Excel had turned months written like "Oct-24" into days of ${year}.*read back as months \\(Oct-2024`)
    );
    const outcome = await service.score({});
    expect(outcome.report.asOf).toBe("2025-10");
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/)]);
    expect(sheet.getValues("A1:F26")).toEqual(before.map((r) => r.slice(0, 6)));
  });

  test("real months (the 1st of each month), and dates shown with a year, are left as they are", () => {
    const header = SEED[0];
    expect(showsDayNotYear("d-mmm")).toBe(true);
    expect(showsDayNotYear("mmm-yy")).toBe(false);
    expect(showsDayNotYear("m/d/yyyy")).toBe(false);
    const oct24 = 46319; // 24 Oct 2026
    expect(monthsReread(header, [["t", "CSP", "Exchange", oct24]], "d-mmm")).toEqual({ index: 3, year: 2026 });
    expect(monthsReread(header, [["t", "CSP", "Exchange", OCT_2024]], "mmm-yy")).toBeNull();
    expect(monthsReread(header, [["t", "CSP", "Exchange", OCT_2024]], "d-mmm")).toBeNull(); // the 1st: a year 2001 is no export month
    expect(
      monthsReread(
        header,
        [
          ["t", "CSP", "Exchange", oct24],
          ["t", "CSP", "Exchange", oct24 - 365],
        ],
        "d-mmm"
      )
    ).toBeNull(); // two years
    expect(monthsReread(header, [["t", "CSP", "Exchange", "Oct-2024"]], "General")).toBeNull();
  });
});

describe("5. a sheet protected after Score checked it, a write refused midway", () => {
  const SKILLING = [
    ["Individual name", "Certification name", "Certification type", "Solution area", "Completion date", "Expiry date"],
    ["Ana", "Microsoft 365 Fundamentals", "Fundamentals", "Modern Work", "2024-01-01", ""],
  ];

  test("the second export's sheet protected between the check and its write: the message names what was written where and what was not; the next Score repairs it", async () => {
    const usage = double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const certs = double.workbook.addSheet("Certs", SKILLING);
    const service = createExcelScoringService();
    // As the first flag block lands on Usage, the user protects Certs (Score checked it already).
    double.beforeSync(({ locations, model }) => {
      if (locations.includes("Range.values") && !model.getSheet("Certs").protection.protected) model.getSheet("Certs").protect();
    });
    const error = await failure(service.score({}));
    double.beforeSync(null);
    expect(error?.name).toBe("ScoreWriteError");
    expect(error?.message).toMatch(/^Score stopped while writing the flag columns on "Certs": Excel refused the request \(/);
    expect(error?.message).toMatch(/Flag columns were written to Usage!G1:[A-Z]+26/);
    expect(error?.message).toMatch(/Not written: the flag columns on "Certs", the "SPD Summary" sheet \(not updated/);
    expect(error?.message).toMatch(/Score again to repair it/);
    expect(certs.getValue("G1")).toBe("");
    expect(double.workbook.findSheet("SPD Summary")).toBeUndefined();

    // Unprotected, Score again: both sheets flagged once (no second set of columns), the summary written.
    certs.unprotect();
    const outcome = await service.score({});
    expect(outcome.flagRanges).toEqual([expect.stringMatching(/^Usage!G1:[A-Z]+26$/), expect.stringMatching(/^Certs!G1:[A-Z]+2$/)]);
    const flagHeaders = (s: SheetModel) => s.getValues("A1:AZ1")[0].filter((h) => String(h).startsWith("SPD "));
    expect(flagHeaders(usage)).toHaveLength(outcome.report.flagTables!.find((t) => t.layout === "m365-usage")!.columns.length);
    expect(flagHeaders(certs)).toHaveLength(outcome.report.flagTables!.find((t) => t.layout === "skilling")!.columns.length);
    expect(double.workbook.getSheet("SPD Summary").getValues().flat()).toContain("As-of month");
  });

  test("the summary sheet protected after the check (an earlier one exists): flags written, the summary untouched and said so; the next Score repairs it", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    const service = createExcelScoringService();
    await service.score({});
    const summary = double.workbook.getSheet("SPD Summary");
    const before = summary.getValues();
    let flagsWritten = false;
    double.beforeSync(({ locations, model }) => {
      if (locations.includes("Range.values")) flagsWritten = true;
      else if (flagsWritten && !model.getSheet("SPD Summary").protection.protected) model.getSheet("SPD Summary").protect();
    });
    const error = await failure(service.score({}));
    double.beforeSync(null);
    expect(error?.message).toMatch(/Flag columns were written to Usage!G1:[A-Z]+26/);
    expect(error?.message).toMatch(/while writing the "SPD Summary" sheet/);
    expect(error?.message).toMatch(/Not written: the "SPD Summary" sheet \(missing or incomplete\)/);
    expect(summary.getValues()).toEqual(before);
    summary.unprotect();
    const outcome = await service.score({});
    expect(outcome.summarySheet).toBe("SPD Summary");
    expect(double.workbook.sheets.map((s) => s.name)).toEqual(["Usage", "SPD Summary"]);
  });
});

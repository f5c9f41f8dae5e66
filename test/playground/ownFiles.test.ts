/** The playground's "Open export…": CSV and .xlsx files into the in-memory workbook as Excel opens them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { createExcelDouble } from "../../tools/excel-double";
import { baseName, downloadName, readCsvFile, sheetNameFor, workbookFromFiles, type OwnFile } from "../../tools/playground/ownFiles";

const text = (name: string, body: string): OwnFile => ({ name, bytes: new TextEncoder().encode(body) });
const sample = (file: string): OwnFile => ({ name: file, bytes: readFileSync(join(__dirname, "../../samples", file)) });

async function xlsx(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("own files in the playground", () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  test("a CSV becomes one sheet named after the file, its cells typed as Excel types them (General coercion)", async () => {
    const csv = 'Name,Count,Month,Code,Formula,Share\r\n"Contoso, Ltd",42,2025-10,00123,=1+1,40%\r\n';
    const { double, loaded, problems, exportName } = await workbookFromFiles([text("my-usage.csv", csv)], 0);
    expect(problems).toEqual([]);
    expect(exportName).toBe("my-usage");
    expect(loaded).toEqual(["my-usage.csv → sheet my-usage (2 rows)"]);
    const sheet = double!.workbook.getSheet("my-usage");
    const [name, count, month, code, formula, share] = sheet.getValues("A2:F2")[0];
    expect([name, count, code, formula, share]).toEqual(["Contoso, Ltd", 42, 123, "=1+1", 0.4]);
    // "2025-10" is a date to Excel: 1 Oct 2025, shown as Oct-25.
    expect(month).toBe(45931);
    expect(sheet.numberFormatAt(1, 2)).toBe("mmm-yy");
    expect(sheet.numberFormatAt(1, 5)).toBe("0%");
    // Text is never made a formula.
    expect(sheet.getCell("E2").formula).toBeUndefined();
  });

  test("separators, sep= lines, BOM and UTF-16 are read as the engine reads them", async () => {
    const semicolon = readCsvFile("de.csv", new TextEncoder().encode("\ufeffsep=;\nA;B\nx;1\n"));
    expect(semicolon.sheets[0].rows).toEqual([
      ["A", "B"],
      ["x", "1"],
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."A\tB\nü\t2\n"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(readCsvFile("wide.txt", utf16).sheets[0].rows).toEqual([
      ["A", "B"],
      ["ü", "2"],
    ]);
  });

  test("sheet names follow Excel's rules and stay unique", () => {
    expect(baseName("C:\\exports\\modern-work-usage.csv")).toBe("modern-work-usage");
    expect(sheetNameFor("a/b:c*d?[e]", [])).toBe("a_b_c_d__e_");
    expect(sheetNameFor("x".repeat(40), [])).toHaveLength(31);
    expect(sheetNameFor("Usage", ["usage"])).toBe("Usage (2)");
    expect(sheetNameFor("History", [])).toBe("History_");
    expect(downloadName("usage")).toBe("usage-scored.xlsx");
  });

  test("bad files are named with the row, and never stop the good ones", async () => {
    const result = await workbookFromFiles([
      text("broken.csv", 'A,B\nx,"open\ny,2\n'),
      text("empty.csv", ""),
      text("notes.pdf", "%PDF"),
      text("old.xls", "x"),
      text("junk.xlsx", "not a zip"),
      text("good.csv", "A,B\n1,2\n"),
    ]);
    expect(result.problems).toEqual([
      expect.stringMatching(/^broken\.csv, row 2: a quote \("\) opens in this row and is never closed/),
      expect.stringMatching(/^empty\.csv: the file is empty/),
      expect.stringMatching(/^notes\.pdf: not a CSV or \.xlsx file/),
      expect.stringMatching(/^old\.xls: an Excel 97-2003 workbook/),
      expect.stringMatching(/^junk\.xlsx: not a readable \.xlsx workbook/),
    ]);
    expect(result.double!.workbook.sheets.map((s) => s.name)).toEqual(["good"]);
    expect(result.exportName).toBe("good");
    const none = await workbookFromFiles([text("empty.csv", "")]);
    expect(none.double).toBeNull();
  });

  test("a cell over 32,767 characters is cut with a note naming it", async () => {
    const result = await workbookFromFiles([text("long.csv", `A\n${"x".repeat(40_000)}\n`)], 0);
    expect(result.notes).toEqual(["long.csv: a cell over 32,767 characters (Excel's limit) cut, the first at long!A2."]);
    expect(String(result.double!.workbook.getSheet("long").getValues("A2")[0][0])).toHaveLength(32_767);
  });

  test("an .xlsx gives one sheet per worksheet, values as stored: text stays text, dates keep their format, formulas their result", async () => {
    const bytes = await xlsx((book) => {
      const a = book.addWorksheet("Usage");
      a.addRow(["Id", "Count", "When", "Total"]);
      a.addRow(["00123", 5, new Date(Date.UTC(2025, 9, 1)), { formula: "B2*2", result: 10 }]);
      a.getCell("C2").numFmt = "mmm-yyyy";
      book.addWorksheet("Notes").addRow(["=not a formula"]);
    });
    const { double, problems, loaded } = await workbookFromFiles([{ name: "book.xlsx", bytes }], 0);
    expect(problems).toEqual([]);
    expect(loaded).toEqual(["book.xlsx → sheet Usage (2 rows), sheet Notes (1 rows)"]);
    const usage = double!.workbook.getSheet("Usage");
    expect(usage.getValues("A2:D2")[0]).toEqual(["00123", 5, 45931, 10]);
    expect(usage.numberFormatAt(1, 2)).toBe("mmm-yyyy");
    expect(double!.workbook.getSheet("Notes").getValues("A1")[0][0]).toBe("=not a formula");
  });

  test("an .xlsx with formulas never calculated is named with its sheet and cell", async () => {
    const bytes = await xlsx((book) => {
      const s = book.addWorksheet("Data");
      s.addRow(["A", "B"]);
      s.getCell("B2").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    });
    const result = await workbookFromFiles([{ name: "script.xlsx", bytes }]);
    expect(result.problems).toEqual([expect.stringMatching(/^script\.xlsx, sheet Data, cell B2: the cell holds a formula that was never calculated/)]);
  });

  test("the pane finds and scores the sample exports loaded as files, as it scores them in the playground's sample workbook", async () => {
    const files = ["modern-work-usage.csv", "skilling.csv"].map(sample);
    const { double, problems } = await workbookFromFiles(files, 0);
    expect(problems).toEqual([]);
    restore = double!.install();
    const summary = await createExcelScoringService().inspect();
    expect(summary.exports.map((e) => [e.sheet, e.layout])).toEqual([
      ["modern-work-usage", "m365-usage"],
      ["skilling", "skilling"],
    ]);
    const outcome = await createExcelScoringService().score({});
    restore();

    // The same rows seeded the way tools/playground/sampleWorkbook.ts does.
    const Papa = (await import("papaparse")).default;
    const seeded = createExcelDouble();
    for (const [name, file] of [
      ["Usage", "modern-work-usage.csv"],
      ["Skilling", "skilling.csv"],
    ])
      seeded.workbook.addSheet(
        name,
        Papa.parse<string[]>(readFileSync(join(__dirname, "../../samples", file), "utf8").trim()).data.map((r) =>
          r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c))
        )
      );
    restore = seeded.install();
    const expected = await createExcelScoringService().score({});
    const points = (o: typeof outcome) =>
      o.report.designations.map((d) => [d.id, d.total, d.tracks.map((t) => [t.id, t.total, t.metrics.map((m) => m.value)])]);
    expect(points(outcome)).toEqual(points(expected));
    expect(outcome.flagRanges[0]).toMatch(/^'modern-work-usage'!G1:/);
    expect(double!.workbook.sheets.map((s) => s.name)).toContain("SPD Summary");
    // Two whole scores of 26k sample rows: seconds on a loaded 2-core machine, not Jest's default 5.
  }, 60_000);
});

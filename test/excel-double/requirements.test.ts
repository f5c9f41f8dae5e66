import ExcelJS from "exceljs";
import { createExcelDouble, type ExcelDoubleError } from "../../tools/excel-double";
import { toXlsx } from "../../tools/excel-double/toXlsx";
import { SUMMARY_SHEET, summaryLayout } from "../../src/engine";
import { writeBlocks } from "../../src/excel/writeBlocks";
import { sampleReport } from "../helpers/summarySamples";

/**
 * Office.context.requirements through the double (requirements.ts), RangeFormat.indentLevel, and the
 * add-in's summary renderer taking the merge / page-layout / indent path it takes in Excel.
 */
const g = globalThis as unknown as { Office?: unknown };

async function failure(run: () => Promise<unknown>): Promise<ExcelDoubleError> {
  try {
    await run();
  } catch (e) {
    return e as ExcelDoubleError;
  }
  throw new Error("expected the sync to fail");
}

describe("Office.context.requirements", () => {
  it("install() puts an Office whose isSetSupported answers ExcelApi up to 1.9, and restore() takes it away", () => {
    const double = createExcelDouble();
    expect(g.Office).toBeUndefined();
    const restore = double.install();
    try {
      const requirements = (g.Office as typeof double.Office).context.requirements;
      expect(["1.1", "1.2", "1.9", undefined].map((v) => requirements.isSetSupported("ExcelApi", v))).toEqual([true, true, true, true]);
      expect(requirements.isSetSupported("ExcelApi", 1.9)).toBe(true);
      expect(requirements.isSetSupported("excelapi", "1.4")).toBe(true);
      expect(requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
      expect(requirements.isSetSupported("ExcelApi", "1.19")).toBe(false);
      expect(requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
      expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    } finally {
      restore();
    }
    expect(g.Office).toBeUndefined();
  });

  it("leaves a test's own Office alone", () => {
    const own = { addin: {} };
    g.Office = own;
    try {
      const restore = createExcelDouble().install();
      expect(g.Office).toBe(own);
      restore();
      expect(g.Office).toBe(own);
    } finally {
      delete g.Office;
    }
  });

  it("an older Excel (excelApi 1.8) says so, and refuses the 1.9 APIs with ApiNotFound", async () => {
    const double = createExcelDouble({ excelApi: "1.8" });
    double.workbook.addSheet("S", [["x"]]);
    expect(double.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(double.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    const pageLayout = await failure(() =>
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").pageLayout.orientation = "Landscape";
        await context.sync();
      })
    );
    expect([pageLayout.code, pageLayout.debugInfo.errorLocation]).toEqual(["ApiNotFound", "PageLayout.orientation"]);
    const indent = await failure(() =>
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.indentLevel = 1;
        await context.sync();
      })
    );
    expect(indent.code).toBe("ApiNotFound");
    // Range.merge is ExcelApi 1.2.
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").merge();
      await context.sync();
    });
    const old = createExcelDouble({ excelApi: "1.1" });
    old.workbook.addSheet("S");
    expect(
      (
        await failure(() =>
          old.Excel.run(async (context) => {
            context.workbook.worksheets.getItem("S").getRange("A1:B1").merge();
            await context.sync();
          })
        )
      ).code
    ).toBe("ApiNotFound");
  });

  it("refuses an excelApi it does not model", () => {
    expect(() => createExcelDouble({ excelApi: "1.15" })).toThrow(/up to 1\.14/);
    expect(() => createExcelDouble({ excelApi: "latest" })).toThrow(/up to 1\.14/);
  });
});

describe("RangeFormat.indentLevel", () => {
  it("sets and reads an integer from 0 to 250 (null when the cells differ); 0 takes the indent off", async () => {
    const { Excel, workbook } = createExcelDouble();
    workbook.addSheet("S", [["a", "b", 1]]);
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1:B1").format.indentLevel = 2;
      const all = s.getRange("A1:C1").format.load("indentLevel");
      const two = s.getRange("A1:B1").format.load("indentLevel");
      const none = s.getRange("C1").format.load("indentLevel");
      await context.sync();
      expect([all.indentLevel, two.indentLevel, none.indentLevel]).toEqual([null, 2, 0]);
      s.getRange("B1").format.indentLevel = 0;
      await context.sync();
    });
    const sheet = workbook.getSheet("S");
    expect(sheet.getCell("A1").format).toEqual({ indentLevel: 2 });
    expect(sheet.getCell("B1").format).toEqual({});
    for (const bad of [-1, 251, 1.5, "1"]) {
      const error = await failure(() =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("S").getRange("A1").format.indentLevel = bad as number;
          await context.sync();
        })
      );
      expect({ bad, code: error.code }).toEqual({ bad, code: "InvalidArgument" });
    }
  });
});

describe("the add-in's summary sheet in the double takes Excel's path", () => {
  async function summary(excelApi?: string) {
    const { report, extras } = sampleReport(true);
    const double = createExcelDouble({ excelApi });
    const restore = double.install();
    try {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add(SUMMARY_SHEET);
        writeBlocks(sheet, SUMMARY_SHEET, summaryLayout(report, ["modern-work-usage.csv"], extras));
        await context.sync();
      });
    } finally {
      restore();
    }
    return double;
  }

  it("merged, wrapped notes rows; landscape, one page wide; text after column A indented — and all of it in the .xlsx", async () => {
    const double = await summary();
    const sheet = double.workbook.getSheet(SUMMARY_SHEET);
    const merges = sheet.merges;
    expect(merges.length).toBeGreaterThan(0);
    for (const m of merges) {
      expect(m.rowCount).toBe(1);
      expect(sheet.formatAt(m.row, m.col + 1)).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
    }
    expect(sheet.pageLayout.orientation).toBe("Landscape");
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    const indented = sheet
      .getValues()
      .flatMap((row, r) => row.map((v, c) => ({ v, c, indent: sheet.formatAt(r, c).indentLevel })))
      .filter((x) => x.indent);
    expect(indented.length).toBeGreaterThan(0);
    for (const x of indented) {
      expect(typeof x.v).toBe("string");
      expect(x.c).toBeGreaterThan(0);
    }

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(double.workbook)).bytes as unknown as ArrayBuffer);
    const out = book.getWorksheet(SUMMARY_SHEET)!;
    expect(out.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const first = merges[0];
    const master = out.getRow(first.row + 1).getCell(first.col + 1);
    const last = out.getRow(first.row + 1).getCell(first.col + first.colCount);
    expect(last.isMerged && last.master.address).toBe(master.address);
  });

  it("on an Excel before ExcelApi 1.9 it still merges (1.2) but sets no page layout or indent", async () => {
    const double = await summary("1.8");
    const sheet = double.workbook.getSheet(SUMMARY_SHEET);
    expect(sheet.merges.length).toBeGreaterThan(0);
    expect(sheet.pageLayout.orientation).toBe("Portrait");
    expect(sheet.getValues().some((row, r) => row.some((_, c) => sheet.formatAt(r, c).indentLevel))).toBe(false);
  });
});

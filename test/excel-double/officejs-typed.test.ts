/**
 * Adapter-style code typed with @types/office-js, run against the double installed as the global
 * Excel: checks the double is call-compatible with what real add-in code does.
 */
import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";

async function findSheetValues(sheetName: string): Promise<unknown[][] | null> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load("name");
    await context.sync();
    if (sheet.isNullObject) return null;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    return used.isNullObject ? [] : used.values;
  });
}

async function writeReport(rows: (string | number)[][]): Promise<string> {
  return Excel.run(async (context) => {
    context.application.suspendApiCalculationUntilNextSync();
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject("Report");
    await context.sync();
    if (!existing.isNullObject) existing.delete();
    const sheet = sheets.add("Report");
    const range = sheet.getRange("A1").getResizedRange(rows.length - 1, rows[0].length - 1);
    range.values = rows;
    const table = sheet.tables.add(range, true);
    table.name = "ReportTable";
    table.getHeaderRowRange().format.font.bold = true;
    sheet.freezePanes.freezeRows(1);
    range.format.autofitColumns();
    sheet.activate();
    const body = table.getDataBodyRange();
    body.load("address");
    await context.sync();
    return body.address;
  });
}

describe("office-js typed code against the installed double", () => {
  let double: ExcelDouble;
  let restore: () => void;

  beforeEach(() => {
    double = createExcelDouble();
    double.workbook.addSheet("Input", [["Id"], [1], [2]]);
    restore = double.install();
  });
  afterEach(() => restore());

  it("reads sheets through the global Excel", async () => {
    await expect(findSheetValues("Input")).resolves.toEqual([["Id"], [1], [2]]);
    await expect(findSheetValues("Missing")).resolves.toBeNull();
  });

  it("writes a report table", async () => {
    await expect(
      writeReport([
        ["Partner", "Score"],
        ["Contoso", 10],
      ])
    ).resolves.toBe("Report!A2:B2");
    await expect(
      writeReport([
        ["Partner", "Score"],
        ["Contoso", 10],
        ["Fabrikam", 20],
      ])
    ).resolves.toBe("Report!A2:B3");
    const report = double.workbook.getSheet("Report");
    expect(report.getValues()).toEqual([
      ["Partner", "Score"],
      ["Contoso", 10],
      ["Fabrikam", 20],
    ]);
    expect(double.workbook.getTable("ReportTable").sheet).toBe(report);
    expect(double.workbook.activeSheet).toBe(report);
    expect(double.stats.suspendCalls).toBe(2);
  });

  it("exposes enums and OfficeExtension.Error for instanceof checks", async () => {
    expect(Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Missing").load("name");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect((error as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
  });

  it("restores the previous globals", () => {
    restore();
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
    restore = double.install();
  });
});

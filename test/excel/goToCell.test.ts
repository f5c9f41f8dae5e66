/**
 * Check the data's "Go to cell" through the Excel double: the warning's file, row and column (as the
 * engine reports them) become the export's sheet and cell, and the service activates that sheet and
 * selects the cell (Worksheet.activate, Range.select), for an export at A1 as a CSV opens and for one
 * starting lower on its sheet. A hidden sheet cannot be activated: the pane gets a message instead.
 */
import { ExcelDoubleError, type ExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { GoToCellError } from "../../src/excel/goToCell";
import type { ReportWarning } from "../../src/engine";
import { SEED, asOpenedInExcel } from "../helpers/seedInExcel";
import { freshDoubleEachTest } from "../helpers/freshDouble";

let double: ExcelDouble;
freshDoubleEachTest((d) => (double = d));

/** The seed export as Excel shows it, with ActiveUsage of its 4th data row made unreadable. */
function seedWithBadCell(): (string | number)[][] {
  const rows = asOpenedInExcel(SEED);
  rows[4] = [...rows[4]];
  rows[4][4] = "lots";
  return rows;
}

function skipped(warnings: ReportWarning[]): ReportWarning {
  const found = warnings.filter((w) => w.kind === "fix" && w.code === "input");
  expect(found).toHaveLength(1);
  return found[0];
}

describe("Go to cell", () => {
  test("a CSV-shaped export (header in row 1): the warning's row and column are the sheet's, and that cell is selected on its sheet", async () => {
    double.workbook.addSheet("Usage", seedWithBadCell());
    double.workbook.addSheet("Notes", [["nothing here"]]);
    double.workbook.setSelection("Notes", "A1");
    const service = createExcelScoringService();
    const outcome = await service.score({});
    const w = skipped(outcome.report.warnings);
    expect(w).toMatchObject({ file: "Usage", row: 5, column: "ActiveUsage", title: "Unreadable value: row skipped" });
    // Score activated its summary sheet: Go to cell must come back to the export.
    expect(double.workbook.activeSheet?.name).not.toBe("Usage");

    await service.goToCell({ file: w.file!, row: w.row, column: w.column });
    expect(double.workbook.activeSheet?.name).toBe("Usage");
    expect(double.workbook.selection).toEqual({ sheet: "Usage", address: "E5" });
    expect(double.workbook.getSheet("Usage").getValues("E5")).toEqual([["lots"]]);
  });

  test("an export starting lower (a table at B31 under 30 note rows): the cell is found from the table's first column", async () => {
    const notes = Array.from({ length: 30 }, (_, i) => [`note ${i + 1}`]);
    double.workbook.addSheet("Other", [["x"]]);
    double.workbook.addSheet("Data", [...notes, ...seedWithBadCell().map((r) => ["", ...r])]);
    double.workbook.addTable("Data", "B31:G56", "UsageTable");
    double.workbook.setSelection("Data", "C40");
    const service = createExcelScoringService();
    const w = skipped((await service.score({})).report.warnings);
    // The header is sheet row 31; its 4th data row is row 35.
    expect(w).toMatchObject({ file: "Data", row: 35, column: "ActiveUsage" });

    double.workbook.setSelection("Other", "A1");
    await service.goToCell({ file: w.file!, row: w.row, column: w.column });
    expect(double.workbook.selection).toEqual({ sheet: "Data", address: "F35" });
    expect(double.workbook.getSheet("Data").getValues("F35")).toEqual([["lots"]]);
  });

  test("without a row: the column's header cell; without a column: the row's cells of the export", async () => {
    double.workbook.addSheet("Other", [["x"]]);
    double.workbook.addSheet("Data", [["title"], [], ...asOpenedInExcel(SEED).map((r) => ["", "", ...r])]);
    const service = createExcelScoringService();
    await service.goToCell({ file: "Data", column: "MonthName" });
    expect(double.workbook.selection).toEqual({ sheet: "Data", address: "F3" });
    await service.goToCell({ file: "Data", row: 10 });
    expect(double.workbook.selection).toEqual({ sheet: "Data", address: "C10:H10" });
  });

  test("a sheet and address: selected as given", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    double.workbook.addSheet("Other", [["x"]]);
    await createExcelScoringService().goToCell({ sheet: "Other", address: "Other!B7" });
    expect(double.workbook.selection).toEqual({ sheet: "Other", address: "B7" });
  });

  test("a hidden sheet: Excel refuses to activate it, so the pane is told to unhide it and nothing moves", async () => {
    double.workbook.addSheet("Usage", seedWithBadCell());
    double.workbook.addSheet("Other", [["x"]]);
    double.workbook.setSelection("Other", "B2");
    double.workbook.setVisibility(double.workbook.getSheet("Usage"), "Hidden");
    // As in Excel: activating or selecting on a hidden sheet fails the sync.
    const direct = await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Usage").getRange("E5").select();
      return context.sync().then(
        () => null,
        (e: unknown) => e
      );
    });
    expect(direct).toBeInstanceOf(ExcelDoubleError);
    expect((direct as ExcelDoubleError).code).toBe("InvalidOperation");

    const going = createExcelScoringService().goToCell({ file: "Usage", row: 5, column: "ActiveUsage" });
    await expect(going).rejects.toBeInstanceOf(GoToCellError);
    await expect(going).rejects.toThrow(/The sheet "Usage" is hidden\. Unhide it .*then go to E5/);
    expect(double.workbook.selection).toEqual({ sheet: "Other", address: "B2" });
  });

  test("an export no longer in the workbook: a message saying to refresh", async () => {
    double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
    await expect(createExcelScoringService().goToCell({ file: "Gone", row: 3, column: "MonthName" })).rejects.toThrow(/No export named "Gone".*Refresh/);
  });
});

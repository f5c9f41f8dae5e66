/**
 * The selection as getSelectedRange sees it (issue 12, point 1): a chart selected, or several areas,
 * make it fail the sync with InvalidSelection ("If there are multiple ranges selected, this method
 * will throw an error", Workbook.getSelectedRange reference; a chart: by design, office-js issues 8
 * and 2268). And a sync that never answers (issue 12, point 2), for time-out tests.
 */
import { createExcelDouble, ExcelDoubleError } from "../../tools/excel-double";

function setup() {
  const double = createExcelDouble();
  const sheet = double.workbook.addSheet("Data", [
    ["Month", "Users"],
    ["2025-09", 10],
    ["2025-10", 12],
  ]);
  sheet.addChart("ColumnClustered", "A1:B3", { name: "Users chart" });
  return { double, sheet };
}

async function selectedAddress(double: ReturnType<typeof createExcelDouble>): Promise<string | ExcelDoubleError> {
  return double.Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    try {
      await context.sync();
      return range.address;
    } catch (e) {
      return e as ExcelDoubleError;
    }
  });
}

describe("getSelectedRange", () => {
  test("a single range: its address", async () => {
    const { double } = setup();
    double.workbook.setSelection("Data", "B2:B3");
    expect(await selectedAddress(double)).toBe("Data!B2:B3");
  });

  test("several areas (Ctrl+click): the sync fails with InvalidSelection, at Workbook.getSelectedRange", async () => {
    const { double } = setup();
    double.workbook.setSelection("Data", "A1:B2,D4");
    const error = (await selectedAddress(double)) as ExcelDoubleError;
    expect(error).toBeInstanceOf(ExcelDoubleError);
    expect(error.code).toBe("InvalidSelection");
    expect(error.debugInfo.errorLocation).toBe("Workbook.getSelectedRange");
    expect(error.message).toMatch(/The current selection is invalid for this operation/);
    // The active cell is still there (office-js issue 8's way round).
    const active = await double.Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("address");
      await context.sync();
      return cell.address;
    });
    expect(active).toBe("Data!A1");
  });

  test("a chart selected by a click (seeding helper) or by Chart.activate(): InvalidSelection until a range is selected again", async () => {
    const { double } = setup();
    double.workbook.selectChartNamed("Data", "Users chart");
    expect(((await selectedAddress(double)) as ExcelDoubleError).code).toBe("InvalidSelection");

    double.workbook.setSelection("Data", "A1");
    expect(await selectedAddress(double)).toBe("Data!A1");

    double.workbook.addSheet("Other");
    double.workbook.setSelection("Other", "C3");
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").charts.getItem("Users chart").activate();
      await context.sync();
    });
    expect(double.workbook.activeSheet?.name).toBe("Data"); // activating a chart activates its sheet
    expect(((await selectedAddress(double)) as ExcelDoubleError).code).toBe("InvalidSelection");

    // Range.select() puts a range back in the selection.
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2").select();
      await context.sync();
    });
    expect(await selectedAddress(double)).toBe("Data!B2");
  });

  test("the selected chart deleted: its cells are selected again", async () => {
    const { double, sheet } = setup();
    double.workbook.selectChartNamed("Data", "Users chart");
    sheet.deleteChart(sheet.getChart("Users chart"));
    expect(await selectedAddress(double)).toBe("Data!A1");
  });

  test("a failed selection probe leaves the context usable for the next sync", async () => {
    const { double } = setup();
    double.workbook.setSelection("Data", "A1:A2,B3");
    const used = await double.Excel.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load("address");
      await context.sync().catch(() => undefined);
      const range = context.workbook.worksheets.getItem("Data").getUsedRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
    expect(used).toBe("Data!A1:B3");
  });
});

describe("an Excel that stops answering", () => {
  test("stallSyncs: after N syncs every sync waits until released, then runs in order", async () => {
    const { double } = setup();
    const release = double.stallSyncs({ after: 1 });
    const steps: string[] = [];
    const run = double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.load("name");
      await context.sync();
      steps.push("first answered");
      const range = sheet.getRange("B3");
      range.load("values");
      await context.sync();
      steps.push("second answered");
      return range.values[0][0];
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(steps).toEqual(["first answered"]);
    release();
    expect(await run).toBe(12);
    expect(steps).toEqual(["first answered", "second answered"]);
  });

  test("setSyncDelay: a slow Excel", async () => {
    const { double } = setup();
    double.setSyncDelay(40);
    const started = Date.now();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });
});

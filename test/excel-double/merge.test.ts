import { createExcelDouble, type ExcelDoubleError } from "../../tools/excel-double";

/** Range.merge / Range.unmerge (ExcelApi 1.2) and what merged cells do to the rest (model/merges.ts). */
function setup() {
  const double = createExcelDouble();
  double.workbook.addSheet("S", [
    ["top left", "b1", 3],
    ["a2", "b2", "c2"],
    ["a3", "b3", "c3"],
  ]);
  return double;
}

async function failure(run: () => Promise<unknown>): Promise<ExcelDoubleError> {
  try {
    await run();
  } catch (e) {
    return e as ExcelDoubleError;
  }
  throw new Error("expected the sync to fail");
}

describe("Range.merge", () => {
  it("keeps the upper-left value, empties the other cells and reads as one cell", async () => {
    const { Excel, workbook } = setup();
    const sheet = workbook.getSheet("S");
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:C2");
      range.merge();
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([
        ["top left", "", ""],
        ["", "", ""],
      ]);
    });
    expect(sheet.mergedAreas()).toEqual(["A1:C2"]);
    expect(sheet.mergedAreaAt(1, 2)).toEqual({ row: 0, col: 0, rowCount: 2, colCount: 3 });
    expect(sheet.mergedAreaAt(2, 0)).toBeUndefined();
    expect(sheet.getValues("A3:C3")).toEqual([["a3", "b3", "c3"]]);
  });

  it("merge(true) merges each row on its own; a one-cell row stays a plain cell", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1:B3").merge(true);
      s.getRange("C1:C3").merge(true);
      await context.sync();
    });
    const sheet = workbook.getSheet("S");
    expect(sheet.mergedAreas()).toEqual(["A1:B1", "A2:B2", "A3:B3"]);
    expect(sheet.getValues("A1:C3")).toEqual([
      ["top left", "", 3],
      ["a2", "", "c2"],
      ["a3", "", "c3"],
    ]);
  });

  it("gives the whole area the upper-left cell's number format and formatting", async () => {
    const { Excel, workbook } = setup();
    const sheet = workbook.getSheet("S");
    sheet.setNumberFormat("A1", "@");
    sheet.setNumberFormat("B1", "0.00");
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1").format.fill.color = "#FFFF00";
      s.getRange("B1").format.font.bold = true;
      s.getRange("A1:B1").merge();
      await context.sync();
    });
    expect(sheet.getCell("B1")).toMatchObject({ numberFormat: "@", format: { fillColor: "#FFFF00" } });
    expect(sheet.getCell("B1").format.bold).toBeUndefined();
  });

  it("formatting any part of a merged area formats all of it: wrapText and row height read as the cell's", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("B2:C3").merge();
      s.getRange("C3").format.wrapText = true;
      s.getRange("C2").format.verticalAlignment = "Top";
      s.getRange("C3").numberFormat = [["0%"]];
      s.getRange("B2").format.rowHeight = 30;
      const area = s.getRange("B2:C3");
      area.format.load("wrapText, verticalAlignment, rowHeight");
      area.load("numberFormat");
      await context.sync();
      expect(area.format.wrapText).toBe(true);
      expect(area.format.verticalAlignment).toBe("Top");
      expect(area.numberFormat).toEqual([
        ["0%", "0%"],
        ["0%", "0%"],
      ]);
      // Row heights stay per row, as in Excel.
      expect(area.format.rowHeight).toBeNull();
    });
    const sheet = workbook.getSheet("S");
    expect(sheet.getCell("B2").format).toEqual({ wrapText: true, verticalAlignment: "Top" });
    expect(sheet.getCell("A2").format).toEqual({});
  });

  it("takes in an older merged area it partly covers; one-cell merges change nothing", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("B1:C1").merge();
      s.getRange("A1:B2").merge();
      s.getRange("A3").merge();
      await context.sync();
    });
    const sheet = workbook.getSheet("S");
    expect(sheet.mergedAreas()).toEqual(["A1:C2"]);
    expect(sheet.getValue("A1")).toBe("top left");
  });

  it("refuses to merge over a table, and a table over merged cells, with MergedRangeConflict", async () => {
    const { Excel, workbook } = setup();
    workbook.addTable("S", "A1:C2", "T");
    const overTable = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("B2:C3").merge();
        await context.sync();
      })
    );
    expect(overTable.code).toBe("MergedRangeConflict");
    expect(overTable.message).toMatch(/A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map/);
    expect(overTable.debugInfo.errorLocation).toBe("Range.merge");
    expect(workbook.getSheet("S").mergedAreas()).toEqual([]);

    workbook
      .addSheet("M")
      .setValues("A1", [["x", "y"]])
      .merge("A5:B5");
    const tableOverMerge = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("M").tables.add("A4:C6", true);
        await context.sync();
      })
    );
    expect(tableOverMerge.code).toBe("MergedRangeConflict");
    expect(workbook.tablesOn(workbook.getSheet("M"))).toEqual([]);
  });

  it("a table added without headers pushes merged cells below it down; one it would cut is refused", async () => {
    const { workbook } = setup();
    const sheet = workbook.addSheet("P", [["a", "b"]]);
    sheet.merge("A3:B3");
    workbook.addTable("P", "A1:B1", "Pushed", { hasHeaders: false });
    expect(sheet.mergedAreas()).toEqual(["A4:B4"]);
    const cut = workbook.addSheet("Q", [["a"]]);
    cut.merge("A3:B3");
    let error: ExcelDoubleError | undefined;
    try {
      workbook.addTable("Q", "A1", "Cut", { hasHeaders: false });
    } catch (e) {
      error = e as ExcelDoubleError;
    }
    expect(error?.code).toBe("InsertDeleteConflict");
    expect(cut.mergedAreas()).toEqual(["A3:B3"]);
  });

  it("is refused on a protected sheet (AccessDenied), even with formatting allowed", async () => {
    const { Excel, workbook } = setup();
    workbook.getSheet("S").protect({ allowFormatCells: true });
    const error = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").merge();
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
    expect(workbook.getSheet("S").mergedAreas()).toEqual([]);
  });

  it("refuses an `across` that is not a boolean", async () => {
    const { Excel } = setup();
    const error = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1:B1")
          .merge("yes" as unknown as boolean);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("Range.unmerge and clear", () => {
  it("unmerge() splits every merged area the range touches, whole; the cells keep the area's format", async () => {
    const { Excel, workbook } = setup();
    const sheet = workbook.getSheet("S");
    sheet.merge("A1:B2").merge("A3:C3");
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1:B2").format.fill.color = "#C6EFCE";
      s.getRange("B2").unmerge();
      await context.sync();
    });
    expect(sheet.mergedAreas()).toEqual(["A3:C3"]);
    expect(sheet.getCell("B2").format.fillColor).toBe("#C6EFCE");
    expect(sheet.getValue("A1")).toBe("top left");
  });

  it.each([
    ["All", []],
    ["Formats", []],
    ["Contents", ["A1:B1"]],
  ] as const)('clear("%s") over part of a merged area leaves %j merged', async (applyTo, left) => {
    const { Excel, workbook } = setup();
    const sheet = workbook.getSheet("S");
    sheet.merge("A1:B1");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B1:B2").clear(applyTo);
      await context.sync();
    });
    expect(sheet.mergedAreas()).toEqual(left);
  });

  it("the seeding helpers merge and unmerge as the API does", () => {
    const { workbook } = setup();
    const sheet = workbook.getSheet("S");
    sheet.merge("A1:C3", true);
    expect(sheet.mergedAreas()).toEqual(["A1:C1", "A2:C2", "A3:C3"]);
    sheet.unmerge("A2:A3");
    expect(sheet.mergedAreas()).toEqual(["A1:C1"]);
  });
});

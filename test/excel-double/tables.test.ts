import { createExcelDouble } from "../../tools/excel-double";

function setup() {
  const double = createExcelDouble();
  double.workbook.addSheet("Data", [
    ["Partner", "Score", ""],
    ["Contoso", 10, "x"],
    ["Fabrikam", 20, "y"],
  ]);
  return double;
}

describe("tables", () => {
  it("creates a table with headers and exposes its ranges", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
      table.load("name, showHeaders, showTotals, style");
      const body = table.getDataBodyRange().load("address, values");
      const header = table.getHeaderRowRange().load("values");
      const whole = table.getRange().load("address");
      const columns = table.columns.load("items/name");
      await context.sync();
      expect(table.name).toBe("Table1");
      expect([table.showHeaders, table.showTotals, table.style]).toEqual([true, false, "TableStyleMedium2"]);
      expect(body.address).toBe("Data!A2:C3");
      expect(body.values).toEqual([
        ["Contoso", 10, "x"],
        ["Fabrikam", 20, "y"],
      ]);
      // A blank header cell gets Excel's default name.
      expect(header.values).toEqual([["Partner", "Score", "Column3"]]);
      expect(whole.address).toBe("Data!A1:C3");
      expect(columns.items.map((c) => c.name)).toEqual(["Partner", "Score", "Column3"]);
    });
    expect(workbook.getTable("Table1").ref).toEqual({ row: 0, col: 0, rowCount: 3, colCount: 3 });
  });

  it("inserts a Column1..N header row when hasHeaders is false", async () => {
    const { Excel, workbook } = createExcelDouble();
    workbook.addSheet("S", [
      [1, 2],
      [3, 4],
    ]);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add("S!A1:B2", false);
      const range = table.getRange().load("address, values");
      await context.sync();
      expect(range.address).toBe("S!A1:B3");
      expect(range.values).toEqual([
        ["Column1", "Column2"],
        [1, 2],
        [3, 4],
      ]);
    });
  });

  it("turns numeric and duplicate headers into unique text, as Excel does", () => {
    const { workbook } = createExcelDouble();
    workbook.addSheet("S", [
      [2024, "Name", "name"],
      [1, 2, 3],
    ]);
    workbook.addTable("S", "A1:C2", "T");
    expect(workbook.getSheet("S").getValues("A1:C1")).toEqual([["2024", "Name", "name2"]]);
  });

  it("finds tables through workbook.tables and worksheet.tables", async () => {
    const { Excel, workbook } = setup();
    workbook.addTable("Data", "A1:C3", "Scores");
    workbook.addSheet("Other", [["h"], [1]]);
    workbook.addTable("Other", "A1:A2");
    await Excel.run(async (context) => {
      const all = context.workbook.tables.load("items/name");
      const onData = context.workbook.worksheets.getItem("Data").tables.load("name");
      const byName = context.workbook.tables.getItem("scores").load("name");
      const sheet = byName.worksheet.load("name");
      const count = context.workbook.tables.getCount();
      await context.sync();
      expect(all.items.map((t) => t.name)).toEqual(["Scores", "Table1"]);
      expect(onData.items.map((t) => t.name)).toEqual(["Scores"]);
      expect(byName.name).toBe("Scores");
      expect(sheet.name).toBe("Data");
      expect(count.value).toBe(2);
    });
  });

  it("rejects a missing table with ItemNotFound and gives a null object for OrNullObject", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const maybe = context.workbook.tables.getItemOrNullObject("Nope").load("name");
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
      context.workbook.tables.getItem("Nope").getDataBodyRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it.each([
    ["a space", "My Table", "InvalidArgument"],
    ["a leading digit", "1Table", "InvalidArgument"],
    ["a cell-like name", "AB12", "InvalidArgument"],
    ["a duplicate", "existing", "ItemAlreadyExists"],
  ])("rejects a table name with %s", async (_label, name, code) => {
    const { Excel, workbook } = setup();
    workbook.addSheet("Side", [["h"], [1]]);
    workbook.addTable("Side", "A1:A2", "Existing");
    await expect(
      Excel.run(async (context) => {
        const t = context.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
        t.name = name;
        await context.sync();
      })
    ).rejects.toMatchObject({ code });
  });

  it("accepts names starting with an underscore", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
      t.name = "_scores.v2";
      t.load("name");
      await context.sync();
      expect(t.name).toBe("_scores.v2");
    });
  });

  it("refuses overlapping tables", async () => {
    const { Excel, workbook } = setup();
    workbook.addTable("Data", "A1:B3");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").tables.add("B2:C3", true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("adds a totals row and deletes a table with its cells", async () => {
    const { Excel, workbook } = setup();
    workbook.addTable("Data", "A1:C3", "T");
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("T");
      t.showTotals = true;
      const body = t.getDataBodyRange().load("address");
      const totals = t.getTotalRowRange().load("address");
      await context.sync();
      expect(body.address).toBe("Data!A2:C3");
      expect(totals.address).toBe("Data!A4:C4");
      t.delete();
      await context.sync();
    });
    expect(workbook.tables).toHaveLength(0);
    expect(workbook.getSheet("Data").getValues()).toEqual([]);
  });

  it("adds unqualified workbook tables on the active sheet and converts a table back to a range", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const t = context.workbook.tables.add("A1:C3", true);
      const score = t.columns.getItem("score").getDataBodyRange().load("values");
      await context.sync();
      expect(score.values).toEqual([[10], [20]]);
      const former = t.convertToRange().load("address");
      await context.sync();
      expect(former.address).toBe("Data!A1:C3");
    });
    expect(workbook.tables).toHaveLength(0);
    expect(workbook.getSheet("Data").getValue("A2")).toBe("Contoso");
  });

  it("keeps one data row for a header-only table", () => {
    const { workbook } = createExcelDouble();
    workbook.addSheet("S", [["A", "B"]]);
    const t = workbook.addTable("S", "A1:B1");
    expect(t.dataBodyRef()).toEqual({ row: 1, col: 0, rowCount: 1, colCount: 2 });
  });
});

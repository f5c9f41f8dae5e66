import { createExcelDouble, type RequestContext } from "../../tools/excel-double";

function setup() {
  const double = createExcelDouble();
  double.workbook.addSheet("Data", [
    ["Month", "Users"],
    ["2025-10", 10],
  ]);
  double.workbook.addSheet("SPD Summary");
  const run = <T>(fn: (context: RequestContext) => Promise<T>) => double.Excel.run(fn);
  return { ...double, run };
}

describe("named items (workbook.names, worksheet.names)", () => {
  it("adds workbook and worksheet names to a range and reads their properties", async () => {
    const { run } = setup();
    await run(async (context) => {
      const summary = context.workbook.worksheets.getItem("SPD Summary");
      const wbName = context.workbook.names.add("SPD_Total", summary.getRange("C8"), "the total");
      const wsName = summary.names.add("SPD.Owner", "='SPD Summary'!$A$1:$B$2");
      wbName.load("name, type, value, formula, visible, comment, scope");
      wsName.load(["name", "type", "formula", "scope", "comment"]);
      await context.sync();
      expect(wbName.toJSON()).toEqual({
        name: "SPD_Total",
        type: "Range",
        value: "'SPD Summary'!$C$8",
        formula: "='SPD Summary'!$C$8",
        visible: true,
        comment: "the total",
        scope: "Workbook",
      });
      expect(wsName.toJSON()).toEqual({ name: "SPD.Owner", type: "Range", formula: "='SPD Summary'!$A$1:$B$2", scope: "Worksheet", comment: "" });

      const range = summary.names.getItem("spd.owner").getRange().load("address");
      const wbCount = context.workbook.names.getCount();
      const wsCount = summary.names.getCount();
      const items = summary.names.load("items/name");
      await context.sync();
      expect(range.address).toBe("'SPD Summary'!A1:B2");
      expect([wbCount.value, wsCount.value]).toEqual([1, 1]);
      expect(items.items.map((n) => n.name)).toEqual(["SPD.Owner"]);
    });
  });

  it("keeps constants as names: type and value", async () => {
    const { run } = setup();
    await run(async (context) => {
      const a = context.workbook.names.add("Rate", "=0.5");
      const b = context.workbook.names.add("Marker", '="SPD v1"');
      const c = context.workbook.names.add("Flag", "=TRUE");
      [a, b, c].forEach((n) => n.load("type, value"));
      const none = a.getRangeOrNullObject();
      await context.sync();
      expect([a, b, c].map((n) => [n.type, n.value])).toEqual([
        ["Double", 0.5],
        ["String", "SPD v1"],
        ["Boolean", true],
      ]);
      expect(none.isNullObject).toBe(true);
      a.getRange();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it.each([["A1"], ["xfd1048576"], ["R1C1"], ["r"], ["C"], ["1st"], ["has space"], ["bad-dash"], ["a".repeat(256)], [""]])(
    "refuses the invalid name %p with InvalidArgument",
    async (name) => {
      const { run, workbook } = setup();
      await expect(
        run(async (context) => {
          context.workbook.names.add(name, "=Data!$A$1");
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(workbook.namesIn(null)).toHaveLength(0);
    }
  );

  it.each([["_ok"], ["\\ok"], ["ok.2"], ["SPD_Owner_v1"], ["Résumé"], ["AAAA1"], ["a".repeat(255)]])("accepts %p", async (name) => {
    const { run, workbook } = setup();
    await run(async (context) => {
      context.workbook.names.add(name, "=Data!$A$1");
      await context.sync();
    });
    expect(workbook.findName(name, null)?.name).toBe(name);
  });

  it("names are unique ignoring case within a scope, but a sheet may reuse a workbook name", async () => {
    const { run, workbook } = setup();
    await run(async (context) => {
      context.workbook.names.add("Owner", "=Data!$A$1");
      context.workbook.worksheets.getItem("Data").names.add("OWNER", "=Data!$B$1");
      context.workbook.worksheets.getItem("SPD Summary").names.add("owner", "=Data!$B$2");
      await context.sync();
      context.workbook.names.add("oWnEr", "=Data!$A$2");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      context.workbook.worksheets.getItem("Data").names.add("Owner", "=Data!$A$2");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(workbook.namesIn(null)).toHaveLength(1);
    expect(workbook.namesIn(workbook.getSheet("Data"))).toHaveLength(1);
  });

  it("getItem fails with ItemNotFound, getItemOrNullObject gives a null object; delete removes the name", async () => {
    const { run } = setup();
    await run(async (context) => {
      const names = context.workbook.worksheets.getItem("Data").names;
      names.add("Mine", "=Data!$A$1");
      await context.sync();
      const missing = names.getItemOrNullObject("Other");
      const found = names.getItemOrNullObject("mine");
      await context.sync();
      expect([missing.isNullObject, found.isNullObject]).toEqual([true, false]);
      // A sheet's names are not the workbook's.
      context.workbook.names.getItem("Mine");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      found.delete();
      const count = names.getCount();
      await context.sync();
      expect(count.value).toBe(0);
    });
  });

  it("a name's reference follows its sheet's rename", async () => {
    const { run } = setup();
    await run(async (context) => {
      context.workbook.names.add("Total", "='SPD Summary'!$C$8");
      await context.sync();
      context.workbook.worksheets.getItem("SPD Summary").name = "Summary";
      const n = context.workbook.names.getItem("Total").load("formula");
      const r = n.getRange().load("address");
      await context.sync();
      expect(n.formula).toBe("=Summary!$C$8");
      expect(r.address).toBe("Summary!C8");
    });
  });

  it("deleting a sheet deletes its names and turns workbook names that pointed at it into #REF!", async () => {
    const { run, workbook } = setup();
    await run(async (context) => {
      const summary = context.workbook.worksheets.getItem("SPD Summary");
      summary.names.add("SPD_Owned", summary.getRange("A1"));
      context.workbook.names.add("Total", "='SPD Summary'!$C$8");
      await context.sync();
      summary.delete();
      const total = context.workbook.names.getItem("Total").load("type, value, formula");
      const range = total.getRangeOrNullObject();
      await context.sync();
      expect([total.type, total.value, total.formula]).toEqual(["Error", "#REF!", "=#REF!$C$8"]);
      expect(range.isNullObject).toBe(true);
    });
    expect(workbook.namesIn(null).map((n) => n.name)).toEqual(["Total"]);
    // The sheet-scoped name went with its sheet; a new sheet of the same name has none.
    workbook.addSheet("SPD Summary");
    expect(workbook.namesIn(workbook.getSheet("SPD Summary"))).toEqual([]);
  });
});

describe("formulas into another sheet", () => {
  it("='SPD Summary'!C8 shows the target's value, follows changes and renames, and is #REF! once the sheet is deleted", async () => {
    const { run, workbook } = setup();
    const user = workbook.addSheet("Mine");
    await run(async (context) => {
      context.workbook.worksheets.getItem("SPD Summary").getRange("C8").values = [[72]];
      context.workbook.worksheets.getItem("Mine").getRange("A1:A2").formulas = [["='SPD Summary'!C8"], ["='SPD Summary'!C8*2"]];
      await context.sync();
    });
    expect(user.getValues("A1:A2")).toEqual([[72], [144]]);

    // A re-score writes a new value into the same cell.
    await run(async (context) => {
      const summary = context.workbook.worksheets.getItem("SPD Summary");
      summary.getRange("A1:D20").clear("All");
      summary.getRange("C8").values = [[80]];
      const mine = context.workbook.worksheets.getItem("Mine").getRange("A1").load("values, formulas");
      await context.sync();
      expect(mine.values).toEqual([[80]]);
      expect(mine.formulas).toEqual([["='SPD Summary'!C8"]]);
    });

    // Renaming the target rewrites the formula, as Excel does.
    await run(async (context) => {
      context.workbook.worksheets.getItem("SPD Summary").name = "Summary";
      await context.sync();
    });
    expect(user.getFormulas("A1")).toEqual([["=Summary!C8"]]);
    expect(user.getValue("A1")).toBe(80);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Summary").name = "SPD Summary";
      await context.sync();
    });
    expect(user.getFormulas("A1:A2")).toEqual([["='SPD Summary'!C8"], ["='SPD Summary'!C8*2"]]);

    // Deleting it: #REF!, and a new sheet of the same name does not bring the value back.
    await run(async (context) => {
      context.workbook.worksheets.getItem("SPD Summary").delete();
      await context.sync();
      const sheet = context.workbook.worksheets.add("SPD Summary");
      sheet.getRange("C8").values = [[90]];
      const mine = context.workbook.worksheets.getItem("Mine").getRange("A1:A2").load("values, formulas, valueTypes");
      await context.sync();
      expect(mine.formulas).toEqual([["=#REF!C8"], ["=#REF!C8*2"]]);
      expect(mine.values).toEqual([["#REF!"], ["#REF!"]]);
      expect(mine.valueTypes).toEqual([["Error"], ["Error"]]);
    });
  });

  it("leaves text that only looks like a qualifier alone", async () => {
    const { run, workbook } = setup();
    const user = workbook.addSheet("Mine");
    user.setFormula("A1", '="Data!A1 is "&Data!A2');
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "Raw";
      await context.sync();
    });
    expect(user.getFormulas("A1")).toEqual([['="Data!A1 is "&Raw!A2']]);
    expect(user.getValue("A1")).toBe("Data!A1 is 2025-10");
  });
});

describe("Range.clear over tables and charts", () => {
  function withTableAndChart() {
    const s = setup();
    const sheet = s.workbook.getSheet("SPD Summary");
    sheet.setValues("A1", [
      ["Designation", "Points"],
      ["Modern Work", 72],
      ["Security", 55],
    ]);
    s.workbook.addTable("SPD Summary", "A1:B3", "SPDDesignations");
    sheet.addChart("ColumnClustered", "A1:B3", { name: "Points" });
    return { ...s, sheet };
  }

  it.each([["All"], ["Contents"]] as const)("clear(%p) over the whole table removes the table; the chart stays", async (applyTo) => {
    const { run, workbook, sheet } = withTableAndChart();
    await run(async (context) => {
      context.workbook.worksheets.getItem("SPD Summary").getRange("A1:D10").clear(applyTo);
      const tables = context.workbook.worksheets.getItem("SPD Summary").tables.load("items/name");
      const charts = context.workbook.worksheets.getItem("SPD Summary").charts.load("items/name");
      await context.sync();
      expect(tables.items).toHaveLength(0);
      expect(charts.items.map((c) => c.name)).toEqual(["Points"]);
    });
    expect(workbook.tables).toHaveLength(0);
    expect(sheet.getValues()).toEqual([]);
    expect(sheet.charts).toHaveLength(1);
  });

  it("clear('Formats') over the whole table keeps it", async () => {
    const { run, workbook } = withTableAndChart();
    await run(async (context) => {
      context.workbook.worksheets.getItem("SPD Summary").getRange("A1:B3").clear("Formats");
      await context.sync();
    });
    expect(workbook.tables.map((t) => t.name)).toEqual(["SPDDesignations"]);
  });

  it("clearing part of a table keeps the table; a cleared header becomes ColumnN", async () => {
    const { run, workbook, sheet } = withTableAndChart();
    await run(async (context) => {
      context.workbook.worksheets.getItem("SPD Summary").getRange("B1:B3").clear("All");
      await context.sync();
    });
    expect(workbook.tables.map((t) => t.name)).toEqual(["SPDDesignations"]);
    expect(sheet.getValues("A1:B3")).toEqual([
      ["Designation", "Column2"],
      ["Modern Work", ""],
      ["Security", ""],
    ]);
  });

  it("worksheet.tables and worksheet.charts items load and delete", async () => {
    const { run, workbook, sheet } = withTableAndChart();
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("SPD Summary");
      const tables = ws.tables.load("items/name, items/style, count");
      const charts = ws.charts.load("items/name, items/chartType, items/top, items/left, items/width, items/height");
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.style])).toEqual([["SPDDesignations", "TableStyleMedium2"]]);
      expect(tables.count).toBe(1);
      expect(charts.items.map((c) => [c.name, c.chartType])).toEqual([["Points", "ColumnClustered"]]);
      expect(typeof charts.items[0].width).toBe("number");
      tables.items.forEach((t) => t.delete());
      charts.items.forEach((c) => c.delete());
      const tableCount = ws.tables.getCount();
      const chartCount = ws.charts.getCount();
      await context.sync();
      expect([tableCount.value, chartCount.value]).toEqual([0, 0]);
    });
    expect(workbook.tables).toHaveLength(0);
    expect(sheet.charts).toHaveLength(0);
    // Table.delete clears the table's cells.
    expect(sheet.getValues()).toEqual([]);
  });
});

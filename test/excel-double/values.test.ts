import { createExcelDouble, type RequestContext } from "../../tools/excel-double";

function setup(options?: Parameters<typeof createExcelDouble>[0]) {
  const double = createExcelDouble(options);
  double.workbook.addSheet("S");
  const run = <T>(fn: (context: RequestContext) => Promise<T>) => double.Excel.run(fn);
  return { ...double, run, sheet: () => double.workbook.getSheet("S") };
}

describe("writing blocks", () => {
  it("writes a 2-D block to a range resized from its top-left cell", async () => {
    const { run, sheet } = setup();
    const rows = [
      ["a", "b", "c"],
      [1, 2, 3],
    ];
    await run(async (context) => {
      const target = context.workbook.worksheets
        .getItem("S")
        .getRange("B2")
        .getResizedRange(rows.length - 1, rows[0].length - 1);
      target.values = rows;
      target.load("address");
      await context.sync();
      expect(target.address).toBe("S!B2:D3");
    });
    expect(sheet().getValues("B2:D3")).toEqual(rows);
    expect(sheet().usedAddress()).toBe("B2:D3");
  });

  it.each([
    ["too few rows", [[1, 2]]],
    [
      "too many columns",
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    ["ragged", [[1, 2], [3]]],
    ["1-D array", [1, 2]],
    ["empty array", []],
  ])("rejects a dimension mismatch (%s) with InvalidArgument", async (_label, input) => {
    const { run, sheet } = setup();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B2").values = input as never;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(sheet().getValues()).toEqual([]);
  });

  it("fills the whole range with a single scalar", async () => {
    const { run, sheet } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B2").values = 7 as never;
      await context.sync();
    });
    expect(sheet().getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  it("leaves cells unchanged for null and clears them for empty strings", async () => {
    const { run, sheet } = setup();
    sheet().setValues("A1", [["keep", "clear"]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(sheet().getValues("A1:B1")).toEqual([["keep", ""]]);
  });

  it("rejects non-primitive cell values", async () => {
    const { run } = setup();
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [[new Date(0) as never]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("how Excel interprets written strings", () => {
  it("turns '=' strings into formulas but keeps '+', '-', '@' strings as text", async () => {
    const { run, sheet } = setup();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:E1");
      range.values = [["=1+1", "-5 apples", "+x", "@y", "'=not a formula"]];
      await context.sync();
      range.load("values, formulas, valueTypes");
      await context.sync();
      expect(range.formulas).toEqual([["=1+1", "-5 apples", "+x", "@y", "=not a formula"]]);
      expect(range.values).toEqual([[2, "-5 apples", "+x", "@y", "=not a formula"]]);
      expect(range.valueTypes).toEqual([["Double", "String", "String", "String", "String"]]);
    });
    expect(sheet().getCell("A1")).toMatchObject({ value: 2, formula: "=1+1" });
    expect(sheet().getCell("E1").formula).toBeUndefined();
  });

  it("converts numeric-looking strings to numbers unless the cell is Text or apostrophe-prefixed", async () => {
    const { run, sheet } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("B1").numberFormat = [["@"]];
      s.getRange("A1:D1").values = [["00123", "00123", "'00123", "TRUE"]];
      s.getRange("A2:C2").values = [["1,234.5", "1e3", "12 months"]];
      await context.sync();
    });
    expect(sheet().getValues("A1:D1")).toEqual([[123, "00123", "00123", true]]);
    expect(sheet().getValues("A2:C2")).toEqual([[1234.5, 1000, "12 months"]]);
  });

  it("can keep strings verbatim when parseNumericStrings is off", async () => {
    const { run, sheet } = setup({ parseNumericStrings: false });
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["00123"]];
      await context.sync();
    });
    expect(sheet().getValue("A1")).toBe("00123");
  });

  it("keeps '=' text as text in a Text-formatted cell", async () => {
    const { run, sheet } = setup();
    await run(async (context) => {
      const cell = context.workbook.worksheets.getItem("S").getRange("A1");
      cell.numberFormat = "@" as never;
      cell.values = [["=1+1"]];
      await context.sync();
    });
    expect(sheet().getCell("A1")).toMatchObject({ value: "=1+1", numberFormat: "@" });
  });

  it("stores formulas written through Range.formulas and evaluates the supported subset", async () => {
    const { run, sheet } = setup();
    sheet().setValues("A1", [[2], [3], [4]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B1:B6").formulas = [
        ["=SUM(A1:A3)"],
        ["=A1*10"],
        ["=A1/0"],
        ["=VLOOKUP(1,A:A,1)"],
        ['="n="&A2'],
        ['=IF(A3>3,"big","small")'],
      ];
      await context.sync();
    });
    expect(sheet().getFormulas("B1:B2")).toEqual([["=SUM(A1:A3)"], ["=A1*10"]]);
    expect(sheet().getValues("B1:B6")).toEqual([[9], [20], ["#DIV/0!"], ["#NAME?"], ["n=3"], ["big"]]);
  });

  it("re-evaluates formulas when their inputs change", async () => {
    const { run, sheet } = setup();
    sheet()
      .setValues("A1", [[1]])
      .setFormula("B1", "=A1+1");
    expect(sheet().getValue("B1")).toBe(2);
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1").values = [[41]];
      const b1 = s.getRange("B1").load("values, text");
      await context.sync();
      expect(b1.values).toEqual([[42]]);
      expect(b1.text).toEqual([["42"]]);
    });
  });
});

describe("number formats and text", () => {
  it("reports number formats and formatted text", async () => {
    const { run } = setup();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:C1");
      range.values = [[0.256, 1234.5, true]];
      range.numberFormat = [["0.0%", "#,##0.00", "General"]];
      range.load("numberFormat, text");
      await context.sync();
      expect(range.numberFormat).toEqual([["0.0%", "#,##0.00", "General"]]);
      expect(range.text).toEqual([["25.6%", "1,234.50", "TRUE"]]);
    });
  });

  it("applies a whole-column number format without touching every cell", async () => {
    const { run, sheet } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("C:C").numberFormat = "@" as never;
      s.getRange("C5").values = [["007"]];
      const probe = s.getRange("C1000000:D1000000").load("numberFormat");
      await context.sync();
      expect(probe.numberFormat).toEqual([["@", "General"]]);
    });
    expect(sheet().getValue("C5")).toBe("007");
    // Formatting alone does not grow the used range.
    expect(sheet().usedAddress()).toBe("C5");
  });
});

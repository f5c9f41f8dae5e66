import { createExcelDouble, type RequestContext } from "../../tools/excel-double";
import { coerceGeneralString, dateSerial } from "../../tools/excel-double/model/generalCoercion";

// 2026 is "this year" for dates written without one.
const TODAY = new Date(2026, 2, 10);

describe("coerceGeneralString (Excel en-US reading of typed strings)", () => {
  it.each([
    // dates: value is the 1900-system serial, numberFormat what Excel gives a General cell
    ["2025-10", dateSerial(2025, 10, 1), "mmm-yy"],
    ["2025/10", dateSerial(2025, 10, 1), "mmm-yy"],
    ["May-2025", dateSerial(2025, 5, 1), "mmm-yy"],
    ["May 2025", dateSerial(2025, 5, 1), "mmm-yy"],
    ["october 2025", dateSerial(2025, 10, 1), "mmm-yy"],
    ["10/2025", dateSerial(2025, 10, 1), "mmm-yy"],
    ["2025-10-15", dateSerial(2025, 10, 15), "m/d/yyyy"],
    ["10/15/2025", dateSerial(2025, 10, 15), "m/d/yyyy"],
    ["10/15/25", dateSerial(2025, 10, 15), "m/d/yyyy"],
    ["1/2/30", dateSerial(1930, 1, 2), "m/d/yyyy"],
    ["15-Oct", dateSerial(2026, 10, 15), "d-mmm"],
    ["15 Oct", dateSerial(2026, 10, 15), "d-mmm"],
    ["12/2", dateSerial(2026, 12, 2), "d-mmm"],
    ["Oct-24", dateSerial(2026, 10, 24), "d-mmm"], // the notorious one: 24 is the day, not 2024
    ["Feb-30", dateSerial(1930, 2, 1), "mmm-yy"], // no 30 Feb, so 30 is the year
    ["Oct-32", dateSerial(1932, 10, 1), "mmm-yy"],
    ["15-Oct-2025", dateSerial(2025, 10, 15), "d-mmm-yy"],
    ["15 October 25", dateSerial(2025, 10, 15), "d-mmm-yy"],
    ["Oct 15, 2025", dateSerial(2025, 10, 15), "d-mmm-yy"],
    // percentages, currency, grouped and scientific numbers
    ["40%", 0.4, "0%"],
    ["12.5%", 0.125, "0.00%"],
    ["-5%", -0.05, "0%"],
    ["$1,000", 1000, "$#,##0"],
    ["$9.50", 9.5, "$#,##0.00"],
    ["-$5", -5, "$#,##0"],
    ["1,000", 1000, "#,##0"],
    ["1,234.5", 1234.5, "#,##0.00"],
    ["1E5", 100000, "0.00E+00"],
    ["1e-3", 0.001, "0.00E+00"],
    ["(123)", -123, undefined],
    ["10:30", 10.5 / 24, "h:mm"],
    ["9:05 PM", (21 * 60 + 5) / 1440, "h:mm AM/PM"],
    // plain numbers and logicals keep General
    ["00123", 123, undefined],
    ["-12.5", -12.5, undefined],
    ["true", true, undefined],
  ])("%p → %p (%p)", (input, value, numberFormat) => {
    const got = coerceGeneralString(input, TODAY);
    expect(got).not.toBeNull();
    if (typeof value === "number") expect(got!.value).toBeCloseTo(value, 10);
    else expect(got!.value).toBe(value);
    expect(got!.numberFormat).toBe(numberFormat);
  });

  it("serials match Excel's", () => {
    expect(dateSerial(2025, 10, 1)).toBe(45931);
    expect(dateSerial(1900, 1, 1)).toBe(1);
    expect(dateSerial(1900, 3, 1)).toBe(61);
    expect(dateSerial(2025, 2, 29)).toBeNull();
  });

  it.each(["12 months", "2/30/2025", "13/1/2025", "Oct", "1,23", "2025-10-15T00:00:00Z", "$", "%", "1.2.3", "Q4 2025", "FY25", "abc-12"])(
    "%p stays text",
    (input) => {
      expect(coerceGeneralString(input, TODAY)).toBeNull();
    }
  );
});

function setup() {
  const double = createExcelDouble({ today: () => TODAY });
  double.workbook.addSheet("S");
  const run = <T>(fn: (context: RequestContext) => Promise<T>) => double.Excel.run(fn);
  return { ...double, run, sheet: () => double.workbook.getSheet("S") };
}

describe("writing strings into General cells through the API", () => {
  it("turns dates, percentages and currency into numbers and changes the cell's format", async () => {
    const { run, sheet } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1:F1").values = [["2025-10", "May 2025", "10/15/2025", "Oct-24", "40%", "$1,000"]];
      s.getRange("A2").formulas = [["15-Oct"]];
      await context.sync();
    });
    const cells = ["A1", "B1", "C1", "D1", "E1", "F1", "A2"].map((a) => sheet().getCell(a));
    expect(cells.map((c) => c.value)).toEqual([45931, 45778, dateSerial(2025, 10, 15), dateSerial(2026, 10, 24), 0.4, 1000, dateSerial(2026, 10, 15)]);
    expect(cells.map((c) => c.numberFormat)).toEqual(["mmm-yy", "mmm-yy", "m/d/yyyy", "d-mmm", "0%", "$#,##0", "d-mmm"]);
    expect(cells.map((c) => c.text)).toEqual(["Oct-25", "May-25", "10/15/2025", "24-Oct", "40%", "$1,000", "15-Oct"]);
  });

  it("reads back through Range.values, numberFormat and text as Excel would", async () => {
    const { run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      r.values = [["2025-10", "1E5"]];
      r.load(["values", "numberFormat", "text", "valueTypes"]);
      await context.sync();
      expect(r.values).toEqual([[45931, 100000]]);
      expect(r.numberFormat).toEqual([["mmm-yy", "0.00E+00"]]);
      expect(r.text).toEqual([["Oct-25", "1.00E+05"]]);
      expect(r.valueTypes).toEqual([["Double", "Double"]]);
    });
  });

  it("keeps text in a Text-formatted cell and after an apostrophe", async () => {
    const { run, sheet } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1:B1").numberFormat = [["@", "@"]];
      s.getRange("A1:B1").values = [["2025-10", "40%"]];
      s.getRange("A2:B2").values = [["'2025-10", "'$1,000"]];
      await context.sync();
    });
    expect(sheet().getCell("A1")).toMatchObject({ value: "2025-10", numberFormat: "@", text: "2025-10" });
    expect(sheet().getCell("B1")).toMatchObject({ value: "40%", numberFormat: "@" });
    expect(sheet().getCell("A2")).toMatchObject({ value: "2025-10", numberFormat: "General" });
    expect(sheet().getCell("B2")).toMatchObject({ value: "$1,000", numberFormat: "General" });
  });

  it("converts in a cell with another number format but keeps that format", async () => {
    const { run, sheet } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1");
      r.numberFormat = [["0.00"]];
      r.values = [["40%"]];
      await context.sync();
    });
    expect(sheet().getCell("A1")).toMatchObject({ value: 0.4, numberFormat: "0.00", text: "0.40" });
  });

  it("writes strings verbatim when parseNumericStrings is off", async () => {
    const double = createExcelDouble({ parseNumericStrings: false });
    double.workbook.addSheet("S");
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["Oct-24"]];
      await context.sync();
    });
    expect(double.workbook.getSheet("S").getCell("A1")).toMatchObject({ value: "Oct-24", numberFormat: "General" });
  });
});

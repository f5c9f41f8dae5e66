import { WorkbookModel } from "../../tools/excel-double";
import { interpretInput } from "../../tools/excel-double/model/cellInput";
import { checkSheetName, checkTableName } from "../../tools/excel-double/names";

describe("seeding and inspecting the model", () => {
  it("stores seeded values as-is and reports cells", () => {
    const wb = new WorkbookModel();
    const sheet = wb.addSheet("Data", [["00123", "=not parsed", 5, true, null]]);
    expect(sheet.getValues()).toEqual([["00123", "=not parsed", 5, true]]);
    expect(sheet.getCell("C1")).toEqual({ value: 5, numberFormat: "General", text: "5", format: {} });
    expect(sheet.usedAddress()).toBe("A1:D1");
    expect(wb.activeSheet).toBe(sheet);
    expect(wb.selection).toEqual({ sheet: "Data", address: "A1" });
  });

  it("finds sheets ignoring case and rejects unknown names", () => {
    const wb = new WorkbookModel();
    wb.addSheet("Data");
    expect(wb.findSheet("DATA")?.name).toBe("Data");
    expect(() => wb.getSheet("Nope")).toThrow(expect.objectContaining({ code: "ItemNotFound" }));
  });
});

describe("interpretInput", () => {
  const opts = { parseNumericStrings: true };
  it.each([
    ["=A1", { kind: "formula", formula: "=A1" }],
    ["=", { kind: "value", value: "=" }],
    ["'123", { kind: "value", value: "123" }],
    ["-12.5", { kind: "value", value: -12.5 }],
    ["+7", { kind: "value", value: 7 }],
    ["-", { kind: "value", value: "-" }],
    ["1.", { kind: "value", value: 1 }],
    [".5", { kind: "value", value: 0.5 }],
    ["1,23", { kind: "value", value: "1,23" }],
    ["false", { kind: "value", value: false }],
    ["", { kind: "empty" }],
  ])("%p", (input, expected) => {
    expect(interpretInput(input, undefined, opts)).toEqual(expected);
  });

  it("rejects over-long text and formulas", () => {
    expect(() => interpretInput("x".repeat(32_768), undefined, opts)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => interpretInput("=" + "1+".repeat(5000) + "1", undefined, opts)).toThrow(expect.objectContaining({ code: "FormulaLengthExceedsLimit" }));
  });
});

describe("formula evaluation", () => {
  function valueOf(formula: string): unknown {
    const wb = new WorkbookModel();
    wb.addSheet("S", [[10, "txt"], [20]]);
    wb.addSheet("My Sheet", [[3]]);
    return wb.getSheet("S").setFormula("D1", formula).getValue("D1");
  }

  it.each([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=-2^2", 4],
    ["=2^3^2", 64],
    ["=50%*2", 1],
    ["=1&2", "12"],
    ['="a"="A"', true],
    ["=A1+A2", 30],
    ["=$A$1*2", 20],
    ["=SUM(A:A)", 30],
    ["=AVERAGE(A1:A2)", 15],
    ["=COUNT(A1:B2)", 2],
    ["=COUNTA(A1:B2)", 3],
    ["=ROUND(2.345,2)", 2.35],
    ["='My Sheet'!A1*2", 6],
    ["=Nope!A1", "#REF!"],
    ["=C9", 0],
    ["=B1+1", "#VALUE!"],
    ['=IFERROR(1/0,"none")', "none"],
    ["=TODAY()", "#NAME?"],
    ["=1+", "#NAME?"],
  ])("%s -> %p", (formula, expected) => {
    expect(valueOf(formula)).toEqual(expected);
  });

  it("shows 0 for a circular reference", () => {
    const wb = new WorkbookModel();
    const s = wb.addSheet("S");
    s.setFormula("A1", "=B1+1").setFormula("B1", "=A1+1");
    expect(s.getValues("A1:B1")).toEqual([[0, 0]]);
    expect(s.getValue("B1")).toBe(0);
  });
});

describe("name rules", () => {
  it("checks sheet names", () => {
    expect(checkSheetName("Ok name", [])).toBeNull();
    expect(checkSheetName("a".repeat(32), [])?.code).toBe("InvalidArgument");
    expect(checkSheetName("ok", ["OK"])?.code).toBe("ItemAlreadyExists");
  });

  it("checks table names", () => {
    expect(checkTableName("Sales_2024", [])).toBeNull();
    expect(checkTableName("_x", [])).toBeNull();
    expect(checkTableName("has space", [])?.code).toBe("InvalidArgument");
    expect(checkTableName("R2C3", [])?.code).toBe("InvalidArgument");
    expect(checkTableName("sales", ["Sales"])?.code).toBe("ItemAlreadyExists");
  });
});

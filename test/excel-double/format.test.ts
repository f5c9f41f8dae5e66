import { createExcelDouble } from "../../tools/excel-double";

function setup() {
  const double = createExcelDouble();
  double.workbook.addSheet("S", [
    ["Header A", "Header B"],
    ["a fairly long cell value", 1],
  ]);
  return double;
}

describe("cell formatting", () => {
  it("applies font, fill and alignment at sync and reads them back", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const header = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      header.format.font.bold = true;
      header.format.font.color = "white";
      header.format.fill.color = "#1f4e79";
      header.format.horizontalAlignment = "Center";
      expect(workbook.getSheet("S").getCell("A1").format).toEqual({});
      header.format.load("horizontalAlignment");
      header.format.font.load("bold, color");
      header.format.fill.load("color");
      await context.sync();
      expect(header.format.font.bold).toBe(true);
      expect(header.format.font.color).toBe("#FFFFFF");
      expect(header.format.fill.color).toBe("#1F4E79");
      expect(header.format.horizontalAlignment).toBe("Center");
    });
    expect(workbook.getSheet("S").getCell("B1").format).toEqual({
      bold: true,
      fontColor: "#FFFFFF",
      fillColor: "#1F4E79",
      horizontalAlignment: "Center",
    });
  });

  it("reports null for mixed formatting, as Excel does", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").format.font.bold = true;
      const font = sheet.getRange("A1:A2").format.font.load("bold");
      await context.sync();
      expect(font.bold).toBeNull();
    });
  });

  it("rejects invalid colors and alignments with InvalidArgument", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1");
      r.format.fill.color = "not-a-color";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "RangeFill.color" } });
      r.format.horizontalAlignment = "Middle";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("sets and autofits column widths", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B:B").format.columnWidth = 100;
      sheet.getRange("A1:A2").format.autofitColumns();
      const a = sheet.getRange("A1").format.load("columnWidth");
      const b = sheet.getRange("B1").format.load("columnWidth");
      const mixed = sheet.getRange("A1:B1").format.load("columnWidth");
      await context.sync();
      expect(a.columnWidth).toBeGreaterThan(48);
      expect(b.columnWidth).toBe(100);
      expect(mixed.columnWidth).toBeNull();
    });
    expect(workbook.getSheet("S").columnWidth(1)).toBe(100);
  });

  it("formats whole columns cheaply and lets cells inherit it", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A:A").format.font.italic = true;
      const far = sheet.getRange("A1048576").format.font.load("italic");
      const column = sheet.getRange("A:A").format.font.load("italic");
      const sheetWide = sheet.getRange().format.font.load("italic");
      await context.sync();
      expect(far.italic).toBe(true);
      expect(column.italic).toBe(true);
      expect(sheetWide.italic).toBeNull();
    });
  });

  it("freezes panes", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(workbook.getSheet("S").frozenRows).toBe(1);
  });

  it("records conditional formats loosely", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("B2:B10");
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.format.fill.color = "#FFC7CE";
      cf.cellValue.rule = { formula1: "=0", operator: Excel.ConditionalCellValueOperator.lessThan };
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(1);
    });
    const [record] = workbook.getSheet("S").conditionalFormats;
    expect(record.type).toBe("CellValue");
    expect(record.settings).toEqual({
      cellValue: { format: { fill: { color: "#FFC7CE" } }, rule: { formula1: "=0", operator: "LessThan" } },
    });
  });
});

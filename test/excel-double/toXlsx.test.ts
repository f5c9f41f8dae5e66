import ExcelJS from "exceljs";
import { createExcelDouble } from "../../tools/excel-double";
import { toXlsx } from "../../tools/excel-double/toXlsx";

/** toXlsx writes merged cells, indents and each sheet's page layout (read back through ExcelJS). */
async function roundTrip(double: ReturnType<typeof createExcelDouble>, name: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await toXlsx(double.workbook)).bytes as unknown as ArrayBuffer);
  return book.getWorksheet(name)!;
}

describe("toXlsx", () => {
  it("writes merged areas, their upper-left value and wrapping", async () => {
    const double = createExcelDouble();
    double.workbook.addSheet("S", [["Note", "A long note that wraps across the merged columns", "gone"]]);
    await double.Excel.run(async (context) => {
      const area = context.workbook.worksheets.getItem("S").getRange("B1:D1");
      area.merge();
      area.format.wrapText = true;
      await context.sync();
    });
    const out = await roundTrip(double, "S");
    const b1 = out.getCell("B1");
    expect(b1.value).toBe("A long note that wraps across the merged columns");
    expect(b1.alignment).toMatchObject({ wrapText: true });
    for (const address of ["C1", "D1"]) expect(out.getCell(address).isMerged && out.getCell(address).master.address).toBe("B1");
    expect(out.getCell("A1").isMerged).toBe(false);
  });

  it("writes indents, left-aligning indented General text (the file format indents left, right or distributed text only)", async () => {
    const double = createExcelDouble();
    double.workbook.addSheet("S", [["text", 12, "right"]]);
    await double.Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      s.getRange("A1:C1").format.indentLevel = 2;
      s.getRange("C1").format.horizontalAlignment = "Right";
      await context.sync();
    });
    const out = await roundTrip(double, "S");
    expect(out.getCell("A1").alignment).toEqual({ indent: 2, horizontal: "left" });
    expect(out.getCell("B1").alignment).toEqual({ indent: 2 });
    expect(out.getCell("C1").alignment).toEqual({ indent: 2, horizontal: "right" });
  });

  it("writes the page layout: orientation, fit or scale, margins (inches), centring, print title rows", async () => {
    const double = createExcelDouble();
    double.workbook.addSheet("Fit", [["x"]]);
    double.workbook.addSheet("Scaled", [["x"]]);
    await double.Excel.run(async (context) => {
      const fit = context.workbook.worksheets.getItem("Fit").pageLayout;
      fit.orientation = "Landscape";
      fit.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      fit.centerHorizontally = true;
      fit.setPrintMargins("Inches", { left: 0.5, right: 0.5 });
      fit.setPrintTitleRows("$1:$2");
      context.workbook.worksheets.getItem("Scaled").pageLayout.zoom = { scale: 80 };
      await context.sync();
    });
    const fit = await roundTrip(double, "Fit");
    expect(fit.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      verticalCentered: false,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: "1:2",
    });
    const scaled = await roundTrip(double, "Scaled");
    expect(scaled.pageSetup).toMatchObject({ orientation: "portrait", fitToPage: false, scale: 80 });
  });
});

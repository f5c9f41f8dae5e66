import type { WorkbookModel } from "../excel-double/model/workbook";

/**
 * A sheet showing what the grid renders (playground.html?demo=formats): number formats, fonts,
 * fills, wrapped text, a frozen header row, a table in its default style and a line chart.
 */
export function addFormatsDemo(workbook: WorkbookModel): string {
  const name = "Formats demo";
  const sheet = workbook.addSheet(name);
  sheet.setValues("A1", [
    ["Month", "Points", "Share", "Revenue", "Change", "Note"],
    [45778, 52, 0.4, 1234.5, 1.5, "First month of the window"],
    [45809, 58, 0.425, 2500, -0.8, "A long note that wraps onto more lines inside its cell"],
    [45839, 61.25, 0.5, -300, 2.25, "Negative revenue"],
    [45870, 66, 0.55, 1000000, 0, ""],
    [45901, 70, 0.6, 12.75, 3.1, "Attained"],
  ]);
  const fmt = (address: string, format: string) => sheet.setNumberFormat(address, format);
  fmt("A2:A6", "mmm-yy");
  fmt("B2:B6", '#,##0 "pts"');
  fmt("C2:C6", "0.0%");
  fmt("D2:D6", "$#,##0.00");
  fmt("E2:E6", '0.0 "pp"');
  sheet.columnWidths.set(0, 60);
  sheet.columnWidths.set(3, 80);
  sheet.columnWidths.set(5, 140);
  sheet.cells.patchFormat(2, 5, { wrapText: true });
  sheet.cells.patchFormat(3, 3, { fontColor: "#C00000" });
  sheet.cells.patchFormat(5, 5, { bold: true, fillColor: "#C6EFCE", fontColor: "#006100" });
  workbook.addTable(name, "A1:F6", "DemoTable");
  sheet.frozenRows = 1;

  sheet.setValues("A9", [["Summary"], ["As of"], ["Total"], ["Average"], ["Text cell"]]);
  sheet.cells.patchFormat(8, 0, { bold: true, fontSize: 14, italic: true });
  sheet.setValues("B10", [[45931]]);
  fmt("B10", "d mmm yyyy");
  sheet.setFormula("B11", "=SUM(B2:B6)");
  fmt("B11", "#,##0.0");
  sheet.setFormula("B12", "=AVERAGE(C2:C6)");
  fmt("B12", "0%");
  sheet.setValues("B13", [["00123"]]);
  fmt("B13", "@");
  sheet.cells.patchFormat(12, 1, { horizontalAlignment: "Right" });

  const chart = sheet.addChart("Line", "B1:B6", { name: "Points trend" });
  chart.place({ left: 440, top: 24, width: 280, height: 190 });
  return name;
}

/**
 * The double's workbook as an .xlsx file (through ExcelJS), so tests can open what the add-in wrote in
 * another spreadsheet program (LibreOffice) and look at it: values, number formats, fonts, fills,
 * alignment, indents and wrapping, column widths, row heights, frozen rows, merged cells, the page
 * layout (orientation, fit to pages or scale, margins, centring, print title rows), and each table's
 * header row as bold and underlined. Charts are not written (ExcelJS has none); they are listed in `charts`.
 */
import ExcelJS from "exceljs";
import type { PageLayoutModel } from "./model/pageLayout";
import { DEFAULT_COLUMN_WIDTH } from "./model/types";
import type { WorkbookModel } from "./model/workbook";

export interface XlsxExport {
  bytes: Uint8Array;
  /** "SPD Summary: SPD trend – Modern Work at G40", one per chart the file leaves out. */
  charts: string[];
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
/** Points (office-js) to Excel's character units: 7 px per character plus 5 px of padding. */
const characters = (points: number) => Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);

const H_ALIGN: Record<string, ExcelJS.Alignment["horizontal"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};
const V_ALIGN: Record<string, ExcelJS.Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};

export interface XlsxOptions {
  /** Only these sheets (by name), in the workbook's order; default every sheet. */
  sheets?: readonly string[];
}

/** Worksheet.pageLayout as ExcelJS's page setup (margins in inches). */
function pageSetupOf(layout: PageLayoutModel): Partial<ExcelJS.PageSetup> {
  const m = layout.margins;
  const inches = (points: number) => Math.round((points / 72) * 10000) / 10000;
  return {
    orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
    ...(layout.fitToPages
      ? { fitToPage: true, fitToWidth: layout.fitToPages.wide, fitToHeight: layout.fitToPages.tall }
      : { fitToPage: false, scale: layout.scale }),
    horizontalCentered: layout.centerHorizontally,
    verticalCentered: layout.centerVertically,
    margins: { left: inches(m.left), right: inches(m.right), top: inches(m.top), bottom: inches(m.bottom), header: inches(m.header), footer: inches(m.footer) },
    ...(layout.printTitleRows ? { printTitlesRow: `${layout.printTitleRows.row + 1}:${layout.printTitleRows.row + layout.printTitleRows.rowCount}` } : {}),
  };
}

/** Writes every sheet of the double's workbook (or those named), in order. */
export async function toXlsx(model: WorkbookModel, { sheets }: XlsxOptions = {}): Promise<XlsxExport> {
  const book = new ExcelJS.Workbook();
  const charts: string[] = [];
  for (const sheet of model.sheets) {
    if (sheets && !sheets.includes(sheet.name)) continue;
    const out = book.addWorksheet(sheet.name, {
      ...(sheet.frozenRows > 0 ? { views: [{ state: "frozen", ySplit: sheet.frozenRows }] } : {}),
      pageSetup: pageSetupOf(sheet.pageLayout),
    });
    const used = sheet.usedRef(false);
    const columns = used ? used.col + used.colCount : 0;
    for (let c = 0; c < Math.max(columns, ...[...sheet.columnWidths.keys()].map((k) => k + 1)); c++)
      if (sheet.columnWidth(c) !== DEFAULT_COLUMN_WIDTH) out.getColumn(c + 1).width = characters(sheet.columnWidth(c));
    for (const [r, height] of sheet.rowHeights) out.getRow(r + 1).height = height;
    if (used)
      for (let r = used.row; r < used.row + used.rowCount; r++)
        for (let c = used.col; c < used.col + used.colCount; c++) {
          const value = sheet.valueAt(r, c);
          const numberFormat = sheet.numberFormatAt(r, c);
          const f = sheet.formatAt(r, c);
          if (value === "" && numberFormat === "General" && Object.keys(f).length === 0) continue;
          const cell = out.getRow(r + 1).getCell(c + 1);
          if (value !== "") cell.value = value;
          if (numberFormat !== "General") cell.numFmt = numberFormat;
          const font: Partial<ExcelJS.Font> = {};
          if (f.bold) font.bold = true;
          if (f.italic) font.italic = true;
          if (f.fontColor) font.color = { argb: argb(f.fontColor) };
          if (f.fontName) font.name = f.fontName;
          if (f.fontSize) font.size = f.fontSize;
          if (Object.keys(font).length) cell.font = font;
          if (f.fillColor) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fillColor) } };
          const alignment: Partial<ExcelJS.Alignment> = {};
          if (f.wrapText) alignment.wrapText = true;
          if (f.horizontalAlignment && H_ALIGN[f.horizontalAlignment]) alignment.horizontal = H_ALIGN[f.horizontalAlignment];
          if (f.verticalAlignment && V_ALIGN[f.verticalAlignment]) alignment.vertical = V_ALIGN[f.verticalAlignment];
          if (f.indentLevel) {
            alignment.indent = f.indentLevel;
            // The file format indents left, right or distributed text only; General text is left-aligned.
            if (!alignment.horizontal && typeof value === "string") alignment.horizontal = "left";
          }
          if (Object.keys(alignment).length) cell.alignment = alignment;
        }
    for (const m of sheet.merges) out.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
    // A table's header row as Excel's default table style shows it: bold, a line under it.
    for (const table of model.tablesOn(sheet)) {
      const header = table.headerRef();
      if (!header) continue;
      for (let c = header.col; c < header.col + header.colCount; c++) {
        const cell = out.getRow(header.row + 1).getCell(c + 1);
        cell.font = { ...(cell.font ?? {}), bold: true };
        cell.border = { bottom: { style: "thin" } };
      }
    }
    for (const chart of sheet.charts) if (!chart.deleted) charts.push(`${sheet.name}: ${chart.name}`);
  }
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return { bytes, charts };
}

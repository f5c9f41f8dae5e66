/** Plain data types of the in-memory workbook. */

export type CellValue = string | number | boolean;

/** Cell formatting the double tracks; absent fields mean Excel's defaults. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  fillColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** RangeFormat.indentLevel (ExcelApi 1.9): 0 to 250, absent for 0. */
  indentLevel?: number;
}

/** Everything known about one cell, as returned by SheetModel.getCell for assertions. */
export interface CellSnapshot {
  /** Displayed value: the constant, or the evaluated formula result; "" when empty. */
  value: CellValue;
  formula?: string;
  numberFormat: string;
  text: string;
  format: CellFormat;
}

export const DEFAULT_NUMBER_FORMAT = "General";
export const TEXT_NUMBER_FORMAT = "@";
export const DEFAULT_FONT_COLOR = "#000000";
// Excel reports a cell with no fill as white.
export const DEFAULT_FILL_COLOR = "#FFFFFF";
export const DEFAULT_FONT_NAME = "Calibri";
export const DEFAULT_FONT_SIZE = 11;
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

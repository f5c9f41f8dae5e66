/**
 * What one grid cell shows, as Excel would draw it: the text from the number format, the font and
 * fill, alignment (General: numbers right, booleans and errors centred, text left) and a table's
 * default style. Pure, so it is unit-tested without a browser.
 */
import { formatCellText } from "../excel-double/model/textFormat";
import type { CellFormat, CellValue } from "../excel-double/model/types";

export const PX_PER_PT = 4 / 3;

/** TableStyleMedium2 (Excel's default table style): header bold white on blue, banded rows. */
export const TABLE_STYLE = { headerFill: "#4472C4", headerFont: "#FFFFFF", bandFill: "#D9E1F2", border: "#8EA9DB" };

export type TablePart = "header" | "band" | "body" | "totals" | null;

export interface CellView {
  text: string;
  style: Record<string, string | number>;
}

const ERRORS = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

function align(value: CellValue | undefined, explicit: string | undefined): string {
  switch (explicit) {
    case "Left":
      return "left";
    case "Center":
    case "CenterAcrossSelection":
      return "center";
    case "Right":
      return "right";
    case "Justify":
    case "Distributed":
      return "justify";
    default:
      if (typeof value === "number") return "right";
      if (typeof value === "boolean" || (typeof value === "string" && ERRORS.test(value))) return "center";
      return "left";
  }
}

/** About the width of a digit of 11pt Calibri, in px (Excel's column width unit is based on it). */
const DIGIT_PX = 7;

/** One indent level (RangeFormat.indentLevel), in px: about three characters' width at 11pt, as in Excel. */
export const INDENT_PX = 9;

/** The grid cell's own padding, in px (Grid.tsx). */
const PADDING_PX = 3;

/**
 * `widthPx`: the column's width (a merged area's: its columns'); a number whose text does not fit
 * shows "####" across the cell, as Excel does (text is clipped or overflows instead). An indent
 * (indentLevel) pads left-aligned text on the left and right-aligned text on the right.
 */
export function cellView(value: CellValue | undefined, numberFormat: string, format: CellFormat, part: TablePart, widthPx?: number): CellView {
  let text = formatCellText(value, numberFormat);
  const sizeFactor = (format.fontSize ?? 11) / 11;
  if (typeof value === "number" && widthPx !== undefined && text.length * DIGIT_PX * sizeFactor + 6 + (format.indentLevel ?? 0) * INDENT_PX > widthPx)
    text = "#".repeat(Math.max(1, Math.floor((widthPx - 6) / (DIGIT_PX * sizeFactor))));
  const style: Record<string, string | number> = { textAlign: align(value, format.horizontalAlignment) };
  if (part === "header" || part === "totals") style.fontWeight = 700;
  if (part === "header") {
    style.backgroundColor = TABLE_STYLE.headerFill;
    style.color = TABLE_STYLE.headerFont;
  } else if (part === "band") style.backgroundColor = TABLE_STYLE.bandFill;
  if (part === "totals") style.borderTop = `2px double ${TABLE_STYLE.headerFill}`;
  // Direct formatting wins over the table style, as in Excel.
  if (format.bold !== undefined) style.fontWeight = format.bold ? 700 : 400;
  if (format.italic) style.fontStyle = "italic";
  if (format.fontColor) style.color = format.fontColor;
  if (format.fillColor) style.backgroundColor = format.fillColor;
  if (format.fontSize) style.fontSize = `${format.fontSize}pt`;
  if (format.fontName) style.fontFamily = `${format.fontName}, Calibri, sans-serif`;
  if (format.verticalAlignment) style.verticalAlign = format.verticalAlignment === "Center" ? "middle" : format.verticalAlignment === "Top" ? "top" : "bottom";
  if (format.indentLevel) {
    const pad = `${PADDING_PX + format.indentLevel * INDENT_PX}px`;
    if (style.textAlign === "left") style.paddingLeft = pad;
    else if (style.textAlign === "right") style.paddingRight = pad;
  }
  if (format.wrapText) {
    style.whiteSpace = "pre-wrap";
    style.overflowWrap = "anywhere";
  }
  return { text, style };
}

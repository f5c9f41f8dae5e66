/**
 * A sheet's print settings (Worksheet.pageLayout, ExcelApi 1.9): what the double keeps and checks.
 *
 * - orientation "Portrait" (Excel's default) or "Landscape"; anything else is InvalidArgument.
 * - zoom (Excel.PageLayoutZoomOptions): either a print scale, "between 10 and 400", or fit to pages
 *   (horizontalFitToPages wide by verticalFitToPages tall; 0 leaves that direction automatic, as
 *   Excel's "Fit to 1 page wide by [blank] tall"). "The PageLayoutZoomOptions object must be set as a
 *   JSON object (use x.zoom = {...} instead of x.zoom.scale = ...)". Read back, the unused side is
 *   absent (the reference: each "can be null" when the other is used). A fit direction not given keeps
 *   its value (1 at first, as VBA's FitToPagesWide/Tall); when both kinds are given, fitting wins.
 * - margins in points, Excel's "Normal" ones at first (0.7" left and right, 0.75" top and bottom,
 *   0.3" header and footer); setPrintMargins(unit, options) in Points, Inches or Centimeters, "Margins
 *   not provided remain unchanged".
 * - centerHorizontally / centerVertically, false at first.
 * - print title rows: setPrintTitleRows("$1:$2" or a Range); "The range must span the entire row to be
 *   valid" (else InvalidArgument).
 */
import { MAX_COLUMNS, formatRef, type RangeRef } from "../address";
import { ErrorCode, excelError } from "../errors";

export type PageOrientation = "Portrait" | "Landscape";

export interface PageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/** Points per unit of PageLayout.setPrintMargins. */
export const MARGIN_UNITS: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

function invalid(what: string, value: unknown): never {
  throw excelError(ErrorCode.invalidArgument, `Invalid ${what}: ${JSON.stringify(value)}.`);
}

export class PageLayoutModel {
  orientation: PageOrientation = "Portrait";
  /** Print scale in percent, used while fitToPages is null. */
  scale = 100;
  /** Fit to pages (0 = automatic in that direction), or null for a print scale. */
  fitToPages: { wide: number; tall: number } | null = null;
  /** Fit sizes kept while a scale is in force (a later zoom giving one side keeps the other). */
  private fitSides = { wide: 1, tall: 1 };
  centerHorizontally = false;
  centerVertically = false;
  readonly margins: PageMargins = { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 };
  /** Rows repeated at the top of every printed page (whole rows), or null. */
  printTitleRows: { row: number; rowCount: number } | null = null;

  setOrientation(value: unknown): void {
    if (value !== "Portrait" && value !== "Landscape") invalid("orientation", value);
    this.orientation = value;
  }

  get zoom(): PageZoom {
    return this.fitToPages ? { horizontalFitToPages: this.fitToPages.wide, verticalFitToPages: this.fitToPages.tall } : { scale: this.scale };
  }

  setZoom(value: unknown): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) invalid("zoom (set it as an object: zoom = { ... })", value);
    const { scale, horizontalFitToPages: wide, verticalFitToPages: tall, ...rest } = value as Record<string, unknown>;
    if (Object.keys(rest).length) invalid("zoom option", Object.keys(rest)[0]);
    const pages = (v: unknown, what: string) => {
      if (v === undefined || v === null) return undefined;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 32767) invalid(what, v);
      return v;
    };
    const w = pages(wide, "horizontalFitToPages");
    const t = pages(tall, "verticalFitToPages");
    if (scale !== undefined && scale !== null && (typeof scale !== "number" || !Number.isFinite(scale) || scale < 10 || scale > 400))
      invalid("scale (10 to 400)", scale);
    if (w !== undefined || t !== undefined) {
      this.fitSides = { wide: w ?? this.fitSides.wide, tall: t ?? this.fitSides.tall };
      this.fitToPages = { ...this.fitSides };
    } else if (typeof scale === "number") {
      this.scale = Math.round(scale);
      this.fitToPages = null;
    }
  }

  setMargin(side: keyof PageMargins, value: unknown, unit = "Points"): void {
    const factor = MARGIN_UNITS[unit];
    if (factor === undefined) invalid("margin unit", unit);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) invalid(`${side} margin`, value);
    this.margins[side] = Math.round(value * factor * 100) / 100;
  }

  setPrintTitleRows(ref: RangeRef): void {
    if (ref.col !== 0 || ref.colCount !== MAX_COLUMNS) invalid('print title rows (whole rows, such as "$1:$2")', formatRef(ref));
    this.printTitleRows = { row: ref.row, rowCount: ref.rowCount };
  }
}

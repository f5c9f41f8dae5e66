/** Excel.PageLayout (Worksheet.pageLayout, ExcelApi 1.9): the print settings of model/pageLayout.ts. */
import { MAX_COLUMNS, parseAddress, type RangeRef } from "../address";
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { PageMargins, PageOrientation, PageZoom } from "../model/pageLayout";
import type { SheetModel } from "../model/sheet";
import { requireApi } from "../requirements";
import { ClientObject, type Resolver } from "./base";
import { RangeProxy } from "./range";

const MARGINS: Record<string, keyof PageMargins> = {
  leftMargin: "left",
  rightMargin: "right",
  topMargin: "top",
  bottomMargin: "bottom",
  headerMargin: "header",
  footerMargin: "footer",
};
const SCALARS = ["orientation", "zoom", "centerHorizontally", "centerVertically", ...Object.keys(MARGINS)];

export interface PageLayoutMarginOptions {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  header?: number;
  footer?: number;
}

export class PageLayoutProxy extends ClientObject<SheetModel> {
  constructor(context: RequestContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, "derived");
  }
  protected get typeName(): string {
    return "PageLayout";
  }
  protected scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected override checkAlive(sheet: SheetModel): void {
    if (sheet.deleted) throw excelError(ErrorCode.itemNotFound, `The worksheet '${sheet.name}' was deleted.`);
  }
  protected readScalar(sheet: SheetModel, name: string): unknown {
    const layout = sheet.pageLayout;
    if (name in MARGINS) return layout.margins[MARGINS[name]];
    switch (name) {
      case "orientation":
        return layout.orientation;
      case "zoom":
        return layout.zoom;
      case "centerHorizontally":
        return layout.centerHorizontally;
      default:
        return layout.centerVertically;
    }
  }

  /** A write at sync, on an Excel that has ExcelApi 1.9. */
  private write(name: string, value: unknown, apply: (sheet: SheetModel) => void): void {
    this.setProp(name, value, (sheet, exec) => {
      requireApi(exec.excelApi, "1.9", `PageLayout.${name}`);
      apply(sheet);
    });
  }

  private method(name: string, run: (sheet: SheetModel) => void): void {
    this.queueMethod(name, (sheet, exec) => {
      requireApi(exec.excelApi, "1.9", `PageLayout.${name}`);
      run(sheet);
    });
  }

  get orientation(): PageOrientation {
    return this.getProp("orientation");
  }
  set orientation(v: PageOrientation) {
    this.write("orientation", v, (sheet) => sheet.pageLayout.setOrientation(v));
  }

  /** Set as a whole object (`zoom = { ... }`), as office-js requires. */
  get zoom(): PageZoom {
    return this.getProp("zoom");
  }
  set zoom(v: PageZoom) {
    const copy = typeof v === "object" && v !== null ? { ...v } : v;
    this.write("zoom", copy, (sheet) => sheet.pageLayout.setZoom(copy));
  }

  get centerHorizontally(): boolean {
    return this.getProp("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.write("centerHorizontally", v, (sheet) => (sheet.pageLayout.centerHorizontally = flag("centerHorizontally", v)));
  }
  get centerVertically(): boolean {
    return this.getProp("centerVertically");
  }
  set centerVertically(v: boolean) {
    this.write("centerVertically", v, (sheet) => (sheet.pageLayout.centerVertically = flag("centerVertically", v)));
  }

  get leftMargin(): number {
    return this.getProp("leftMargin");
  }
  set leftMargin(v: number) {
    this.write("leftMargin", v, (sheet) => sheet.pageLayout.setMargin("left", v));
  }
  get rightMargin(): number {
    return this.getProp("rightMargin");
  }
  set rightMargin(v: number) {
    this.write("rightMargin", v, (sheet) => sheet.pageLayout.setMargin("right", v));
  }
  get topMargin(): number {
    return this.getProp("topMargin");
  }
  set topMargin(v: number) {
    this.write("topMargin", v, (sheet) => sheet.pageLayout.setMargin("top", v));
  }
  get bottomMargin(): number {
    return this.getProp("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.write("bottomMargin", v, (sheet) => sheet.pageLayout.setMargin("bottom", v));
  }
  get headerMargin(): number {
    return this.getProp("headerMargin");
  }
  set headerMargin(v: number) {
    this.write("headerMargin", v, (sheet) => sheet.pageLayout.setMargin("header", v));
  }
  get footerMargin(): number {
    return this.getProp("footerMargin");
  }
  set footerMargin(v: number) {
    this.write("footerMargin", v, (sheet) => sheet.pageLayout.setMargin("footer", v));
  }

  /** "Margins not provided remain unchanged"; unit "Points", "Inches" or "Centimeters". */
  setPrintMargins(unit: string, marginOptions: PageLayoutMarginOptions): void {
    const options = { ...marginOptions };
    this.method("setPrintMargins", (sheet) => {
      if (typeof options !== "object" || options === null) throw excelError(ErrorCode.invalidArgument, "setPrintMargins needs margin options.");
      for (const [side, value] of Object.entries(options)) {
        if (value === undefined || value === null) continue;
        if (!["left", "right", "top", "bottom", "header", "footer"].includes(side)) throw excelError(ErrorCode.invalidArgument, `Unknown margin '${side}'.`);
        sheet.pageLayout.setMargin(side as keyof PageMargins, value, unit);
      }
    });
  }

  /** Rows repeated at the top of each printed page: "$1:$2", or a Range of whole rows. */
  setPrintTitleRows(printTitleRows: RangeProxy | string): void {
    this.method("setPrintTitleRows", (sheet) => {
      let ref: RangeRef;
      if (typeof printTitleRows === "string") {
        const parsed = parseAddress(printTitleRows);
        if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase()))
          throw excelError(ErrorCode.invalidArgument, `Invalid print title rows '${printTitleRows}'.`);
        ref = parsed.ref;
      } else {
        const e = printTitleRows._entity();
        if (e.sheet !== sheet) throw excelError(ErrorCode.invalidArgument, "The print title rows are on another worksheet.");
        ref = e.ref;
      }
      sheet.pageLayout.setPrintTitleRows(ref);
    });
  }

  private titleRows(method: string, orNull: boolean): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this._entity();
        const rows = sheet.pageLayout.printTitleRows;
        if (!rows) {
          if (orNull) return null;
          throw excelError(ErrorCode.itemNotFound, "The worksheet has no print title rows.");
        }
        return { sheet, ref: { row: rows.row, rowCount: rows.rowCount, col: 0, colCount: MAX_COLUMNS } };
      },
      "instantiate",
      `PageLayout.${method}`
    );
  }

  getPrintTitleRows(): RangeProxy {
    return this.titleRows("getPrintTitleRows", false);
  }
  getPrintTitleRowsOrNullObject(): RangeProxy {
    return this.titleRows("getPrintTitleRowsOrNullObject", true);
  }
}

function flag(name: string, v: unknown): boolean {
  if (typeof v !== "boolean") throw excelError(ErrorCode.invalidArgument, `Invalid ${name}: ${JSON.stringify(v)}.`);
  return v;
}

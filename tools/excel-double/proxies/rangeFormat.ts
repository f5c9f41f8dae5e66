/**
 * Range.format, .format.font and .format.fill. Reads report the common value of the cells, or
 * null when they differ (as Excel does); writes apply to every cell at sync.
 */
import type { RequestContext, SyncExecution } from "../context";
import { ErrorCode, excelError } from "../errors";
import { requireApi } from "../requirements";
import { normalizeColor } from "../model/colors";
import { spreadMergedFormats } from "../model/merges";
import { formatCellText } from "../model/textFormat";
import { DEFAULT_FILL_COLOR, DEFAULT_FONT_COLOR, DEFAULT_FONT_NAME, DEFAULT_FONT_SIZE, type CellFormat } from "../model/types";
import { ClientObject, type Resolver } from "./base";
import type { RangeEntity } from "./rangeData";

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];

function invalid(what: string, value: unknown): never {
  throw excelError(ErrorCode.invalidArgument, `Invalid ${what}: ${JSON.stringify(value)}.`);
}

function color(value: unknown): string {
  return normalizeColor(value) ?? invalid("color", value);
}

/** Formats the cells (a merged area touched, all of it: model/merges.ts). */
function patchCells(e: RangeEntity, patch: Partial<CellFormat>): void {
  e.sheet.protection.check(e.sheet.name, e.ref, "formatCells");
  e.sheet.cells.applyStyle(e.ref, { patch });
  spreadMergedFormats(e.sheet, e.ref);
}

function uniformFormat<T>(e: RangeEntity, pick: (f: CellFormat) => T | undefined, fallback: T): T | null {
  return e.sheet.uniform(e.ref, (r, c) => pick(e.sheet.formatAt(r, c)) ?? fallback);
}

/** Approximate Calibri 11 metrics: ~7 px per character plus padding, 0.75 pt per px. */
function widthForChars(chars: number): number {
  return Math.round((chars * 7 + 10) * 0.75 * 100) / 100;
}

abstract class FormatPart extends ClientObject<RangeEntity> {
  constructor(context: RequestContext, resolver: Resolver<RangeEntity>) {
    super(context, resolver, "derived");
  }
  protected override checkAlive(entity: RangeEntity): void {
    if (entity.sheet.deleted) throw excelError(ErrorCode.itemNotFound, "The worksheet of this range was deleted.");
  }
}

export class RangeFontProxy extends FormatPart {
  protected get typeName(): string {
    return "RangeFont";
  }
  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "name", "size"];
  }
  protected readScalar(e: RangeEntity, name: string): unknown {
    switch (name) {
      case "bold":
        return uniformFormat(e, (f) => f.bold, false);
      case "italic":
        return uniformFormat(e, (f) => f.italic, false);
      case "color":
        return uniformFormat(e, (f) => f.fontColor, DEFAULT_FONT_COLOR);
      case "name":
        return uniformFormat(e, (f) => f.fontName, DEFAULT_FONT_NAME);
      default:
        return uniformFormat(e, (f) => f.fontSize, DEFAULT_FONT_SIZE);
    }
  }

  get bold(): boolean | null {
    return this.getProp("bold");
  }
  set bold(v: boolean | null) {
    this.setProp("bold", v, (e) => patchCells(e, { bold: typeof v === "boolean" ? v : invalid("bold", v) }));
  }
  get italic(): boolean | null {
    return this.getProp("italic");
  }
  set italic(v: boolean | null) {
    this.setProp("italic", v, (e) => patchCells(e, { italic: typeof v === "boolean" ? v : invalid("italic", v) }));
  }
  get color(): string | null {
    return this.getProp("color");
  }
  set color(v: string | null) {
    this.setProp("color", v, (e) => patchCells(e, { fontColor: color(v) }));
  }
  get name(): string | null {
    return this.getProp("name");
  }
  set name(v: string | null) {
    this.setProp("name", v, (e) => patchCells(e, { fontName: typeof v === "string" && v !== "" ? v : invalid("font name", v) }));
  }
  get size(): number | null {
    return this.getProp("size");
  }
  set size(v: number | null) {
    this.setProp("size", v, (e) => patchCells(e, { fontSize: typeof v === "number" && v > 0 && v <= 409 ? v : invalid("font size", v) }));
  }
}

export class RangeFillProxy extends FormatPart {
  protected get typeName(): string {
    return "RangeFill";
  }
  protected scalarNames(): readonly string[] {
    return ["color"];
  }
  protected readScalar(e: RangeEntity): unknown {
    return uniformFormat(e, (f) => f.fillColor, DEFAULT_FILL_COLOR);
  }
  get color(): string | null {
    return this.getProp("color");
  }
  set color(v: string | null) {
    this.setProp("color", v, (e) => patchCells(e, { fillColor: color(v) }));
  }
  clear(): void {
    this.queueMethod("clear", (e) => patchCells(e, { fillColor: undefined }));
  }
}

export class RangeFormatProxy extends FormatPart {
  private fontProxy: RangeFontProxy | undefined;
  private fillProxy: RangeFillProxy | undefined;

  protected get typeName(): string {
    return "RangeFormat";
  }
  protected scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"];
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "font") return this.font as unknown as ClientObject<unknown>;
    if (name === "fill") return this.fill as unknown as ClientObject<unknown>;
    return undefined;
  }
  protected readScalar(e: RangeEntity, name: string): unknown {
    const { sheet, ref } = e;
    switch (name) {
      case "columnWidth": {
        const first = sheet.columnWidth(ref.col);
        for (let c = ref.col + 1; c < ref.col + ref.colCount; c++) if (sheet.columnWidth(c) !== first) return null;
        return first;
      }
      case "rowHeight": {
        const first = sheet.rowHeight(ref.row);
        if (sheet.rowHeights.size === 0) return first;
        for (let r = ref.row + 1; r < ref.row + ref.rowCount; r++) if (sheet.rowHeight(r) !== first) return null;
        return first;
      }
      case "horizontalAlignment":
        return uniformFormat(e, (f) => f.horizontalAlignment, "General");
      case "verticalAlignment":
        return uniformFormat(e, (f) => f.verticalAlignment, "Bottom");
      case "indentLevel":
        return uniformFormat(e, (f) => f.indentLevel, 0);
      default:
        return uniformFormat(e, (f) => f.wrapText, false);
    }
  }

  get font(): RangeFontProxy {
    return (this.fontProxy ??= new RangeFontProxy(this.context, () => this._resolve()));
  }
  get fill(): RangeFillProxy {
    return (this.fillProxy ??= new RangeFillProxy(this.context, () => this._resolve()));
  }

  get columnWidth(): number | null {
    return this.getProp("columnWidth");
  }
  set columnWidth(v: number | null) {
    this.setProp("columnWidth", v, ({ sheet, ref }) => {
      sheet.protection.check(sheet.name, ref, "formatColumns");
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) invalid("columnWidth", v);
      for (let c = ref.col; c < ref.col + ref.colCount; c++) sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number | null {
    return this.getProp("rowHeight");
  }
  set rowHeight(v: number | null) {
    this.setProp("rowHeight", v, ({ sheet, ref }) => {
      sheet.protection.check(sheet.name, ref, "formatRows");
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 409) invalid("rowHeight", v);
      for (let r = ref.row; r < ref.row + ref.rowCount; r++) sheet.rowHeights.set(r, v);
    });
  }
  get horizontalAlignment(): string | null {
    return this.getProp("horizontalAlignment");
  }
  set horizontalAlignment(v: string | null) {
    this.setProp("horizontalAlignment", v, (e) =>
      patchCells(e, { horizontalAlignment: H_ALIGN.includes(String(v)) ? (v as string) : invalid("horizontalAlignment", v) })
    );
  }
  get verticalAlignment(): string | null {
    return this.getProp("verticalAlignment");
  }
  set verticalAlignment(v: string | null) {
    this.setProp("verticalAlignment", v, (e) =>
      patchCells(e, { verticalAlignment: V_ALIGN.includes(String(v)) ? (v as string) : invalid("verticalAlignment", v) })
    );
  }
  get wrapText(): boolean | null {
    return this.getProp("wrapText");
  }
  set wrapText(v: boolean | null) {
    this.setProp("wrapText", v, (e) => patchCells(e, { wrapText: typeof v === "boolean" ? v : invalid("wrapText", v) }));
  }

  get indentLevel(): number | null {
    return this.getProp("indentLevel");
  }
  /**
   * "An integer from 0 to 250 that indicates the indent level" (ExcelApi 1.9); anything else is
   * InvalidArgument. The horizontal alignment is left as it is.
   */
  set indentLevel(v: number | null) {
    this.setProp("indentLevel", v, (e, exec) => {
      requireApi(exec.excelApi, "1.9", "RangeFormat.indentLevel");
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 250) invalid("indentLevel (an integer from 0 to 250)", v);
      patchCells(e, { indentLevel: v === 0 ? undefined : v });
    });
  }

  /** Widens (or narrows) each column to its longest displayed text; empty columns keep their width. */
  autofitColumns(): void {
    this.queueMethod("autofitColumns", ({ sheet, ref }: RangeEntity, _exec: SyncExecution) => {
      sheet.protection.check(sheet.name, ref, "formatColumns");
      const longest = new Map<number, number>();
      sheet.cells.forEachRow(ref.row, ref.row + ref.rowCount, (r) => {
        const end = Math.min(ref.col + ref.colCount, sheet.cells.width(r));
        for (let c = ref.col; c < end; c++) {
          const text = formatCellText(sheet.valueAt(r, c), sheet.numberFormatAt(r, c));
          if (text.length > (longest.get(c) ?? 0)) longest.set(c, text.length);
        }
      });
      for (const [c, chars] of longest) sheet.columnWidths.set(c, widthForChars(chars));
    });
  }

  /** Row heights follow the default font here, so autofit resets them. */
  autofitRows(): void {
    this.queueMethod("autofitRows", ({ sheet, ref }) => {
      sheet.protection.check(sheet.name, ref, "formatRows");
      for (const r of [...sheet.rowHeights.keys()]) if (r >= ref.row && r < ref.row + ref.rowCount) sheet.rowHeights.delete(r);
    });
  }
}

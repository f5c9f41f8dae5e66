/**
 * A defined name (Excel.NamedItem, ExcelApi 1.1; worksheet scope 1.4). The reference to a range keeps
 * the SheetModel, so renaming the sheet moves the name's formula with it ("=Renamed!$A$1"), as Excel
 * does; deleting the sheet turns a workbook-scoped name's reference into #REF! ("=#REF!$A$1") and
 * deletes the names scoped to that sheet (WorkbookModel.deleteSheet).
 */
import { MAX_COLUMNS, MAX_ROWS, formatRef, quoteSheetName, type RangeRef } from "../address";
import type { SheetModel } from "./sheet";
import type { CellValue } from "./types";

export type NameTarget =
  | { kind: "range"; sheet: SheetModel; ref: RangeRef }
  /** A range whose sheet was deleted: Excel keeps the formula as "=#REF!$A$1". */
  | { kind: "refError"; ref: RangeRef }
  /** Anything else the name refers to ("=0.5", "=\"SPD\"", "=TRUE"), with its value. */
  | { kind: "formula"; formula: string; value: CellValue };

export type NamedItemType = "Range" | "Error" | "String" | "Double" | "Boolean";

/** "$A$1:$B$2", "$A:$C", "$1:$3": how a name's formula writes its range. */
export function absoluteRef(ref: RangeRef): string {
  const text = formatRef(ref);
  if (ref.col === 0 && ref.colCount === MAX_COLUMNS) return text.replace(/(\d+)/g, "$$$1");
  if (ref.row === 0 && ref.rowCount === MAX_ROWS) return text.replace(/([A-Z]+)/g, "$$$1");
  return text.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

export class NamedItemModel {
  deleted = false;
  visible = true;

  constructor(
    public name: string,
    /** null: workbook scope; else the sheet the name belongs to. */
    readonly scopeSheet: SheetModel | null,
    public target: NameTarget,
    public comment: string
  ) {}

  get scope(): "Workbook" | "Worksheet" {
    return this.scopeSheet ? "Worksheet" : "Workbook";
  }

  get formula(): string {
    const t = this.target;
    if (t.kind === "range") return `=${quoteSheetName(t.sheet.name)}!${absoluteRef(t.ref)}`;
    if (t.kind === "refError") return `=#REF!${absoluteRef(t.ref)}`;
    return t.formula;
  }

  get type(): NamedItemType {
    const t = this.target;
    if (t.kind === "range") return "Range";
    if (t.kind === "refError") return "Error";
    if (typeof t.value === "number") return "Double";
    if (typeof t.value === "boolean") return "Boolean";
    return t.value.startsWith("#") ? "Error" : "String";
  }

  /** NamedItem.value: "for a named range, the range address" (Sheet!$A$1); otherwise the value. */
  get value(): CellValue {
    const t = this.target;
    if (t.kind === "range") return this.formula.slice(1);
    if (t.kind === "refError") return "#REF!";
    return t.value;
  }
}

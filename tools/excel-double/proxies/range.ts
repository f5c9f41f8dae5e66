/** Excel.Range: a block of cells. Methods return new ranges resolved at sync; data is batched. */
import { MAX_COLUMNS, MAX_ROWS, boundingRect, intersect, isWithinGrid, parseAddress, qualifiedAddress, type RangeRef } from "../address";
import type { RequestContext, SyncExecution } from "../context";
import { ErrorCode, excelError } from "../errors";
import { requireApi } from "../requirements";
import { mergeCells, unmergeCells } from "../model/merges";
import type { ValueType } from "../model/sheet";
import type { CellValue } from "../model/types";
import { ClientObject, type ResolveMode, type Resolver } from "./base";
import { ConditionalFormatCollectionProxy } from "./conditionalFormats";
import { cellState } from "../events";
import { writeCells, writeNumberFormats, type CellsInput, type RangeEntity } from "./rangeData";
import { RangeFormatProxy } from "./rangeFormat";
import { WorksheetProxy } from "./worksheet";

export type { RangeEntity } from "./rangeData";

const CELL_DATA = new Set(["values", "formulas", "formulasLocal", "numberFormat", "text", "valueTypes"]);
const SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "rowCount",
  "rowIndex",
  "isEntireColumn",
  "isEntireRow",
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "text",
  "valueTypes",
] as const;

export type ClearApplyTo = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

function checkInts(...values: unknown[]): void {
  if (!values.every((v) => Number.isInteger(v))) throw excelError(ErrorCode.invalidArgument, "Expected integer arguments.");
}

function onGrid(ref: RangeRef): RangeRef {
  if (!isWithinGrid(ref)) throw excelError(ErrorCode.invalidArgument, "The resulting range is outside the worksheet.");
  return ref;
}

export class RangeProxy extends ClientObject<RangeEntity> {
  private formatProxy: RangeFormatProxy | undefined;
  private sheetProxy: WorksheetProxy | undefined;
  private cfProxy: ConditionalFormatCollectionProxy | undefined;

  constructor(context: RequestContext, resolver: Resolver<RangeEntity>, mode: ResolveMode = "instantiate", origin?: string) {
    super(context, resolver, mode, origin);
  }

  protected get typeName(): string {
    return "Range";
  }
  protected scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected override checkAlive(entity: RangeEntity): void {
    if (entity.sheet.deleted) throw excelError(ErrorCode.itemNotFound, "The worksheet of this range was deleted.");
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "format") return this.format as ClientObject<unknown>;
    if (name === "worksheet") return this.worksheet as ClientObject<unknown>;
    return undefined;
  }

  protected override beforeRead(entity: RangeEntity, names: readonly string[], exec: SyncExecution): void {
    if (!names.some((n) => CELL_DATA.has(n))) return;
    const cells = entity.ref.rowCount * entity.ref.colCount;
    // Excel caps range reads at five million cells on every platform; the documented code for
    // "the cell count in the range has exceeded the maximum supported number" is RangeExceedsLimit.
    if (cells > exec.limits.maxCellsPerRead)
      throw excelError(
        ErrorCode.rangeExceedsLimit,
        `The cell count in the range (${cells}) has exceeded the maximum supported number (${exec.limits.maxCellsPerRead}). Read it in smaller blocks.`
      );
    exec.addCellsRead(cells);
  }

  protected readScalar(e: RangeEntity, name: string): unknown {
    const { sheet, ref } = e;
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedAddress(sheet.name, ref);
      case "cellCount":
        return ref.rowCount * ref.colCount;
      case "columnCount":
        return ref.colCount;
      case "columnIndex":
        return ref.col;
      case "rowCount":
        return ref.rowCount;
      case "rowIndex":
        return ref.row;
      case "isEntireColumn":
        return ref.row === 0 && ref.rowCount === MAX_ROWS;
      case "isEntireRow":
        return ref.col === 0 && ref.colCount === MAX_COLUMNS;
      case "values":
        return sheet.readValues(ref);
      case "formulas":
      case "formulasLocal":
        return sheet.readFormulas(ref);
      case "numberFormat":
        return sheet.readNumberFormats(ref);
      case "text":
        return sheet.readTexts(ref);
      case "valueTypes":
        return sheet.readValueTypes(ref);
      default:
        return undefined;
    }
  }

  // ---- properties -------------------------------------------------------------------------

  get address(): string {
    return this.getProp("address");
  }
  get addressLocal(): string {
    return this.getProp("addressLocal");
  }
  get cellCount(): number {
    return this.getProp("cellCount");
  }
  get columnCount(): number {
    return this.getProp("columnCount");
  }
  get columnIndex(): number {
    return this.getProp("columnIndex");
  }
  get rowCount(): number {
    return this.getProp("rowCount");
  }
  get rowIndex(): number {
    return this.getProp("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this.getProp("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.getProp("isEntireRow");
  }
  get text(): string[][] {
    return this.getProp("text");
  }
  get valueTypes(): ValueType[][] {
    return this.getProp("valueTypes");
  }

  get values(): CellValue[][] {
    return this.getProp("values");
  }
  set values(input: CellsInput) {
    this.setProp("values", input, (e, exec) => writeCells(e, input, exec, "values"), true);
  }

  get formulas(): CellValue[][] {
    return this.getProp("formulas");
  }
  set formulas(input: CellsInput) {
    this.setProp("formulas", input, (e, exec) => writeCells(e, input, exec, "formulas"), true);
  }

  get formulasLocal(): CellValue[][] {
    return this.getProp("formulasLocal");
  }
  set formulasLocal(input: CellsInput) {
    this.setProp("formulasLocal", input, (e, exec) => writeCells(e, input, exec, "formulasLocal"), true);
  }

  get numberFormat(): string[][] {
    return this.getProp("numberFormat");
  }
  set numberFormat(input: ReadonlyArray<ReadonlyArray<string | null>> | string) {
    this.setProp("numberFormat", input, (e, exec) => writeNumberFormats(e, input, exec), true);
  }

  // ---- navigation -------------------------------------------------------------------------

  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.context, () => this._resolve()));
  }

  get worksheet(): WorksheetProxy {
    return (this.sheetProxy ??= new WorksheetProxy(this.context, () => this._resolve()?.sheet ?? null, "derived"));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.cfProxy ??= new ConditionalFormatCollectionProxy(this.context, () => this._resolve()));
  }

  // ---- derived ranges ---------------------------------------------------------------------

  private derive(method: string, compute: (e: RangeEntity) => RangeRef | null): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const e = this._entity();
        const ref = compute(e);
        return ref ? { sheet: e.sheet, ref } : null;
      },
      "instantiate",
      `Range.${method}`
    );
  }

  /** Another range given as a Range or an address on this range's sheet. */
  private otherRef(e: RangeEntity, other: RangeProxy | string): RangeRef {
    if (typeof other === "string") {
      const parsed = parseAddress(other);
      if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== e.sheet.name.toUpperCase()))
        throw excelError(ErrorCode.invalidArgument, `Invalid address '${other}' for this worksheet.`);
      return parsed.ref;
    }
    const o = other._entity();
    if (o.sheet !== e.sheet) throw excelError(ErrorCode.invalidArgument, "The ranges are on different worksheets.");
    return o.ref;
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive("getCell", ({ ref }) => {
      checkInts(row, column);
      return onGrid({ row: ref.row + row, col: ref.col + column, rowCount: 1, colCount: 1 });
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("getResizedRange", ({ ref }) => {
      checkInts(deltaRows, deltaColumns);
      return onGrid({ ...ref, rowCount: ref.rowCount + deltaRows, colCount: ref.colCount + deltaColumns });
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("getOffsetRange", ({ ref }) => {
      checkInts(rowOffset, columnOffset);
      return onGrid({ ...ref, row: ref.row + rowOffset, col: ref.col + columnOffset });
    });
  }

  getRow(row: number): RangeProxy {
    return this.derive("getRow", ({ ref }) => {
      checkInts(row);
      return onGrid({ ...ref, row: ref.row + row, rowCount: 1 });
    });
  }

  getColumn(column: number): RangeProxy {
    return this.derive("getColumn", ({ ref }) => {
      checkInts(column);
      return onGrid({ ...ref, col: ref.col + column, colCount: 1 });
    });
  }

  getLastRow(): RangeProxy {
    return this.derive("getLastRow", ({ ref }) => ({ ...ref, row: ref.row + ref.rowCount - 1, rowCount: 1 }));
  }

  getLastColumn(): RangeProxy {
    return this.derive("getLastColumn", ({ ref }) => ({ ...ref, col: ref.col + ref.colCount - 1, colCount: 1 }));
  }

  getLastCell(): RangeProxy {
    return this.derive("getLastCell", ({ ref }) => ({ row: ref.row + ref.rowCount - 1, col: ref.col + ref.colCount - 1, rowCount: 1, colCount: 1 }));
  }

  getRowsAbove(count = 1): RangeProxy {
    return this.derive("getRowsAbove", ({ ref }) => {
      checkInts(count);
      return onGrid({ ...ref, row: ref.row - count, rowCount: count });
    });
  }

  getRowsBelow(count = 1): RangeProxy {
    return this.derive("getRowsBelow", ({ ref }) => {
      checkInts(count);
      return onGrid({ ...ref, row: ref.row + ref.rowCount, rowCount: count });
    });
  }

  getColumnsBefore(count = 1): RangeProxy {
    return this.derive("getColumnsBefore", ({ ref }) => {
      checkInts(count);
      return onGrid({ ...ref, col: ref.col - count, colCount: count });
    });
  }

  getColumnsAfter(count = 1): RangeProxy {
    return this.derive("getColumnsAfter", ({ ref }) => {
      checkInts(count);
      return onGrid({ ...ref, col: ref.col + ref.colCount, colCount: count });
    });
  }

  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn", ({ ref }) => ({ ...ref, row: 0, rowCount: MAX_ROWS }));
  }

  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow", ({ ref }) => ({ ...ref, col: 0, colCount: MAX_COLUMNS }));
  }

  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    return this.derive("getBoundingRect", (e) => boundingRect(e.ref, this.otherRef(e, anotherRange)));
  }

  /** Excel: ItemNotFound when the ranges do not intersect. */
  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    return this.derive("getIntersection", (e) => {
      const ref = intersect(e.ref, this.otherRef(e, anotherRange));
      if (!ref) throw excelError(ErrorCode.itemNotFound, "The ranges do not intersect.");
      return ref;
    });
  }

  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this.derive("getIntersectionOrNullObject", (e) => intersect(e.ref, this.otherRef(e, anotherRange)));
  }

  /** Excel: the block of the used cells within the range (SheetModel.usedRefWithin); ItemNotFound when there are none. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.derive("getUsedRange", (e) => {
      const ref = e.sheet.usedRefWithin(e.ref, valuesOnly);
      if (!ref) throw excelError(ErrorCode.itemNotFound, "There are no used cells in the range.");
      return ref;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.derive("getUsedRangeOrNullObject", (e) => e.sheet.usedRefWithin(e.ref, valuesOnly));
  }

  // ---- actions ----------------------------------------------------------------------------

  clear(applyTo: ClearApplyTo = "All"): void {
    this.queueMethod("clear", ({ sheet, ref }, exec) => {
      if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") sheet.protection.check(sheet.name, ref, "contents");
      if (applyTo === "All" || applyTo === "Formats") sheet.protection.check(sheet.name, ref, "formatCells");
      const before = applyTo === "Formats" ? undefined : cellState(sheet, ref);
      switch (applyTo) {
        case "All":
          exec.model.clearRange(sheet, ref, "all");
          return exec.noteChange(sheet, ref, "RangeEdited", before);
        case "Contents":
        case "ResetContents":
          exec.model.clearRange(sheet, ref, "contents");
          return exec.noteChange(sheet, ref, "RangeEdited", before);
        case "Formats":
          return exec.model.clearRange(sheet, ref, "formats");
        case "Hyperlinks":
        case "RemoveHyperlinks":
          return; // the double stores no hyperlinks
        default:
          throw excelError(ErrorCode.invalidArgument, `Invalid applyTo '${String(applyTo)}'.`);
      }
    });
  }

  /**
   * Merges the range into one cell (ExcelApi 1.2), or each of its rows into one with `across`: the
   * upper-left value stays, the other cells are emptied (model/merges.ts). Over a table: MergedRangeConflict.
   */
  merge(across = false): void {
    this.queueMethod("merge", ({ sheet, ref }, exec) => {
      requireApi(exec.excelApi, "1.2", "Range.merge");
      if (typeof across !== "boolean")
        throw excelError(ErrorCode.invalidArgument, `Range.merge: across must be true or false (got ${JSON.stringify(across)}).`);
      mergeCells(sheet, ref, across);
    });
  }

  /** Unmerges every merged area the range touches (ExcelApi 1.2). */
  unmerge(): void {
    this.queueMethod("unmerge", ({ sheet, ref }, exec) => {
      requireApi(exec.excelApi, "1.2", "Range.unmerge");
      unmergeCells(sheet, ref);
    });
  }

  select(): void {
    this.queueMethod("select", ({ sheet, ref }, exec) => exec.model.select(sheet, ref));
  }
}

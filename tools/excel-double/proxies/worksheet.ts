/** Excel.Worksheet and its freezePanes. */
import { MAX_COLUMNS, MAX_ROWS, isWithinGrid, parseAddress, type RangeRef } from "../address";
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { ProtectionOptions } from "../model/protection";
import type { SheetModel, SheetVisibility } from "../model/sheet";
import { ClientObject, type ResolveMode, type Resolver } from "./base";
import { ChartCollectionProxy } from "./charts";
import { EventHandlersProxy } from "./events";
import type { WorksheetChangedEventArgs } from "../events";
import { NamedItemCollectionProxy } from "./names";
import { PageLayoutProxy } from "./pageLayout";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./tables";

const A1: RangeRef = { row: 0, col: 0, rowCount: 1, colCount: 1 };

function checkAlive(sheet: SheetModel): void {
  if (sheet.deleted) throw excelError(ErrorCode.itemNotFound, `The worksheet '${sheet.name}' was deleted.`);
}

export class WorksheetProxy extends ClientObject<SheetModel> {
  private tablesProxy: TableCollectionProxy | undefined;
  private freezeProxy: WorksheetFreezePanesProxy | undefined;
  private chartsProxy: ChartCollectionProxy | undefined;
  private protectionProxy: WorksheetProtectionProxy | undefined;
  private namesProxy: NamedItemCollectionProxy | undefined;
  private pageLayoutProxy: PageLayoutProxy | undefined;
  private onChangedHandlers: EventHandlersProxy<WorksheetChangedEventArgs> | undefined;

  constructor(context: RequestContext, resolver: Resolver<SheetModel>, mode: ResolveMode = "instantiate", origin?: string) {
    super(context, resolver, mode, origin);
  }

  protected get typeName(): string {
    return "Worksheet";
  }
  protected scalarNames(): readonly string[] {
    return ["name", "id", "position", "visibility"];
  }
  protected override checkAlive(sheet: SheetModel): void {
    checkAlive(sheet);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "tables") return this.tables as unknown as ClientObject<unknown>;
    if (name === "freezePanes") return this.freezePanes as unknown as ClientObject<unknown>;
    if (name === "charts") return this.charts as unknown as ClientObject<unknown>;
    if (name === "protection") return this.protection as unknown as ClientObject<unknown>;
    if (name === "names") return this.names as unknown as ClientObject<unknown>;
    if (name === "pageLayout") return this.pageLayout as unknown as ClientObject<unknown>;
    return undefined;
  }
  protected readScalar(sheet: SheetModel, name: string): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context._env.model.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  get name(): string {
    return this.getProp("name");
  }
  /** Renaming follows Excel's sheet-name rules; a bad name fails the sync. */
  set name(value: string) {
    this.setProp("name", value, (sheet, exec) => exec.model.renameSheet(sheet, value));
  }
  get id(): string {
    return this.getProp("id");
  }
  get position(): number {
    return this.getProp("position");
  }
  set position(value: number) {
    this.setProp("position", value, (sheet, exec) => exec.model.moveSheet(sheet, value));
  }
  get visibility(): SheetVisibility {
    return this.getProp("visibility");
  }
  set visibility(value: SheetVisibility) {
    this.setProp("visibility", value, (sheet, exec) => exec.model.setVisibility(sheet, value));
  }

  get tables(): TableCollectionProxy {
    return (this.tablesProxy ??= new TableCollectionProxy(this.context, () => {
      const sheet = this._resolve();
      return sheet ? { sheet } : null;
    }));
  }

  get charts(): ChartCollectionProxy {
    return (this.chartsProxy ??= new ChartCollectionProxy(this.context, () => this._resolve()));
  }

  /** Names scoped to this sheet (ExcelApi 1.4); deleted with the sheet. */
  get names(): NamedItemCollectionProxy {
    return (this.namesProxy ??= new NamedItemCollectionProxy(this.context, () => {
      const sheet = this._resolve();
      return sheet ? { sheet } : null;
    }));
  }

  get freezePanes(): WorksheetFreezePanesProxy {
    return (this.freezeProxy ??= new WorksheetFreezePanesProxy(this.context, () => this._resolve()));
  }

  /** Worksheet.protection (ExcelApi 1.2): see model/protection.ts for what a protected sheet refuses. */
  get protection(): WorksheetProtectionProxy {
    return (this.protectionProxy ??= new WorksheetProtectionProxy(this.context, () => this._resolve()));
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): orientation, zoom, margins, centring, print title rows. */
  get pageLayout(): PageLayoutProxy {
    return (this.pageLayoutProxy ??= new PageLayoutProxy(this.context, () => this._resolve()));
  }

  /** Worksheet.onChanged (ExcelApi 1.7): data changed on this sheet (see ../events.ts). */
  get onChanged(): EventHandlersProxy<WorksheetChangedEventArgs> {
    return (this.onChangedHandlers ??= new EventHandlersProxy(
      this.context,
      () => ({ type: "WorksheetChanged", sheet: this._entity() }),
      "1.7",
      "Worksheet.onChanged"
    ));
  }

  private rangeOf(method: string, compute: (sheet: SheetModel) => RangeRef | null): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this._entity();
        const ref = compute(sheet);
        return ref ? { sheet, ref } : null;
      },
      "instantiate",
      `Worksheet.${method}`
    );
  }

  /** getRange() with no address is the whole sheet. A sheet qualifier must name this sheet. */
  getRange(address?: string): RangeProxy {
    return this.rangeOf("getRange", (sheet) => {
      if (address === undefined || address === "") return { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS };
      const parsed = parseAddress(address);
      if (!parsed) throw excelError(ErrorCode.invalidArgument, `Invalid address '${address}'.`);
      if (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase())
        throw excelError(ErrorCode.invalidArgument, `The address '${address}' is not on worksheet '${sheet.name}'.`);
      return parsed.ref;
    });
  }

  /**
   * A sheet has 1,048,576 rows by 16,384 columns, A1 to XFD1048576 ("Total number of rows and columns
   * on a worksheet", Excel specifications and limits). A range reaching past them cannot exist: the
   * sync fails with InvalidArgument, as Excel reports a range "forced outside the bounds of the
   * worksheet grid" (Excel.Range reference, getOffsetRange: "an exception will be thrown").
   */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.rangeOf("getRangeByIndexes", () => {
      const ref = { row: startRow, col: startColumn, rowCount, colCount: columnCount };
      if (!isWithinGrid(ref))
        throw excelError(ErrorCode.invalidArgument, `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is not a valid range.`);
      return ref;
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Like Excel: an empty sheet's used range is A1. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.rangeOf("getUsedRange", (sheet) => sheet.usedRef(valuesOnly) ?? A1);
  }

  /** A null object when the sheet is empty. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.rangeOf("getUsedRangeOrNullObject", (sheet) => sheet.usedRef(valuesOnly));
  }

  activate(): void {
    this.queueMethod("activate", (sheet, exec) => exec.model.activate(sheet));
  }

  delete(): void {
    this.queueMethod("delete", (sheet, exec) => {
      exec.model.deleteSheet(sheet);
      exec.noteEvent({ type: "WorksheetDeleted", sheet });
    });
  }
}

export class WorksheetFreezePanesProxy extends ClientObject<SheetModel> {
  constructor(context: RequestContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, "derived");
  }
  protected get typeName(): string {
    return "WorksheetFreezePanes";
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override checkAlive(sheet: SheetModel): void {
    checkAlive(sheet);
  }

  private freeze(name: string, rows: number, columns: number): void {
    this.queueMethod(name, (sheet) => {
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0 || rows >= MAX_ROWS || columns >= MAX_COLUMNS)
        throw excelError(ErrorCode.invalidArgument, `Cannot freeze ${rows} rows and ${columns} columns.`);
      sheet.frozenRows = rows;
      sheet.frozenColumns = columns;
    });
  }

  /** Excel freezes the top rows only (columns unfrozen), defaulting to one row. */
  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, 0);
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", 0, count);
  }
  /** The given range's rows and columns (from the sheet's top-left) become the frozen pane. */
  freezeAt(frozenRange: RangeProxy | string): void {
    this.queueMethod("freezeAt", (sheet) => {
      let ref: RangeRef;
      if (typeof frozenRange === "string") {
        const parsed = parseAddress(frozenRange);
        if (!parsed) throw excelError(ErrorCode.invalidArgument, `Invalid address '${frozenRange}'.`);
        ref = parsed.ref;
      } else ref = frozenRange._entity().ref;
      sheet.frozenRows = ref.row + ref.rowCount;
      sheet.frozenColumns = ref.col + ref.colCount;
    });
  }
  unfreeze(): void {
    this.freeze("unfreeze", 0, 0);
  }
}

/** Excel.WorksheetProtection: protected, options; protect(options?, password?), unprotect(password?). */
export class WorksheetProtectionProxy extends ClientObject<SheetModel> {
  constructor(context: RequestContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, "derived");
  }
  protected get typeName(): string {
    return "WorksheetProtection";
  }
  protected scalarNames(): readonly string[] {
    return ["protected", "options"];
  }
  protected readScalar(sheet: SheetModel, name: string): unknown {
    return name === "protected" ? sheet.protection.protected : { ...sheet.protection.options };
  }
  protected override checkAlive(sheet: SheetModel): void {
    checkAlive(sheet);
  }

  get protected(): boolean {
    return this.getProp("protected");
  }
  get options(): ProtectionOptions {
    return this.getProp("options");
  }

  protect(options?: Partial<ProtectionOptions> | null, password?: string | null): void {
    this.queueMethod("protect", (sheet) => sheet.protection.protect(options, password));
  }

  unprotect(password?: string | null): void {
    this.queueMethod("unprotect", (sheet) => sheet.protection.unprotect(password));
  }
}

/** Excel.Table and Excel.TableCollection (workbook.tables and worksheet.tables). */
import { parseAddress, type RangeRef } from "../address";
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { SheetModel } from "../model/sheet";
import type { TableModel } from "../model/table";
import type { WorkbookModel } from "../model/workbook";
import { ClientCollection, ClientObject, ClientResult, type ResolveMode, type Resolver } from "./base";
import { RangeProxy } from "./range";
import { TableColumnCollectionProxy } from "./tableColumns";
import { WorksheetProxy } from "./worksheet";

function checkTableAlive(table: TableModel): void {
  if (table.deleted) throw excelError(ErrorCode.itemNotFound, `The table '${table.name}' was deleted.`);
}

export class TableProxy extends ClientObject<TableModel> {
  private sheetProxy: WorksheetProxy | undefined;
  private columnsProxy: TableColumnCollectionProxy | undefined;

  constructor(context: RequestContext, resolver: Resolver<TableModel>, mode: ResolveMode = "instantiate", origin?: string) {
    super(context, resolver, mode, origin);
  }

  protected get typeName(): string {
    return "Table";
  }
  protected scalarNames(): readonly string[] {
    return ["name", "id", "showHeaders", "showTotals", "style"];
  }
  protected override checkAlive(table: TableModel): void {
    checkTableAlive(table);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "worksheet") return this.worksheet as unknown as ClientObject<unknown>;
    if (name === "columns") return this.columns as unknown as ClientObject<unknown>;
    return undefined;
  }
  protected readScalar(t: TableModel, name: string): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "showHeaders":
        return t.showHeaders;
      case "showTotals":
        return t.showTotals;
      default:
        return t.style;
    }
  }

  get name(): string {
    return this.getProp("name");
  }
  set name(value: string) {
    this.setProp("name", value, (t, exec) => exec.model.renameTable(t, value));
  }
  get id(): string {
    return this.getProp("id");
  }
  get showHeaders(): boolean {
    return this.getProp("showHeaders");
  }
  set showHeaders(value: boolean) {
    this.setProp("showHeaders", value, (t, exec) => exec.model.setTableShowHeaders(t, Boolean(value)));
  }
  get showTotals(): boolean {
    return this.getProp("showTotals");
  }
  set showTotals(value: boolean) {
    this.setProp("showTotals", value, (t, exec) => exec.model.setTableShowTotals(t, Boolean(value)));
  }
  get style(): string {
    return this.getProp("style");
  }
  set style(value: string) {
    this.setProp("style", value, (t) => {
      if (typeof value !== "string" || value === "") throw excelError(ErrorCode.invalidArgument, "Invalid table style.");
      t.style = value;
    });
  }

  get worksheet(): WorksheetProxy {
    return (this.sheetProxy ??= new WorksheetProxy(this.context, () => this._resolve()?.sheet ?? null, "derived"));
  }

  get columns(): TableColumnCollectionProxy {
    return (this.columnsProxy ??= new TableColumnCollectionProxy(this.context, () => this._resolve()));
  }

  private rangeOf(method: string, pick: (t: TableModel) => RangeRef | null): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const t = this._entity();
        const ref = pick(t);
        if (!ref) throw excelError(ErrorCode.invalidOperation, `The table has no ${method === "getHeaderRowRange" ? "header" : "totals"} row.`);
        return { sheet: t.sheet, ref };
      },
      "instantiate",
      `Table.${method}`
    );
  }

  getRange(): RangeProxy {
    return this.rangeOf("getRange", (t) => t.ref);
  }
  getHeaderRowRange(): RangeProxy {
    return this.rangeOf("getHeaderRowRange", (t) => t.headerRef());
  }
  getDataBodyRange(): RangeProxy {
    return this.rangeOf("getDataBodyRange", (t) => t.dataBodyRef());
  }
  getTotalRowRange(): RangeProxy {
    return this.rangeOf("getTotalRowRange", (t) => t.totalsRef());
  }

  /** Removes the table and its cells. */
  delete(): void {
    // A protected sheet refuses table edits (Excel greys out the table commands), a delete included.
    this.queueMethod("delete", (t, exec) => {
      t.sheet.protection.check(t.sheet.name, t.ref, "tables");
      const ref = { ...t.ref };
      exec.model.deleteTable(t, false);
      exec.noteChange(t.sheet, ref, "RangeEdited");
    });
  }

  /** Removes the table, keeping its cells; returns the former table range. */
  convertToRange(): RangeProxy {
    const range = new RangeProxy(
      this.context,
      () => {
        throw excelError(ErrorCode.invalidObjectPath, "convertToRange() has not run yet.");
      },
      "pending"
    );
    this.queueMethod("convertToRange", (t, exec) => {
      t.sheet.protection.check(t.sheet.name, t.ref, "tables");
      range._bind({ sheet: t.sheet, ref: t.ref }, exec);
      exec.model.deleteTable(t, true);
    });
    return range;
  }
}

export interface TableScope {
  /** Set for worksheet.tables; absent for workbook.tables. */
  sheet?: SheetModel;
}

export class TableCollectionProxy extends ClientCollection<TableScope, TableModel, TableProxy> {
  constructor(context: RequestContext, resolver: Resolver<TableScope>) {
    super(context, resolver, "derived");
  }

  protected get typeName(): string {
    return "TableCollection";
  }
  protected override scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override readScalar(scope: TableScope): unknown {
    return this.itemEntities(scope).length;
  }
  protected itemEntities(scope: TableScope): TableModel[] {
    const model = this.context._env.model;
    return scope.sheet ? model.tablesOn(scope.sheet) : [...model.tables];
  }
  protected wrapItem(table: TableModel): TableProxy {
    return new TableProxy(this.context, () => table, "derived");
  }

  get count(): number {
    return this.getProp("count");
  }

  private find(scope: TableScope, key: string): TableModel | undefined {
    const upper = String(key).toUpperCase();
    return this.itemEntities(scope).find((t) => t.name.toUpperCase() === upper || t.id === key);
  }

  getItem(key: string): TableProxy {
    return new TableProxy(
      this.context,
      () => {
        const t = this.find(this._entity(), key);
        if (!t) throw excelError(ErrorCode.itemNotFound, `The table '${key}' doesn't exist.`);
        return t;
      },
      "instantiate",
      "TableCollection.getItem"
    );
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, () => this.find(this._entity(), key) ?? null, "instantiate", "TableCollection.getItemOrNullObject");
  }

  getItemAt(index: number): TableProxy {
    return new TableProxy(
      this.context,
      () => {
        const t = this.itemEntities(this._entity())[index];
        if (!t) throw excelError(ErrorCode.itemNotFound, `There is no table at index ${index}.`);
        return t;
      },
      "instantiate",
      "TableCollection.getItemAt"
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queueMethod("getCount", (scope, exec) => {
      const n = this.itemEntities(scope).length;
      exec.onCommit(() => result._set(n));
    });
    return result;
  }

  /**
   * Creates a table at `address` (a Range, or an address; unqualified addresses refer to this
   * collection's sheet, or the active sheet for workbook.tables). Named "TableN" like Excel.
   */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const table = new TableProxy(
      this.context,
      () => {
        throw excelError(ErrorCode.invalidObjectPath, "The table was not created (its add() did not run).");
      },
      "pending"
    );
    this.queueMethod("add", (scope, exec) => {
      const { sheet, ref } = locate(exec.model, scope, address);
      sheet.protection.check(sheet.name, ref, "tables");
      table._bind(exec.model.createTable(sheet, ref, Boolean(hasHeaders)), exec);
    });
    return table;
  }
}

function locate(model: WorkbookModel, scope: TableScope, address: RangeProxy | string): { sheet: SheetModel; ref: RangeRef } {
  if (typeof address !== "string") return address._entity();
  const parsed = parseAddress(address);
  if (!parsed) throw excelError(ErrorCode.invalidArgument, `Invalid address '${address}'.`);
  let sheet = scope.sheet ?? model.activeSheet;
  if (parsed.sheet !== undefined) {
    const named = model.findSheet(parsed.sheet);
    if (!named || (scope.sheet && named !== scope.sheet))
      throw excelError(ErrorCode.invalidArgument, `The address '${address}' does not refer to a usable worksheet.`);
    sheet = named;
  }
  if (!sheet) throw excelError(ErrorCode.itemNotFound, "The workbook has no worksheet.");
  return { sheet, ref: parsed.ref };
}

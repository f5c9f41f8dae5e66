/** Excel.TableColumnCollection / TableColumn: columns named by the table's header row. */
import type { RangeRef } from "../address";
import { cellState } from "../events";
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { TableModel } from "../model/table";
import { ClientCollection, ClientObject, ClientResult, type ResolveMode, type Resolver } from "./base";
import { RangeProxy } from "./range";

export interface TableColumnEntity {
  table: TableModel;
  index: number;
}

export class TableColumnProxy extends ClientObject<TableColumnEntity> {
  constructor(context: RequestContext, resolver: Resolver<TableColumnEntity>, mode: ResolveMode = "instantiate", origin?: string) {
    super(context, resolver, mode, origin);
  }
  protected get typeName(): string {
    return "TableColumn";
  }
  protected scalarNames(): readonly string[] {
    return ["name", "index", "id", "values"];
  }
  protected override checkAlive({ table, index }: TableColumnEntity): void {
    if (table.deleted || index >= table.ref.colCount) throw excelError(ErrorCode.itemNotFound, "The table column no longer exists.");
  }
  protected readScalar({ table, index }: TableColumnEntity, name: string): unknown {
    switch (name) {
      case "name":
        return table.columnNames()[index];
      case "index":
        return index;
      case "id":
        return String(index + 1);
      default:
        return table.sheet.readValues(columnRef(table.ref, index));
    }
  }

  get name(): string {
    return this.getProp("name");
  }
  /** Renaming writes the header cell (Excel keeps header names unique). */
  set name(value: string) {
    this.setProp("name", value, ({ table, index }, exec) => {
      const header = table.headerRef();
      if (!header) throw excelError(ErrorCode.invalidOperation, "The table has no header row.");
      const cell = { row: header.row, col: header.col + index, rowCount: 1, colCount: 1 };
      const before = cellState(table.sheet, cell);
      table.sheet.cells.setValue(header.row, header.col + index, value);
      exec.model.normalizeTableHeaders(table.sheet, header);
      exec.noteChange(table.sheet, cell, "RangeEdited", before);
    });
  }
  get index(): number {
    return this.getProp("index");
  }
  get id(): string {
    return this.getProp("id");
  }
  get values(): Array<Array<string | number | boolean>> {
    return this.getProp("values");
  }

  private rangeOf(pick: (t: TableModel) => RangeRef | null): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const { table, index } = this._entity();
        const ref = pick(table);
        if (!ref) throw excelError(ErrorCode.invalidOperation, "The table has no such row.");
        return { sheet: table.sheet, ref: columnRef(ref, index) };
      },
      "instantiate",
      "TableColumn.getRange"
    );
  }

  getRange(): RangeProxy {
    return this.rangeOf((t) => t.ref);
  }
  getDataBodyRange(): RangeProxy {
    return this.rangeOf((t) => t.dataBodyRef());
  }
  getHeaderRowRange(): RangeProxy {
    return this.rangeOf((t) => t.headerRef());
  }
  getTotalRowRange(): RangeProxy {
    return this.rangeOf((t) => t.totalsRef());
  }
}

function columnRef(ref: RangeRef, index: number): RangeRef {
  return { ...ref, col: ref.col + index, colCount: 1 };
}

export class TableColumnCollectionProxy extends ClientCollection<TableModel, TableColumnEntity, TableColumnProxy> {
  constructor(context: RequestContext, resolver: Resolver<TableModel>) {
    super(context, resolver, "derived");
  }
  protected get typeName(): string {
    return "TableColumnCollection";
  }
  protected override scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override readScalar(table: TableModel): unknown {
    return table.ref.colCount;
  }
  protected itemEntities(table: TableModel): TableColumnEntity[] {
    return Array.from({ length: table.ref.colCount }, (_, index) => ({ table, index }));
  }
  protected wrapItem(entity: TableColumnEntity): TableColumnProxy {
    return new TableColumnProxy(this.context, () => entity, "derived");
  }

  get count(): number {
    return this.getProp("count");
  }

  private find(table: TableModel, key: string | number): TableColumnEntity | null {
    const names = table.columnNames();
    const byName = names.findIndex((n) => n.toUpperCase() === String(key).toUpperCase());
    const index = byName >= 0 ? byName : names.findIndex((_, i) => String(i + 1) === String(key));
    return index >= 0 ? { table, index } : null;
  }

  /** By header name or id. */
  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(
      this.context,
      () => {
        const found = this.find(this._entity(), key);
        if (!found) throw excelError(ErrorCode.itemNotFound, `The table column '${key}' doesn't exist.`);
        return found;
      },
      "instantiate",
      "TableColumnCollection.getItem"
    );
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.context, () => this.find(this._entity(), key), "instantiate", "TableColumnCollection.getItemOrNullObject");
  }

  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(
      this.context,
      () => {
        const table = this._entity();
        if (!Number.isInteger(index) || index < 0 || index >= table.ref.colCount)
          throw excelError(ErrorCode.itemNotFound, `There is no column at index ${index}.`);
        return { table, index };
      },
      "instantiate",
      "TableColumnCollection.getItemAt"
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queueMethod("getCount", (table, exec) => {
      const n = table.ref.colCount;
      exec.onCommit(() => result._set(n));
    });
    return result;
  }
}

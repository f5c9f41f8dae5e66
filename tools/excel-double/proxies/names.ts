/**
 * Excel.NamedItemCollection (workbook.names, ExcelApi 1.1; worksheet.names, ExcelApi 1.4) and
 * Excel.NamedItem. See model/namedItem.ts for how a name follows its sheet.
 */
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { NamedItemModel } from "../model/namedItem";
import type { SheetModel } from "../model/sheet";
import { ClientCollection, ClientObject, ClientResult, type ResolveMode, type Resolver } from "./base";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";

function checkNameAlive(item: NamedItemModel): void {
  if (item.deleted) throw excelError(ErrorCode.itemNotFound, `The name '${item.name}' was deleted.`);
}

export class NamedItemProxy extends ClientObject<NamedItemModel> {
  private sheetProxy: WorksheetProxy | undefined;

  constructor(context: RequestContext, resolver: Resolver<NamedItemModel>, mode: ResolveMode = "instantiate", origin?: string) {
    super(context, resolver, mode, origin);
  }

  protected get typeName(): string {
    return "NamedItem";
  }
  protected scalarNames(): readonly string[] {
    return ["name", "type", "value", "formula", "visible", "comment", "scope"];
  }
  protected override checkAlive(item: NamedItemModel): void {
    checkNameAlive(item);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === "worksheet" ? (this.worksheet as unknown as ClientObject<unknown>) : undefined;
  }
  protected readScalar(item: NamedItemModel, name: string): unknown {
    switch (name) {
      case "name":
        return item.name;
      case "type":
        return item.type;
      case "value":
        return item.value;
      case "formula":
        return item.formula;
      case "visible":
        return item.visible;
      case "comment":
        return item.comment;
      default:
        return item.scope;
    }
  }

  get name(): string {
    return this.getProp("name");
  }
  get type(): string {
    return this.getProp("type");
  }
  get value(): unknown {
    return this.getProp("value");
  }
  get formula(): string {
    return this.getProp("formula");
  }
  get visible(): boolean {
    return this.getProp("visible");
  }
  set visible(value: boolean) {
    this.setProp("visible", value, (item) => {
      item.visible = Boolean(value);
    });
  }
  get comment(): string {
    return this.getProp("comment");
  }
  set comment(value: string) {
    this.setProp("comment", value, (item) => {
      if (typeof value !== "string") throw excelError(ErrorCode.invalidArgument, "The comment must be a string.");
      item.comment = value;
    });
  }
  get scope(): string {
    return this.getProp("scope");
  }

  /** The sheet a worksheet-scoped name belongs to (ExcelApi 1.4); a null object for workbook names. */
  get worksheet(): WorksheetProxy {
    return (this.sheetProxy ??= new WorksheetProxy(this.context, () => this._resolve()?.scopeSheet ?? null, "derived"));
  }

  /** The range the name refers to; InvalidArgument when it refers to no range (a constant, #REF!). */
  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const item = this._entity();
        const t = item.target;
        if (t.kind !== "range") throw excelError(ErrorCode.invalidArgument, `The name '${item.name}' does not refer to a range.`);
        return { sheet: t.sheet, ref: { ...t.ref } };
      },
      "instantiate",
      "NamedItem.getRange"
    );
  }

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const item = this._resolve();
        if (!item || item.deleted || item.target.kind !== "range") return null;
        return { sheet: item.target.sheet, ref: { ...item.target.ref } };
      },
      "instantiate",
      "NamedItem.getRangeOrNullObject"
    );
  }

  delete(): void {
    this.queueMethod("delete", (item, exec) => exec.model.deleteName(item));
  }
}

export interface NameScope {
  /** null for workbook.names. */
  sheet: SheetModel | null;
}

export class NamedItemCollectionProxy extends ClientCollection<NameScope, NamedItemModel, NamedItemProxy> {
  constructor(context: RequestContext, resolver: Resolver<NameScope>) {
    super(context, resolver, "derived");
  }

  protected get typeName(): string {
    return "NamedItemCollection";
  }
  protected override checkAlive(scope: NameScope): void {
    if (scope.sheet?.deleted) throw excelError(ErrorCode.itemNotFound, `The worksheet '${scope.sheet.name}' was deleted.`);
  }
  protected itemEntities(scope: NameScope): NamedItemModel[] {
    return this.context._env.model.namesIn(scope.sheet);
  }
  protected wrapItem(item: NamedItemModel): NamedItemProxy {
    return new NamedItemProxy(this.context, () => item, "derived");
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      () => {
        const item = this.context._env.model.findName(String(name), this._entity().sheet);
        if (!item) throw excelError(ErrorCode.itemNotFound, `The name '${name}' doesn't exist.`);
        return item;
      },
      "instantiate",
      "NamedItemCollection.getItem"
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      () => this.context._env.model.findName(String(name), this._entity().sheet) ?? null,
      "instantiate",
      "NamedItemCollection.getItemOrNullObject"
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

  /** add(name, reference, comment?): `reference` is a Range or a formula ("=Sheet1!$A$1", "=0.5"). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const item = new NamedItemProxy(
      this.context,
      () => {
        throw excelError(ErrorCode.invalidObjectPath, "The name was not created (its add() did not run).");
      },
      "pending"
    );
    this.queueMethod("add", (scope, exec) => {
      const ref = typeof reference === "string" ? reference : reference._entity();
      item._bind(exec.model.addName(name, scope.sheet, ref, comment ?? ""), exec);
    });
    return item;
  }

  /** addFormulaLocal behaves like add for the en-US locale the double models. */
  addFormulaLocal(name: string, formula: string, comment?: string): NamedItemProxy {
    return this.add(name, formula, comment);
  }
}

/** Excel.WorksheetCollection (workbook.worksheets). */
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { SheetModel } from "../model/sheet";
import type { WorkbookModel } from "../model/workbook";
import { ClientCollection, ClientResult, type Resolver } from "./base";
import { WorksheetProxy } from "./worksheet";
import { EventHandlersProxy } from "./events";
import type { WorksheetAddedEventArgs, WorksheetChangedEventArgs, WorksheetDeletedEventArgs, WorksheetEventType } from "../events";

export class WorksheetCollectionProxy extends ClientCollection<WorkbookModel, SheetModel, WorksheetProxy> {
  constructor(context: RequestContext, resolver: Resolver<WorkbookModel>) {
    super(context, resolver, "derived");
  }

  private readonly handlers = new Map<string, EventHandlersProxy<unknown>>();

  protected get typeName(): string {
    return "WorksheetCollection";
  }

  private events<T>(name: string, type: WorksheetEventType, api: string): EventHandlersProxy<T> {
    let h = this.handlers.get(name);
    if (!h) {
      h = new EventHandlersProxy<unknown>(this.context, () => (this._entity(), { type, sheet: null }), api, `WorksheetCollection.${name}`);
      this.handlers.set(name, h);
    }
    return h as EventHandlersProxy<T>;
  }

  /** WorksheetCollection.onChanged (ExcelApi 1.9): data changed on any sheet. */
  get onChanged(): EventHandlersProxy<WorksheetChangedEventArgs> {
    return this.events("onChanged", "WorksheetChanged", "1.9");
  }
  /** WorksheetCollection.onAdded (ExcelApi 1.7). */
  get onAdded(): EventHandlersProxy<WorksheetAddedEventArgs> {
    return this.events("onAdded", "WorksheetAdded", "1.7");
  }
  /** WorksheetCollection.onDeleted (ExcelApi 1.7). */
  get onDeleted(): EventHandlersProxy<WorksheetDeletedEventArgs> {
    return this.events("onDeleted", "WorksheetDeleted", "1.7");
  }
  protected itemEntities(model: WorkbookModel): SheetModel[] {
    return [...model.sheets];
  }
  protected wrapItem(sheet: SheetModel): WorksheetProxy {
    return new WorksheetProxy(this.context, () => sheet, "derived");
  }

  private sheet(method: string, pick: (model: WorkbookModel) => SheetModel | undefined, missing: string | null): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      () => {
        const sheet = pick(this._entity());
        if (sheet) return sheet;
        if (missing === null) return null;
        throw excelError(ErrorCode.itemNotFound, missing);
      },
      "instantiate",
      `WorksheetCollection.${method}`
    );
  }

  /** By name (ignoring case) or id; ItemNotFound at sync when missing. */
  getItem(key: string): WorksheetProxy {
    return this.sheet("getItem", (m) => m.findSheetByKey(String(key)), `The worksheet '${key}' doesn't exist.`);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.sheet("getItemOrNullObject", (m) => m.findSheetByKey(String(key)), null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return this.sheet("getActiveWorksheet", (m) => m.activeSheet, "The workbook has no active worksheet.");
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return this.sheet("getFirst", (m) => (visibleOnly ? m.visibleSheets() : m.sheets)[0], "The workbook has no worksheet.");
  }

  getLast(visibleOnly = false): WorksheetProxy {
    return this.sheet(
      "getLast",
      (m) => {
        const list = visibleOnly ? m.visibleSheets() : m.sheets;
        return list[list.length - 1];
      },
      "The workbook has no worksheet."
    );
  }

  getCount(visibleOnly = false): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queueMethod("getCount", (model, exec) => {
      const n = visibleOnly ? model.visibleSheets().length : model.sheets.length;
      exec.onCommit(() => result._set(n));
    });
    return result;
  }

  /**
   * Adds a sheet at the end (not activated, as in Excel). A missing name becomes "SheetN"; a bad
   * or duplicate name fails the sync (InvalidArgument / ItemAlreadyExists).
   */
  add(name?: string): WorksheetProxy {
    const sheet = new WorksheetProxy(
      this.context,
      () => {
        throw excelError(ErrorCode.invalidObjectPath, "The worksheet was not created (its add() did not run).");
      },
      "pending"
    );
    this.queueMethod("add", (model, exec) => {
      const created = model.createSheet(name);
      sheet._bind(created, exec);
      exec.noteEvent({ type: "WorksheetAdded", sheet: created });
    });
    return sheet;
  }
}

/**
 * Events: Worksheet.onChanged (ExcelApi 1.7), WorksheetCollection.onChanged (1.9), onAdded and
 * onDeleted (1.7), as office-js has them (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events,
 * learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs):
 *
 * - `add(handler)` and `remove()` only queue: the registration (or removal) takes effect when the
 *   context they were queued on syncs, and that sync fails with ApiNotFound on an Excel older than the
 *   event's requirement set. remove() needs the context the handler was added in (`Excel.run(result.context, …)`).
 * - Handlers are called asynchronously, after the sync that made the change has returned (never inside it).
 * - Every write that changes cell data fires, even one that writes what the cells already hold (Excel
 *   reports the edit, not a difference); the address is the range the write covered. Format-only writes
 *   (numberFormat, format.*, clear("Formats")), loads and selections fire nothing: formats belong to
 *   onFormatChanged, which the double does not model.
 * - The arguments carry what the host's ExcelApi has: `details` (1.9) only for a one-cell change,
 *   `triggerSource` (1.14) only on an Excel with ExcelApi 1.14, "ThisLocalAddin" for a change made through
 *   this add-in's API calls, "Unknown" for anything else (a user's edit: ExcelDouble.userEdit).
 * - A handler on a sheet that is then deleted is no longer called (the docs' caution).
 */
import { formatRef, parseAddress, type RangeRef } from "./address";
import { compareVersions } from "./requirements";
import type { SheetModel } from "./model/sheet";
import type { CellValue } from "./model/types";

export type EventTriggerSource = "ThisLocalAddin" | "Unknown";
export type DataChangeType = "Unknown" | "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";
export type WorksheetEventType = "WorksheetChanged" | "WorksheetAdded" | "WorksheetDeleted";

/** A single cell's value and type before a change (ChangedEventDetail, ExcelApi 1.9). */
export interface CellState {
  value: CellValue;
  type: string;
}

/** Something a sync (or a user) did that raises an event. */
export type WorkbookEvent =
  | { type: "WorksheetChanged"; sheet: SheetModel; ref: RangeRef; changeType: DataChangeType; before?: CellState; after?: CellState }
  | { type: "WorksheetAdded"; sheet: SheetModel }
  | { type: "WorksheetDeleted"; sheet: SheetModel };

export interface ChangedEventDetail {
  valueBefore: CellValue;
  valueAfter: CellValue;
  valueTypeBefore: string;
  valueTypeAfter: string;
}

/** Excel.WorksheetChangedEventArgs (getRange(ctx), ExcelApi 1.8, is there but not enumerable; getRangeOrNullObject is not modelled). */
export interface WorksheetChangedEventArgs {
  type: "WorksheetChanged";
  changeType: DataChangeType;
  source: "Local";
  worksheetId: string;
  address: string;
  details?: ChangedEventDetail;
  triggerSource?: EventTriggerSource;
  getRange(ctx: { workbook: { worksheets: { getItem(key: string): { getRange(address: string): unknown } } } }): unknown;
}

export interface WorksheetAddedEventArgs {
  type: "WorksheetAdded";
  source: "Local";
  worksheetId: string;
}
export interface WorksheetDeletedEventArgs {
  type: "WorksheetDeleted";
  source: "Local";
  worksheetId: string;
}

export type EventHandler<T> = (args: T) => Promise<unknown> | unknown;

/** Which events a registration listens to: one sheet's, or every sheet's (the collection). */
export interface EventTarget {
  type: WorksheetEventType;
  /** The sheet of Worksheet.onChanged; null for WorksheetCollection events. */
  sheet: SheetModel | null;
}

interface Registration extends EventTarget {
  handler: EventHandler<never>;
  /** The RequestContext it was added in: remove() must be synced there. */
  context: object;
}

/** One cell's value and type, for ChangedEventDetail; undefined for a range of more than one cell. */
export function cellState(sheet: SheetModel, ref: RangeRef): CellState | undefined {
  if (ref.rowCount !== 1 || ref.colCount !== 1) return undefined;
  return { value: sheet.readValues(ref)[0][0], type: sheet.readValueTypes(ref)[0][0] };
}

/**
 * The event handlers registered with the workbook (kept by the "host", so every Excel.run sees them),
 * and the delivery of events to them.
 */
export class EventHub {
  private registrations: Registration[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** What handlers threw or rejected with (office-js does not surface them to the add-in either). */
  readonly handlerErrors: unknown[] = [];

  constructor(private readonly excelApi: () => string) {}

  /** @internal At the sync of an add(). */
  register(target: EventTarget, handler: EventHandler<never>, context: object): void {
    this.registrations.push({ ...target, handler, context });
  }

  /** @internal At the sync of a remove(): the handler's registration made in `context` for `target`. */
  unregister(target: EventTarget, handler: EventHandler<never>, context: object): void {
    this.registrations = this.registrations.filter(
      (r) => !(r.handler === handler && r.context === context && r.type === target.type && r.sheet === target.sheet)
    );
  }

  /** How many handlers are registered (for tests). */
  get handlerCount(): number {
    return this.registrations.length;
  }

  /**
   * Delivers `events` to the handlers registered now, each call in a later task (setTimeout 0): the
   * sync or user action that caused them has returned by then.
   */
  dispatch(events: readonly WorkbookEvent[], trigger: EventTriggerSource): void {
    for (const event of events) {
      for (const reg of this.registrations) {
        if (reg.type !== event.type) continue;
        if (reg.sheet !== null && (reg.sheet !== event.sheet || reg.sheet.deleted)) continue;
        const args = this.argsFor(event, trigger);
        const handler = reg.handler as EventHandler<unknown>;
        const delivery = new Promise<void>((resolve) => {
          setTimeout(() => {
            Promise.resolve()
              .then(() => handler(args))
              .catch((e: unknown) => this.handlerErrors.push(e))
              .finally(resolve);
          }, 0);
        });
        this.inFlight.add(delivery);
        void delivery.then(() => this.inFlight.delete(delivery));
      }
    }
  }

  /** Resolves once every event dispatched so far, and any its handlers caused, has been handled. */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private has(version: string): boolean {
    return compareVersions(this.excelApi(), version) >= 0;
  }

  private argsFor(event: WorkbookEvent, trigger: EventTriggerSource): unknown {
    if (event.type !== "WorksheetChanged") return { type: event.type, source: "Local", worksheetId: event.sheet.id };
    const args: Record<string, unknown> = {
      type: "WorksheetChanged",
      changeType: event.changeType,
      source: "Local",
      worksheetId: event.sheet.id,
      address: formatRef(event.ref),
    };
    if (this.has("1.9") && event.before && event.after)
      args.details = { valueBefore: event.before.value, valueAfter: event.after.value, valueTypeBefore: event.before.type, valueTypeAfter: event.after.type };
    if (this.has("1.14")) args.triggerSource = trigger;
    // office-js builds these on the client: worksheets.getItem(worksheetId).getRange(address).
    type Ctx = Parameters<WorksheetChangedEventArgs["getRange"]>[0];
    Object.defineProperty(args, "getRange", {
      enumerable: false,
      value: (ctx: Ctx) => ctx.workbook.worksheets.getItem(event.sheet.id).getRange(formatRef(event.ref)),
    });
    return args;
  }
}

/** Parses a user edit's address on `sheet` ("B3", "B3:C4"); a sheet qualifier must name that sheet. */
export function userEditRef(sheet: SheetModel, address: string): RangeRef {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`excel-double: userEdit: invalid address '${address}'.`);
  if (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase())
    throw new Error(`excel-double: userEdit: '${address}' is not on '${sheet.name}'.`);
  return parsed.ref;
}

/**
 * excel-double: an in-memory stand-in for the Excel JavaScript API (office-js) for tests and the
 * browser playground. Plain TypeScript, no Node-only APIs.
 *
 *   const { Excel, workbook, stats } = createExcelDouble();
 *   workbook.addSheet("Data", [["Id", "Name"], [1, "Contoso"]]);
 *   await Excel.run(async (context) => { ... });      // same calls as office-js
 *   const restore = double.install();                  // globalThis.Excel = the double
 */
import { RequestContext, type DoubleEnvironment, type SyncInfo } from "./context";
import { excelEnums } from "./enums";
import { ErrorCode, ExcelDoubleError, excelError } from "./errors";
import { resolveLimits, type ExcelDoubleLimits } from "./limits";
import { WorkbookModel } from "./model/workbook";
import { EventHub, cellState, userEditRef } from "./events";
import { DEFAULT_EXCEL_API, DOUBLE_EXCEL_API, compareVersions, officeShim, type OfficeShim } from "./requirements";
import { applyCells } from "./proxies/rangeData";
import type { CellValue } from "./model/types";
import { createStats, type ExcelDoubleStats } from "./stats";

export interface ExcelDoubleOptions {
  /** A pre-seeded workbook; by default a new empty one (seed it with workbook.addSheet). */
  workbook?: WorkbookModel;
  /** Lower these in tests to trip the payload and cell limits with small data. */
  limits?: Partial<ExcelDoubleLimits>;
  /** Excel converts numeric-looking strings written to values into numbers (default true). */
  parseNumericStrings?: boolean;
  /** The date Excel takes as today (year of "15-Oct" and "Oct-24"); default the real clock. */
  today?: () => Date;
  /** Milliseconds each sync waits before executing, to feel a round trip in the playground. */
  syncDelayMs?: number;
  /**
   * The ExcelApi requirement set the double answers for (default "1.9", DEFAULT_EXCEL_API; at most
   * "1.14", DOUBLE_EXCEL_API): install()'s Office.context.requirements.isSetSupported says so, an older
   * one makes the newer APIs fail at sync with ApiNotFound (an older Excel), and event arguments carry
   * only the properties of its sets (triggerSource needs 1.14).
   */
  excelApi?: string;
}

export type Batch<T> = (context: RequestContext) => Promise<T>;

type ExcelEnums = typeof excelEnums;

/** The shape of the double's `Excel` global. Install with `globalThis.Excel = Excel as unknown as typeof Excel`. */
export interface ExcelLike extends ExcelEnums {
  run<T>(batch: Batch<T>): Promise<T>;
  /**
   * office-js's run(object, batch) form: with a RequestContext, or an object made in one (an
   * EventHandlerResult, a proxy), the batch runs on that context (how a handler is removed).
   */
  run<T>(object: unknown, batch: Batch<T>): Promise<T>;
  /** Not constructible: contexts come from run(). Present so `instanceof` checks do not throw. */
  RequestContext: typeof RequestContext;
}

export interface ExcelDouble {
  Excel: ExcelLike;
  workbook: WorkbookModel;
  stats: ExcelDoubleStats;
  limits: ExcelDoubleLimits;
  /**
   * Makes Excel stop answering: after `after` more syncs (default 0), every sync waits, its promise
   * pending, until the returned `release` is called (then they run, in order). For time-out tests.
   */
  stallSyncs(options?: { after?: number }): () => void;
  /** Milliseconds every later sync waits before it runs (a slow Excel). */
  setSyncDelay(ms: number): void;
  /**
   * Calls `listener` as each later sync is about to run, with its actions' locations and the model: a
   * test can change the workbook between two syncs (protect a sheet after Score checked it), or throw
   * to have Excel refuse that sync. null removes it.
   */
  beforeSync(listener: ((sync: SyncInfo) => void) | null): void;
  /** The ExcelApi version the double stands in for (ExcelDoubleOptions.excelApi). */
  excelApi: string;
  /**
   * A user typing in the workbook (what the playground's or a test's "user" does): puts `values` (a 2-D
   * block the size of `address`, or one value for every cell; typed input, as Range.values reads it) in
   * the cells of `sheet` at once, outside any sync, and fires the onChanged handlers with changeType
   * "RangeEdited" and (ExcelApi 1.14) triggerSource "Unknown". A protected cell refuses the edit (throws).
   * No stats are counted: they count the add-in's requests.
   */
  userEdit(sheet: string, address: string, values: ReadonlyArray<ReadonlyArray<CellValue | null>> | CellValue): void;
  /** Resolves once every event fired so far has been delivered and its handler's promise settled. */
  settleEvents(): Promise<void>;
  /** Handlers registered (Worksheet / WorksheetCollection events), and what they threw. */
  events: { readonly handlerCount: number; readonly handlerErrors: unknown[] };
  /** The `Office` global install() puts in place when there is none (requirements.ts). */
  Office: OfficeShim;
  /**
   * Sets globalThis.Excel to the double (and, where there are none, globalThis.OfficeExtension to a
   * minimal shim with Error/ErrorCodes and globalThis.Office to one whose
   * context.requirements.isSetSupported("ExcelApi", v) is true up to `excelApi`). Returns a function
   * that restores the previous globals.
   */
  install(): () => void;
}

export function createExcelDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  const workbook = options.workbook ?? new WorkbookModel({ parseNumericStrings: options.parseNumericStrings, today: options.today });
  const stats = createStats();
  const limits = resolveLimits(options.limits);
  const excelApi = options.excelApi ?? DEFAULT_EXCEL_API;
  if (!/^\d+(\.\d+)*$/.test(excelApi) || compareVersions(excelApi, DOUBLE_EXCEL_API) > 0)
    throw new Error(`excel-double: excelApi must be a version up to ${DOUBLE_EXCEL_API} (got ${JSON.stringify(excelApi)}).`);
  const events = new EventHub(() => excelApi);
  const env: DoubleEnvironment = { model: workbook, limits, stats, excelApi, syncDelayMs: options.syncDelayMs ?? 0, events };
  const Office = officeShim(excelApi);

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw excelError(ErrorCode.invalidArgument, "Excel.run needs a batch function.");
    stats.runs++;
    const context = (args.length > 1 ? contextOf(args[0]) : null) ?? new RequestContext(env);
    const pending: unknown = (batch as Batch<T>)(context);
    if (!pending || typeof (pending as Promise<T>).then !== "function") throw excelError(ErrorCode.runMustReturnPromise);
    const result = await (pending as Promise<T>);
    // office-js syncs once more after the batch resolves; an empty queue sends nothing.
    if (context._hasPending) await context.sync();
    return result;
  }

  /** The context of run(object, batch)'s object, when it is one of this double's. */
  function contextOf(object: unknown): RequestContext | null {
    const first = Array.isArray(object) ? (object as unknown[])[0] : object;
    const candidate = first instanceof RequestContext ? first : (first as { context?: unknown } | null | undefined)?.context;
    return candidate instanceof RequestContext && candidate._env === env ? candidate : null;
  }

  const Excel: ExcelLike = { ...excelEnums, run, RequestContext };

  function userEdit(sheetName: string, address: string, values: ReadonlyArray<ReadonlyArray<CellValue | null>> | CellValue): void {
    const sheet = workbook.findSheet(sheetName);
    if (!sheet) throw new Error(`excel-double: userEdit: no sheet '${sheetName}'.`);
    const ref = userEditRef(sheet, address);
    const before = cellState(sheet, ref);
    applyCells({ sheet, ref }, values, workbook, "values");
    events.dispatch(
      [{ type: "WorksheetChanged", sheet, ref, changeType: "RangeEdited", before, after: before ? cellState(sheet, ref) : undefined }],
      "Unknown"
    );
  }

  function stallSyncs({ after = 0 }: { after?: number } = {}): () => void {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const stall = { after, gate };
    env.stall = stall;
    return () => {
      if (env.stall === stall) env.stall = null;
      release();
    };
  }
  function setSyncDelay(ms: number): void {
    env.syncDelayMs = ms;
  }
  function beforeSync(listener: ((sync: SyncInfo) => void) | null): void {
    env.beforeSync = listener;
  }

  function install(): () => void {
    const g = globalThis as unknown as Record<string, unknown>;
    const hadExcel = Object.prototype.hasOwnProperty.call(g, "Excel");
    const previous = g.Excel;
    g.Excel = Excel;
    const addShim = !Object.prototype.hasOwnProperty.call(g, "OfficeExtension");
    if (addShim) g.OfficeExtension = { Error: ExcelDoubleError, ErrorCodes: { ...ErrorCode } };
    // A test's own Office (say, one with Office.addin) is left alone.
    const addOffice = !Object.prototype.hasOwnProperty.call(g, "Office");
    if (addOffice) g.Office = Office;
    return () => {
      if (hadExcel) g.Excel = previous;
      else delete g.Excel;
      if (addShim) delete g.OfficeExtension;
      if (addOffice && g.Office === Office) delete g.Office;
    };
  }

  return {
    Excel,
    workbook,
    stats,
    limits,
    excelApi,
    Office,
    install,
    stallSyncs,
    setSyncDelay,
    beforeSync,
    userEdit,
    settleEvents: () => events.settle(),
    events,
  };
}

export { RequestContext, type SyncInfo } from "./context";
export { ErrorCode, ExcelDoubleError, isExcelDoubleError, type ErrorCodeValue } from "./errors";
export { DEFAULT_LIMITS, type ExcelDoubleLimits } from "./limits";
export { DEFAULT_EXCEL_API, DOUBLE_EXCEL_API, officeShim, type OfficeShim } from "./requirements";
export { EventHandlersProxy, EventHandlerResultProxy } from "./proxies/events";
export type { ChangedEventDetail, WorksheetAddedEventArgs, WorksheetChangedEventArgs, WorksheetDeletedEventArgs } from "./events";
export { PageLayoutModel, type PageMargins, type PageOrientation, type PageZoom } from "./model/pageLayout";
export type { ExcelDoubleStats } from "./stats";
export { WorkbookModel, type AddTableOptions, type WorkbookOptions } from "./model/workbook";
export { SheetModel } from "./model/sheet";
export { SheetProtection, DEFAULT_PROTECTION_OPTIONS, type ProtectionOptions } from "./model/protection";
export { MAX_CELL_TEXT } from "./model/cellInput";
export { TableModel } from "./model/table";
export { SettingsModel, SettingModel } from "./model/settings";
export { ChartModel, SeriesModel, AxisModel, autoAxisBounds, type ChartSnapshot, type DataRef } from "./model/chart";
export type { CellFormat, CellSnapshot, CellValue } from "./model/types";
export { RangeProxy } from "./proxies/range";
export { WorksheetProxy, WorksheetProtectionProxy } from "./proxies/worksheet";
export { PageLayoutProxy } from "./proxies/pageLayout";
export { TableProxy } from "./proxies/tables";
export { SettingProxy, SettingCollectionProxy } from "./proxies/settings";
export { ChartProxy, ChartCollectionProxy } from "./proxies/charts";
export { ChartSeriesProxy } from "./proxies/chartSeries";
export { NamedItemProxy, NamedItemCollectionProxy } from "./proxies/names";
export { NamedItemModel } from "./model/namedItem";
export * as address from "./address";
export * from "./enums";

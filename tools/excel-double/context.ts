/**
 * RequestContext and the batching engine. Like office-js, proxy calls only queue actions;
 * context.sync() checks the request size, replays the queue against the model in order, and only
 * then hands loaded values to the proxies. A failing action stops the batch: earlier actions stay
 * applied (Excel has no rollback) and nothing loaded in that sync becomes readable.
 */
import { ErrorCode, ExcelDoubleError, excelError } from "./errors";
import { jsonBytes, type ExcelDoubleLimits } from "./limits";
import type { WorkbookModel } from "./model/workbook";
import type { ExcelDoubleStats } from "./stats";
import { cellState, type CellState, type DataChangeType, type EventHub, type WorkbookEvent } from "./events";
import type { RangeRef } from "./address";
import type { SheetModel } from "./model/sheet";
import { ApplicationProxy } from "./proxies/application";
import type { LoadInput } from "./proxies/loadOptions";
import { WorkbookProxy } from "./proxies/workbook";

export interface DoubleEnvironment {
  model: WorkbookModel;
  limits: ExcelDoubleLimits;
  stats: ExcelDoubleStats;
  /** The ExcelApi requirement set the host has (requirements.ts); newer APIs fail with ApiNotFound. */
  excelApi: string;
  /** Delay before each sync executes, to mimic a round trip in the playground (default 0). */
  syncDelayMs: number;
  /**
   * Excel not answering (office-js 6678, 6150: a first sync on Excel on the web that never returns):
   * after `after` more syncs, each sync waits for `gate` before it executes. See ExcelDouble.stallSyncs.
   */
  stall?: { after: number; gate: Promise<void> } | null;
  /** Called as each sync is about to run its actions (ExcelDouble.beforeSync); throwing refuses the sync. */
  beforeSync?: ((sync: SyncInfo) => void) | null;
  /** Event handlers registered with the workbook, and their delivery (events.ts). */
  events: EventHub;
}

/** What a sync is about to do, for ExcelDouble.beforeSync. */
export interface SyncInfo {
  /** The queued actions' locations, in order ("Range.values", "Worksheet.getRange", ...). */
  locations: string[];
  /** The workbook model, to change it between two syncs (as a user would). */
  model: WorkbookModel;
}

/** What a queued action can report while it runs. */
export interface SyncExecution {
  readonly model: WorkbookModel;
  readonly limits: ExcelDoubleLimits;
  /** The host's ExcelApi version (DoubleEnvironment.excelApi). */
  readonly excelApi: string;
  addResponseBytes(bytes: number): void;
  addCellsRead(cells: number): void;
  addCellsWritten(cells: number): void;
  countSuspend(): void;
  /** Runs only if the whole sync succeeds (loaded values become visible then). */
  onCommit(fn: () => void): void;
  /**
   * Records that cell data in `ref` changed (after the change is made), for the onChanged handlers; they
   * are called after the sync, even one that fails later (Excel keeps what was done). `before` is
   * cellState() taken before the change, for a one-cell change's details.
   */
  noteChange(sheet: SheetModel, ref: RangeRef, changeType?: DataChangeType, before?: CellState): void;
  /** Records an onAdded / onDeleted event. */
  noteEvent(event: WorkbookEvent): void;
}

export interface QueuedAction {
  /** Where an error is reported, e.g. "Range.values" (debugInfo.errorLocation). */
  location: string;
  /** Data this action sends to Excel (counts toward the request payload). */
  payload?: unknown;
  run(exec: SyncExecution): void;
}

class Execution implements SyncExecution {
  responseBytes = 0;
  cellsRead = 0;
  cellsWritten = 0;
  suspends = 0;
  readonly commits: Array<() => void> = [];
  readonly events: WorkbookEvent[] = [];
  constructor(
    readonly model: WorkbookModel,
    readonly limits: ExcelDoubleLimits,
    readonly excelApi: string
  ) {}
  addResponseBytes(bytes: number): void {
    this.responseBytes += bytes;
  }
  addCellsRead(cells: number): void {
    this.cellsRead += cells;
  }
  addCellsWritten(cells: number): void {
    this.cellsWritten += cells;
  }
  countSuspend(): void {
    this.suspends++;
  }
  onCommit(fn: () => void): void {
    this.commits.push(fn);
  }
  noteChange(sheet: SheetModel, ref: RangeRef, changeType: DataChangeType = "RangeEdited", before?: CellState): void {
    this.events.push({ type: "WorksheetChanged", sheet, ref: { ...ref }, changeType, before, after: before ? cellState(sheet, ref) : undefined });
  }
  noteEvent(event: WorkbookEvent): void {
    this.events.push(event);
  }
}

function pause(ms: number): Promise<void> {
  // Always yield, so values loaded by a sync are never readable before it is awaited.
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export class RequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  /** Objects are kept alive for the whole Excel.run here, so tracking is a no-op. */
  readonly trackedObjects = {
    add(_object: unknown): void {},
    remove(_object: unknown): void {},
  };
  private queue: QueuedAction[] = [];

  constructor(readonly _env: DoubleEnvironment) {
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  /** @internal Queues an action for the next sync. */
  _enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  /** @internal True when actions are waiting (Excel.run's final flush uses it). */
  get _hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** context.load(object, props): the older spelling of object.load(props). */
  load<T extends { load(option?: LoadInput): unknown }>(object: T, option?: LoadInput): T {
    object.load(option);
    return object;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    const { stats, limits, model } = this._env;
    await pause(this._env.syncDelayMs);
    const stall = this._env.stall;
    if (stall) {
      if (stall.after > 0) stall.after--;
      else await stall.gate;
    }
    stats.syncs++;
    if (this._env.beforeSync) {
      try {
        this._env.beforeSync({ locations: actions.map((a) => a.location), model });
      } catch (e) {
        stats.failedSyncs++;
        throw e;
      }
    }

    let requestBytes = 0;
    for (const a of actions) if (a.payload !== undefined) requestBytes += jsonBytes(a.payload);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > limits.maxRequestBytes) {
      stats.failedSyncs++;
      throw excelError(
        ErrorCode.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${requestBytes} > ${limits.maxRequestBytes} bytes). Write large ranges in several syncs.`
      );
    }

    const exec = new Execution(model, limits, this._env.excelApi);
    try {
      this.execute(actions, exec);
    } catch (e) {
      // What ran is done (Excel has no rollback): its events fire even when a later action failed the sync.
      this._env.events.dispatch(exec.events, "ThisLocalAddin");
      throw e;
    }
    // Handlers added in this sync are registered first, so they hear this sync's changes too.
    for (const commit of exec.commits) commit();
    this._env.events.dispatch(exec.events, "ThisLocalAddin");
    stats.bytesWritten += requestBytes;
    stats.bytesRead += exec.responseBytes;
    stats.cellsRead += exec.cellsRead;
    stats.cellsWritten += exec.cellsWritten;
    stats.suspendCalls += exec.suspends;
    return passThroughValue as T;
  }

  private execute(actions: QueuedAction[], exec: Execution): void {
    const { stats, limits } = this._env;
    for (const action of actions) {
      try {
        action.run(exec);
      } catch (e) {
        stats.failedSyncs++;
        if (e instanceof ExcelDoubleError) e.debugInfo.errorLocation ??= action.location;
        throw e;
      }
    }

    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, exec.responseBytes);
    if (exec.responseBytes > limits.maxResponseBytes) {
      stats.failedSyncs++;
      // Excel on the web reports an oversized response with this code (the writes did happen).
      throw excelError(
        ErrorCode.responsePayloadSizeLimitExceeded,
        `The response payload size has exceeded the limit (${exec.responseBytes} > ${limits.maxResponseBytes} bytes). Load large ranges in several syncs.`
      );
    }
  }
}

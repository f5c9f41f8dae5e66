/** OfficeExtension.EventHandlers and EventHandlerResult: see ../events.ts for how events behave. */
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { EventHandler, EventTarget } from "../events";
import { requireApi } from "../requirements";

export class EventHandlersProxy<T> {
  /**
   * @param target the sheet (or the whole collection) and event, resolved at sync (a deleted sheet fails it)
   * @param api the ExcelApi set the event needs; an older Excel fails the sync with ApiNotFound
   * @param location "Worksheet.onChanged", for errors
   */
  constructor(
    readonly context: RequestContext,
    private readonly target: () => EventTarget,
    private readonly api: string,
    private readonly location: string
  ) {}

  /** Queues the handler's registration; it is called for events after the sync that registers it. */
  add(handler: EventHandler<T>): EventHandlerResultProxy<T> {
    if (typeof handler !== "function") throw excelError(ErrorCode.invalidArgument, `${this.location}.add needs a function.`);
    this.queue("add", (target) => this.context._env.events.register(target, handler as EventHandler<never>, this.context));
    return new EventHandlerResultProxy(this.context, this, handler);
  }

  /**
   * Queues the removal of a handler added through this context (the same RequestContext: a removal
   * queued or synced on another context does nothing, as in office-js).
   */
  remove(handler: EventHandler<T>): void {
    this.queue("remove", (target) => this.context._env.events.unregister(target, handler as EventHandler<never>, this.context));
  }

  /** add and remove take effect at their sync, once the requirement set is checked there. */
  private queue(method: "add" | "remove", change: (target: EventTarget) => void): void {
    this.context._enqueue({
      location: `${this.location}.${method}`,
      run: (exec) => {
        requireApi(exec.excelApi, this.api, this.location);
        const target = this.target();
        exec.onCommit(() => change(target));
      },
    });
  }
}

/** What add() returns: remove() queues the removal on the context the handler was added in. */
export class EventHandlerResultProxy<T> {
  constructor(
    readonly context: RequestContext,
    private readonly handlers: EventHandlersProxy<T>,
    private readonly handler: EventHandler<T>
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

import type { EngineCore } from "./engineCore";
import { revivedError, type SerializedError } from "./errors";

/** The core's methods the pane calls: each takes and returns plain data. */
export type EngineMethod = keyof EngineCore;
type Args<M extends EngineMethod> = Parameters<EngineCore[M]>;
type Result<M extends EngineMethod> = ReturnType<EngineCore[M]>;

/**
 * The engine as the Excel adapter sees it: asynchronous, wherever it runs. `post` sends work whose
 * result nobody waits for (rows as they are read); an error in it is answered by the next `call`.
 */
export interface EngineClient {
  call<M extends EngineMethod>(method: M, ...args: Args<M>): Promise<Result<M>>;
  post<M extends EngineMethod>(method: M, ...args: Args<M>): void;
  /**
   * Stops what is running and forgets the parsed exports (a worker is ended and started anew): the
   * pending calls reject with EngineCancelled. The next action reads the workbook again.
   */
  cancel(): void;
  /** Changes whenever the engine has lost what it had parsed (cancel, a worker that died). */
  readonly generation: number;
  /** Where the engine runs: "worker" in the pane, "pane thread" in tests and where no Worker can start. */
  readonly where: "worker" | "pane thread";
}

/** The user pressed Cancel: nothing was written. */
export class EngineCancelled extends Error {
  override name = "EngineCancelled";
  constructor() {
    super("Cancelled: nothing was written, and the workbook is as it was.");
  }
}

/** A message to the engine: with an id, a call to answer; without, a post. */
export interface EngineRequest {
  id?: number;
  method: EngineMethod;
  args: unknown[];
}
export type EngineResponse = { id: number; result: unknown } | { id: number; error: SerializedError } | { ready: true };

/** What the client needs of a Worker (a MessagePort in tests). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Queued messages posted in one task once the worker is ready. */
const MESSAGES_PER_TASK = 8;

/**
 * The engine in a Web Worker: `start` makes a new one (at first, and after a cancel or a crash). Until
 * the worker says it is ready, messages wait; a worker that fails before that (a page whose security
 * policy or origin refuses workers) is given up for `fallback`, which then takes every message.
 */
export function workerEngine(start: () => WorkerLike, fallback: () => EngineClient): EngineClient {
  let worker: WorkerLike;
  // ready: messages go straight to the worker; answered: it has started (else a failure means no worker here).
  let ready = false;
  let answered = false;
  let instead: EngineClient | null = null;
  let waiting: EngineRequest[] = [];
  let next = 1;
  let generation = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const send = (request: EngineRequest) => {
    if (instead) {
      if (request.id === undefined) instead.post(request.method, ...(request.args as never));
      else {
        const p = pending.get(request.id)!;
        pending.delete(request.id);
        instead.call(request.method, ...(request.args as never)).then(p.resolve, p.reject);
      }
    } else if (ready) worker.postMessage(request);
    else waiting.push(request);
  };
  // What waited for a worker still starting (rows read meanwhile) goes a few messages a task: posting
  // them all at once would hold the pane's thread (1.4 s for a million rows, measured in bench/pane.ts).
  const drain = (target: WorkerLike) => {
    if (target !== worker) return;
    for (const request of waiting.splice(0, MESSAGES_PER_TASK)) target.postMessage(request);
    if (waiting.length) setTimeout(() => drain(target), 0);
    else ready = true;
  };
  const launch = () => {
    ready = false;
    answered = false;
    worker = start();
    worker.onmessage = ({ data }) => {
      if ("ready" in data) {
        answered = true;
        drain(worker);
        return;
      }
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      if ("error" in data) p.reject(revivedError(data.error));
      else p.resolve(data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      worker.terminate();
      if (!answered) {
        instead = fallback();
        const queued = waiting;
        waiting = [];
        queued.forEach(send);
        return;
      }
      // A worker that died (out of memory) has lost the parsed exports: a new one starts, and the next action reads again.
      waiting = [];
      failAll(
        new Error(`The scoring engine stopped (${event.message || "no reason given"}). Score again; with a very large export, close other workbooks first.`)
      );
      generation++;
      launch();
    };
  };
  launch();
  return {
    call: (method, ...args) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        send({ id, method, args });
      }),
    post: (method, ...args) => send({ method, args }),
    cancel: () => {
      generation++;
      if (instead) return instead.cancel();
      worker.terminate();
      waiting = [];
      failAll(new EngineCancelled());
      launch();
    },
    get generation() {
      return generation;
    },
    get where() {
      return instead ? instead.where : "worker";
    },
  };
}

/** What builds the parsed exports: sent to both engines of a pair. */
const READING: ReadonlySet<EngineMethod> = new Set<EngineMethod>(["begin", "beginTable", "rows", "endTable", "finish"]);

/**
 * Two engines that read the same exports, on two cores: while the primary scores the rows (and their
 * flags), the helper scores the six history months, which were a quarter of Score's time at a million
 * rows; Explain's groups are shared between them. Everything else is the primary's. A helper that is
 * no worker (none could start) is left out.
 */
export function pairedEngine(primary: EngineClient, helper: EngineClient): EngineClient {
  const helping = () => helper.where === "worker";
  // Explain's work is shared: the groups go to the two engines in turn (the first, the heaviest, to the
  // primary), the near misses to the helper; a group's further rows come from the engine that made them.
  const explainedBy = new Map<string, EngineClient>();
  let groups = 0;
  let plans = 0;
  const route = <T>(key: string, toHelper: boolean, ask: (engine: EngineClient) => Promise<T>): Promise<T> => {
    if (!toHelper || !helping()) {
      explainedBy.set(key, primary);
      return ask(primary);
    }
    explainedBy.set(key, helper);
    const plan = plans;
    // A helper that fails (stopped) leaves the work to the primary (for this Explain, not a later one's).
    return ask(helper).catch((error: unknown) => {
      if (error instanceof EngineCancelled) throw error;
      if (plan === plans) explainedBy.set(key, primary);
      return ask(primary);
    });
  };
  return {
    call: async (method, ...args) => {
      if (method === "explainPlan") {
        explainedBy.clear();
        groups = 0;
        plans++;
      }
      if (method === "explainGroup")
        return route(`customers ${(args as Args<"explainGroup">)[1].join(",")}`, groups++ % 2 === 1, (e) => e.call(method, ...args));
      if (method === "explainNearMisses") return route("nearMisses", true, (e) => e.call(method, ...args));
      if (method === "explainMore") {
        const [ids, list] = args as Args<"explainMore">;
        return (explainedBy.get(list === "customers" ? `customers ${ids.join(",")}` : "nearMisses") ?? primary).call(method, ...args);
      }
      if (method === "score" && helping()) {
        const [request, options] = args as Args<"score">;
        // A helper that failed (stopped, cancelled) leaves the history to the primary.
        const [, history] = await Promise.all([primary.call("prepareScore", options), helper.call("history", options).catch(() => undefined)]);
        return primary.call("score", request, options, history) as never;
      }
      if (READING.has(method) && helping()) return (await Promise.all([primary.call(method, ...args), helper.call(method, ...args).catch(() => undefined)]))[0];
      return primary.call(method, ...args);
    },
    post: (method, ...args) => {
      primary.post(method, ...args);
      if (READING.has(method)) helper.post(method, ...args);
    },
    cancel: () => {
      primary.cancel();
      helper.cancel();
    },
    // Either one's loss means the exports must be read again.
    get generation() {
      return primary.generation + helper.generation;
    },
    get where() {
      return primary.where;
    },
  };
}

/** Where a helper engine's worker cannot start: it takes the reads and does nothing with them. */
export function idleEngine(): EngineClient {
  return {
    call: () => Promise.reject(new Error("No helper engine here.")),
    post: () => undefined,
    cancel: () => undefined,
    generation: 0,
    where: "pane thread",
  };
}

/**
 * An engine whose code arrives later (`load`, a chunk fetched at the first call or post): calls and posts
 * wait until it has loaded, then go to it in their order. A load that fails rejects the waiting calls with
 * its error; the rows posted after it are dropped, and the next call answers with that error (as a failed
 * post is answered, EngineClient), so the action that was reading fails with the real reason. The next
 * `begin` or call tries the load again.
 */
export function lazyEngine(load: () => Promise<EngineClient>): EngineClient {
  let inner: EngineClient | null = null;
  let loading = false;
  let lost: { error: unknown } | null = null;
  let generation = 0;
  let waiting: { method: EngineMethod; args: unknown[]; settle?: { resolve: (v: unknown) => void; reject: (e: unknown) => void } }[] = [];
  const start = () => {
    if (loading) return;
    loading = true;
    Promise.resolve()
      .then(load)
      .then(
        (engine) => {
          inner = engine;
          const queued = waiting;
          waiting = [];
          for (const { method, args, settle } of queued) {
            if (!settle) engine.post(method, ...(args as never));
            else engine.call(method, ...(args as never)).then(settle.resolve, settle.reject);
          }
        },
        (error: unknown) => {
          loading = false;
          generation++;
          const queued = waiting;
          waiting = [];
          for (const { settle } of queued) settle?.reject(error);
          // No call was waiting: the next one answers with the error, and posts until then are dropped.
          if (!queued.some((w) => w.settle)) lost = { error };
        }
      );
  };
  return {
    call: (method, ...args) => {
      if (inner) return inner.call(method, ...args);
      if (lost) {
        const { error } = lost;
        lost = null;
        return Promise.reject(error);
      }
      const answer = new Promise<never>((resolve, reject) => waiting.push({ method, args, settle: { resolve: resolve as (v: unknown) => void, reject } }));
      start();
      return answer;
    },
    post: (method, ...args) => {
      if (inner) return inner.post(method, ...args);
      if (method === "begin") lost = null;
      if (lost) return;
      waiting.push({ method, args });
      start();
    },
    cancel: () => {
      if (inner) return inner.cancel();
      generation++;
      lost = null;
      for (const { settle } of waiting.splice(0)) settle?.reject(new EngineCancelled());
    },
    get generation() {
      return generation + (inner?.generation ?? 0);
    },
    where: "pane thread",
  };
}

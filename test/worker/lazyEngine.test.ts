import { EngineCancelled, lazyEngine, type EngineClient } from "../../src/worker/engineClient";
import { paneThreadEngine } from "../../src/worker/paneThreadEngine";

/** An engine that records what reaches it, answering each call with its method's name. */
function recorder(): EngineClient & { seen: string[]; cancels: number } {
  const seen: string[] = [];
  let cancels = 0;
  return {
    seen,
    get cancels() {
      return cancels;
    },
    call: (method, ...args) => {
      seen.push(`call ${method} ${JSON.stringify(args)}`);
      return Promise.resolve(method as never);
    },
    post: (method, ...args) => void seen.push(`post ${method} ${JSON.stringify(args)}`),
    cancel: () => void cancels++,
    generation: 0,
    where: "pane thread",
  };
}

function later<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("lazyEngine (the pane-thread engine, its code fetched on first need)", () => {
  test("what is sent while the code loads reaches the engine in its order, and the calls get their answers", async () => {
    const inner = recorder();
    const load = later<EngineClient>();
    const engine = lazyEngine(() => load.promise);
    engine.post("begin");
    const first = engine.call("scorings");
    // Any method and arguments: the lazy engine passes them on as they are.
    (engine.post as (method: string, ...args: unknown[]) => void)("rows", "usage.csv", [["a"]]);
    const second = (engine.call as (method: string) => Promise<unknown>)("finish");
    expect(inner.seen).toEqual([]);
    load.resolve(inner);
    expect(await first).toBe("scorings");
    expect(await second).toBe("finish");
    expect(inner.seen).toEqual(["post begin []", "call scorings []", 'post rows ["usage.csv",[["a"]]]', "call finish []"]);
    // Loaded: straight through.
    engine.post("begin");
    expect(inner.seen.at(-1)).toBe("post begin []");
  });

  test("Cancel while the code loads rejects the waiting calls, drops the posts and counts a new generation", async () => {
    const inner = recorder();
    const load = later<EngineClient>();
    const engine = lazyEngine(() => load.promise);
    engine.post("begin");
    const waiting = engine.call("scorings");
    engine.cancel();
    await expect(waiting).rejects.toBeInstanceOf(EngineCancelled);
    expect(engine.generation).toBe(1);
    load.resolve(inner);
    await expect(engine.call("scorings")).resolves.toBe("scorings");
    expect(inner.seen).toEqual(["call scorings []"]);
    engine.cancel();
    expect(inner.cancels).toBe(1);
  });

  test("a load that fails rejects the waiting calls and every later one with its error", async () => {
    const load = later<EngineClient>();
    const engine = lazyEngine(() => load.promise);
    const waiting = engine.call("scorings");
    const failure = new Error("Loading chunk engine-local failed.");
    load.reject(failure);
    await expect(waiting).rejects.toBe(failure);
    engine.post("begin");
    await expect(engine.call("scorings")).rejects.toBe(failure);
  });

  test("paneThreadEngine loads the real engine: it reads and scores", async () => {
    const engine = paneThreadEngine();
    expect(engine.where).toBe("pane thread");
    await expect(engine.call("scorings")).resolves.toBe(0);
  });
});

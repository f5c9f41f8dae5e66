import { EngineCancelled, lazyEngine, type EngineClient } from "../../src/worker/engineClient";
import { paneThreadEngine } from "../../src/worker/paneThreadEngine";
import { localEngine } from "../../src/worker/localEngine";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import type { ExcelDouble } from "../../tools/excel-double";
import { addSampleSheets } from "../helpers/sampleSheets";
import { freshDoubleEachTest } from "../helpers/freshDouble";

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

  test("a load that fails rejects the waiting calls, counts a lost engine, and the next call loads again", async () => {
    const inner = recorder();
    const loads = [later<EngineClient>(), later<EngineClient>()];
    let asked = 0;
    const engine = lazyEngine(() => loads[asked++].promise);
    engine.post("begin");
    const waiting = engine.call("scorings");
    const failure = new Error("Loading chunk engine-local failed.");
    loads[0].reject(failure);
    await expect(waiting).rejects.toBe(failure);
    expect(engine.generation).toBe(1);
    const retried = engine.call("scorings");
    await Promise.resolve();
    expect(asked).toBe(2);
    loads[1].resolve(inner);
    await expect(retried).resolves.toBe("scorings");
    // The post sent before the failure went with it: the action that failed reads the exports again.
    expect(inner.seen).toEqual(["call scorings []"]);
  });
});

describe("lazyEngine, a load that fails while rows are being posted", () => {
  test("the rows after it are dropped, the next call answers with the load's error, and the next begin loads again", async () => {
    const inner = recorder();
    const loads = [later<EngineClient>(), later<EngineClient>()];
    let asked = 0;
    const engine = lazyEngine(() => loads[asked++].promise);
    const post = engine.post as (method: string, ...args: unknown[]) => void;
    post("begin");
    post("beginTable", "Usage");
    const failure = new Error("Loading chunk engine-local failed.");
    loads[0].reject(failure);
    await new Promise((resolve) => setTimeout(resolve, 0));
    post("rows", "Usage", [["a"]]);
    expect(asked).toBe(1);
    // The reading action's closing call gets the real reason, not "rows before beginTable".
    await expect(engine.call("scorings")).rejects.toBe(failure);
    post("begin");
    await Promise.resolve();
    expect(asked).toBe(2);
    loads[1].resolve(inner);
    await expect(engine.call("scorings")).resolves.toBe("scorings");
    expect(inner.seen).toEqual(["post begin []", "call scorings []"]);
  });
});

describe("paneThreadEngine (the engine in the pane's thread, where no worker starts)", () => {
  let double: ExcelDouble;
  freshDoubleEachTest((d) => (double = d));

  test("loads the engine on first need and scores as the engine called directly does", async () => {
    addSampleSheets(double, [
      ["Usage", "modern-work-usage.csv"],
      ["Skilling", "skilling.csv"],
    ]);
    const request = { asOf: "2025-10", today: "2026-12-06" };
    const lazy = paneThreadEngine();
    expect(lazy.where).toBe("pane thread");
    const viaLazy = await createExcelScoringService(undefined, { engine: lazy }).score(request);
    expect(await lazy.call("scorings")).toBeGreaterThan(0);
    const direct = await createExcelScoringService(undefined, { engine: localEngine() }).score(request);
    expect(viaLazy.report).toEqual(direct.report);
    expect(viaLazy.report.designations.find((d) => d.id === "modern-work")?.scored).toBe(true);
  });
});

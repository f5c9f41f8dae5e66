import { MessageChannel, type MessagePort } from "node:worker_threads";
import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { EngineCancelled, idleEngine, pairedEngine, workerEngine, type EngineClient, type EngineRequest, type WorkerLike } from "../../src/worker/engineClient";
import { localEngine } from "../../src/worker/localEngine";
import { paneThreadEngine } from "../../src/worker/paneThreadEngine";
import { serveEngine } from "../../src/worker/serveEngine";
import { InputError, ScenarioError } from "../../src/engine";
import { addSampleSheets } from "../helpers/sampleSheets";

/**
 * The engine behind a real message port, as in the pane's Web Worker: every argument and result goes
 * through structured clone (node's MessageChannel clones as a browser does), so what cannot cross the
 * boundary fails here.
 */
function portWorker(): WorkerLike & { port: MessagePort; terminated: boolean } {
  const { port1, port2 } = new MessageChannel();
  serveEngine(port2 as unknown as Parameters<typeof serveEngine>[0]);
  const worker = {
    port: port1,
    terminated: false,
    onmessage: null as WorkerLike["onmessage"],
    onerror: null as WorkerLike["onerror"],
    postMessage: (message: unknown) => port1.postMessage(message),
    terminate: () => {
      worker.terminated = true;
      port1.close();
      port2.close();
    },
  };
  port1.on("message", (data) => worker.onmessage?.({ data } as MessageEvent));
  return worker;
}

const SAMPLES: [string, string][] = [
  ["Usage", "modern-work-usage.csv"],
  ["Azure", "azure-usage.csv"],
  ["BizApps usage", "bizapps-usage.csv"],
  ["BizApps revenue", "bizapps-revenue.csv"],
  ["Skilling", "skilling.csv"],
];

let double: ExcelDouble;
let restore: () => void;
const workers: ReturnType<typeof portWorker>[] = [];
const started = () => {
  const w = portWorker();
  workers.push(w);
  return w;
};
beforeEach(() => {
  double = createExcelDouble();
  restore = double.install();
});
afterEach(() => {
  restore();
  for (const w of workers.splice(0)) if (!w.terminated) w.terminate();
});

describe("the engine in a worker", () => {
  test("Score, History, Explain and the customer view through the worker equal the pane-thread engine's", async () => {
    addSampleSheets(double, SAMPLES);
    const request = { asOf: "2025-10", intermediate: 3, advanced: 1, today: "2026-12-06" };
    const inThread = createExcelScoringService(undefined, { engine: localEngine() });
    const expected = await inThread.score(request);
    const expectedExplain = await inThread.explain(request);
    const pagesOf = (e: typeof expectedExplain) => Promise.all(e.groups.map((g) => Promise.all([e.moreCustomers(g, 2), e.moreNearMisses(g, 1)])));
    // Pages come from what the last Explain kept: asked for before another action reads again.
    const expectedPages = await pagesOf(expectedExplain);
    const local = await inThread.customers(request);
    const written = double.workbook.getSheet("Usage").getValues("A1:Z40");

    const engine = workerEngine(started, localEngine);
    // Flag cells come in slices of 7 rows here (25,000 in the pane): the slices' seams are crossed.
    const viaWorker = createExcelScoringService(undefined, { engine, flagRowsPerMessage: 7 });
    const outcome = await viaWorker.score(request);
    expect(engine.where).toBe("worker");
    expect(outcome).toEqual(expected);
    const explained = await viaWorker.explain(request);
    expect({ tenants: explained.tenants, groups: explained.groups }).toEqual({ tenants: expectedExplain.tenants, groups: expectedExplain.groups });
    expect(await pagesOf(explained)).toEqual(expectedPages);
    // The flag cells written are the same: the worker sends cells, not row objects.
    expect(double.workbook.getSheet("Usage").getValues("A1:Z40")).toEqual(written);
    const customers = await viaWorker.customers(request);
    expect(customers.tenants).toEqual(local.tenants);
    expect(customers.tenants.length).toBeGreaterThan(0);
    const someone = customers.search("a", 1).tenants[0].key;
    expect(await customers.eligibility(someone)).toEqual(await local.eligibility(someone));
    expect(await customers.explain(someone)).toEqual(await local.explain(someone));
  }, 60_000);

  test("a bad export's error comes back of its engine class, with its fields, and the next read works", async () => {
    const engine = workerEngine(started, localEngine);
    engine.post("begin");
    engine.post("beginTable", "Mystery", false);
    engine.post("rows", "Mystery", [["not", "an", "export"]], [1]);
    engine.post("endTable", "Mystery");
    const error = await engine.call("finish").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe("Mystery");
    expect((error as Error).message).toMatch(/Mystery/);
    // A new read starts clean.
    engine.post("begin");
    engine.post("beginTable", "Usage", false);
    engine.post(
      "rows",
      "Usage",
      [
        ["CustomerTenantId", "PartnerAttachType", "WorkloadName", "MonthName", "ActiveUsage", "QualifiedUsage"],
        ["t1", "CSP Tier 1", "Exchange", "Oct-2025", 20, 40],
      ],
      [1, 2]
    );
    engine.post("endTable", "Usage");
    await expect(engine.call("finish")).resolves.toBeUndefined();
    await expect(engine.call("hasInput")).resolves.toBe(true);
  });

  test("a scenario the engine refuses is a ScenarioError on the pane's side", async () => {
    addSampleSheets(double, SAMPLES.slice(0, 1));
    const service = createExcelScoringService(undefined, { engine: workerEngine(started, localEngine) });
    const error = await service.simulate({}, { customers: [{ name: "", workloads: [] }] } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioError);
  });

  test("Cancel ends the worker: the pending call rejects with EngineCancelled, a new worker starts, and the next Score reads again", async () => {
    addSampleSheets(double, SAMPLES);
    const engine = workerEngine(started, localEngine);
    const service = createExcelScoringService(undefined, { engine });
    const controller = new AbortController();
    const scoring = service.score(
      {},
      (p) => {
        if (p.stage === "scoring") controller.abort();
      },
      controller.signal
    );
    const error = await scoring.catch((e: unknown) => e);
    expect((error as Error).message).toBe(new EngineCancelled().message);
    expect(error).toBeInstanceOf(EngineCancelled);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(engine.generation).toBe(1);
    // Nothing was written.
    expect(double.workbook.sheets.map((x) => x.name)).not.toContain("SPD_Summary");
    const outcome = await service.score({});
    expect(outcome.flagRanges.length).toBeGreaterThan(0);
  });

  test("Cancel while reading stops before the next block", async () => {
    addSampleSheets(double, SAMPLES);
    const controller = new AbortController();
    const service = createExcelScoringService(undefined, { engine: localEngine() });
    const scoring = service.score(
      {},
      (p) => {
        if (p.stage === "reading") controller.abort();
      },
      controller.signal
    );
    await expect(scoring).rejects.toThrow("Cancelled: nothing was written");
    expect(double.workbook.sheets.map((x) => x.name)).not.toContain("SPD_Summary");
  });

  test("what waited for a starting worker goes to it in order, a few messages a task, then straight", async () => {
    const posted: unknown[] = [];
    const slow: WorkerLike = { onmessage: null, onerror: null, postMessage: (m) => posted.push(m), terminate: () => undefined };
    const engine = workerEngine(() => slow, localEngine);
    for (let i = 0; i < 30; i++) engine.post("rows", "Usage", [[i]], [i + 2]);
    expect(posted).toEqual([]);
    slow.onmessage?.({ data: { ready: true } } as MessageEvent);
    // One task posts a few; the rest follow in later tasks, and what is sent meanwhile waits its turn.
    expect(posted.length).toBeLessThan(30);
    engine.post("endTable", "Usage");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(posted.map((m) => (m as { args: unknown[] }).args[2] ?? "end")).toEqual([...Array.from({ length: 30 }, (_, i) => [i + 2]), "end"]);
    engine.post("endTable", "Usage");
    expect(posted).toHaveLength(32);
  });

  test("a worker that fails to start (a page that refuses workers) hands every message to the pane-thread engine", async () => {
    const failing: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: () => undefined,
      terminate: () => undefined,
    };
    const engine: EngineClient = workerEngine(() => {
      setTimeout(() => failing.onerror?.({ message: "refused", preventDefault: () => undefined } as ErrorEvent), 0);
      return failing;
    }, paneThreadEngine);
    addSampleSheets(double, SAMPLES.slice(0, 1));
    const service = createExcelScoringService(undefined, { engine });
    const summary = await service.inspect();
    expect(summary.exports.map((e) => e.sheet)).toEqual(["Usage"]);
    expect(engine.where).toBe("pane thread");
  });
});

describe("two engines, paired", () => {
  const request = { asOf: "2025-10", intermediate: 3, advanced: 1, today: "2026-12-06" };
  /** Two engines in workers behind message ports, paired as the pane pairs them. */
  const paired = () => {
    const primary = workerEngine(started, localEngine);
    const helper = workerEngine(started, localEngine);
    return { primary, helper, engine: pairedEngine(primary, helper) };
  };

  test("Score equals one engine's; the helper scores the six history months, the primary the rows only", async () => {
    addSampleSheets(double, SAMPLES);
    const expected = await createExcelScoringService(undefined, { engine: localEngine() }).score(request);
    const written = double.workbook.getSheet("Usage").getValues("A1:Z40");
    const { primary, helper, engine } = paired();
    const service = createExcelScoringService(undefined, { engine, flagRowsPerMessage: 7 });
    expect(await service.score(request)).toEqual(expected);
    expect(double.workbook.getSheet("Usage").getValues("A1:Z40")).toEqual(written);
    // One scoring with row flags in the primary; the history's six in the helper.
    expect(await primary.call("scorings")).toBe(1);
    expect(await helper.call("scorings")).toBe(6);
  }, 60_000);

  test("Explain is shared: groups in turn (the first to the primary), the near misses to the helper; pages from whichever made them", async () => {
    addSampleSheets(double, SAMPLES);
    const local = await createExcelScoringService(undefined, { engine: localEngine() }).explain(request);
    const localPages = await Promise.all(local.groups.map((g) => Promise.all([local.moreCustomers(g, 1), local.moreNearMisses(g, 1)])));
    const { primary, helper, engine } = paired();
    const service = createExcelScoringService(undefined, { engine });
    const explained = await service.explain(request);
    expect({ tenants: explained.tenants, groups: explained.groups }).toEqual({ tenants: local.tenants, groups: local.groups });
    expect(await Promise.all(explained.groups.map((g) => Promise.all([explained.moreCustomers(g, 1), explained.moreNearMisses(g, 1)])))).toEqual(localPages);
    // Four groups here (Modern Work, the Azure three, Business Applications, Security): one scoring a group, one for the near misses.
    expect(explained.groups).toHaveLength(4);
    expect(await primary.call("scorings")).toBe(2);
    expect(await helper.call("scorings")).toBe(3);
  }, 60_000);

  test("Cancel ends both workers: Score rejects with EngineCancelled, nothing is written, and the next Score reads into both again", async () => {
    addSampleSheets(double, SAMPLES);
    const { primary, helper, engine } = paired();
    const service = createExcelScoringService(undefined, { engine });
    const controller = new AbortController();
    const scoring = service.score({}, (p) => p.stage === "scoring" && controller.abort(), controller.signal);
    const error = await scoring.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineCancelled);
    expect(workers.slice(0, 2).every((w) => w.terminated)).toBe(true);
    expect(engine.generation).toBe(2);
    expect(double.workbook.sheets.map((x) => x.name)).not.toContain("SPD_Summary");
    const outcome = await service.score({});
    expect(outcome.flagRanges.length).toBeGreaterThan(0);
    expect(await primary.call("scorings")).toBe(1);
    expect(await helper.call("scorings")).toBe(6);
  }, 60_000);

  test("a helper whose worker could not start is left out: the primary scores the history too", async () => {
    addSampleSheets(double, SAMPLES);
    const expected = await createExcelScoringService(undefined, { engine: localEngine() }).score(request);
    const primary = workerEngine(started, localEngine);
    const failing: WorkerLike = { onmessage: null, onerror: null, postMessage: () => undefined, terminate: () => undefined };
    const refused = workerEngine(() => {
      setTimeout(() => failing.onerror?.({ message: "refused", preventDefault: () => undefined } as ErrorEvent), 0);
      return failing;
    }, idleEngine);
    const service = createExcelScoringService(undefined, { engine: pairedEngine(primary, refused) });
    expect(await service.score(request)).toEqual(expected);
    expect(refused.where).toBe("pane thread");
    expect(await primary.call("scorings")).toBe(7);
  }, 60_000);

  test("a helper that fails mid-score leaves the history to the primary; the next action reads again", async () => {
    addSampleSheets(double, SAMPLES);
    const expected = await createExcelScoringService(undefined, { engine: localEngine() }).score(request);
    const primary = workerEngine(started, localEngine);
    let helperWorker: ReturnType<typeof portWorker> | null = null;
    const helper = workerEngine(() => (helperWorker = started()), localEngine);
    const engine = pairedEngine(primary, helper);
    const service = createExcelScoringService(undefined, { engine });
    await service.inspect();
    const generation = engine.generation;
    const realPost = helperWorker!.postMessage;
    helperWorker!.postMessage = (message: unknown) => {
      if ((message as { method?: string }).method === "history")
        setTimeout(() => helperWorker!.onerror?.({ message: "out of memory", preventDefault: () => undefined } as ErrorEvent), 0);
      else realPost(message as EngineRequest);
    };
    expect(await service.score(request)).toEqual(expected);
    expect(await primary.call("scorings")).toBe(7);
    expect(engine.generation).not.toBe(generation);
  }, 60_000);
});

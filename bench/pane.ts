/**
 * The pane on a large export, with where its long tasks go (issue 15; `npm run bench:pane`): the Excel
 * adapter on the Excel double, the engine in a worker thread
 * (bench/pane-engine-worker.ts) as the pane's Web Worker: Refresh, Score, a re-score after an anniversary
 * change, Explain. Measures wall time, time waiting on the worker, the longest pane task less the double's
 * own work, the pane's heap (each action's peak less what stays after a full GC: the double's workbook with
 * the flags written, which is Excel's memory), V8's heap statistics, the process's RSS and the worker's
 * heap; every pane task over 200 ms is written out (on V8's profile clock) so bench/pane-profile.ts can
 * say which functions ran in them.
 *
 *   npx tsx bench/pane.ts [rows=1000000] [--azure]
 *   node --expose-gc --max-old-space-size=6144 --cpu-prof --cpu-prof-dir .bench/prof-pane --import tsx bench/pane.ts 1000000
 *   npx tsx bench/pane-profile.ts .bench/prof-pane          (after a --cpu-prof run)
 *
 * Options (after the rows): --azure reads the 1M-row Azure consumption export instead of the usage
 * export (generated into .bench/ once); --cold-worker measures Refresh from the worker's start (by default the worker
 * has said it is ready first, as the pane starts it when it loads); --yield-per-sync makes every sync of
 * the double wait one macrotask first, as a round trip to Excel does (with syncDelayMs 0 a sync resolves
 * in a microtask, so a whole read loop is one task on the pane's thread, which Excel would not allow).
 *
 * Pane task = gap between two ticks of a setTimeout(0) chain on the pane's thread, less the time the
 * double spent executing a sync's actions in it (Excel's work, in Excel's process). What the double does
 * around that (measuring the request's JSON, handing loaded values to the proxies) stays pane time, as
 * office-js's (de)serialisation is. Heap is sampled between tasks (a peak inside a task is missed).
 */
import { readFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import Papa from "papaparse";
import { createExcelDouble } from "../tools/excel-double";
import { RequestContext } from "../tools/excel-double/context";
import { createExcelScoringService } from "../src/excel/excelScoringService";
import { pairedEngine, workerEngine, type WorkerLike } from "../src/worker/engineClient";
import { writeBulkUsage } from "../scripts/samples/bulk";
import { writeBulkAzure } from "../scripts/samples/bulkAzure";

const root = resolve(__dirname, "..");
const args = process.argv.slice(2);
const rows = Number(String(args.find((a) => !a.startsWith("--")) ?? 1_000_000).replace(/_/g, ""));
const coldWorker = args.includes("--cold-worker");
const yieldPerSync = args.includes("--yield-per-sync");
const azure = args.includes("--azure");
const outDir = join(root, ".bench");
const file = join(outDir, azure ? "azure-1000000.csv" : "usage-1000000.csv");
mkdirSync(outDir, { recursive: true });
if (!existsSync(file)) (azure ? writeBulkAzure : writeBulkUsage)(file, 1_000_000, 20251031);
// The export as Excel holds it: its text columns as text, its amounts as numbers (usage: MAU on; Azure: ACR_USD only).
const sheet = azure
  ? { name: "Azure", what: "Azure consumption", numeric: (j: number) => j === 4 }
  : { name: "Usage", what: "usage", numeric: (j: number) => j >= 4 };
// A re-score that changes only what the summary shows: an anniversary of a designation the export feeds.
const anniversary = azure ? { infrastructure: "2026-03-01" } : { "modern-work": "2026-03-01" };

// performance.now() (ms) -> V8's profile clock (µs, CLOCK_MONOTONIC like process.hrtime).
const profileClockOffsetUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
const toProfileUs = (ms: number) => Math.round(ms * 1000 + profileClockOffsetUs);

// The double's own work (Excel's, in the real thing): the time its syncs spend executing actions.
const doubleSpans: [number, number][] = [];
const proto = RequestContext.prototype as unknown as { execute: (...a: unknown[]) => unknown };
const execute = proto.execute;
proto.execute = function (this: unknown, ...args: unknown[]) {
  const start = performance.now();
  try {
    return execute.apply(this, args);
  } finally {
    doubleSpans.push([start, performance.now()]);
  }
};

if (yieldPerSync) {
  const ctx = RequestContext.prototype as unknown as { sync: (...a: unknown[]) => Promise<unknown> };
  const sync = ctx.sync;
  ctx.sync = async function (this: unknown, ...a: unknown[]) {
    await new Promise((resolve) => setImmediate(resolve));
    return sync.apply(this, a);
  };
}

interface Peaks {
  heapUsed: number;
  v8Used: number;
  v8Total: number;
  malloced: number;
  rss: number;
}
let ticks: number[] = [];
let peaks: Peaks = { heapUsed: 0, v8Used: 0, v8Total: 0, malloced: 0, rss: 0 };
let monitoring = false;
function sample() {
  const m = process.memoryUsage();
  const h = getHeapStatistics();
  peaks = {
    heapUsed: Math.max(peaks.heapUsed, m.heapUsed),
    v8Used: Math.max(peaks.v8Used, h.used_heap_size),
    v8Total: Math.max(peaks.v8Total, h.total_heap_size),
    malloced: Math.max(peaks.malloced, h.malloced_memory),
    rss: Math.max(peaks.rss, m.rss),
  };
}
function tick() {
  if (!monitoring) return;
  ticks.push(performance.now());
  sample();
  setTimeout(tick, 0);
}
function startMonitor() {
  ticks = [performance.now()];
  doubleSpans.length = 0;
  peaks = { heapUsed: 0, v8Used: 0, v8Total: 0, malloced: 0, rss: 0 };
  sample();
  monitoring = true;
  setTimeout(tick, 0);
}
/** A pane task over 200 ms, on V8's profile clock (µs), as bench/pane-profile.ts reads it. */
export interface LongTask {
  startUs: number;
  endUs: number;
  gapMs: number;
  paneMs: number;
  doubleMs: number;
}
function stopMonitor() {
  monitoring = false;
  ticks.push(performance.now());
  const tasks: number[] = [];
  const long: LongTask[] = [];
  let d = 0;
  for (let i = 1; i < ticks.length; i++) {
    const [a, b] = [ticks[i - 1], ticks[i]];
    let inDouble = 0;
    while (d < doubleSpans.length && doubleSpans[d][1] <= a) d++;
    for (let k = d; k < doubleSpans.length && doubleSpans[k][0] < b; k++)
      inDouble += Math.max(0, Math.min(b, doubleSpans[k][1]) - Math.max(a, doubleSpans[k][0]));
    tasks.push(b - a - inDouble);
    if (b - a - inDouble > 200) long.push({ startUs: toProfileUs(a), endUs: toProfileUs(b), gapMs: b - a, paneMs: b - a - inDouble, doubleMs: inDouble });
  }
  const doubleMs = doubleSpans.reduce((s, [a, b]) => s + b - a, 0);
  return { longest: Math.max(0, ...tasks), over200: long.length, long, doubleMs, ticks: ticks.length };
}

// Each worker reports its heap every 100 ms, but only between its tasks (an engine call is one task).
// Two workers, as in the pane (pairedEngine): the engine and its helper; their peaks are summed.
const workerHeapPeaks = [0, 0];
let workerHeapPeak = 0;
let readyCount = 0;
let workerReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (workerReady = resolve));
function startWorker(slot: number): WorkerLike {
  const entry = JSON.stringify(join(__dirname, "pane-engine-worker.ts"));
  const w = new Worker(`require("tsx/cjs/api").register(); require(${entry});`, { eval: true });
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => w.postMessage(m),
    terminate: () => void w.terminate(),
  };
  w.on("message", (data) => {
    if (data && data.ready === true && ++readyCount === 2) workerReady();
    if (data && typeof data.heap === "number") {
      workerHeapPeaks[slot] = Math.max(workerHeapPeaks[slot], data.heap);
      workerHeapPeak = workerHeapPeaks[0] + workerHeapPeaks[1];
    } else like.onmessage?.({ data } as MessageEvent);
  });
  w.on("error", (e) => like.onerror?.({ message: String(e), preventDefault: () => undefined } as ErrorEvent));
  return like;
}

const MiB = (n: number) => `${Math.round(n / 1048576).toLocaleString("en-US")} MiB`;

async function main() {
  const t0 = performance.now();
  const double = createExcelDouble({ excelApi: "1.14", syncDelayMs: 0 });
  const restore = double.install();
  {
    const parsed = Papa.parse<string[]>(readFileSync(file, "utf8"), { skipEmptyLines: true, preview: rows + 1 }).data;
    double.workbook.addSheet(
      sheet.name,
      parsed.map((r, i) => (i === 0 ? r : r.map((c, j) => (sheet.numeric(j) ? Number(c) : c))))
    );
  }
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().heapUsed;
  process.stdout.write(
    `workbook: ${rows.toLocaleString("en-US")} ${sheet.what} rows in the double, ${MiB(baseline)} of heap (${((performance.now() - t0) / 1000).toFixed(1)} s to set up)\n`
  );
  const noWorker = () => {
    throw new Error("the engine's worker did not start");
  };
  const engine = pairedEngine(
    workerEngine(() => startWorker(0), noWorker),
    workerEngine(() => startWorker(1), noWorker)
  );
  const waited = new Map<string, number>();
  const call = engine.call.bind(engine);
  engine.call = (async (method: string, ...args: unknown[]) => {
    const start = performance.now();
    try {
      return await (call as (m: string, ...a: unknown[]) => Promise<unknown>)(method, ...args);
    } finally {
      waited.set(method, (waited.get(method) ?? 0) + performance.now() - start);
    }
  }) as typeof engine.call;
  const service = createExcelScoringService(undefined, { engine });
  if (!coldWorker) await ready;
  process.stdout.write(
    `worker: ${coldWorker ? "starting during Refresh" : "ready before Refresh"}; syncs: ${yieldPerSync ? "one macrotask each" : "resolved in a microtask (syncDelayMs 0)"}\n`
  );
  type Result = ReturnType<typeof stopMonitor> & {
    action: string;
    wall: number;
    waitedMs: number;
    peaks: Peaks;
    kept: number;
    workerHeap: number;
    read: number;
    written: number;
  };
  const results: Result[] = [];
  const run = async (action: string, fn: () => Promise<unknown>) => {
    await double.settleEvents();
    double.stats.reset();
    waited.clear();
    workerHeapPeaks.fill(0);
    workerHeapPeak = 0;
    startMonitor();
    const start = performance.now();
    await fn();
    const wall = performance.now() - start;
    const m = stopMonitor();
    await double.settleEvents();
    // What stays after a full GC: the double's workbook (with the flags now written: Excel's memory) and what the pane keeps.
    (globalThis as { gc?: () => void }).gc?.();
    const kept = process.memoryUsage().heapUsed;
    const waitedMs = [...waited.values()].reduce((a, b) => a + b, 0);
    results.push({ ...m, action, wall, waitedMs, peaks, kept, workerHeap: workerHeapPeak, read: double.stats.cellsRead, written: double.stats.cellsWritten });
    const engineText = [...waited].map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(", ");
    process.stdout.write(`${action}: ${(wall / 1000).toFixed(1)} s (waiting on the engine: ${engineText || "none"})\n`);
  };
  await run("Refresh (inspect)", () => service.inspect());
  await run("Score", () => service.score({ today: "2026-12-06" }));
  await run("Score again, anniversary changed", () => service.score({ today: "2026-12-06", anniversaries: anniversary }));
  await run("Explain tenants", () => service.explain({}));
  restore();

  process.stdout.write(
    `\n| action, ${rows.toLocaleString("en-US")} ${sheet.what} rows | wall | waiting on the worker | double's own work | longest pane task (double excluded) | pane tasks > 200 ms | heap peak | heap after GC | V8 heap total peak | process RSS peak | worker heap peak | cells read / written |\n` +
      `|---|---|---|---|---|---|---|---|---|---|---|---|\n`
  );
  for (const r of results)
    process.stdout.write(
      `| ${r.action} | ${(r.wall / 1000).toFixed(1)} s | ${(r.waitedMs / 1000).toFixed(1)} s | ${(r.doubleMs / 1000).toFixed(1)} s | ${Math.round(r.longest)} ms | ${r.over200} | ${MiB(r.peaks.heapUsed)} | ${MiB(r.kept)} | ${MiB(r.peaks.v8Total)} | ${MiB(r.peaks.rss)} | ${MiB(r.workerHeap)} | ${r.read.toLocaleString("en-US")} / ${r.written.toLocaleString("en-US")} |\n`
    );
  const score = results.find((r) => r.action === "Score")!;
  const again = results.find((r) => r.action.startsWith("Score again"))!;
  const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
  const longest = Math.max(...results.map((r) => r.longest));
  // The pane's own: each action's peak less what stays after it (the double's workbook, its flags included, is Excel's).
  const heap = Math.max(0, ...results.map((r) => r.peaks.heapUsed - Math.min(r.kept, r.peaks.heapUsed)));
  const flagCells = score.written - again.written;
  process.stdout.write(`\nthe double's workbook alone (Excel's memory, not the pane's): ${MiB(baseline)}\n\n| target | measured | |\n|---|---|---|\n`);
  process.stdout.write(`| Score ≤ 20 s | ${(score.wall / 1000).toFixed(1)} s | ${verdict(score.wall <= 20_000)} |\n`);
  process.stdout.write(
    `| longest pane task ≤ 200 ms | ${Math.round(longest)} ms (${results.reduce((s, r) => s + r.over200, 0)} tasks over) | ${verdict(longest <= 200)} |\n`
  );
  process.stdout.write(`| pane heap ≤ 600 MB (peak less the heap after GC, the double's workbook) | ${MiB(heap)} | ${verdict(heap <= 600 * 1e6)} |\n`);
  process.stdout.write(
    `| re-score writes only the summary | ${again.written.toLocaleString("en-US")} cells written (Score: ${score.written.toLocaleString("en-US")}) | ${verdict(flagCells >= rows && again.written < 5_000)} |\n`
  );
  const tasksFile = join(outDir, `pane-long-tasks-${azure ? "azure-" : ""}${rows}${yieldPerSync ? "-yield" : ""}.json`);
  writeFileSync(
    tasksFile,
    JSON.stringify(
      results.map((r) => ({ action: r.action, long: r.long })),
      null,
      1
    )
  );
  process.stdout.write(`\npane tasks over 200 ms (profile clock): ${tasksFile.slice(root.length + 1)}\n`);
  process.exit(0);
}

void main();

import { LAYOUTS, SUMMARY_SHEET, tenantSearch, type Scenario, type ScoreOptions } from "../engine";
import { readAnniversaries, saveAnniversaries } from "./anniversaries";
import { goToCell } from "./goToCell";
import type { CustomerLookup, ExplainedGroup, Progress, ScoreOutcome, ScoreRequest, ScoringService, TenantExplanations } from "../taskpane/service";
import { MORE_ROWS, type CustomerEffectRow, type NearMissRow } from "../taskpane/logic/explainGroups";
import { clearRuleOptions, readRuleOptions, saveRuleOptions, withRuleOptions, ruleOptionsOf } from "./ruleOptions";
import { exportAddress, findExports, type ExportLocation } from "./findExports";
import { exportName, readExport, type TableSink } from "./readExport";
import { EngineCancelled, type EngineClient } from "../worker/engineClient";
import { paneThreadEngine } from "../worker/paneThreadEngine";
import type { ExportRef } from "../worker/engineCore";
import { unpackFlagRows, type FlagRowSource, type FlagValue } from "./flagRows";
import { flagColumnPlan, planProblem, writeFlags, type WriteLog } from "./writeFlags";
import { createWriteMemory } from "./writeMemory";
import { checkWritable, ScoreWriteError } from "./targets";
import { planOwnSheet } from "./ownership";
import { splitFlagsNote } from "./csvInExcel";
import { SYNC_TIMEOUT_MS, syncWithin, type Sync } from "./watch";

// The summary and scenario sheets' writers (and their layouts) are needed only once there is something to
// write: a chunk of their own (sheet-writers.js), fetched then, not carried by the pane's page (issue 15).
const sheetWriters = () => import(/* webpackChunkName: "sheet-writers" */ "./sheetWriters");

/** A message for the pane: nothing in the workbook looks like an export. */
export class NoExportError extends Error {
  override name = "NoExportError";
  constructor() {
    super(
      `No Partner Center export found in this workbook. Open the contribution CSV downloaded from Partner Center Insights (or paste it into a sheet) with its header row intact. Expected headers: ${LAYOUTS.map(
        (l) =>
          `${l.title}: ${l.fields
            .filter((f) => f.required)
            .map((f) => f.headers[0])
            .join(", ")}`
      ).join("; ")}.`
    );
  }
}

type Report = (p: Progress) => void;

/** Rows go to the engine in batches: one message per batch, not per row. */
const ROWS_PER_MESSAGE = 2_000;

/** The collector's interface over the engine's messages: the rows travel as they are read. */
function engineSink(engine: EngineClient): TableSink {
  return {
    beginTable(name, { text = false } = {}) {
      engine.post("beginTable", name, text);
      let rows: unknown[][] = [];
      let numbers: number[] = [];
      const flush = () => {
        if (rows.length) engine.post("rows", name, rows, numbers);
        rows = [];
        numbers = [];
      };
      return {
        push(cells, row) {
          rows.push(cells as unknown[]);
          numbers.push(row);
          if (rows.length >= ROWS_PER_MESSAGE) flush();
        },
        end() {
          flush();
          engine.post("endTable", name);
        },
      };
    },
  };
}

/** What decides how exports are read: the same key, no edit since, and the engine still holds the parsed rows. */
function locationKey(exports: ExportLocation[]): string {
  return JSON.stringify(
    exports.map((e) => [e.sheet, e.layout, e.headerRow, e.firstCol, e.columns, e.lastRow, e.header, e.tableName ?? null, e.splitOn ?? null])
  );
}

/** Flag rows asked of the engine in one message: small enough to unpack without holding the pane's thread. */
const FLAG_ROWS_PER_MESSAGE = 25_000;

/** An export's flag rows from the engine, which keeps them: sizes first, then the rows of each block as it is written. */
function engineFlagRows(engine: EngineClient, file: string, headerRow: number, perMessage: number): FlagRowSource {
  return {
    sizes: (run, rows) => engine.call("flagRowSizes", file, headerRow, run, rows),
    prints: (run, blocks) =>
      engine.call(
        "flagPrints",
        file,
        headerRow,
        run,
        blocks.map(([start, end]) => [start, end])
      ),
    rows: async (run, start, end) => {
      const out: FlagValue[][] = [];
      for (let from = start; from < end; from += perMessage)
        for (const row of unpackFlagRows(await engine.call("flagRows", file, headerRow, run, from, Math.min(end, from + perMessage)))) out.push(row);
      return out;
    },
  };
}

function exportRefs(exports: ExportLocation[]): ExportRef[] {
  return exports.map((loc) => ({ name: exportName(loc), sheet: loc.sheet, address: exportAddress(loc), layout: loc.layout, tableName: loc.tableName }));
}

/**
 * WorksheetCollection.onChanged is ExcelApi 1.9, but only 1.14's triggerSource tells our own writes
 * (flag columns, our sheets) from the user's: below it every Score would void what is kept.
 */
function hasChangeEvents(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.14") === true;
}

/** The task pane's ScoringService on a real (or doubled) Excel: every office-js call lives under src/excel. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

// Resolved at call time so a double installed as globalThis.Excel (tests, playground) is picked up.
const excelRun: RunBatch = (batch) => Excel.run(batch);

/** The engine's options from the pane's request (the pane's extra fields are not score options). */
function scoreOptions(request: ScoreRequest): ScoreOptions {
  const { weights: _w, anniversary: _a, anniversaries: _as, today: _t, ...options } = request;
  return options;
}

/**
 * The engine's options for a request, with the rule options saved in the workbook ("Use these
 * options") in force: every score, simulation, history, Explain and calibration goes through here.
 */
async function optionsIn(context: Excel.RequestContext, request: ScoreRequest): Promise<ScoreOptions> {
  return withRuleOptions(scoreOptions(request), await readRuleOptions(context));
}

export interface ExcelServiceOptions {
  /** How long one read sync may take before the action gives up with a message (default 30 s). */
  syncTimeoutMs?: number;
  /** Where parsing and scoring run: the pane passes a Web Worker (startEngine); default this thread. */
  engine?: EngineClient;
  /** Flag rows per message from the engine (tests lower it to see several slices on small data). */
  flagRowsPerMessage?: number;
}

export function createExcelScoringService(
  run: RunBatch = excelRun,
  { syncTimeoutMs = SYNC_TIMEOUT_MS, engine = paneThreadEngine(), flagRowsPerMessage = FLAG_ROWS_PER_MESSAGE }: ExcelServiceOptions = {}
): ScoringService {
  // What the user does after a time-out depends on the action that timed out.
  const inspectSync = syncWithin(syncTimeoutMs, "Refresh to try again");
  const scoreSync = syncWithin(syncTimeoutMs, "Score again to try again");
  const readSync = syncWithin(syncTimeoutMs, "try again");
  // Where the last inspect or score found each export: its warnings' rows and columns are on those (Go to cell).
  let located: ExportLocation[] = [];
  // The exports the engine has parsed, kept while nobody edits the workbook: later actions read nothing again.
  let held: { key: string; generation: number; notes: string[] } | null = null;
  // Edits by the user (or another add-in) seen since the pane started; an edit during a read voids that read.
  let edits = 0;
  let watching: "not yet" | "yes" | "unavailable" = "not yet";
  // What the flag columns last received, by block fingerprint: a re-score writes only the blocks that changed.
  const memory = createWriteMemory();
  let lastKey: string | null = null;
  // The last flags written in full: which computation, after how many edits, beside which exports, where.
  let lastWrite: { version: number; edits: number; key: string | null; ranges: string[] } | null = null;
  const onChanged = async (event: Excel.WorksheetChangedEventArgs) => {
    // Our own writes (flag columns, our sheets) change no export; every other edit may, and may touch our columns.
    if ((event as { triggerSource?: string }).triggerSource === "ThisLocalAddin") return;
    edits++;
    held = null;
    memory.forgetAll();
  };

  /**
   * Listens for edits, once: the handler goes with the next sync (finding the exports). Where the host
   * cannot say who made an edit (before ExcelApi 1.14), nothing is kept between actions.
   */
  const watch = (context: Excel.RequestContext): (() => void) => {
    if (watching !== "not yet") return () => undefined;
    if (!hasChangeEvents()) {
      watching = "unavailable";
      return () => undefined;
    }
    context.workbook.worksheets.onChanged.add(onChanged);
    return () => {
      watching = "yes";
    };
  };

  /**
   * Finds every export and has the engine parse it, unless the engine still holds these exports
   * unedited. `notes`: how exports were read (a CSV split in memory, months read back), for the pane.
   */
  const readAll = async (context: Excel.RequestContext, sync: Sync, onProgress?: Report, signal?: AbortSignal) => {
    const watched = watch(context);
    const exports = await findExports(context, sync);
    watched();
    if (!exports.length) throw new NoExportError();
    located = exports;
    const key = locationKey(exports);
    // An export that moved or grew: what was written beside it before says nothing about its rows now.
    if (key !== lastKey) memory.forgetAll();
    lastKey = key;
    if (watching === "yes" && held?.key === key && held.generation === engine.generation) return { exports, notes: held.notes };
    held = null;
    const editsBefore = edits;
    const generation = engine.generation;
    engine.post("begin");
    const notes: string[] = [];
    const sink = engineSink(engine);
    for (const loc of exports)
      notes.push(...(await readExport(context, loc, sink, { sync, signal, onBlock: (done, total) => onProgress?.({ stage: "reading", done, total }) })));
    await engine.call("finish");
    if (edits === editsBefore && engine.generation === generation) held = { key, generation, notes };
    return { exports, notes };
  };

  const simulateIn = async (context: Excel.RequestContext, request: ScoreRequest, scenario: Scenario) => {
    await readAll(context, readSync);
    return engine.call("simulate", await optionsIn(context, request), scenario);
  };

  const score = async (context: Excel.RequestContext, request: ScoreRequest, onProgress?: Report, signal?: AbortSignal): Promise<ScoreOutcome> => {
    // The sheet writers are fetched while the exports are read and scored (the first Score's only wait for them).
    const writers = sheetWriters();
    writers.catch(() => undefined);
    const { exports } = await readAll(context, scoreSync, onProgress, signal);
    const saved = await readRuleOptions(context);
    const cancelled = () => {
      if (signal?.aborted) throw new EngineCancelled();
    };
    onProgress?.({ stage: "scoring", done: 0, total: 1 });
    cancelled();
    const computed = await engine.call("score", request, await withRuleOptions(scoreOptions(request), saved)).catch((error: unknown) => {
      cancelled();
      throw error;
    });
    // Fetched before anything is written: writers that cannot be loaded leave the workbook as it was.
    const { writeSummary } = await writers;
    // From here on the workbook is written: Cancel no longer applies, and the pane stops offering it
    // (canCancel) before the syncs that plan the writes.
    cancelled();
    onProgress?.({ stage: "writing-flags", done: 0, total: 1 });
    const { outcome, summaryReport, extra, flags, flagsVersion } = computed;
    // Plan every write, and check its targets, before writing anything: no half-done run.
    const writeNotes: string[] = [];
    const flagged = exports.flatMap((loc) => {
      const table = summaryReport.flagTables?.find((t) => t.layout === loc.layout);
      if (!table) return [];
      // A CSV Excel left in one column: its cells are whole lines, flags beside them would not line up.
      if (loc.splitOn) {
        writeNotes.push(splitFlagsNote(loc.sheet));
        return [];
      }
      const plan = flagColumnPlan(loc, table);
      const problem = planProblem(loc, plan);
      if (problem) writeNotes.push(problem);
      return problem ? [] : [{ loc, plan }];
    });
    // The flags of the score last written, unedited since and every column where it was: only the summary changes (a new anniversary, weights).
    const sameFlags =
      watching === "yes" &&
      lastWrite?.version === flagsVersion &&
      lastWrite.edits === edits &&
      lastWrite.key === lastKey &&
      flagged.every(({ plan }) => plan.columns.every((c) => c.reused) && !plan.stale.length);
    const summaryPlan = await planOwnSheet(context, "SPD_Summary", SUMMARY_SHEET);
    if (summaryPlan.note) writeNotes.push(summaryPlan.note);
    await checkWritable(
      context,
      flagged.map((f) => f.loc.sheet),
      summaryPlan.existing ? [summaryPlan.name] : []
    );
    const log: WriteLog = { done: [] };
    const ruleOptions = { options: saved ? (await ruleOptionsOf(saved)).options : [], from: saved ? "Calibrate" : undefined };
    // Where a write is still refused midway, the message says what was written and where; a
    // second Score repairs it, rewriting its own columns (found by their markers) and the summary.
    let summarySheet: string;
    let step = "";
    const finished = new Set<string>();
    try {
      for (const { loc, plan } of sameFlags ? [] : flagged) {
        step = `the flag columns on "${loc.sheet}"`;
        await writeFlags(
          context,
          loc,
          plan,
          flags.some((f) => f.file === exportName(loc)) ? engineFlagRows(engine, exportName(loc), loc.headerRow, flagRowsPerMessage) : new Map(),
          log,
          (done, total) => onProgress?.({ stage: "writing-flags", done, total }),
          // Without edit events we cannot know the cells are still what we wrote: write them all.
          watching === "yes" ? memory : undefined
        );
        finished.add(loc.sheet);
      }
      onProgress?.({ stage: "writing-summary", done: 0, total: 1 });
      step = `the "${summaryPlan.name}" sheet`;
      summarySheet = await writeSummary(context, summaryPlan, summaryReport, exports.map(exportAddress), { ...extra, ruleOptions });
    } catch (e) {
      lastWrite = null;
      const pending = (sameFlags ? [] : flagged).filter(({ loc }) => !finished.has(loc.sheet)).map(({ loc }) => `the flag columns on "${loc.sheet}"`);
      const summary =
        sameFlags || finished.size === flagged.length
          ? `the "${summaryPlan.name}" sheet (missing or incomplete)`
          : `the "${summaryPlan.name}" sheet (not updated: any earlier one is as it was)`;
      throw new ScoreWriteError(step, log, [...pending, summary], e);
    }
    if (sameFlags) log.done.push(...lastWrite!.ranges);
    else lastWrite = { version: flagsVersion, edits, key: lastKey, ranges: [...log.done] };
    return { ...outcome, flagRanges: log.done, writeNotes, summarySheet };
  };

  return {
    inspect: (onProgress) =>
      run(async (context) => {
        const { exports, notes } = await readAll(context, inspectSync, onProgress);
        return engine.call("summarise", exportRefs(exports), notes);
      }),
    score: (request, onProgress, signal) => {
      if (signal?.aborted) return Promise.reject(new EngineCancelled());
      // Cancel stops the engine at once (a worker is ended); the read stops before its next block.
      const stop = () => engine.cancel();
      signal?.addEventListener("abort", stop);
      return run((context) => score(context, request, onProgress, signal)).finally(() => signal?.removeEventListener("abort", stop));
    },
    simulate: (request, scenario) => run((context) => simulateIn(context, request, scenario)),
    explain: (request, onGroup) =>
      run(async (context): Promise<TenantExplanations> => {
        await readAll(context, readSync);
        const options = await optionsIn(context, request);
        const plan = await engine.call("explainPlan");
        // Asked for all at once: two engines explain a group each, and each group shows as soon as it
        // and the near misses (found once, with every designation scored) are done.
        const nearMisses = engine.call(
          "explainNearMisses",
          options,
          plan.groups.map((g) => g.ids)
        );
        // Awaited by each group below; a failure with no group left to wait is not an unhandled one.
        nearMisses.catch(() => undefined);
        const groups = await Promise.all(
          plan.groups.map(async ({ name, ids }, index) => {
            const customers = await engine.call("explainGroup", options, ids);
            const group: ExplainedGroup = { name, ids, ...customers, ...(await nearMisses)[index] };
            onGroup?.(group, index, plan.groups.length);
            return group;
          })
        );
        return {
          tenants: plan.tenants,
          groups,
          moreCustomers: async (group, from) => (await engine.call("explainMore", group.ids, "customers", from, MORE_ROWS)) as CustomerEffectRow[],
          moreNearMisses: async (group, from) => (await engine.call("explainMore", group.ids, "nearMisses", from, MORE_ROWS)) as NearMissRow[],
        };
      }),
    customers: (request) =>
      run(async (context): Promise<CustomerLookup> => {
        await readAll(context, readSync);
        const { tenants } = await engine.call("customers", await optionsIn(context, request));
        return {
          tenants,
          search: tenantSearch(tenants),
          eligibility: (key) => engine.call("customerEligibility", key),
          explain: (key) => engine.call("customerExplain", key),
        };
      }),
    saveScenario: (request, scenario) =>
      run(async (context) => {
        const { writeScenarioSheet } = await sheetWriters();
        return writeScenarioSheet(context, await simulateIn(context, request, scenario));
      }),
    savedScenarios: () => run(async (context) => (await sheetWriters()).readSavedScenarios(context)),
    calibrate: (request, observed) =>
      run(async (context) => {
        await readAll(context, readSync);
        return engine.call("calibrate", await optionsIn(context, request), observed);
      }),
    ruleOptions: () =>
      run(async (context) => {
        const saved = await readRuleOptions(context);
        return saved && ruleOptionsOf(saved);
      }),
    useRuleOptions: (calibration) => run((context) => saveRuleOptions(context, calibration)),
    clearRuleOptions: () => run((context) => clearRuleOptions(context)),
    goToCell: (target) => run((context) => goToCell(context, target, readSync, located)),
    anniversaries: () => run((context) => readAnniversaries(context)),
    saveAnniversaries: (anniversaries) => run((context) => saveAnniversaries(context, anniversaries)),
  };
}

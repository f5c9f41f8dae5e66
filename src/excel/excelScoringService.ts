import {
  DESIGNATIONS,
  InputCollector,
  LAYOUTS,
  SUMMARY_SHEET,
  formatMonth,
  insights,
  needsOf,
  parseIsoMonth,
  scoreDesignations,
  simulate,
  simulatorCatalogue,
  type DesignationModule,
  type ParsedInput,
  type RowFlags,
  type Scenario,
  type ScoreOptions,
} from "../engine";
import { explainTenants, findNearMisses, calibrate, observableMetrics, tenantList } from "../engine";
import { customerLookup, skillingEligibility } from "../engine";
import { monthsWithoutData } from "../engine";
import { readAnniversaries, saveAnniversaries } from "./anniversaries";
import { readSavedScenarios, writeScenarioSheet } from "./scenarioSheet";
import { goToCell } from "./goToCell";
import type { CertificationLevel, Progress, ScoreOutcome, ScoreRequest, ScoringService, WorkbookSummary } from "../taskpane/service";
import { clearRuleOptions, readRuleOptions, saveRuleOptions, withRuleOptions, ruleOptionsOf } from "./ruleOptions";
import { exportAddress, findExports, type ExportLocation } from "./findExports";
import { exportName, readExport } from "./readExport";
import { flagColumnPlan, planProblem, writeFlags, type WriteLog } from "./writeFlags";
import { checkWritable, ScoreWriteError } from "./targets";
import { writeSummary } from "./writeSummary";
import { planOwnSheet } from "./ownership";
import { splitFlagsNote } from "./csvInExcel";
import { SYNC_TIMEOUT_MS, syncWithin, type Sync } from "./watch";

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

/**
 * Finds and reads every export, each sync bounded by `sync`'s time-out. `notes`: how exports were read
 * (a CSV split in memory, months read back), for the pane.
 */
async function readAll(
  context: Excel.RequestContext,
  sync: Sync,
  onProgress?: Report
): Promise<{ exports: ExportLocation[]; input: ParsedInput; notes: string[] }> {
  const exports = await findExports(context, sync);
  if (!exports.length) throw new NoExportError();
  const collector = new InputCollector();
  const notes: string[] = [];
  for (const loc of exports)
    notes.push(...(await readExport(context, loc, collector, { sync, onBlock: (done, total) => onProgress?.({ stage: "reading", done, total }) })));
  return { exports, input: collector.result(), notes };
}

function summarise(exports: ExportLocation[], input: ParsedInput, notes: string[]): WorkbookSummary {
  const monthSet = new Set(input.usage.records.map((r) => r.month));
  for (const data of [input.azure, input.bizAppsUsage, input.bizAppsRevenue]) for (const r of data?.records ?? []) monthSet.add(r.month);
  const months = [...monthSet].sort((a, b) => a - b);
  return {
    exports: exports.map((loc) => ({
      sheet: loc.sheet,
      address: exportAddress(loc),
      layout: loc.layout,
      rows: input.tables.find((t) => t.name === exportName(loc))?.rows ?? 0,
      tableName: loc.tableName,
    })),
    // Tenant ids are GUIDs, case-insensitive: one tenant spelled two ways in two exports is one tenant.
    tenants: new Set([input.usage, input.azure, input.bizAppsUsage, input.bizAppsRevenue].flatMap((d) => d?.tenants.map((t) => t.key.toLowerCase()) ?? []))
      .size,
    months: months.map(formatMonth),
    latestMonth: months.length ? formatMonth(months[months.length - 1]) : null,
    hasSkilling: input.skilling !== null,
    skippedRows: input.tables.reduce((n, t) => n + t.skipped, 0),
    designations: DESIGNATIONS.map((d) => ({ id: d.id, name: d.name, needs: needsOf(d, input), levels: certificationLevels(d) })),
    notes,
    monthsWithoutData: monthsWithoutData(input, months.map(formatMonth)),
  };
}

function certificationLevels(scorer: DesignationModule): CertificationLevel[] {
  const has = (level: CertificationLevel) => scorer.ruleSets.some((r) => r.tracks.some((t) => t.metrics.some((m) => m.id === `${level}-certifications`)));
  return (["intermediate", "advanced"] as const).filter(has);
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
}

export function createExcelScoringService(run: RunBatch = excelRun, { syncTimeoutMs = SYNC_TIMEOUT_MS }: ExcelServiceOptions = {}): ScoringService {
  // What the user does after a time-out depends on the action that timed out.
  const inspectSync = syncWithin(syncTimeoutMs, "Refresh to try again");
  const scoreSync = syncWithin(syncTimeoutMs, "Score again to try again");
  const readSync = syncWithin(syncTimeoutMs, "try again");
  // Where the last inspect or score found each export: its warnings' rows and columns are on those (Go to cell).
  let located: ExportLocation[] = [];
  const simulateIn = async (context: Excel.RequestContext, request: ScoreRequest, scenario: Scenario) => {
    const { input } = await readAll(context, readSync);
    return simulate(input, await optionsIn(context, request), scenario);
  };
  return {
    inspect: (onProgress) =>
      run(async (context) => {
        const { exports, input, notes } = await readAll(context, inspectSync, onProgress);
        located = exports;
        return summarise(exports, input, notes);
      }),
    score: (request: ScoreRequest, onProgress) =>
      run(async (context): Promise<ScoreOutcome> => {
        const { exports, input } = await readAll(context, scoreSync, onProgress);
        located = exports;
        const saved = await readRuleOptions(context);
        onProgress?.({ stage: "scoring", done: 0, total: 1 });
        const options = withRuleOptions(scoreOptions(request), saved);
        const result = scoreDesignations(input, { ...options, rows: true });
        const extra = insights(input, options, result, {
          weights: request.weights,
          anniversary: request.anniversary,
          anniversaries: request.anniversaries,
          today: request.today,
        });
        const bySheet = new Map<string, Map<number, RowFlags>>();
        for (const f of result.report.rows ?? []) {
          if (!bySheet.has(f.file)) bySheet.set(f.file, new Map());
          bySheet.get(f.file)!.set(f.row, f);
        }
        // Plan every write, and check its targets, before writing anything: no half-done run.
        const writeNotes: string[] = [];
        const flagged = exports.flatMap((loc) => {
          const table = result.report.flagTables?.find((t) => t.layout === loc.layout);
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
        const summaryPlan = await planOwnSheet(context, "SPD_Summary", SUMMARY_SHEET);
        if (summaryPlan.note) writeNotes.push(summaryPlan.note);
        await checkWritable(
          context,
          flagged.map((f) => f.loc.sheet),
          summaryPlan.existing ? [summaryPlan.name] : []
        );
        const log: WriteLog = { done: [] };
        const ruleOptions = { options: saved ? ruleOptionsOf(saved).options : [], from: saved ? "Calibrate" : undefined };
        // Where a write is still refused midway, the message says what was written and where; a
        // second Score repairs it, rewriting its own columns (found by their markers) and the summary.
        let summarySheet: string;
        let step = "";
        const finished = new Set<string>();
        try {
          for (const { loc, plan } of flagged) {
            step = `the flag columns on "${loc.sheet}"`;
            await writeFlags(context, loc, plan, bySheet.get(exportName(loc)) ?? new Map(), log, (done, total) =>
              onProgress?.({ stage: "writing-flags", done, total })
            );
            finished.add(loc.sheet);
          }
          onProgress?.({ stage: "writing-summary", done: 0, total: 1 });
          step = `the "${summaryPlan.name}" sheet`;
          summarySheet = await writeSummary(context, summaryPlan, result.report, exports.map(exportAddress), { ...extra, ruleOptions });
        } catch (e) {
          const pending = flagged.filter(({ loc }) => !finished.has(loc.sheet)).map(({ loc }) => `the flag columns on "${loc.sheet}"`);
          const summary =
            finished.size === flagged.length
              ? `the "${summaryPlan.name}" sheet (missing or incomplete)`
              : `the "${summaryPlan.name}" sheet (not updated: any earlier one is as it was)`;
          throw new ScoreWriteError(step, log, [...pending, summary], e);
        }
        const flagRanges = log.done;
        const { rows: _rows, ...report } = result.report;
        const { m365Workloads, azureServices, bizAppsWorkloads, certifications } = simulatorCatalogue(parseIsoMonth(report.asOf)!);
        const { recommendations, paths, history, renewal } = extra;
        return {
          report,
          flagRanges,
          writeNotes,
          summarySheet,
          recommendations,
          paths,
          history: history!,
          renewal,
          catalogue: { m365Workloads, azureServices, bizAppsWorkloads, certifications },
          observable: observableMetrics(result),
          tenants: tenantList(input),
          skilling: skillingEligibility(input, result),
        };
      }),
    simulate: (request, scenario) => run((context) => simulateIn(context, request, scenario)),
    explain: (request) =>
      run(async (context) => {
        const { input } = await readAll(context, readSync);
        const options = await optionsIn(context, request);
        const base = scoreDesignations(input, options);
        return { ...explainTenants(input, { ...options, base }), nearMisses: findNearMisses(input, { ...options, base }).nearMisses };
      }),
    customers: (request) =>
      run(async (context) => {
        const { input } = await readAll(context, readSync);
        return customerLookup(input, await optionsIn(context, request));
      }),
    saveScenario: (request, scenario) => run(async (context) => writeScenarioSheet(context, await simulateIn(context, request, scenario))),
    savedScenarios: () => run((context) => readSavedScenarios(context)),
    calibrate: (request, observed) =>
      run(async (context) => {
        const { input } = await readAll(context, readSync);
        return calibrate(input, observed, await optionsIn(context, request));
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

import {
  DESIGNATIONS,
  DESIGNATION_SHORT_NAMES,
  InputCollector,
  exportsOf,
  tenantDirectory,
  type DesignationId,
  calibrate,
  customerLookup,
  explainTenants,
  findNearMisses,
  formatMonth,
  insights,
  monthsWithoutData,
  needsOf,
  optionsFor,
  observableMetrics,
  parseIsoMonth,
  scoreDesignations,
  scoreWithFlagCells,
  type FileFlagCells,
  scoreHistory,
  simulate,
  simulatorCatalogue,
  skillingEligibility,
  tenantList,
  type DesignationModule,
  type Insights,
  type LayoutId,
  type Observation,
  type ParsedInput,
  type Report,
  type Scenario,
  type ScoreHistory,
  type ScoreOptions,
  type TableFeed,
  type CustomerLookup,
  type TenantRef,
  type ScoreAllResult,
  type ObservableCatalogue,
  type SkillingEligibility,
  exportColumns,
  TENANT_EXPORTS,
} from "../engine";
import { flagRowsOf, type FlagRunSpec, type PackedFlagRows } from "../excel/flagRows";
import type { CertificationLevel, ExplainedGroup, ScoreOutcome, ScoreRequest, WorkbookSummary } from "../taskpane/service";
import { customerRows, firstCustomers, firstNearMisses, nearMissRows, type CustomerEffectRow, type NearMissRow } from "../taskpane/logic/explainGroups";
import { azureTogether } from "../taskpane/logic/designationGroups";

/**
 * The engine's side of the pane: the parsed exports, kept between actions, and every computation the
 * pane asks for. It runs in a Web Worker in the pane (engine.worker.ts) so a million rows never block
 * Excel's pane thread, and in the same thread in tests and the CLI-free Node checks (localEngine).
 * Everything in and out is plain data: it crosses the worker boundary by structured clone.
 */

/** An export as the adapter found it: what the engine side needs of it. */
export interface ExportRef {
  /** The name its rows are read under (the sheet), as in warnings and row flags. */
  name: string;
  sheet: string;
  address: string;
  layout: LayoutId;
  tableName?: string;
}

/** What Score computes: the outcome for the pane, what the summary sheet needs, and the cells to write. */
export interface ScoreComputed {
  outcome: Omit<ScoreOutcome, "flagRanges" | "writeNotes" | "summarySheet">;
  /** The report with its flag tables (not its rows), for the summary sheet. */
  summaryReport: Report;
  extra: Insights;
  /**
   * Per export, how many rows have flags: the cells themselves are asked for in slices (flagSlice), so
   * a million rows never arrive on the pane's thread as one message to unpack.
   */
  flags: { file: string; layout: LayoutId; rows: number }[];
  /** Which computation the flag cells come from: the same number, the same cells as that score's. */
  flagsVersion: number;
}

// Never reused, even after a new read: a version names one computation of flag cells.
let flagVersions = 0;

export type EngineCore = ReturnType<typeof createEngineCore>;

function certificationLevels(scorer: DesignationModule): CertificationLevel[] {
  const has = (level: CertificationLevel) => scorer.ruleSets.some((r) => r.tracks.some((t) => t.metrics.some((m) => m.id === `${level}-certifications`)));
  return (["intermediate", "advanced"] as const).filter(has);
}

export function createEngineCore() {
  let collector: InputCollector | null = null;
  const feeds = new Map<string, TableFeed>();
  let input: ParsedInput | null = null;
  // The six history months score the input six times: kept while the data and the options are the same.
  let history: { key: string; value: ScoreHistory } | null = null;
  // The last score, its flag cells and views, kept while the data and the options are the same.
  let scored: {
    key: string;
    version: number;
    result: ScoreAllResult;
    flagged: FileFlagCells[];
    observable: ObservableCatalogue;
    tenants: TenantRef[];
    skilling: SkillingEligibility | undefined;
  } | null = null;
  // Explain's groups, every row of each, by their designations: the pane asks for them a page at a time.
  const explainedCustomers = new Map<string, CustomerEffectRow[]>();
  const explainedNearMisses = new Map<string, NearMissRow[]>();
  // The customer view's lookup: its customers' criteria and effects are asked for one at a time.
  let lookup: CustomerLookup | null = null;
  /** Scorings of the whole input since it was read (tests check caching through it). */
  let scorings = 0;

  const parsed = (): ParsedInput => {
    if (!input) throw new Error("No export has been read yet: Refresh the pane to read the workbook.");
    return input;
  };
  // The last score's flag rows of a file, made when first asked for and kept for the calls that follow
  // (sizes, then prints, then blocks): its index by sheet row (-1: none) is a typed array, as a Map of a
  // million rows took a second to build, and sizing a run hashes its rows for the prints.
  let flagSource: { key: string; rows: ReturnType<typeof flagRowsOf> } | null = null;
  const flagRowsIn = (file: string, headerRow: number) => {
    const f = scored?.flagged.find((x) => x.file === file);
    if (!f) throw new Error(`No flags of "${file}" in the last score: Score again.`);
    const key = `${scored!.version}\u0000${file}\u0000${headerRow}`;
    if (flagSource?.key === key) return flagSource.rows;
    let last = 0;
    for (const row of f.rows) if (row > last) last = row;
    const at = new Int32Array(last + 1).fill(-1);
    for (let i = 0; i < f.rows.length; i++) at[f.rows[i]] = i;
    const rows = flagRowsOf((sheetRow) => {
      const i = sheetRow < at.length ? at[sheetRow] : -1;
      return i < 0 ? undefined : f.cells[i];
    }, headerRow);
    flagSource = { key, rows };
    return rows;
  };
  const customersRead = (): CustomerLookup => {
    if (!lookup) throw new Error("The customers are no longer read: open Customer eligibility again.");
    return lookup;
  };
  const historyOf = (data: ParsedInput, options: ScoreOptions): ScoreHistory => {
    const key = JSON.stringify(options);
    if (history?.key !== key) {
      history = { key, value: scoreHistory(data, { ...options, rows: false }) };
      scorings += 6;
    }
    return history.value;
  };

  // The score with its row flags, kept while the data and the options are the same.
  const scoredWith = (data: ParsedInput, options: ScoreOptions) => {
    const key = JSON.stringify(options);
    if (scored?.key !== key) {
      // The flags as cells to write, made without a merged row object each (a million rows' garbage).
      // The last score's flag rows go first: two scores' cells at once would double the heap.
      scored = null;
      flagSource = null;
      const { result: kept, files } = scoreWithFlagCells(data, options);
      scorings++;
      scored = {
        key,
        version: ++flagVersions,
        result: kept,
        flagged: files,
        observable: observableMetrics(kept),
        tenants: tenantList(data),
        skilling: skillingEligibility(data, kept),
      };
    }
    return scored!;
  };

  return {
    /** Starts a new read: what was parsed before is dropped. */
    begin(): void {
      collector = new InputCollector();
      feeds.clear();
      input = null;
      history = null;
      lookup = null;
      explainedCustomers.clear();
      explainedNearMisses.clear();
      flagSource = null;
      scored = null;
    },
    beginTable(name: string, text: boolean): void {
      if (!collector) throw new Error("beginTable before begin");
      feeds.set(name, collector.beginTable(name, { text }));
    },
    /** Rows of a table, each with its sheet row number. */
    rows(name: string, rows: readonly (readonly unknown[])[], rowNumbers: readonly number[]): void {
      const feed = feeds.get(name);
      if (!feed) throw new Error(`rows for "${name}" before beginTable`);
      for (let i = 0; i < rows.length; i++) feed.push(rows[i], rowNumbers[i]);
    },
    endTable(name: string): void {
      feeds.get(name)?.end();
      feeds.delete(name);
    },
    finish(): void {
      if (!collector) throw new Error("finish before begin");
      input = collector.result();
      collector = null;
      scorings = 0;
    },
    /** Whether a read has finished and its input is kept. */
    hasInput(): boolean {
      return input !== null;
    },
    scorings(): number {
      return scorings;
    },

    summarise(exports: ExportRef[], notes: string[]): WorkbookSummary {
      const data = parsed();
      const monthSet = new Set<number>();
      for (const exp of TENANT_EXPORTS) {
        const rows = exportColumns(data, exp);
        if (rows) for (let i = 0; i < rows.length; i++) monthSet.add(rows.month[i]);
      }
      const months = [...monthSet].sort((a, b) => a - b);
      return {
        exports: exports.map((e) => ({
          sheet: e.sheet,
          address: e.address,
          layout: e.layout,
          rows: data.tables.find((t) => t.name === e.name)?.rows ?? 0,
          tableName: e.tableName,
        })),
        // Tenant ids are GUIDs, case-insensitive: one tenant spelled two ways in two exports is one tenant.
        tenants: new Set([data.usage, data.azure, data.bizAppsUsage, data.bizAppsRevenue].flatMap((d) => d?.tenants.map((t) => t.key.toLowerCase()) ?? []))
          .size,
        months: months.map(formatMonth),
        latestMonth: months.length ? formatMonth(months[months.length - 1]) : null,
        hasSkilling: data.skilling !== null,
        skippedRows: data.tables.reduce((n, t) => n + t.skipped, 0),
        designations: DESIGNATIONS.map((d) => ({ id: d.id, name: d.name, needs: needsOf(d, data), levels: certificationLevels(d) })),
        notes,
        monthsWithoutData: monthsWithoutData(data, months.map(formatMonth)),
      };
    },

    /** Scores the rows (the heavy part of score), so that a helper engine can score the history meanwhile. */
    prepareScore(options: ScoreOptions): void {
      scoredWith(parsed(), options);
    },
    /** The six history months: asked of a second engine while this one scores the rows (pairedEngine). */
    history: (options: ScoreOptions): ScoreHistory => historyOf(parsed(), options),

    /**
     * `options`: the request's score options with the workbook's saved rule options in force; `history`:
     * the history months when another engine scored them.
     */
    score(request: ScoreRequest, options: ScoreOptions, history?: ScoreHistory): ScoreComputed {
      const data = parsed();
      const { result, version, observable, tenants, skilling, flagged } = scoredWith(data, options);
      const extra = insights(data, options, result, {
        weights: request.weights,
        anniversary: request.anniversary,
        anniversaries: request.anniversaries,
        today: request.today,
        history: history ?? historyOf(data, options),
      });
      const report = result.report;
      const { m365Workloads, azureServices, bizAppsWorkloads, certifications } = simulatorCatalogue(parseIsoMonth(report.asOf)!);
      const { recommendations, paths, history: months, renewal } = extra;
      return {
        outcome: {
          report,
          recommendations,
          paths,
          history: months!,
          renewal,
          catalogue: { m365Workloads, azureServices, bizAppsWorkloads, certifications },
          observable,
          tenants,
          skilling,
        },
        summaryReport: report,
        extra,
        flags: flagged.map((f) => ({ file: f.file, layout: f.layout, rows: f.rows.length })),
        flagsVersion: version,
      };
    },
    /** The JSON length of each data row of a run of `file`'s flag columns (writeFlags sizes its blocks by them). */
    flagRowSizes: (file: string, headerRow: number, run: FlagRunSpec, rows: number): number[] => flagRowsIn(file, headerRow).sizes(run, rows),
    /** Data rows start to end of a run of `file`'s flag columns, as they are written, packed for the message. */
    flagRows: (file: string, headerRow: number, run: FlagRunSpec, start: number, end: number): PackedFlagRows =>
      flagRowsIn(file, headerRow).packedRows(run, start, end),
    /** A fingerprint of each block's data rows of a run of `file`'s flag columns (writeFlags skips the unchanged). */
    flagPrints: (file: string, headerRow: number, run: FlagRunSpec, blocks: [number, number][]): string[] => flagRowsIn(file, headerRow).prints(run, blocks),
    simulate: (options: ScoreOptions, scenario: Scenario) => simulate(parsed(), options, scenario),
    /**
     * What Explain will explain, without scoring: the groups of scored designations (the Azure three as
     * one), each explained by explainGroup (two engines take a group each), and the customers in them.
     */
    explainPlan(): { tenants: number; groups: { name: string; ids: DesignationId[] }[] } {
      const data = parsed();
      const scored = DESIGNATIONS.filter((d) => needsOf(d, data) === null);
      const read = new Set(scored.flatMap((d) => exportsOf(d.id)));
      const tenants = tenantDirectory(data, { records: false }).entries.filter((e) => e.ref.exports.some((x) => read.has(x))).length;
      const groups = azureTogether(
        scored,
        (d) => d.id,
        (d) => DESIGNATION_SHORT_NAMES[d.id]
      );
      return { tenants, groups: groups.map((g) => ({ name: g.name, ids: g.ids })) };
    },
    /** One group's customers by effect: the first rows; the rest are kept for explainMore. */
    explainGroup(options: ScoreOptions, ids: DesignationId[]): Pick<ExplainedGroup, "customers" | "customerCount"> {
      const data = parsed();
      // Only the group's own rule options: scoring these designations alone must not fail on another's.
      const base = scoreDesignations(data, { ...options, designations: ids, options: optionsFor(options.options ?? [], ids) });
      scorings++;
      const rows = customerRows(explainTenants(data, { ...options, base }).designations);
      explainedCustomers.set(ids.join(","), rows);
      return firstCustomers(rows);
    },
    /** The near misses of every group, found with every designation scored: the first of each; the rest kept for explainMore. */
    explainNearMisses(options: ScoreOptions, groups: DesignationId[][]): Pick<ExplainedGroup, "nearMisses" | "nearMissCount">[] {
      const data = parsed();
      const base = scoreDesignations(data, options);
      scorings++;
      const found = findNearMisses(data, { ...options, base }).nearMisses;
      return groups.map((ids) => {
        const rows = nearMissRows(found, ids);
        explainedNearMisses.set(ids.join(","), rows);
        return firstNearMisses(rows);
      });
    },
    /** More rows of a group explained last: `count` from `from`. */
    explainMore(ids: DesignationId[], list: "customers" | "nearMisses", from: number, count: number): (CustomerEffectRow | NearMissRow)[] {
      const rows = (list === "customers" ? explainedCustomers : explainedNearMisses).get(ids.join(","));
      if (!rows) throw new Error("The explanation is no longer kept: press Explain tenants again.");
      return rows.slice(from, from + count);
    },
    /** The customer view: its customers now, each one's criteria and effects when asked for. */
    customers(options: ScoreOptions): { tenants: readonly TenantRef[] } {
      lookup = customerLookup(parsed(), options);
      return { tenants: lookup.tenants };
    },
    customerEligibility: (key: string) => customersRead().eligibility(key),
    customerExplain: (key: string) => customersRead().explain(key),
    calibrate: (options: ScoreOptions, observed: Observation[]) => calibrate(parsed(), observed, options),
  };
}

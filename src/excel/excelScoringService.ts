import { DESIGNATIONS, InputCollector, LAYOUTS, formatMonth, scoreDesignations, type DesignationScorer, type ParsedInput, type RowFlags } from "../engine";
import type { CertificationLevel, Progress, ScoreOutcome, ScoreRequest, ScoringService, WorkbookSummary } from "../taskpane/service";
import { exportAddress, findExports, type ExportLocation } from "./findExports";
import { exportName, readExport } from "./readExport";
import { writeFlags } from "./writeFlags";
import { writeSummary } from "./writeSummary";

/** A message for the pane: nothing in the workbook looks like an export. */
export class NoExportError extends Error {
  override name = "NoExportError";
  constructor() {
    super(
      `No Partner Center export found in this workbook. Open the contribution CSV downloaded from Partner Center Insights (or paste it into a sheet) with its header row intact. Expected headers: ${LAYOUTS.map(
        (l) => `${l.title}: ${l.fields.filter((f) => f.required).map((f) => f.headers[0]).join(", ")}`,
      ).join("; ")}.`,
    );
  }
}

type Report = (p: Progress) => void;

async function readAll(context: Excel.RequestContext, onProgress?: Report): Promise<{ exports: ExportLocation[]; input: ParsedInput }> {
  const exports = await findExports(context);
  if (!exports.length) throw new NoExportError();
  const collector = new InputCollector();
  for (const loc of exports) await readExport(context, loc, collector, (done, total) => onProgress?.({ stage: "reading", done, total }));
  return { exports, input: collector.result() };
}

function summarise(exports: ExportLocation[], input: ParsedInput): WorkbookSummary {
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
    tenants: new Set([input.usage, input.azure, input.bizAppsUsage, input.bizAppsRevenue].flatMap((d) => d?.tenants.map((t) => t.key) ?? [])).size,
    months: months.map(formatMonth),
    latestMonth: months.length ? formatMonth(months[months.length - 1]) : null,
    hasSkilling: input.skilling !== null,
    skippedRows: input.tables.reduce((n, t) => n + t.skipped, 0),
    designations: DESIGNATIONS.map((d) => ({ id: d.id, name: d.name, needs: d.needs(input), levels: certificationLevels(d) })),
  };
}

function certificationLevels(scorer: DesignationScorer): CertificationLevel[] {
  const has = (level: CertificationLevel) => scorer.ruleSets.some((r) => r.tracks.some((t) => t.metrics.some((m) => m.id === `${level}-certifications`)));
  return (["intermediate", "advanced"] as const).filter(has);
}

/** The task pane's ScoringService on a real (or doubled) Excel: every office-js call lives under src/excel. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

// Resolved at call time so a double installed as globalThis.Excel (tests, playground) is picked up.
const excelRun: RunBatch = (batch) => Excel.run(batch);

export function createExcelScoringService(run: RunBatch = excelRun): ScoringService {
  return {
    inspect: (onProgress) =>
      run(async (context) => {
        const { exports, input } = await readAll(context, onProgress);
        return summarise(exports, input);
      }),
    score: (request: ScoreRequest, onProgress) =>
      run(async (context): Promise<ScoreOutcome> => {
        const { exports, input } = await readAll(context, onProgress);
        onProgress?.({ stage: "scoring", done: 0, total: 1 });
        const result = scoreDesignations(input, { ...request, rows: true });
        const bySheet = new Map<string, Map<number, RowFlags>>();
        for (const f of result.report.rows ?? []) {
          if (!bySheet.has(f.file)) bySheet.set(f.file, new Map());
          bySheet.get(f.file)!.set(f.row, f);
        }
        const flagRanges: string[] = [];
        for (const loc of exports.filter((e) => e.layout === "m365-usage"))
          flagRanges.push(
            ...(await writeFlags(context, loc, bySheet.get(exportName(loc)) ?? new Map(), (done, total) =>
              onProgress?.({ stage: "writing-flags", done, total }),
            )),
          );
        onProgress?.({ stage: "writing-summary", done: 0, total: 1 });
        const summarySheet = await writeSummary(context, result.report, exports.map(exportAddress));
        const { rows: _rows, ...report } = result.report;
        return { report, flagRanges, summarySheet };
      }),
  };
}

/**
 * The bad-input suite (test/fixtures/bad/, made by make-fixtures.ts): every case through the real command
 * line and through the add-in's reader (the rows as Excel hands them to InputCollector.addTable), each
 * held to the outcome in its `<case>.expect.json`: what the export means, not what the code happens to do.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { InputCollector, InputError, decodeBytes, detectLayout, guessDelimiter, readCsvText, scoreDesignations, HEADER_SEARCH_ROWS } from "../../src/engine";
import { ROOT, spd, type Run } from "../helpers/cli";

const DIR = join(ROOT, "test/fixtures/bad");

interface BadCase {
  input: string;
  kind: "phantom-points" | "lost-rows" | "merged-tenants" | "crashes" | "refusals" | "silent-choices" | "terminal-injection";
  about: string;
  exit: 0 | 3;
  message?: string;
  scoresAs?: { ref: string; withoutRows?: number[] };
  metrics?: Record<string, number>;
  inputs?: { rows?: number; skipped?: number }[];
  warnings?: { message: string; row?: number; column?: string; file?: string }[];
  noInputWarnings?: boolean;
  asOf?: string;
  text?: boolean;
  stdout?: string;
  out?: boolean;
  outNote?: string;
  maxMessage?: number;
  cliOnly?: string;
}

interface Warning {
  code: string;
  message: string;
  file?: string;
  row?: number;
  column?: string;
}

interface Metric {
  id: string;
  value: number | Record<string, number>;
  points: number;
}

interface ReportJson {
  asOf: string;
  designations: { id: string; scored: boolean; total?: number; tracks: { id: string; total: number; metrics: Metric[] }[] }[];
  inputs: { name: string; layout: string; rows: number; skipped: number }[];
  warnings: Warning[];
}

/** What a reader made of a case: the exit code the command line gives (or would give), its message, the report. */
interface Outcome {
  exit: number | null;
  message: string;
  report?: ReportJson;
}

// BAD_ONLY=regex runs only the cases whose file name matches (while working on one kind).
const ONLY = process.env.BAD_ONLY ? new RegExp(process.env.BAD_ONLY) : null;
const CASES: BadCase[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".expect.json") && (!ONLY || ONLY.test(f)))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as BadCase);

// A raw control character or a bidirectional override: what must never reach a terminal.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
const runs = new Map<string, Run>();

const outPath = (c: BadCase) => join(dir, `${c.input}.out.xlsx`);

function cliArgs(c: BadCase): string[] {
  return ["score", join(DIR, c.input), ...(c.asOf ? ["--as-of", c.asOf] : []), ...(c.text ? [] : ["--json"]), ...(c.out ? ["--out", outPath(c)] : [])];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "spd-bad-"));
  // Eight command lines at a time: every case runs once, in bounded parallel batches.
  for (let i = 0; i < CASES.length; i += 8) {
    const batch = CASES.slice(i, i + 8);
    const results = await Promise.all(batch.map((c) => spd(cliArgs(c))));
    batch.forEach((c, j) => runs.set(c.input, results[j]));
  }
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------
// The add-in's reader: cells as Excel gives them (numbers as numbers, the rest as text), the same header search.

/** A CSV cell as Excel keeps it once the file is opened: plain decimals and (accounting) negatives become numbers. */
function asExcelCell(cell: string): string | number {
  const t = cell.trim();
  if (/^-?\d+(\.\d+)?$/.test(t) && Number.isFinite(Number(t))) return Number(t);
  const negative = /^\((\d+(\.\d+)?)\)$/.exec(t);
  if (negative) return -Number(negative[1]);
  return cell;
}

// Excel's day 0 is 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A workbook cell as Excel's range.values gives it: numbers, text, booleans, a date as its serial, an error as its text. */
function excelValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof v !== "object") return v;
  if ("error" in v) return v.error;
  if ("result" in v)
    return v.result instanceof Date
      ? (v.result.getTime() - EXCEL_EPOCH_MS) / 86_400_000
      : typeof v.result === "object" && v.result
        ? String((v.result as { error?: string }).error ?? "")
        : (v.result ?? "");
  return cell.text;
}

async function addinTables(c: BadCase): Promise<{ name: string; rows: unknown[][] }[]> {
  const path = join(DIR, c.input);
  if (c.input.endsWith(".xlsx")) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const tables: { name: string; rows: unknown[][] }[] = [];
    for (const sheet of wb.worksheets) {
      const rows: unknown[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, n) => {
        const cells: unknown[] = [];
        for (let col = 1; col <= sheet.columnCount; col++) cells.push(excelValue(row.getCell(col)));
        rows[n - 1] = cells;
      });
      const filled = Array.from(rows, (r) => r ?? []);
      // The add-in reads a sheet only when one of its first rows is a header it knows (findExports).
      const top = filled.filter((r) => r.some((x) => String(x ?? "").trim() !== "")).slice(0, HEADER_SEARCH_ROWS);
      if (top.some((r) => detectLayout(r))) tables.push({ name: `${c.input} [${sheet.name}]`, rows: filled });
    }
    return tables;
  }
  const text = decodeBytes(readFileSync(path)).text.replace(/^\uFEFF/, "");
  const rows = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false }).data;
  return [{ name: c.input, rows: rows.map((r) => r.map(asExcelCell)) }];
}

async function addinOutcome(c: BadCase): Promise<Outcome> {
  try {
    const collector = new InputCollector();
    const tables = await addinTables(c);
    if (!tables.length) return { exit: 3, message: `${c.input}: no export found` };
    for (const t of tables) collector.addTable(t.name, t.rows);
    const report = scoreDesignations(collector.result(), { asOf: c.asOf }).report;
    return { exit: 0, message: "", report: JSON.parse(JSON.stringify(report)) as ReportJson };
  } catch (error) {
    if (error instanceof InputError) return { exit: 3, message: error.message };
    return { exit: 2, message: String((error as Error).message) };
  }
}

function cliOutcome(c: BadCase): Outcome {
  const run = runs.get(c.input)!;
  let report: ReportJson | undefined;
  if (run.code === 0 && !c.text) report = JSON.parse(run.stdout) as ReportJson;
  return { exit: run.code, message: run.stderr, report };
}

// ---------------------------------------------------------------------------------------------------
// What every outcome is held to

/** The clean reference, scored in process, without the given rows (row n is line n of the file). */
function referenceReport(c: BadCase): ReportJson {
  const { ref, withoutRows = [] } = c.scoresAs!;
  const lines = readFileSync(join(DIR, "_ref", ref), "utf8").split("\n");
  const kept = lines.filter((_, i) => !withoutRows.includes(i + 1)).join("\n");
  const collector = new InputCollector();
  readCsvText(collector, ref, kept);
  return JSON.parse(JSON.stringify(scoreDesignations(collector.result(), { asOf: c.asOf }).report)) as ReportJson;
}

/** The scores a partner reads: the as-of month, every designation, track and metric. */
function scores(report: ReportJson) {
  return {
    asOf: report.asOf,
    designations: report.designations.map((d) => ({
      id: d.id,
      scored: d.scored,
      total: d.total,
      tracks: d.tracks.map((t) => ({ id: t.id, total: t.total, metrics: t.metrics.map((m) => ({ id: m.id, value: m.value, points: m.points })) })),
    })),
  };
}

function metricValue(report: ReportJson, path: string): number | undefined {
  const [designation, track, metric, part] = path.split("/");
  const m = report.designations
    .find((d) => d.id === designation)
    ?.tracks.find((t) => t.id === track)
    ?.metrics.find((x) => x.id === metric);
  if (!m) return undefined;
  return typeof m.value === "number" ? m.value : part !== undefined ? m.value[part] : undefined;
}

function checkOutcome(c: BadCase, outcome: Outcome, from: "cli" | "addin") {
  const where = `${c.input} (${from}): ${outcome.message.slice(0, 600)}`;
  expect({ where, exit: outcome.exit }).toEqual({ where, exit: c.exit });
  if (c.exit === 3) {
    expect(outcome.message).toMatch(new RegExp(c.message ?? "", "is"));
    expect(outcome.message).toContain(c.input);
    expect(outcome.message).not.toMatch(/^Usage: /m); // not "bad usage" with the usage text
    expect(outcome.message).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  }
  if (c.maxMessage !== undefined) {
    expect(outcome.message.length).toBeLessThanOrEqual(c.maxMessage);
    for (const w of outcome.report?.warnings ?? []) expect(w.message.length).toBeLessThanOrEqual(c.maxMessage);
  }
  const report = outcome.report;
  if (!report) return;
  if (c.scoresAs) expect(scores(report)).toEqual(scores(referenceReport(c)));
  for (const [path, value] of Object.entries(c.metrics ?? {})) expect({ path, value: metricValue(report, path) }).toEqual({ path, value });
  if (c.inputs) expect(report.inputs).toEqual(c.inputs.map((i) => expect.objectContaining(i)));
  const inputWarnings = report.warnings.filter((w) => w.code === "input");
  if (c.noInputWarnings) expect(inputWarnings).toEqual([]);
  for (const w of c.warnings ?? []) {
    const file = w.file ?? c.input;
    const found = report.warnings.find(
      (x) =>
        new RegExp(w.message, "i").test(x.message) &&
        (x.file === undefined || x.file === file) &&
        (w.row === undefined || x.row === w.row) &&
        (w.column === undefined || x.column === w.column)
    );
    expect({ wanted: w, found: found ?? report.warnings }).toEqual({ wanted: w, found: expect.objectContaining({ message: expect.any(String) }) });
    if (w.row !== undefined) expect(found!.file).toBe(file);
  }
}

async function checkWorkbook(c: BadCase) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(outPath(c));
  let longest = 0;
  let widest = 0;
  const formulas: string[] = [];
  wb.eachSheet((sheet) => {
    widest = Math.max(widest, sheet.columnCount);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
        if (typeof cell.value === "string") longest = Math.max(longest, cell.value.length);
      })
    );
  });
  expect(longest).toBeLessThanOrEqual(32_767);
  expect(widest).toBeLessThanOrEqual(16_384);
  expect(formulas).toEqual([]);
  if (c.outNote) {
    const text: string[] = [];
    wb.getWorksheet("SPD Summary")!.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value ?? ""))));
    expect(text.join("\n")).toMatch(new RegExp(c.outNote, "i"));
  }
}

test(`the suite has at least 60 cases, and every kind of the issue`, () => {
  if (ONLY) return;
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CASES.map((c) => c.kind))).toEqual(
    new Set(["phantom-points", "lost-rows", "merged-tenants", "crashes", "refusals", "silent-choices", "terminal-injection"])
  );
});

describe.each(CASES.map((c) => [`${c.kind}: ${c.input}`, c] as const))("%s", (_label, c) => {
  test("command line", async () => {
    const outcome = cliOutcome(c);
    checkOutcome(c, outcome, "cli");
    const run = runs.get(c.input)!;
    if (c.text) {
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      expect(run.stderr).not.toMatch(RAW_CONTROL);
      if (c.stdout) expect(`${run.stdout}${run.stderr}`).toMatch(new RegExp(c.stdout));
    }
    if (c.out && run.code === 0) await checkWorkbook(c);
  });

  // Cases the add-in cannot meet (encodings, quotes, line ends: Excel has already read the file) have no add-in test.
  if (!c.cliOnly)
    test("add-in reader", async () => {
      checkOutcome(c, await addinOutcome(c), "addin");
    });
});

/**
 * Scoring benchmark: generates usage exports of 10k, 100k and 1M rows into .bench/ (gitignored, reused
 * when present), measures each in a separate child process (bench/run-one.ts) so peak RSS is per size,
 * and checks the target: 1M rows read + scored in under 3 s and under 1 GB.
 *
 *   npm run bench                         all sizes, 3 runs each (median time, highest peak memory)
 *   npm run bench -- --runs 5 --fresh     regenerate the files first
 *   npm run bench -- --sizes 1000000 --profile   also write a V8 CPU profile per run to .bench/prof/
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBulkUsage } from "../scripts/samples/bulk";

const root = resolve(__dirname, "..");
const dir = join(root, ".bench");
const TARGET = { rows: 1_000_000, seconds: 3, bytes: 1024 ** 3 };

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    sizes: { type: "string", default: "10000,100000,1000000" },
    fresh: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes!.split(",").map((s) => Number(s.trim().replace(/_/g, "")));

interface Measurement {
  rows: number;
  bytes: number;
  tenants: number;
  readMs: number;
  scoreMs: number;
  rssBefore: number;
  maxRss: number;
  totals: Record<string, number>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function ensureFile(rows: number): string {
  const file = join(dir, `usage-${rows}.csv`);
  if (values.fresh || !existsSync(file)) {
    const t = performance.now();
    const bytes = writeBulkUsage(file, rows, 20251031);
    process.stdout.write(
      `generated ${file.slice(root.length + 1)}: ${rows.toLocaleString("en-US")} rows, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s\n`
    );
  }
  return file;
}

function measure(file: string, run: number): Measurement {
  const prof = values.profile ? ["--cpu-prof", "--cpu-prof-dir", join(dir, "prof"), "--cpu-prof-name", `${statSync(file).size}-${run}.cpuprofile`] : [];
  const child = spawnSync(process.execPath, [...prof, "--import", "tsx", join(root, "bench", "run-one.ts"), file], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`bench/run-one.ts ${file} failed (${child.status ?? child.signal}):\n${child.stderr}`);
  const line = child.stdout.trim().split("\n").pop()!;
  return JSON.parse(line) as Measurement;
}

function pad(s: string, n: number, left = false): string {
  return left ? s.padEnd(n) : s.padStart(n);
}

mkdirSync(dir, { recursive: true });
const loadBefore = loadavg()[0];
const results: Array<{ m: Measurement; readMs: number; scoreMs: number; totalMs: number; maxRss: number }> = [];
for (const rows of sizes) {
  const file = ensureFile(rows);
  const all: Measurement[] = [];
  for (let r = 0; r < runs; r++) all.push(measure(file, r));
  const totalMs = median(all.map((m) => m.readMs + m.scoreMs));
  results.push({
    m: all[0],
    readMs: median(all.map((m) => m.readMs)),
    scoreMs: median(all.map((m) => m.scoreMs)),
    totalMs,
    maxRss: Math.max(...all.map((m) => m.maxRss)),
  });
}

const MB = 1024 * 1024;
const header = ["rows", "tenants", "MB", "read s", "score s", "total s", "rows/s", "µs/row", "peak RSS MB", "start RSS MB"];
const widths = [10, 8, 7, 8, 8, 8, 11, 7, 12, 13];
const table = results.map(({ m, readMs, scoreMs, totalMs, maxRss }) => [
  m.rows.toLocaleString("en-US"),
  m.tenants.toLocaleString("en-US"),
  (m.bytes / 1e6).toFixed(1),
  (readMs / 1000).toFixed(3),
  (scoreMs / 1000).toFixed(3),
  (totalMs / 1000).toFixed(3),
  Math.round(m.rows / (totalMs / 1000)).toLocaleString("en-US"),
  ((totalMs * 1000) / m.rows).toFixed(2),
  (maxRss / MB).toFixed(0),
  (m.rssBefore / MB).toFixed(0),
]);
const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join("  ");
process.stdout.write(`\nScoring benchmark: node ${process.version}, ${runs} run(s) per size in separate processes (median time, highest peak RSS)\n`);
process.stdout.write(
  `machine: ${cpus().length} cores, 1-min load average ${loadBefore.toFixed(2)} before / ${loadavg()[0].toFixed(2)} after` +
    `${Math.max(loadBefore, loadavg()[0]) > cpus().length * 0.75 + 1 ? " (busy: other processes compete for the CPU, times are inflated)" : ""}\n`
);
process.stdout.write(`read = readInputFiles (as the command line reads); score = scoreModernWork\n\n`);
process.stdout.write(`${line(header)}\n${line(widths.map((w) => "-".repeat(w)))}\n`);
for (const row of table) process.stdout.write(`${line(row)}\n`);

const perRow = (i: number) => results[i].totalMs / results[i].m.rows;
const big = results.findIndex((r) => r.m.rows === TARGET.rows);
process.stdout.write("\n");
if (big >= 0 && results.length > 1) {
  for (let i = 0; i < results.length; i++) {
    if (i === big) continue;
    const ratio = perRow(big) / perRow(i);
    const verdict = ratio <= 1.5 ? "linear or better" : ratio <= 2.5 ? "somewhat worse than linear" : "worse than linear";
    process.stdout.write(
      `time per row, ${results[big].m.rows.toLocaleString("en-US")} vs ${results[i].m.rows.toLocaleString("en-US")} rows: ${ratio.toFixed(2)}x (${verdict})\n`
    );
  }
}
if (big >= 0) {
  const r = results[big];
  const timeOk = r.totalMs < TARGET.seconds * 1000;
  const memOk = r.maxRss < TARGET.bytes;
  process.stdout.write(
    `target for 1,000,000 rows: read + score < ${TARGET.seconds} s: ${(r.totalMs / 1000).toFixed(2)} s ${timeOk ? "MET" : "MISSED"}; ` +
      `peak RSS < 1 GB: ${(r.maxRss / MB).toFixed(0)} MB ${memOk ? "MET" : "MISSED"}\n`
  );
  process.stdout.write(`overall: ${timeOk && memOk ? "target MET" : "target MISSED"}\n`);
} else process.stdout.write("(no 1,000,000-row size measured: target not checked)\n");

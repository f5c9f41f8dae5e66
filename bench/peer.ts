/**
 * Command-line benchmark against a peer (issue 15): `spd score --json` (the compiled bin, dist-cli/spd.js)
 * and DuckDB (bench/duckdb-peer.mjs, the same aggregates) on a 1M-row usage export and a 1M-row Azure
 * export, each a whole process, run alternately; medians of wall time, highest peak memory. Targets: at
 * most 2× DuckDB's wall time and 1.5× its peak memory.
 *
 *   npm run bench                       (builds the bin first; files are generated into .bench/ once)
 *   tsx bench/peer.ts --runs 5 --rows 200000
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeBulkUsage } from "../scripts/samples/bulk";
import { writeBulkAzure } from "../scripts/samples/bulkAzure";

const root = resolve(__dirname, "..");
const dir = join(root, ".bench");
const BIN = join(root, "dist-cli", "spd.js");
const TARGET = { wall: 2, memory: 1.5 };

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, rows: { type: "string", default: "1000000" } } });
const runs = Math.max(1, Number(values.runs));
const rows = Number(values.rows!.replace(/_/g, ""));

interface Run {
  wallMs: number;
  peakBytes: number;
}

function ensure(kind: "usage" | "azure"): string {
  const file = join(dir, `${kind}-${rows}.csv`);
  if (!existsSync(file)) {
    const bytes = kind === "usage" ? writeBulkUsage(file, rows, 20251031) : writeBulkAzure(file, rows, 20251031);
    process.stdout.write(`generated ${file.slice(root.length + 1)}: ${(bytes / 1e6).toFixed(1)} MB\n`);
  }
  return file;
}

/** One whole process (node start-up included), its peak RSS written at exit by bench/peak-rss.cjs. */
function timed(args: string[]): Run {
  const rssFile = join(dir, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t = performance.now();
  const child = spawnSync(process.execPath, ["--require", join(root, "bench", "peak-rss.cjs"), ...args], {
    cwd: root,
    env: { ...process.env, SPD_BENCH_RSS: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const wallMs = performance.now() - t;
  if (child.status !== 0) throw new Error(`node ${args.join(" ")} failed (${child.status ?? child.signal}):\n${child.stderr}`);
  return { wallMs, peakBytes: Number(readFileSync(rssFile, "utf8")) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (!existsSync(BIN)) throw new Error("dist-cli/spd.js is missing: run `npm run build` (npm run bench builds it first).");
// Node's flags as the bin's shebang gives them (none today; `#!/usr/bin/env -S node --flag` if it had some), so the bin runs as `npx spd` runs it.
const binFlags = readFileSync(BIN, "utf8").split("\n")[0].split(/\s+/).slice(3);
mkdirSync(dir, { recursive: true });
const loadBefore = loadavg()[0];
const MiB = 1024 * 1024;
const lines: string[] = [];
let allPass = true;
for (const kind of ["usage", "azure"] as const) {
  const file = ensure(kind);
  const ours: Run[] = [];
  const peer: Run[] = [];
  for (let r = 0; r < runs; r++) {
    // Alternate, so a busy moment on the machine hits both sides alike.
    ours.push(timed([...binFlags, BIN, "score", file, "--json"]));
    peer.push(timed([join(root, "bench", "duckdb-peer.mjs"), kind, file]));
  }
  const wall = { ours: median(ours.map((x) => x.wallMs)), peer: median(peer.map((x) => x.wallMs)) };
  const mem = { ours: Math.max(...ours.map((x) => x.peakBytes)), peer: Math.max(...peer.map((x) => x.peakBytes)) };
  const wallRatio = wall.ours / wall.peer;
  const memRatio = mem.ours / mem.peer;
  const wallOk = wallRatio <= TARGET.wall;
  const memOk = memRatio <= TARGET.memory;
  allPass &&= wallOk && memOk;
  const mb = (statSync(file).size / 1e6).toFixed(0);
  lines.push(
    `${kind.padEnd(5)} ${rows.toLocaleString("en-US")} rows (${mb} MB): spd ${(wall.ours / 1000).toFixed(2)} s, ${(mem.ours / MiB).toFixed(0)} MiB · ` +
      `DuckDB ${(wall.peer / 1000).toFixed(2)} s, ${(mem.peer / MiB).toFixed(0)} MiB · ` +
      `wall ${wallRatio.toFixed(2)}× (≤ ${TARGET.wall}×) ${wallOk ? "PASS" : "MISS"} · memory ${memRatio.toFixed(2)}× (≤ ${TARGET.memory}×) ${memOk ? "PASS" : "MISS"}`
  );
}
process.stdout.write(`\nCommand line against DuckDB (whole processes, ${runs} alternating run(s), median wall, highest peak RSS)\n`);
process.stdout.write(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), node ${process.version}, load ${loadBefore.toFixed(2)} → ${loadavg()[0].toFixed(2)}\n`
);
for (const line of lines) process.stdout.write(`${line}\n`);
process.stdout.write(`overall: ${allPass ? "PASS" : "MISS"}\n`);

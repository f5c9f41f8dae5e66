/**
 * One benchmark measurement, in its own process so peak RSS is this file's alone: reads a usage export
 * the way the CLI does (readFileSync + decodeText + readCsvText) and scores it, then prints one JSON line.
 * Usage: node --import tsx bench/run-one.ts FILE
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { InputCollector, decodeText, readCsvText, scoreModernWork } from "../src/engine";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node --import tsx bench/run-one.ts FILE\n");
  process.exit(2);
}

const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const bytes = readFileSync(file);
const text = decodeText(bytes);
const collector = new InputCollector();
const table = readCsvText(collector, basename(file), text);
const input = collector.result();
const t1 = performance.now();
const result = scoreModernWork(input);
const t2 = performance.now();
const [designation] = result.report.designations;

process.stdout.write(
  `${JSON.stringify({
    file,
    rows: table.rows,
    skipped: table.skipped,
    bytes: bytes.length,
    tenants: input.usage.tenants.length,
    readMs: t1 - t0,
    scoreMs: t2 - t1,
    rssBefore,
    maxRss: process.resourceUsage().maxRSS * 1024,
    totals: Object.fromEntries(designation.tracks.map((t) => [t.id, Math.round(t.total * 100) / 100])),
  })}\n`
);

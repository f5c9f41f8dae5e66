/**
 * One benchmark measurement, in its own process so peak RSS is this file's alone: reads a usage export
 * the way the command line does (readInputFiles: a UTF-8 file a piece at a time) and scores it, then
 * prints one JSON line.
 * Usage: node --import tsx bench/run-one.ts FILE
 */
import { statSync } from "node:fs";
import { readInputFiles } from "../src/cli/readFiles";
import { scoreModernWork } from "../src/engine";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node --import tsx bench/run-one.ts FILE\n");
  process.exit(2);
}

void (async () => {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const { input } = await readInputFiles([file], { keepSources: false });
  const [table] = input.tables;
  const t1 = performance.now();
  const result = scoreModernWork(input);
  const t2 = performance.now();
  const [designation] = result.report.designations;

  process.stdout.write(
    `${JSON.stringify({
      file,
      rows: table.rows,
      skipped: table.skipped,
      bytes: statSync(file).size,
      tenants: input.usage.tenants.length,
      readMs: t1 - t0,
      scoreMs: t2 - t1,
      rssBefore,
      maxRss: process.resourceUsage().maxRSS * 1024,
      totals: Object.fromEntries(designation.tracks.map((t) => [t.id, Math.round(t.total * 100) / 100])),
    })}\n`
  );
})();

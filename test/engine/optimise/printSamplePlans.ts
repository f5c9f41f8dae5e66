/**
 * Prints the cheapest path of every designation and track of samples/*.csv, with the rules in force
 * and with the 2026 rules, and how long planning a whole report takes (not a test: timing varies
 * with the machine). Run: npx tsx test/engine/optimise/printSamplePlans.ts
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SAMPLE_FILES } from "../../../scripts/samples/generate";
import { InputCollector, formatPoints, readCsvText, scoreDesignations } from "../../../src/engine";
import { cheapestPaths } from "../../../src/engine/optimise";

const collector = new InputCollector();
for (const name of SAMPLE_FILES) readCsvText(collector, name, readFileSync(join(resolve(__dirname, "../../../samples"), name), "utf8"));
const input = collector.result();

for (const ruleSet of [undefined, "2026"]) {
  const { report, outcomes } = scoreDesignations(input, ruleSet ? { ruleSet } : {});
  const runs: number[] = [];
  let paths = cheapestPaths(report, outcomes);
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    paths = cheapestPaths(report, outcomes);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const tracks = paths.reduce((n, d) => n + d.tracks.length, 0);
  console.log(
    `\n## Rules ${ruleSet ?? "in force"}: ${paths.length} designations, ${tracks} tracks; whole report in ${runs[0].toFixed(1)}–${runs[runs.length - 1].toFixed(1)} ms (median ${runs[5].toFixed(1)})`
  );
  for (const d of paths) {
    console.log(`${d.name} [${d.trackChoice}; counts: ${d.countingTrack}]`);
    for (const t of d.tracks) {
      const flags = [t.counting ? "counting" : "", t.qualifiesDesignation ? "" : "does not qualify the designation"].filter(Boolean).join(", ");
      const effort = t.cost === null ? "" : ` (effort ${formatPoints(t.cost)})`;
      console.log(`  ${t.trackLabel}${flags ? ` (${flags})` : ""}: ${formatPoints(t.before.total)} → ${t.text}${effort}`);
    }
  }
}

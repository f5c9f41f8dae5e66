/** The samples scored as the add-in and --out do (rows, history, paths), Modern Work cut to its two compared months to stay quick. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  InputCollector,
  insights,
  readCsvText,
  scoreDesignations,
  type ParsedInput,
  type Report,
  type ScoreOptions,
  type SummaryExtras,
} from "../../src/engine";

export const SAMPLES = join(__dirname, "../../samples");

/** samples/modern-work-usage.csv with only Oct-2024 and Oct-2025 (what the as-of score compares): 2,991 rows instead of 26,674. */
export function modernWorkCompared(): string {
  const lines = readFileSync(join(SAMPLES, "modern-work-usage.csv"), "utf8").split("\n");
  return [lines[0], ...lines.slice(1).filter((l) => /,(Oct-2024|Oct-2025),/.test(l))].join("\n");
}

export const SAMPLE_FILES = ["azure-usage.csv", "bizapps-revenue.csv", "bizapps-usage.csv", "skilling.csv"];

export function sampleInput(): ParsedInput {
  const c = new InputCollector();
  readCsvText(c, "modern-work-usage.csv", modernWorkCompared());
  for (const f of SAMPLE_FILES) readCsvText(c, f, readFileSync(join(SAMPLES, f), "utf8"));
  return c.result();
}

export function sampleReport(history = false): { report: Report; extras: SummaryExtras; input: ParsedInput } {
  const input = sampleInput();
  const options: ScoreOptions = { rows: true };
  const result = scoreDesignations(input, options);
  const { paths, history: h, renewal, minTotals } = insights(input, options, result, { today: "2025-11-02", history });
  return { report: result.report, extras: { paths, history: h, renewal, minTotals }, input };
}

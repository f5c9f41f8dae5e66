import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputCollector, readCsvText, type ParsedInput } from "../../../src/engine";

const SAMPLES = ["modern-work-usage.csv", "skilling.csv", "azure-usage.csv", "bizapps-usage.csv", "bizapps-revenue.csv"];

/** Every checked-in sample export, read once per test file. */
export function samplesInput(): ParsedInput {
  const collector = new InputCollector();
  const dir = resolve(__dirname, "..", "..", "..", "samples");
  for (const name of SAMPLES) readCsvText(collector, name, readFileSync(join(dir, name), "utf8"));
  return collector.result();
}

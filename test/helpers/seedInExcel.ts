/** The seed M365 export (test/fixtures/seed-002-sample.csv), as text rows and as Excel shows it once opened. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const SEED: string[][] = readFileSync(join(__dirname, "../fixtures/seed-002-sample.csv"), "utf8")
  .trim()
  .split("\n")
  .map((l) => l.split(","));

/** Oct-2024 and Oct-2025 as the date serials Excel turns those month cells into. */
export const OCT_2024 = 45566;
export const OCT_2025 = 45931;

/** As Excel shows a CSV it opened: numbers as numbers, "Oct-2024" turned into a date serial. */
export function asOpenedInExcel(rows: string[][]): (string | number)[][] {
  return rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 3 ? (c === "Oct-2024" ? OCT_2024 : OCT_2025) : j >= 4 ? Number(c) : c))));
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COUNTS_TOWARD, REASON, flagCells, scoreDesignations, scoreWithFlagCells } from "../../../src/engine";
import type { RowContribution } from "../../../src/engine/model/flags";
import { mergedFlagCells } from "../../../src/engine/scoring/rowFlags";
import { readInputs } from "../../helpers/input";
import { DESIGNATIONS } from "../../../src/engine/designations/registry";
import { parseIsoMonth } from "../../../src/engine/parse/months";

// The add-in writes mergedFlagCells; --out and --rows write mergeRowFlags: one cell apart would be two truths.
const SAMPLES = ["modern-work-usage.csv", "azure-usage.csv", "bizapps-usage.csv", "bizapps-revenue.csv", "skilling.csv"];
const INPUT = readInputs(Object.fromEntries(SAMPLES.map((f) => [f, readFileSync(join(__dirname, "../../../samples", f), "utf8")])));

describe("flag cells merged without a row object each", () => {
  test("equal flagCells of mergeRowFlags for every row of every sample export, in the same order", () => {
    const options = { asOf: "2025-10" };
    const merged = scoreDesignations(INPUT, { ...options, rows: true }).report;
    const { result, files } = scoreWithFlagCells(INPUT, options);
    expect(result.report.flagTables).toEqual(merged.flagTables);
    const expected = new Map<string, { rows: number[]; cells: unknown[][] }>();
    for (const row of merged.rows!) {
      const table = merged.flagTables!.find((t) => t.layout === row.layout)!;
      const f = expected.get(row.file) ?? { rows: [], cells: [] };
      expected.set(row.file, f);
      f.rows.push(row.row);
      f.cells.push(flagCells(table, row));
    }
    expect(files.map((f) => f.file).sort()).toEqual([...expected.keys()].sort());
    for (const f of files) expect({ rows: f.rows, cells: f.cells }).toEqual(expected.get(f.file));
    // The usage export is said of by two designations and the Azure export by three: the merge is crossed.
    expect(files.find((f) => f.layout === "m365-usage")!.rows.length).toBeGreaterThan(100);
    // The outcomes keep no designation's own row flags.
    expect(result.outcomes.every((o) => !o.score?.rows)).toBe(true);
  });

  test("every designation writes to the sink it is given exactly the rows it would keep, and keeps none", () => {
    const { outcomes } = scoreDesignations(INPUT, { asOf: "2025-10" });
    let checked = 0;
    for (const o of outcomes) {
      if (!o.rules) continue;
      const module = DESIGNATIONS.find((d) => d.id === o.id)!;
      const context = { asOf: parseIsoMonth("2025-10")!, counts: {}, options: [], rows: true };
      const kept = module.score(INPUT, o.rules as never, context).rows!;
      const written: RowContribution[] = [];
      const streamed = module.score(INPUT, o.rules as never, { ...context, rowSink: written });
      expect(streamed.rows).toBeUndefined();
      expect(written).toEqual(kept);
      expect(kept.length).toBeGreaterThan(100);
      checked++;
    }
    expect(checked).toBe(6);
  });

  test("a row two designations speak of: counts toward both, one reason each only when it counts toward nothing, the first non-empty cell", () => {
    const table = {
      layout: "m365-usage" as const,
      columns: [COUNTS_TOWARD, REASON, { id: "a", header: "A", numberFormat: "@", meaning: "" }, { id: "b", header: "B", numberFormat: "@", meaning: "" }],
    };
    const c = (row: number, countsToward: string[], reason: string, cells: Record<string, string | null>): RowContribution => ({
      layout: "m365-usage",
      file: "u.csv",
      row,
      countsToward,
      reason,
      cells,
    });
    const first = [c(2, [], "X: no.", { a: "1", b: null }), c(3, ["X: deployments"], "", { a: "1" }), c(4, [], "Same.", {})];
    const second = [c(2, [], "Y: no.", { a: "2", b: "9" }), c(3, [], "Y: no.", { b: "3" }), c(4, [], "Same.", {}), c(5, ["Y: growth"], "", {})];
    const [file] = mergedFlagCells([first, second], [table]);
    expect(file.rows).toEqual([2, 3, 4, 5]);
    expect(file.cells).toEqual([
      ["", "X: no. Y: no.", "1", "9"],
      ["X: deployments", "", "1", "3"],
      ["", "Same.", null, null],
      ["Y: growth", "", null, null],
    ]);
  });
});

import { flagRowValues, flagRowsOf, type FlagRunSpec } from "../../src/excel/flagRows";
import type { FlagCell } from "../../src/engine";

// writeFlags cuts its blocks by these sizes: each must be the row's JSON length, as a request carries it.
describe("flag row sizes", () => {
  const cells: Record<number, FlagCell[]> = {
    2: ["Modern Work SMB: deployments (CSP)", 'Security: workload "Intune" is not eligible.', 0.771505376344086, "Yes", null],
    3: ["", "back\\slash, tab\t, quote \" and 11–300 ≥ 5", 12, "=SUM(A1)", 1e21],
    4: ["", "Skipped: row\nbreak \u0001 control", -0, "No", Number.NaN],
    6: ["x".repeat(40_000), "", 3, "", 0.1],
  };
  const run: FlagRunSpec = { indexes: [0, 1, 2, 3, 4], formats: ["@", "@", "0.0%", "@", "General"] };
  const source = flagRowsOf((sheetRow) => cells[sheetRow], 0);

  it("equal JSON.stringify of each row's values, rows without flags included", () => {
    const sizes = source.sizes(run, 8);
    expect(sizes[0]).toBe(0);
    for (let r = 1; r < 8; r++) expect([r, sizes[r]]).toEqual([r, JSON.stringify(flagRowValues(cells[r + 1], run)).length]);
  });

  it("hold for a run of some columns only, and a run of one", () => {
    for (const part of [{ indexes: [1, 4], formats: ["@", "General"] }, { indexes: [2], formats: ["0.0%"] }]) {
      const sizes = source.sizes(part, 6);
      for (let r = 1; r < 6; r++) expect(sizes[r]).toBe(JSON.stringify(flagRowValues(cells[r + 1], part)).length);
    }
  });
});

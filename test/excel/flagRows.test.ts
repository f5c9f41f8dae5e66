import { flagRowValues, flagRowsOf, unpackFlagRows, type FlagRunSpec } from "../../src/excel/flagRows";
import type { FlagCell } from "../../src/engine";

// writeFlags cuts its blocks by these sizes: each must be the row's JSON length, as a request carries it.
describe("flag row sizes", () => {
  const cells: Record<number, FlagCell[]> = {
    2: ["Modern Work SMB: deployments (CSP)", 'Security: workload "Intune" is not eligible.', 0.771505376344086, "Yes", null],
    3: ["", 'back\\slash, tab\t, quote " and 11–300 ≥ 5', 12, "=SUM(A1)", 1e21],
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
    for (const part of [
      { indexes: [1, 4], formats: ["@", "General"] },
      { indexes: [2], formats: ["0.0%"] },
    ]) {
      const sizes = source.sizes(part, 6);
      for (let r = 1; r < 6; r++) expect(sizes[r]).toBe(JSON.stringify(flagRowValues(cells[r + 1], part)).length);
    }
  });
});

// writeFlags skips a block whose print is the one it last wrote: a print must move with any value.
describe("flag block prints", () => {
  const run: FlagRunSpec = { indexes: [0, 1], formats: ["@", "General"] };
  const printOf = (cells: Record<number, FlagCell[]>, blocks: [number, number][]) => flagRowsOf((sheetRow) => cells[sheetRow], 0).prints(run, blocks);
  const base: Record<number, FlagCell[]> = { 2: ["a", 1], 3: ["b", 2], 4: ["c", 3], 5: ["d", 4] };

  it("are equal for equal values, and tell one changed value apart, in the block that holds it only", () => {
    const blocks: [number, number][] = [
      [0, 3],
      [3, 5],
    ];
    expect(printOf(base, blocks)).toEqual(printOf({ ...base }, blocks));
    const changed = printOf({ ...base, 5: ["d", 5] }, blocks);
    expect(changed[0]).toBe(printOf(base, blocks)[0]);
    expect(changed[1]).not.toBe(printOf(base, blocks)[1]);
  });

  it("tell a number from its text, two swapped values, and an emptied cell", () => {
    const blocks: [number, number][] = [[1, 5]];
    expect(printOf({ ...base, 2: ["a", "1"] }, blocks)).not.toEqual(printOf(base, blocks));
    expect(printOf({ ...base, 2: ["b", 1], 3: ["a", 2] }, blocks)).not.toEqual(printOf(base, blocks));
    expect(printOf({ ...base, 4: ["c", null] }, blocks)).not.toEqual(printOf(base, blocks));
  });

  it("leave out the header row of a block that starts at it", () => {
    expect(printOf(base, [[0, 5]])).toEqual(printOf(base, [[1, 5]]));
  });
});

// The worker sends flag rows packed: unpacked, they must be the rows exactly, every kind of value.
describe("packed flag rows", () => {
  it("unpack to the rows as written: texts, numbers, booleans, blanks for rows without flags", () => {
    // Flags hold no booleans today; a cell value can be one, and must come through as one.
    const yes = true as unknown as FlagCell;
    const no = false as unknown as FlagCell;
    const cells: Record<number, FlagCell[]> = {
      2: ["Yes", 0.5, yes, 'a "quoted" text'],
      3: ["Yes", -0, no, ""],
      5: ["No", 1e-7, yes, "Yes"],
    };
    const run: FlagRunSpec = { indexes: [0, 1, 2, 3], formats: ["@", "General", "General", "@"] };
    const source = flagRowsOf((sheetRow) => cells[sheetRow], 0);
    const packed = source.packedRows(run, 1, 5);
    expect(unpackFlagRows(packed)).toEqual(source.rows(run, 1, 5));
    // Each distinct text once.
    expect(packed.texts.filter((t) => t === "Yes")).toHaveLength(1);
    expect(unpackFlagRows(source.packedRows(run, 2, 2))).toEqual([]);
  });
});

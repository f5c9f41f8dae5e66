import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { COUNTS_TOWARD, REASON, type FlagCell, type FlagTable } from "../../src/engine";
import { BROKEN_MARKER, type ExportLocation } from "../../src/excel/findExports";
import { flagMarker } from "../../src/excel/ownership";
import { flagColumnPlan, writeFlags, type WriteLog } from "../../src/excel/writeFlags";
import { createWriteMemory, fingerprint, fnv1a, type WriteMemory } from "../../src/excel/writeMemory";
import { localFlagRows, type FlagRowSource } from "../../src/excel/flagRows";

/**
 * writeFlags with a write memory (issue 15): a re-score writes only the blocks whose flags changed.
 * An export of ROWS data rows whose reasons are long enough (about 10 KB a row) that the flag columns go
 * in two payload blocks (2 MB each).
 */
const ROWS = 250;
const TABLE: FlagTable = {
  layout: "m365-usage",
  columns: [COUNTS_TOWARD, REASON, { id: "share", header: "SPD Share", numberFormat: "0%", meaning: "" }],
};

let double: ExcelDouble;
let restore: () => void;
beforeEach(() => {
  double = createExcelDouble();
  restore = double.install();
  double.workbook.addSheet("Usage", [["Tenant", "Users"], ...Array.from({ length: ROWS }, (_, i) => [`T${i}`, i])]);
});
afterEach(() => restore());

function flags(change: (row: number) => string = () => ""): Map<number, FlagCell[]> {
  const byRow = new Map<number, FlagCell[]>();
  // Sheet rows 2..ROWS+1 (1-based) are the data rows.
  for (let r = 2; r <= ROWS + 1; r++) byRow.set(r, [`Modern Work SMB ${r}`, `${"x".repeat(10_000)}${change(r)}`, (r % 10) / 10]);
  return byRow;
}

/** Where findExports would find the export: on a first run no flag column, later ours at C, D, E. */
function location(withColumns: boolean): ExportLocation {
  return {
    sheet: "Usage",
    layout: "m365-usage",
    headerRow: 0,
    firstCol: 0,
    columns: 2,
    lastRow: ROWS,
    lastUsedCol: withColumns ? 4 : 1,
    header: ["Tenant", "Users"],
    flagColumns: new Map(withColumns ? TABLE.columns.map((c, i) => [flagMarker(c.id), 2 + i] as [string, number]) : []),
  };
}

async function write(memory: WriteMemory | undefined, byRow: Map<number, FlagCell[]>, withColumns = true): Promise<{ log: WriteLog; ranges: string[] }> {
  const loc = location(withColumns);
  const log: WriteLog = { done: [] };
  const ranges = await double.Excel.run(async (context) =>
    writeFlags(context as unknown as Excel.RequestContext, loc, flagColumnPlan(loc, TABLE), byRow, log, undefined, memory)
  );
  return { log, ranges };
}

const ALL = (ROWS + 1) * TABLE.columns.length;

describe("writeFlags with a write memory", () => {
  it("writes everything the first time; the same write again writes no flag cell and no header format", async () => {
    const memory = createWriteMemory();
    const first = await write(memory, flags(), false);
    expect(first.ranges).toEqual([`Usage!C1:E${ROWS + 1}`]);
    expect(first.log).toMatchObject({ cellsWritten: ALL, cellsSkipped: 0 });
    // numberFormat and values: each cell twice.
    expect(double.stats.cellsWritten).toBe(2 * ALL);
    const sheet = double.workbook.findSheet("Usage")!;
    expect(sheet.getValues("C1:E1")).toEqual([["SPD Counts toward", "SPD Reason", "SPD Share"]]);
    expect(memory.sheets()).toEqual(["Usage"]);

    double.stats.reset();
    const again = await write(memory, flags());
    expect(double.stats.cellsWritten).toBe(0);
    // Only Excel.run's final flush, which sends writeFlags' worksheets.getItem: no block, no header format.
    expect(double.stats.syncs).toBe(1);
    expect(again.log).toMatchObject({ cellsWritten: 0, cellsSkipped: ALL, done: [`Usage!C1:E${ROWS + 1}`] });
    // Where the flags are is still the whole range.
    expect(again.ranges).toEqual([`Usage!C1:E${ROWS + 1}`]);
  });

  it("a changed row's flags write only the block that holds it, even when its text grew", async () => {
    const memory = createWriteMemory();
    await write(memory, flags(), false);
    double.stats.reset();
    // Row 50's reason gains 3 KB: fresh payload blocks would move the boundary after it, and the second
    // block would differ too.
    const grown = (r: number) => (r === 50 ? "y".repeat(3000) : "");
    const { log } = await write(memory, flags(grown));
    expect(log.cellsWritten! + log.cellsSkipped!).toBe(ALL);
    expect(log.cellsWritten).toBeGreaterThan(0);
    expect(log.cellsSkipped).toBeGreaterThan(0);
    expect(double.stats.cellsWritten).toBe(2 * log.cellsWritten!);
    const sheet = double.workbook.findSheet("Usage")!;
    expect(String(sheet.getValues("D50")[0][0]).endsWith("y".repeat(3000))).toBe(true);
    // And the next identical write is free again.
    double.stats.reset();
    await write(memory, flags(grown));
    expect(double.stats.cellsWritten).toBe(0);
  });

  it("forgetSheet (a user's edit on the sheet, the export moved) makes the next write complete; forgetAll too", async () => {
    const memory = createWriteMemory();
    await write(memory, flags(), false);
    // The user edits one of our cells: the lead's onChanged wiring calls forgetSheet.
    double.userEdit("Usage", "D10", "typed over");
    memory.forgetSheet("usage");
    expect(memory.sheets()).toEqual([]);
    double.stats.reset();
    const { log } = await write(memory, flags());
    expect(log).toMatchObject({ cellsWritten: ALL, cellsSkipped: 0 });
    expect(double.stats.cellsWritten).toBe(2 * ALL);
    expect(double.workbook.findSheet("Usage")!.getValues("D10")[0][0]).toBe(`${"x".repeat(10_000)}`);

    memory.forgetAll();
    double.stats.reset();
    await write(memory, flags());
    expect(double.stats.cellsWritten).toBe(2 * ALL);
  });

  it("a run with a new column is written in full, whatever was remembered there", async () => {
    const memory = createWriteMemory();
    await write(memory, flags(), false);
    double.stats.reset();
    // The user deleted our columns (markers broken) and the export's used columns end at B again: the
    // flag columns are new, at the same places.
    const loc = { ...location(false), flagColumns: new Map(TABLE.columns.map((c) => [flagMarker(c.id), BROKEN_MARKER] as [string, number])) };
    const log: WriteLog = { done: [] };
    await double.Excel.run(async (context) =>
      writeFlags(context as unknown as Excel.RequestContext, loc, flagColumnPlan(loc, TABLE), flags(), log, undefined, memory)
    );
    expect(log.cellsWritten).toBe(ALL);
  });

  it("without a memory every write is complete, as before", async () => {
    await write(undefined, flags(), false);
    double.stats.reset();
    const { log } = await write(undefined, flags());
    expect(log).toMatchObject({ cellsWritten: ALL, cellsSkipped: 0 });
    expect(double.stats.cellsWritten).toBe(2 * ALL);
  });

  it("rows of an unchanged block are never asked of the source (the worker): only the changed block's are", async () => {
    const memory = createWriteMemory();
    const asked: Array<[number, number]> = [];
    const spied = (byRow: Map<number, FlagCell[]>): FlagRowSource => {
      const source = localFlagRows(TABLE, byRow, 0);
      return { ...source, rows: (run, start, end) => (asked.push([start, end]), source.rows(run, start, end)) };
    };
    const loc = location(false);
    const run = (byRow: Map<number, FlagCell[]>, at: ExportLocation) =>
      double.Excel.run(async (context) =>
        writeFlags(context as unknown as Excel.RequestContext, at, flagColumnPlan(at, TABLE), spied(byRow), { done: [] }, undefined, memory)
      );
    await run(flags(), loc);
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.reduce((n, [start, end]) => n + end - start, 0)).toBe(ROWS);
    asked.length = 0;
    await run(flags(), location(true));
    expect(asked).toEqual([]);
    await run(
      flags((r) => (r === 200 ? "!" : "")),
      location(true)
    );
    expect(asked).toHaveLength(1);
    // Sheet row 200 is data row 199 (the header is row 0).
    expect(asked[0][0] <= 199 && 199 < asked[0][1]).toBe(true);
    expect(String(double.workbook.findSheet("Usage")!.getValues("D200")[0][0]).endsWith("!")).toBe(true);
  });

  it("a block whose sync failed is not remembered: the next write sends it again", async () => {
    const memory = createWriteMemory();
    await write(memory, flags(), false);
    const changed = flags((r) => (r === 3 ? "!" : ""));
    let syncs = 0;
    double.beforeSync(() => {
      if (++syncs === 1) throw Object.assign(new Error("Excel is busy"), { code: "GeneralException" });
    });
    await expect(write(memory, changed)).rejects.toThrow("busy");
    double.beforeSync(null);
    double.stats.reset();
    const { log } = await write(memory, changed);
    expect(log.cellsWritten).toBeGreaterThan(0);
    expect(String(double.workbook.findSheet("Usage")!.getValues("D3")[0][0]).endsWith("!")).toBe(true);
  });
});

describe("fingerprints", () => {
  it("FNV-1a as published (32-bit test vectors), and a fingerprint that tells near texts apart", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
    expect(fingerprint("[[1,2]]")).not.toBe(fingerprint("[[1,3]]"));
    expect(fingerprint("abc")).toBe(fingerprint("abc"));
    expect(fingerprint("foobar").startsWith("bf9cf968.")).toBe(true);
  });
});

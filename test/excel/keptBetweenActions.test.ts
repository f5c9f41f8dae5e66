import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import type { EngineClient } from "../../src/worker/engineClient";
import { localEngine } from "../../src/worker/localEngine";
import { EMPTY_SCENARIO } from "../../src/engine";
import { SEED, asOpenedInExcel } from "../helpers/seedInExcel";

/**
 * Issue 15: the parsed exports are kept while the workbook is unedited (Excel's change events say when
 * it is), the six history months are scored once per data change, and a re-score writes only the flag
 * blocks that changed. Checked on the double's counters, not on time.
 */
let double: ExcelDouble;
let restore: () => void;
const setUp = (excelApi: string) => {
  double = createExcelDouble({ excelApi });
  restore = double.install();
  double.workbook.addSheet("Usage", asOpenedInExcel(SEED));
};
afterEach(() => restore());

/** Cells of the export (header + 25 rows × 6 columns). */
const EXPORT_CELLS = 26 * 6;

/** The pane-thread engine, counting the reads it is sent (each read of the exports begins with "begin"). */
function countingEngine(): EngineClient & { reads: number } {
  const inner = localEngine();
  const counting = {
    reads: 0,
    call: inner.call,
    post: ((method, ...args) => {
      if (method === "begin") counting.reads++;
      inner.post(method, ...args);
    }) as EngineClient["post"],
    cancel: () => inner.cancel(),
    get generation() {
      return inner.generation;
    },
    where: inner.where,
  };
  return counting;
}

async function counted<T>(action: () => Promise<T>): Promise<{ result: T; read: number; written: number }> {
  await double.settleEvents();
  double.stats.reset();
  const result = await action();
  await double.settleEvents();
  return { result, read: double.stats.cellsRead, written: double.stats.cellsWritten };
}

describe("kept between actions (ExcelApi 1.14: edits are told apart from our own writes)", () => {
  beforeEach(() => setUp("1.14"));

  test("Score, then Explain, Simulate and the customer view read no export row again", async () => {
    const engine = countingEngine();
    const service = createExcelScoringService(undefined, { engine });
    await service.score({ today: "2026-12-06" });
    expect(engine.reads).toBe(1);
    // Finding the exports reads their headers' top rows every time; their rows, only once.
    const findOnly = (await counted(() => service.inspect())).read;
    const actions: (() => Promise<unknown>)[] = [() => service.explain({}), () => service.simulate({}, EMPTY_SCENARIO), () => service.customers({})];
    for (const action of actions) expect((await counted(action)).read).toBe(findOnly);
    expect(engine.reads).toBe(1);
  });

  test("a re-score after an anniversary change writes no flag cell, only the summary, and scores the history months once", async () => {
    const engine = countingEngine();
    const service = createExcelScoringService(undefined, { engine });
    const first = await counted(() => service.score({ today: "2026-12-06" }));
    const flagCells = 26 * first.result.report.flagTables!.find((t) => t.layout === "m365-usage")!.columns.length;
    expect(await engine.call("scorings")).toBe(7);
    const second = await counted(() => service.score({ today: "2026-12-06", anniversaries: { "modern-work": "2026-03-01" } }));
    expect(engine.reads).toBe(1);
    // The summary is written again; the flag columns are not.
    expect(second.written).toBeGreaterThan(0);
    expect(second.written).toBeLessThanOrEqual(first.written - flagCells);
    expect(second.result.flagRanges).toEqual(first.result.flagRanges);
    expect(second.result.renewal).not.toEqual(first.result.renewal);
    // Same data, same options: neither the score nor the history months are scored again.
    expect(await engine.call("scorings")).toBe(7);
    // Other options: both are.
    const third = await counted(() => service.score({ today: "2026-12-06", intermediate: 5 }));
    expect(await engine.call("scorings")).toBe(14);
    expect(third.result.flagRanges).toEqual(first.result.flagRanges);
  });

  test("a user's edit in the export: the next action reads it again, and the score and flags follow the edit", async () => {
    const engine = countingEngine();
    const service = createExcelScoringService(undefined, { engine });
    const before = await service.score({});
    const sheet = double.workbook.getSheet("Usage");
    const row = SEED.findIndex((r, i) => i > 0 && String(r[4]) !== "0") + 1;
    double.userEdit("Usage", `E${row}`, 0);
    double.userEdit("Usage", `F${row}`, 0);
    await double.settleEvents();
    const after = await counted(() => service.score({}));
    expect(engine.reads).toBe(2);
    expect(after.read).toBeGreaterThanOrEqual(EXPORT_CELLS);
    expect(after.result.report).not.toEqual(before.report);
    // The flag row of the edited row says what the engine says of it now.
    expect(sheet.getValues(`G${row}:H${row}`)).not.toEqual([["", ""]]);
  });

  test("a user's edit in our flag columns is repaired by the next Score", async () => {
    const service = createExcelScoringService();
    await service.score({});
    const sheet = double.workbook.getSheet("Usage");
    const written = sheet.getValues("G2:H26");
    double.userEdit("Usage", "H5", "typed over");
    await double.settleEvents();
    await service.score({});
    expect(sheet.getValues("G2:H26")).toEqual(written);
  });

  test("a new sheet with another export is found and read", async () => {
    const service = createExcelScoringService();
    const first = await service.inspect();
    double.workbook.addSheet("Usage 2", asOpenedInExcel(SEED));
    const second = await service.inspect();
    expect(second.exports.length).toBe(first.exports.length + 1);
  });
});

describe("nothing kept where Excel cannot tell our writes from the user's (before ExcelApi 1.14)", () => {
  beforeEach(() => setUp("1.9"));

  test("every action reads the exports again, and Score writes every flag cell", async () => {
    const engine = countingEngine();
    const service = createExcelScoringService(undefined, { engine });
    const first = await counted(() => service.score({}));
    await service.explain({});
    expect(engine.reads).toBe(2);
    const second = await counted(() => service.score({}));
    expect(engine.reads).toBe(3);
    expect(second.read).toBeGreaterThanOrEqual(EXPORT_CELLS);
    expect(second.written).toBe(first.written);
  });
});

/**
 * workbook.settings (ExcelApi 1.4): document settings kept with the file. Written as add-in code typed
 * with @types/office-js, run against the double installed as the global Excel.
 */
import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { freshDoubleEachTest } from "../helpers/freshDouble";

let double: ExcelDouble;
freshDoubleEachTest((d) => (double = d));

/** The stored value of a key in a new batch (as a reopened pane would read it), or null. */
function readSetting(key: string): Promise<unknown> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load("key, value");
    await context.sync();
    return setting.isNullObject ? null : setting.value;
  });
}

async function failure(batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<OfficeExtension.Error> {
  const error = await Excel.run(batch).then(
    () => null,
    (e: unknown) => e
  );
  if (!error) throw new Error("the batch did not fail");
  return error as OfficeExtension.Error;
}

describe("workbook.settings", () => {
  test("a setting added in one batch is read back in the next, as a fresh copy of its JSON value", async () => {
    const saved = { kind: "spd-calibrated-options", options: ["nca-smb-500"], designations: { "business-applications": { status: "matched" } } };
    await Excel.run(async (context) => {
      const setting = context.workbook.settings.add("spd.options", saved);
      setting.load("key");
      await context.sync();
      expect(setting.key).toBe("spd.options");
    });
    const first = (await readSetting("spd.options")) as typeof saved;
    expect(first).toEqual(saved);
    expect(first).not.toBe(saved);
    // Changing what was read (or what was written) does not change the workbook.
    first.options.push("growth-ttm");
    saved.options.push("growth-ttm");
    expect(await readSetting("spd.options")).toEqual({ ...saved, options: ["nca-smb-500"] });
    expect(double.workbook.settings.get("spd.options")).toEqual({ ...saved, options: ["nca-smb-500"] });
  });

  test("add on an existing key replaces its value; keys are case-sensitive", async () => {
    await Excel.run(async (context) => {
      context.workbook.settings.add("Mode", "a");
      context.workbook.settings.add("Mode", 2);
      context.workbook.settings.add("mode", [true, null, "x"]);
      const count = context.workbook.settings.getCount();
      const items = context.workbook.settings.load("items/key, items/value");
      await context.sync();
      expect(count.value).toBe(2);
      expect(items.items.map((s) => [s.key, s.value])).toEqual([
        ["Mode", 2],
        ["mode", [true, null, "x"]],
      ]);
    });
  });

  test("getItemOrNullObject gives a null object for a missing key; getItem fails the sync with ItemNotFound", async () => {
    expect(await readSetting("missing")).toBeNull();
    const error = await failure(async (context) => {
      context.workbook.settings.getItem("missing").load("value");
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });

  test("a value is readable only once loaded", async () => {
    double.workbook.settings.set("k", 1);
    await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItem("k");
      await context.sync();
      expect(() => setting.value).toThrow(/not available/);
    });
  });

  test("setting.value writes a new value at sync", async () => {
    double.workbook.settings.set("k", { a: 1 });
    await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItem("k");
      setting.value = { a: 2, b: ["c"] };
      await context.sync();
    });
    expect(await readSetting("k")).toEqual({ a: 2, b: ["c"] });
  });

  test("delete removes the setting; the deleted object cannot be used again", async () => {
    double.workbook.settings.set("k", "v");
    double.workbook.settings.set("other", "w");
    await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject("k");
      await context.sync();
      expect(setting.isNullObject).toBe(false);
      setting.delete();
      await context.sync();
      setting.load("value");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(await readSetting("k")).toBeNull();
    expect(await readSetting("other")).toBe("w");
  });

  test.each([
    ["undefined", undefined, /value is undefined/],
    ["a function", () => 1, /value is a function/],
    ["NaN", Number.NaN, /value is NaN/],
    ["Infinity inside a list", [1, Number.POSITIVE_INFINITY], /value\[1\] is Infinity/],
    ["an undefined property", { a: 1, b: undefined }, /value\.b is undefined/],
    ["a Date", new Date(0), /Date/],
    ["a Map", new Map([["a", 1]]), /value is a Map, not a plain object/],
    ["a bigint", BigInt(1), /value is a bigint/],
  ])("a value that is not plain JSON data (%s) fails the sync with InvalidArgument and is not stored", async (_, value, message) => {
    const error = await failure(async (context) => {
      context.workbook.settings.add("ok", "stored");
      context.workbook.settings.add("bad", value);
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(message);
    // Actions before the failing one stay applied, as in Excel (no rollback).
    expect(await readSetting("ok")).toBe("stored");
    expect(await readSetting("bad")).toBeNull();
  });

  test("a value that refers back to itself is refused", async () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const error = await failure(async (context) => {
      context.workbook.settings.add("bad", cyclic);
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(/value\.self refers back to itself/);
  });

  test("the same object twice (not a cycle) is fine", async () => {
    const shared = { x: 1 };
    await Excel.run(async (context) => {
      context.workbook.settings.add("k", { a: shared, b: [shared] });
      await context.sync();
    });
    expect(await readSetting("k")).toEqual({ a: { x: 1 }, b: [{ x: 1 }] });
  });

  test("a key must be a non-empty string", async () => {
    for (const key of ["", 7 as unknown as string]) {
      const error = await failure(async (context) => {
        context.workbook.settings.add(key, "v");
        await context.sync();
      });
      expect(error.code).toBe("InvalidArgument");
    }
    expect(double.workbook.settings.items).toHaveLength(0);
  });

  test("written values count toward the request payload limit", async () => {
    const small = createExcelDouble({ limits: { maxRequestBytes: 100 } });
    const error = await small.Excel.run(async (context) => {
      context.workbook.settings.add("big", "x".repeat(200));
      await context.sync();
    }).catch((e: unknown) => e as { code: string });
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(small.workbook.settings.items).toHaveLength(0);
  });
});

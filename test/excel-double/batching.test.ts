import { createExcelDouble, ExcelDoubleError } from "../../tools/excel-double";

function seeded() {
  const double = createExcelDouble();
  double.workbook.addSheet("Data", [
    ["Id", "Name", "Score"],
    [1, "Contoso", 10],
    [2, "Fabrikam", 20],
  ]);
  return double;
}

describe("strict loading", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const { Excel } = seeded();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C3");
      let caught: unknown;
      try {
        void range.values;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ExcelDoubleError);
      const err = caught as ExcelDoubleError;
      expect(err.code).toBe("PropertyNotLoaded");
      expect(err.name).toBe("RichApi.Error");
      expect(err.message).toBe(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
      // Loaded but not yet synced is still not available.
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Id", "Name", "Score"],
        [1, "Contoso", 10],
        [2, "Fabrikam", 20],
      ]);
      // Only what was loaded is readable.
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("accepts every load() form", async () => {
    const { Excel } = seeded();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1:B2").load("values, rowCount");
      const b = sheet.getRange("A1:B2").load(["address", "columnCount"]);
      const c = sheet.getRange("A1:B2").load({ values: true, format: { font: { bold: true } } });
      const d = sheet.getRange("A1:B2").load();
      const e = sheet.getRange("A1:B2").load({ select: "address", expand: "format/fill" });
      const f = context.load(sheet.getRange("B2"), "values");
      await context.sync();
      expect(a.values).toEqual([
        ["Id", "Name"],
        [1, "Contoso"],
      ]);
      expect(a.rowCount).toBe(2);
      expect([b.address, b.columnCount]).toEqual(["Data!A1:B2", 2]);
      expect(c.values[1][1]).toBe("Contoso");
      expect(c.format.font.bold).toBe(false);
      expect(() => c.format.font.color).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(d.address).toBe("Data!A1:B2");
      expect(d.formulas).toEqual([
        ["Id", "Name"],
        [1, "Contoso"],
      ]);
      expect(d.numberFormat).toEqual([
        ["General", "General"],
        ["General", "General"],
      ]);
      expect(e.address).toBe("Data!A1:B2");
      expect(e.format.fill.color).toBe("#FFFFFF");
      expect(f.values).toEqual([["Contoso"]]);
      expect(d.toJSON()).toMatchObject({ address: "Data!A1:B2", rowCount: 2 });
    });
  });

  it("rejects unknown properties at sync with InvalidArgument", async () => {
    const { Excel } = seeded();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").load("valuez");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("hands loaded values over only after sync resolves", async () => {
    const { Excel } = seeded();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      const pending = context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await pending;
      expect(range.values).toEqual([["Contoso"]]);
    });
  });

  it("can delay each sync to mimic a round trip", async () => {
    const double = createExcelDouble({ syncDelayMs: 20 });
    double.workbook.addSheet("S", [[1]]);
    const started = Date.now();
    const value = await double.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await context.sync();
      return r.values[0][0];
    });
    expect(value).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it("returns sync's pass-through value", async () => {
    const { Excel } = seeded();
    const out = await Excel.run(async (context) => context.sync("passed"));
    expect(out).toBe("passed");
  });
});

describe("object creation, as office-js instantiates objects", () => {
  it("fails the sync for getItem of a missing sheet even when the object is never used", async () => {
    const { Excel } = seeded();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Missing");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("makes isNullObject readable after a sync without load (the documented OrNullObject pattern)", async () => {
    const { Excel, workbook } = seeded();
    await Excel.run(async (context) => {
      let sheet = context.workbook.worksheets.getItemOrNullObject("Report");
      await context.sync();
      if (sheet.isNullObject) sheet = context.workbook.worksheets.add("Report");
      sheet.position = 0;
      await context.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Report", "Data"]);
  });

  it("resolves an object where it was created in the batch, not where it is used", async () => {
    const { Excel, workbook } = seeded();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const used = sheet.getUsedRange();
      sheet.getRange("A10").values = [["grows the used range after getUsedRange was created"]];
      used.load("address");
      await context.sync();
      expect(used.address).toBe("Data!A1:C3");
      // A renamed sheet is still the same object.
      sheet.name = "Renamed";
      const again = sheet.getRange("A1").load("address");
      await context.sync();
      expect(again.address).toBe("Renamed!A1");
    });
    expect(workbook.findSheet("Data")).toBeUndefined();
  });
});

describe("batched writes", () => {
  it("queues writes until sync", async () => {
    const { Excel, workbook, stats } = seeded();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1:D2").values = [["Extra"], [99]];
      expect(workbook.getSheet("Data").getValue("D1")).toBe("");
      await context.sync();
      expect(workbook.getSheet("Data").getValues("D1:D2")).toEqual([["Extra"], [99]]);
    });
    expect(stats.syncs).toBe(1);
  });

  it("makes a written value readable locally, like office-js", async () => {
    const { Excel } = seeded();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A5");
      range.values = [["x"]];
      expect(range.values).toEqual([["x"]]);
      await context.sync();
    });
  });

  it("flushes queued work after the batch, as Excel.run does", async () => {
    const { Excel, workbook, stats } = seeded();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A9").values = [["late"]];
    });
    expect(workbook.getSheet("Data").getValue("A9")).toBe("late");
    expect(stats.syncs).toBe(1);
    stats.reset();
    await Excel.run(async () => undefined);
    expect(stats.syncs).toBe(0);
    expect(stats.runs).toBe(1);
  });

  it("discards queued work when the batch throws", async () => {
    const { Excel, workbook } = seeded();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A9").values = [["never"]];
        throw new Error("boom");
      })
    ).rejects.toThrow("boom");
    expect(workbook.getSheet("Data").getValue("A9")).toBe("");
  });

  it("keeps actions before a failure applied and drops the rest (no rollback, like Excel)", async () => {
    const { Excel, workbook, stats } = seeded();
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("E1").values = [["before"]];
      const probe = data.getRange("A1").load("values");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
      data.getRange("E2").values = [["after"]];
      await expect(context.sync()).rejects.toMatchObject({
        code: "ItemNotFound",
        name: "RichApi.Error",
        debugInfo: { errorLocation: "WorksheetCollection.getItem" },
      });
      // Nothing loaded by the failed sync becomes readable.
      expect(() => probe.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(workbook.getSheet("Data").getValue("E1")).toBe("before");
    expect(workbook.getSheet("Data").getValue("E2")).toBe("");
    expect(stats.failedSyncs).toBe(1);
  });

  it("rejects a batch that does not return a promise", async () => {
    const { Excel } = seeded();
    const notAsync = (() => 1) as never;
    await expect(Excel.run(notAsync)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("supports getCount() results", async () => {
    const { Excel } = seeded();
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      context.workbook.worksheets.add("Two");
      await context.sync();
      expect(count.value).toBe(1);
      const again = context.workbook.worksheets.getCount();
      await context.sync();
      expect(again.value).toBe(2);
    });
  });
});

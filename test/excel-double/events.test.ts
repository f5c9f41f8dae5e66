import { createExcelDouble, type ExcelDouble, type WorksheetChangedEventArgs } from "../../tools/excel-double";
import type { RequestContext } from "../../tools/excel-double";

/**
 * Worksheet.onChanged (ExcelApi 1.7), WorksheetCollection.onChanged (1.9), onAdded / onDeleted (1.7)
 * and a user's edit (ExcelDouble.userEdit), as office-js has them: registration and removal queued until
 * sync, handlers called after the sync, triggerSource only on ExcelApi 1.14.
 */

function setup(excelApi = "1.14"): { double: ExcelDouble; events: unknown[] } {
  const double = createExcelDouble({ excelApi });
  double.workbook.addSheet("Data", [
    ["Id", "Name"],
    [1, "Contoso"],
  ]);
  double.workbook.addSheet("Other", [["x"]]);
  return { double, events: [] };
}

async function failure(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected a failure");
}

describe("Worksheet.onChanged", () => {
  it("calls the handler after the sync of an API write, with the written range and triggerSource ThisLocalAddin", async () => {
    const { double, events } = setup();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => void events.push({ ...e }));
      await context.sync();
    });
    expect(double.events.handlerCount).toBe(1);
    let syncReturned = false;
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2:C3").values = [
        ["Fabrikam", 2],
        ["Litware", 3],
      ];
      await context.sync();
      syncReturned = true;
      // Not inside the sync, and not before it returned: the handler runs in a later task.
      expect(events).toEqual([]);
    });
    expect(syncReturned).toBe(true);
    await double.settleEvents();
    const sheetId = double.workbook.findSheet("Data")!.id;
    expect(events).toEqual([
      { type: "WorksheetChanged", changeType: "RangeEdited", source: "Local", worksheetId: sheetId, address: "B2:C3", triggerSource: "ThisLocalAddin" },
    ]);
  });

  it("a user's edit fires with triggerSource Unknown, a one-cell change with its details (ExcelApi 1.9)", async () => {
    const { double, events } = setup();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => void events.push({ ...e }));
      await context.sync();
    });
    double.userEdit("Data", "B2", [["Northwind"]]);
    expect(double.workbook.findSheet("Data")!.getValues("B2")).toEqual([["Northwind"]]);
    await double.settleEvents();
    expect(events).toEqual([
      {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: double.workbook.findSheet("Data")!.id,
        address: "B2",
        triggerSource: "Unknown",
        details: { valueBefore: "Contoso", valueAfter: "Northwind", valueTypeBefore: "String", valueTypeAfter: "String" },
      },
    ]);
    // An edit on another sheet is not this sheet's event.
    double.userEdit("Other", "A1:B1", [["y", 2]]);
    await double.settleEvents();
    expect(events).toHaveLength(1);
  });

  it("getRange(ctx) on the event's arguments is the changed range", async () => {
    const { double } = setup();
    let address = "";
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => {
        await double.Excel.run(async (ctx) => {
          const range = e.getRange(ctx as never) as Excel.Range;
          range.load("address");
          await ctx.sync();
          address = range.address;
        });
      });
      await context.sync();
    });
    double.userEdit("Data", "A2:B2", [[7, "Adatum"]]);
    await double.settleEvents();
    expect(address).toBe("Data!A2:B2");
  });

  it("remove() is queued: the handler hears changes until the sync that removes it, on the context it was added in", async () => {
    const { double, events } = setup();
    const handler = async (e: WorksheetChangedEventArgs) => void events.push(e.address);
    const result = await double.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").onChanged.add(handler);
      await context.sync();
      return r;
    });
    // Queued on the handler's context but not synced yet: still registered.
    result.remove();
    double.userEdit("Data", "A3", 1);
    await double.settleEvents();
    expect(events).toEqual(["A3"]);
    // Syncing another context does not send that removal.
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A4").values = [[2]];
      await context.sync();
    });
    await double.settleEvents();
    expect(events).toEqual(["A3", "A4"]);
    // Excel.run(result.context, ...) runs on that context: its sync removes the handler.
    await double.Excel.run(result.context, async (context: RequestContext) => {
      await context.sync();
    });
    expect(double.events.handlerCount).toBe(0);
    double.userEdit("Data", "A5", 3);
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A6").values = [[4]];
      await context.sync();
    });
    await double.settleEvents();
    expect(events).toEqual(["A3", "A4"]);
  });

  it("an add() that is never synced registers nothing", async () => {
    const { double, events } = setup();
    const context = await double.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").onChanged.add(async (e) => void events.push(e));
      return ctx; // Excel.run's final flush sends the queued add.
    });
    expect(double.events.handlerCount).toBe(1);
    context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => void events.push(e));
    expect(double.events.handlerCount).toBe(1);
  });

  it("fires nothing for a sync that changes no cell data: loads, number formats, formats, selection, a rename", async () => {
    const { double, events } = setup();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void events.push(e));
      await context.sync();
      const sheet = context.workbook.worksheets.getItem("Data");
      const range = sheet.getRange("A1:B2");
      range.load("values");
      range.numberFormat = [
        ["@", "@"],
        ["0", "@"],
      ];
      range.format.font.bold = true;
      range.clear("Formats");
      range.select();
      sheet.name = "Data2";
      await context.sync();
    });
    await double.settleEvents();
    expect(events).toEqual([]);
  });

  it("Range.clear (contents) fires; a write of the same values fires too, as Excel reports the edit, not a difference", async () => {
    const { double, events } = setup();
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.onChanged.add(async (e) => void events.push(e.address));
      await context.sync();
      sheet.getRange("A2:B2").values = [[1, "Contoso"]];
      await context.sync();
      sheet.getRange("B1:B2").clear("Contents");
      await context.sync();
    });
    await double.settleEvents();
    expect(events).toEqual(["A2:B2", "B1:B2"]);
  });

  it("changes made before a failing action of the same sync still fire (Excel keeps them)", async () => {
    const { double, events } = setup();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void events.push(e.address));
      await context.sync();
    });
    const error = await failure(() =>
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("D1").values = [["kept"]];
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["never"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
    await double.settleEvents();
    expect(events).toEqual(["D1"]);
  });

  it("a handler on a sheet that is deleted is no longer called", async () => {
    const { double, events } = setup();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Other").onChanged.add(async (e) => void events.push(e));
      await context.sync();
      context.workbook.worksheets.getItem("Other").delete();
      context.workbook.worksheets.add("Other");
      await context.sync();
    });
    double.userEdit("Other", "A1", "again");
    await double.settleEvents();
    expect(events).toEqual([]);
  });
});

describe("WorksheetCollection events", () => {
  it("onChanged hears every sheet; onAdded and onDeleted give the sheet's id", async () => {
    const { double } = setup();
    const seen: string[] = [];
    await double.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.onChanged.add(async (e) => void seen.push(`changed ${e.address} on ${e.worksheetId}`));
      sheets.onAdded.add(async (e) => void seen.push(`${e.type} ${e.worksheetId}`));
      sheets.onDeleted.add(async (e) => void seen.push(`${e.type} ${e.worksheetId}`));
      await context.sync();
      context.workbook.worksheets.getItem("Other").getRange("C3").values = [[1]];
      context.workbook.worksheets.add("New");
      await context.sync();
    });
    const other = double.workbook.findSheet("Other")!.id;
    const created = double.workbook.findSheet("New")!.id;
    double.userEdit("Data", "A1", "Key");
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("New").delete();
      await context.sync();
    });
    await double.settleEvents();
    expect(seen).toEqual([
      `changed C3 on ${other}`,
      `WorksheetAdded ${created}`,
      `changed A1 on ${double.workbook.findSheet("Data")!.id}`,
      `WorksheetDeleted ${created}`,
    ]);
  });
});

describe("requirement sets", () => {
  it("without ExcelApi 1.14 the arguments have no triggerSource (an older Excel); details need 1.9", async () => {
    for (const [api, hasTrigger, hasDetails] of [
      ["1.9", false, true],
      ["1.8", false, false],
    ] as const) {
      const { double, events } = setup(api);
      await double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => void events.push(e));
        await context.sync();
      });
      double.userEdit("Data", "A2", 5);
      await double.settleEvents();
      expect(events).toHaveLength(1);
      const e = events[0] as Record<string, unknown>;
      expect("triggerSource" in e).toBe(hasTrigger);
      expect("details" in e).toBe(hasDetails);
      expect(e).toMatchObject({ type: "WorksheetChanged", changeType: "RangeEdited", address: "A2" });
    }
  });

  it("Worksheet.onChanged needs ExcelApi 1.7 and WorksheetCollection.onChanged 1.9: an older Excel fails the sync with ApiNotFound", async () => {
    const old = createExcelDouble({ excelApi: "1.6" });
    old.workbook.addSheet("Data", [["a"]]);
    const e1 = await failure(() =>
      old.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").onChanged.add(async () => undefined);
        await context.sync();
      })
    );
    expect(e1.code).toBe("ApiNotFound");
    expect(e1.message).toMatch(/Worksheet\.onChanged needs ExcelApi 1\.7/);

    const v18 = createExcelDouble({ excelApi: "1.8" });
    v18.workbook.addSheet("Data", [["a"]]);
    const e2 = await failure(() =>
      v18.Excel.run(async (context) => {
        context.workbook.worksheets.onChanged.add(async () => undefined);
        await context.sync();
      })
    );
    expect(e2.code).toBe("ApiNotFound");
    expect(e2.message).toMatch(/WorksheetCollection\.onChanged needs ExcelApi 1\.9/);
    expect(v18.events.handlerCount).toBe(0);
    // Worksheet.onChanged is there on 1.8.
    await v18.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(async () => undefined);
      await context.sync();
    });
    expect(v18.events.handlerCount).toBe(1);
  });

  it("the double stands in for ExcelApi up to 1.14, and answers 1.9 by default", () => {
    expect(createExcelDouble().excelApi).toBe("1.9");
    expect(createExcelDouble({ excelApi: "1.14" }).Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(true);
    expect(() => createExcelDouble({ excelApi: "1.15" })).toThrow(/up to 1\.14/);
  });

  it("the enums are there: Excel.EventTriggerSource, Excel.DataChangeType", () => {
    const { double } = setup();
    expect(double.Excel.EventTriggerSource.thisLocalAddin).toBe("ThisLocalAddin");
    expect(double.Excel.DataChangeType.rangeEdited).toBe("RangeEdited");
  });
});

describe("handlers", () => {
  it("a handler that throws does not stop the others; its error is kept", async () => {
    const { double, events } = setup();
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.onChanged.add(async () => {
        throw new Error("boom");
      });
      sheet.onChanged.add(async (e) => void events.push(e.address));
      await context.sync();
    });
    double.userEdit("Data", "B1", "x");
    await double.settleEvents();
    expect(events).toEqual(["B1"]);
    expect(double.events.handlerErrors).toHaveLength(1);
  });

  it("a user edit on a protected cell is refused and fires nothing", async () => {
    const { double, events } = setup();
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.onChanged.add(async (e) => void events.push(e));
      sheet.protection.protect();
      await context.sync();
    });
    expect(() => double.userEdit("Data", "A1", "no")).toThrow();
    await double.settleEvents();
    expect(events).toEqual([]);
  });
});

/**
 * Where Excel refuses a write, the double refuses it the same way (issue 13): cell text over
 * 32,767 characters, cells past XFD / row 1,048,576, writes to a protected sheet. Sources are cited
 * in tools/excel-double/model/cellInput.ts, proxies/worksheet.ts and model/protection.ts.
 */
import { createExcelDouble, MAX_CELL_TEXT } from "../../tools/excel-double";

describe("cell text over Excel's 32,767-character limit", () => {
  it("is refused with InvalidArgument, the whole sync applying nothing after it; 32,767 characters fit", async () => {
    const { Excel, workbook } = createExcelDouble();
    const sheet = workbook.addSheet("S");
    expect(MAX_CELL_TEXT).toBe(32_767);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["x".repeat(32_767)]];
      await context.sync();
      ws.getRange("A2").values = [["y".repeat(32_768)]];
      ws.getRange("A3").values = [["after"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.values" } });
    });
    expect(String(sheet.getValue("A1")).length).toBe(32_767);
    expect(sheet.getValue("A2")).toBe("");
    expect(sheet.getValue("A3")).toBe("");
  });

  it("is refused in a text-formatted cell, through formulas, and with an apostrophe prefix counted", async () => {
    const { Excel, workbook } = createExcelDouble();
    workbook.addSheet("S").setNumberFormat("A1", "@");
    for (const [property, text] of [
      ["values", "z".repeat(32_768)],
      ["formulas", "z".repeat(40_000)],
      ["values", `'${"z".repeat(32_767)}`],
    ] as const)
      await expect(
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("S").getRange("A1");
          range[property] = [[text]];
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Excel's grid: 16,384 columns (A to XFD) by 1,048,576 rows", () => {
  it("takes a write in XFD1048576 but refuses any range reaching past it with InvalidArgument", async () => {
    const { Excel, workbook } = createExcelDouble();
    const sheet = workbook.addSheet("S");
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRangeByIndexes(1_048_575, 16_383, 1, 1).values = [["corner"]];
      await context.sync();
      ws.getRangeByIndexes(0, 16_383, 1, 2).values = [["a", "b"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ws.getRangeByIndexes(1_048_575, 0, 2, 1).values = [["a"], ["b"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      ws.getRange("XFD1").getColumnsAfter(1).values = [["c"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(sheet.getValue("XFD1048576")).toBe("corner");
    expect(sheet.usedAddress(true)).toBe("XFD1048576");
  });

  it("stores cells sparsely: a value in XFD1 and one 300k rows down stay cheap to hold, find and read around", async () => {
    const { Excel, workbook } = createExcelDouble();
    const sheet = workbook.addSheet("S", [
      ["a", "b"],
      [1, 2],
    ]);
    sheet.setValues("XFD1", [["far right"]]);
    sheet.setValues("C300000", [["far down"]]);
    const started = Date.now();
    const found = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const used = ws.getUsedRange(true).load("address");
      const band = ws.getRangeByIndexes(0, 0, 300_000, 2).getUsedRangeOrNullObject(true).load("address");
      const right = ws.getRangeByIndexes(1, 2, 10, 16_382).getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      return { used: used.address, band: band.address, right: right.isNullObject };
    });
    // Columns A to XFD are whole rows: Excel writes the address as rows.
    expect(found).toEqual({ used: "S!1:300000", band: "S!A1:B2", right: true });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("Range.getUsedRange: the used cells within the range", () => {
  it("is the block around the used cells inside the range, ItemNotFound (or a null object) when there are none", async () => {
    const { Excel, workbook } = createExcelDouble();
    workbook.addSheet("S").setValues("A1", [
      ["a", "", "c"],
      ["", "", ""],
      ["x", "", "z"],
    ]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const column = ws.getRange("A:A").getUsedRange(true).load("address");
      const middle = ws.getRange("B1:B3").getUsedRangeOrNullObject(true).load("address");
      const row = ws.getRange("B1:Z1").getUsedRange(true).load("address");
      await context.sync();
      expect([column.address, middle.isNullObject, row.address]).toEqual(["S!A1:A3", true, "S!C1"]);
      ws.getRange("B2").getUsedRange(true).load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});

describe("worksheet protection", () => {
  it("protect() makes writes to locked cells fail with AccessDenied, applying nothing from there; unprotect() lifts it", async () => {
    const { Excel, workbook } = createExcelDouble();
    const sheet = workbook.addSheet("S", [["keep"]]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.protection.protect();
      const state = ws.protection.load("protected");
      await context.sync();
      expect(state.protected).toBe(true);
      ws.getRange("A1").values = [["changed"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied", name: "RichApi.Error", debugInfo: { errorLocation: "Range.values" } });
      ws.getRange("B1").numberFormat = [["0%"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.getRange("B1").format.font.bold = true;
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.getRange("A:A").format.autofitColumns();
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.getRange("A1").clear();
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.tables.add("A1:A2", true);
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.charts.add("Line", ws.getRange("A1:A2"), "Auto");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.protection.protect();
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.protection.unprotect();
      ws.getRange("A2").values = [["now fine"]];
      await context.sync();
    });
    expect(sheet.getValues("A1:A2")).toEqual([["keep"], ["now fine"]]);
  });

  it("reads through worksheets.load('items/protection/protected'), allows unlocked cells and the allowed formatting, wants the password", async () => {
    const { Excel, workbook } = createExcelDouble();
    const open = workbook.addSheet("Open");
    const locked = workbook.addSheet("Locked").setLocked("B2:B5", false).protect({ allowFormatCells: true }, "pw");
    const states = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/protection/protected");
      await context.sync();
      const ws = context.workbook.worksheets.getItem("Locked");
      ws.getRange("B3:B4").values = [["in"], ["put"]];
      ws.getRange("A1").format.fill.color = "#FFFF00";
      await context.sync();
      ws.getRange("B5:B6").values = [["half"], ["out"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.protection.unprotect("wrong");
      await expect(context.sync()).rejects.toMatchObject({ code: "BadPassword" });
      return sheets.items.map((s) => [s.name, s.protection.protected]);
    });
    expect(states).toEqual([
      ["Open", false],
      ["Locked", true],
    ]);
    expect(locked.getValues("B3:B4")).toEqual([["in"], ["put"]]);
    expect(locked.getCell("A1").format.fillColor).toBe("#FFFF00");
    expect(open.protection.protected).toBe(false);
  });

  it("does not stop deleting the protected sheet (that is workbook protection)", async () => {
    const { Excel, workbook } = createExcelDouble();
    workbook.addSheet("Keep");
    workbook.addSheet("Ours").protect();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ours").delete();
      await context.sync();
    });
    expect(workbook.findSheet("Ours")).toBeUndefined();
  });
});

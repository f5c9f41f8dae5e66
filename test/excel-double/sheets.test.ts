import { createExcelDouble } from "../../tools/excel-double";

function setup() {
  const double = createExcelDouble();
  double.workbook.addSheet("Sheet1", [["a"]]);
  return double;
}

async function addSheet(name: string) {
  const double = setup();
  return double.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}

describe("sheet-name rules", () => {
  it("accepts a valid 31-character name with spaces and punctuation", async () => {
    await expect(addSheet("Partner Center - Usage (2024).")).resolves.toBe("Partner Center - Usage (2024).");
    await expect(addSheet("x".repeat(31))).resolves.toHaveLength(31);
  });

  it.each([
    ["empty", ""],
    ["32 characters", "x".repeat(32)],
    ["colon", "a:b"],
    ["backslash", "a\\b"],
    ["slash", "a/b"],
    ["question mark", "a?b"],
    ["asterisk", "a*b"],
    ["open bracket", "a[b"],
    ["close bracket", "a]b"],
    ["leading apostrophe", "'ab"],
    ["trailing apostrophe", "ab'"],
    ["reserved History", "History"],
    ["reserved history (any case)", "hIsToRy"],
  ])("rejects %s with InvalidArgument", async (_label, name) => {
    await expect(addSheet(name)).rejects.toMatchObject({ code: "InvalidArgument", name: "RichApi.Error" });
  });

  it("allows an apostrophe inside the name", async () => {
    await expect(addSheet("Partner's data")).resolves.toBe("Partner's data");
  });

  it("rejects a duplicate name, ignoring case, with ItemAlreadyExists", async () => {
    await expect(addSheet("SHEET1")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("applies the same rules when renaming", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("Other");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").name = "sheet1";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await Excel.run(async (context) => {
      // Changing only the case of its own name is fine.
      context.workbook.worksheets.getItem("Other").name = "OTHER";
      await context.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "OTHER"]);
  });

  it("also guards seeding", () => {
    const { workbook } = setup();
    expect(() => workbook.addSheet("bad/name")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });
});

describe("worksheets collection", () => {
  it("adds sheets with default names at the end without activating them", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add();
      added.load("name, position");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([added.name, added.position, active.name]).toEqual(["Sheet2", 1, "Sheet1"]);
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet2"]);
  });

  it("finds sheets by name ignoring case and lists items after load", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("My Data");
    await Excel.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("my data").load("name, id");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(byName.name).toBe("My Data");
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "My Data"]);
      const byId = context.workbook.worksheets.getItem(byName.id).load("name");
      await context.sync();
      expect(byId.name).toBe("My Data");
    });
  });

  it("rejects getItem of a missing sheet with ItemNotFound at sync", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("Nope");
      missing.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("gives a null object from getItemOrNullObject", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      missing.load("name");
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
      // Acting on a null object fails the sync.
      missing.getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  it("deletes and activates sheets, refusing to delete the last visible one", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("Two");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Two").activate();
      await context.sync();
      expect(workbook.activeSheet?.name).toBe("Two");
      context.workbook.worksheets.getItem("Two").delete();
      await context.sync();
      expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
      expect(workbook.activeSheet?.name).toBe("Sheet1");
      context.workbook.worksheets.getItem("Sheet1").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  it("uses a sheet added earlier in the same batch", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const out = context.workbook.worksheets.add("Out");
      out.getRange("A1:B1").values = [["x", "y"]];
      out.freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(workbook.getSheet("Out").getValues()).toEqual([["x", "y"]]);
    expect(workbook.getSheet("Out").frozenRows).toBe(1);
  });
});

describe("ranges on sheets", () => {
  it("quotes sheet names in addresses as Excel does", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("My Sheet");
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("My Sheet").getRange("A1:C3").load("address");
      const plain = context.workbook.worksheets.getItem("Sheet1").getRange("$b$2").load("address");
      const col = context.workbook.worksheets.getItem("Sheet1").getRange("A:B").load("address");
      await context.sync();
      expect(r.address).toBe("'My Sheet'!A1:C3");
      expect(plain.address).toBe("Sheet1!B2");
      expect(col.address).toBe("Sheet1!A:B");
    });
  });

  it("returns A1 as the used range of an empty sheet and a null object for the OrNullObject variant", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("Empty");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Empty");
      const used = sheet.getUsedRange().load("address, values, rowCount, columnCount");
      const orNull = sheet.getUsedRangeOrNullObject().load("address");
      await context.sync();
      expect(used.address).toBe("Empty!A1");
      expect(used.values).toEqual([[""]]);
      expect([used.rowCount, used.columnCount]).toEqual([1, 1]);
      expect(orNull.isNullObject).toBe(true);
    });
  });

  it("reports the used range of data that does not start at A1", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("Offset").setValues("C3", [
      [1, 2],
      [3, 4],
    ]);
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Offset").getUsedRange(true).load("address, rowIndex, columnIndex");
      await context.sync();
      expect([used.address, used.rowIndex, used.columnIndex]).toEqual(["Offset!C3:D4", 2, 2]);
    });
  });

  it.each(["A0", "ZZZZ1", "A1:", "Other!A1", "Named_Range"])("rejects getRange(%p) with InvalidArgument", async (address) => {
    const { Excel } = setup();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(address).load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("navigates with getCell, getOffsetRange, getRow, getColumn, getLastRow and getRangeByIndexes", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const base = sheet.getRange("B2:D5");
      const parts = [
        base.getCell(1, 2),
        base.getOffsetRange(1, -1),
        base.getRow(0),
        base.getColumn(2),
        base.getLastRow(),
        base.getEntireColumn(),
        base.getIntersection("C1:C3"),
        sheet.getRangeByIndexes(9, 0, 2, 3),
      ].map((r) => r.load("address"));
      const worksheet = base.worksheet.load("name");
      await context.sync();
      expect(parts.map((p) => p.address)).toEqual([
        "Sheet1!D3",
        "Sheet1!A3:C6",
        "Sheet1!B2:D2",
        "Sheet1!D2:D5",
        "Sheet1!B5:D5",
        "Sheet1!B:D",
        "Sheet1!C2:C3",
        "Sheet1!A10:C11",
      ]);
      expect(worksheet.name).toBe("Sheet1");
      sheet.getRange("A1").getOffsetRange(-1, 0).load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  it("reads and moves the selection", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("Pick");
    workbook.setSelection("Pick", "B2:C3");
    await Excel.run(async (context) => {
      const sel = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(sel.address).toBe("Pick!B2:C3");
      context.workbook.worksheets.getItem("Sheet1").getRange("D4").select();
      await context.sync();
    });
    expect(workbook.selection).toEqual({ sheet: "Sheet1", address: "D4" });
  });

  it("clears contents or formats", async () => {
    const { Excel, workbook } = setup();
    const s = workbook.getSheet("Sheet1");
    s.setValues("A1", [["a", "b"]]);
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.format.font.bold = true;
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").clear("Contents");
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").clear();
      await context.sync();
    });
    expect(s.getCell("A1")).toMatchObject({ value: "", format: { bold: true } });
    expect(s.getCell("B1")).toMatchObject({ value: "", format: {} });
  });
});

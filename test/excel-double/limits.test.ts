import { createExcelDouble, DEFAULT_LIMITS } from "../../tools/excel-double";
import { utf8Length } from "../../tools/excel-double/limits";
import { mulberry32 as random } from "../../scripts/samples/prng";

describe("payload and size limits", () => {
  it("defaults to Excel on the web's limits", () => {
    expect(DEFAULT_LIMITS).toEqual({ maxRequestBytes: 5_000_000, maxResponseBytes: 5_000_000, maxCellsPerRead: 5_000_000 });
  });

  it("rejects a sync whose written values exceed the request limit, applying nothing", async () => {
    const { Excel, workbook, stats } = createExcelDouble({ limits: { maxRequestBytes: 1000 } });
    workbook.addSheet("S");
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]);
    const json = JSON.stringify(rows).length;
    expect(json).toBeGreaterThan(1000);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B100").values = rows;
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded", name: "RichApi.Error" });
    });
    expect(workbook.getSheet("S").getValues()).toEqual([]);
    expect(stats).toMatchObject({ syncs: 1, failedSyncs: 1, bytesWritten: 0, cellsWritten: 0, maxRequestBytes: json });
  });

  it("counts formulas and number formats toward the request too", async () => {
    const { Excel, workbook } = createExcelDouble({ limits: { maxRequestBytes: 50 } });
    workbook.addSheet("S");
    await expect(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("S").getRange("A1:A3");
        r.formulas = [["=1+1"], ["=2+2"], ["=3+3"]];
        r.numberFormat = [["0.00"], ["0.00"], ["0.00"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("accepts the same data split across syncs under the limit", async () => {
    const { Excel, workbook, stats } = createExcelDouble({ limits: { maxRequestBytes: 1000 } });
    workbook.addSheet("S");
    const rows = Array.from({ length: 100 }, (_, i) => [`row ${i}`, i]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      for (let start = 0; start < rows.length; start += 25) {
        sheet.getRangeByIndexes(start, 0, 25, 2).values = rows.slice(start, start + 25);
        await context.sync();
      }
    });
    expect(workbook.getSheet("S").getValues()).toEqual(rows);
    expect(stats.syncs).toBe(4);
    const expected = [0, 25, 50, 75].reduce((n, s) => n + JSON.stringify(rows.slice(s, s + 25)).length, 0);
    expect(stats.bytesWritten).toBe(expected);
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(1000);
    expect(stats.cellsWritten).toBe(200);
  });

  it("rejects a sync whose loaded values exceed the response limit", async () => {
    const { Excel, workbook, stats } = createExcelDouble({ limits: { maxResponseBytes: 500 } });
    workbook.addSheet(
      "S",
      Array.from({ length: 100 }, (_, i) => [`value number ${i}`])
    );
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:A100").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const small = context.workbook.worksheets.getItem("S").getRange("A1:A10").load("values");
      await context.sync();
      expect(small.values[9]).toEqual(["value number 9"]);
    });
    expect(stats.failedSyncs).toBe(1);
    expect(stats.maxResponseBytes).toBeGreaterThan(500);
  });

  it("rejects reading a range above the cell limit with RangeExceedsLimit (checked before reading)", async () => {
    const { Excel, workbook } = createExcelDouble({ limits: { maxCellsPerRead: 1000 } });
    workbook.addSheet("S");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:J101").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
      // Exactly at the limit is fine, and so is loading only the address of a huge range.
      const ok = sheet.getRange("A1:J100").load("values");
      const whole = sheet.getRange().load("address, rowCount, columnCount");
      await context.sync();
      expect(ok.values).toHaveLength(100);
      expect([whole.address, whole.rowCount, whole.columnCount]).toEqual(["S!1:1048576", 1048576, 16384]);
    });
  });

  it("rejects reading a whole sheet's values with the default 5M-cell limit", async () => {
    const { Excel, workbook } = createExcelDouble();
    workbook.addSheet("S");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A:E").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("stats", () => {
  it("counts syncs, bytes, cells and suspend calls, and resets", async () => {
    const { Excel, workbook, stats } = createExcelDouble();
    workbook.addSheet("S", [
      ["a", 1],
      ["b", 2],
    ]);
    await Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const r = context.workbook.worksheets.getItem("S").getRange("A1:B2").load("values");
      await context.sync();
      expect(r.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
      context.workbook.worksheets.getItem("S").getRange("C1:C2").values = [["x"], ["y"]];
      await context.sync();
    });
    expect(stats).toMatchObject({
      runs: 1,
      syncs: 2,
      failedSyncs: 0,
      bytesRead: JSON.stringify([
        ["a", 1],
        ["b", 2],
      ]).length,
      cellsRead: 4,
      bytesWritten: JSON.stringify([["x"], ["y"]]).length,
      cellsWritten: 2,
      suspendCalls: 1,
    });
    stats.reset();
    expect(stats).toMatchObject({ runs: 0, syncs: 0, bytesRead: 0, bytesWritten: 0, cellsRead: 0, cellsWritten: 0, suspendCalls: 0 });
  });

  it("measures bytes as UTF-8", async () => {
    const { Excel, workbook, stats } = createExcelDouble();
    workbook.addSheet("S");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["é€"]];
      await context.sync();
    });
    // [["é€"]] is 8 characters: 6 ASCII bytes, é is 2 bytes and € is 3 bytes in UTF-8.
    expect(stats.bytesWritten).toBe(11);
  });

  it("moves a 100k-row export through a bounded number of syncs", async () => {
    const { Excel, workbook, stats } = createExcelDouble();
    const header = ["PartnerId", "Customer", "Workload", "Month", "Active users"];
    const rows = Array.from({ length: 100_000 }, (_, i) => [1000 + (i % 500), `Customer ${i}`, "Teams", "2024-06", i % 97]);
    workbook.addSheet("Export", [header, ...rows]);
    workbook.addSheet("Copy");

    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Export").getUsedRange(true).load("rowCount, columnCount");
      await context.sync();
      const chunk = 20_000;
      const source = context.workbook.worksheets.getItem("Export");
      const target = context.workbook.worksheets.getItem("Copy");
      for (let start = 0; start < used.rowCount; start += chunk) {
        const n = Math.min(chunk, used.rowCount - start);
        const block = source.getRangeByIndexes(start, 0, n, used.columnCount).load("values");
        await context.sync();
        target.getRangeByIndexes(start, 0, n, used.columnCount).values = block.values;
        await context.sync();
      }
    });

    expect(stats.syncs).toBe(1 + 2 * 6);
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
    expect(stats.cellsRead).toBe(100_001 * 5);
    expect(stats.cellsWritten).toBe(100_001 * 5);
    const copy = workbook.getSheet("Copy");
    // Written back into General cells, Excel reads the month "2024-06" as 1 Jun 2024 (serial 45444, "mmm-yy").
    const asExcelStores = (row: (string | number)[]) => row.map((v) => (v === "2024-06" ? 45444 : v));
    expect(copy.getValues("A1:E2")).toEqual([header, asExcelStores(rows[0])]);
    expect(copy.getValues("A100001:E100001")).toEqual([asExcelStores(rows[99_999])]);
    expect(copy.getCell("D2").text).toBe("Jun-24");
  });
});

describe("utf8Length", () => {
  it("is the UTF-8 length Node encodes, for text of every width", () => {
    const next = random(8);
    const pieces = ["a", "Contoso", "é", "Müller", "−", "日本", "😀", "\u0080", "\u07ff", "\u0800", "\uffff", '"', "\n"];
    for (let i = 0; i < 5_000; i++) {
      let s = "";
      for (let n = Math.floor(next() * 12); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)];
      expect([s, utf8Length(s)]).toEqual([s, Buffer.byteLength(s, "utf8")]);
    }
  });

  it("counts a lone surrogate as 3 bytes at the end and a high one as a pair elsewhere, as the request size estimate always has", () => {
    expect(["\ud800", "\udc00", "a\udc00b", "\ud800a", "\ud800é"].map(utf8Length)).toEqual([3, 3, 5, 4, 4]);
  });
});

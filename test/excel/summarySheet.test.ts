import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExcelDouble } from "../../tools/excel-double";
import { SUMMARY_SHEET, summaryLayout, type Report, type SummaryBlock, type SummaryExtras } from "../../src/engine";
import { writeBlocks } from "../../src/excel/writeBlocks";
import { widthInPoints } from "../../src/excel/blocks";
import { addSummarySheet } from "../../src/cli/summarySheet";
import { WorkbookNotes } from "../../src/cli/workbookNotes";
import { sampleReport } from "../helpers/summarySamples";
import { freshDoubleEachTest } from "../helpers/freshDouble";

/**
 * The add-in's summary sheet through the in-memory double (writeBlocks on the empty sheet the service
 * hands it), and the same layout through the --out writer: the same cells, widths and colours.
 */
const { report, extras } = sampleReport(true);
const REASON = `${"A renewal reason that goes on and on ".repeat(15).trim()}.`;
const WARNING = `${"A warning about many rows of many exports ".repeat(7).trim()}.`;
const long: Report = { ...report, warnings: [...report.warnings, { code: "long", message: WARNING, kind: "info", title: "Long" }] };
const longExtras: SummaryExtras = { ...extras, renewal: extras.renewal?.map((r) => ({ ...r, reason: REASON })) };
const SOURCES = ["modern-work-usage.csv", "azure-usage.csv"];

let double: ExcelDouble;
freshDoubleEachTest((d) => (double = d));

async function addIn(blocks: SummaryBlock[]) {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(SUMMARY_SHEET);
    writeBlocks(sheet, SUMMARY_SHEET, blocks);
    await context.sync();
  });
  return double.workbook.getSheet(SUMMARY_SHEET);
}

async function commandLine(): Promise<ExcelJS.Worksheet> {
  const file = join(mkdtempSync(join(tmpdir(), "spd-summary-")), "out.xlsx");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  addSummarySheet(writer, long, SOURCES, longExtras, new WorkbookNotes());
  await writer.commit();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.getWorksheet(SUMMARY_SHEET)!;
}

const blocks = () => summaryLayout(long, SOURCES, longExtras);
const find = (values: unknown[][], first: string) => values.findIndex((r) => r[0] === first);

describe("the add-in's summary sheet", () => {
  test("column widths come from the layout, not from autofit: long texts leave them alone, A–G fit a 1,366 px screen", async () => {
    const sheet = await addIn(blocks());
    const setup = blocks()[0] as Extract<SummaryBlock, { kind: "setup" }>;
    setup.widths.forEach((w, c) => expect(sheet.columnWidth(c)).toBe(widthInPoints(w)));
    const pixels = [0, 1, 2, 3, 4, 5, 6].reduce((sum, c) => sum + sheet.columnWidth(c) / 0.75, 0);
    expect(pixels).toBeLessThanOrEqual(1300);
    expect(sheet.frozenRows).toBe(1);
  });

  test("the designations table is at the top with totals as numbers, statuses in their colours", async () => {
    const sheet = await addIn(blocks());
    const values = sheet.getValues();
    const header = find(values, "Designation");
    expect(header).toBeLessThan(10);
    expect(values[header].slice(0, 6)).toEqual(["Designation", "Track that counts", "Total", "Status", "Points to 70", "Next step"]);
    const mw = find(values, "Solutions Partner for Modern Work");
    expect(values[mw].slice(1, 4)).toEqual(["SMB (best)", 86.1, "Qualified"]);
    const cell = (r: number, c: number) => sheet.getCell(`${"ABCDEFG"[c]}${r + 1}`);
    expect(cell(mw, 2)).toMatchObject({ numberFormat: "0.0#_)", text: "86.1 " });
    expect(cell(mw, 3).format).toMatchObject({ fillColor: "#C6EFCE", fontColor: "#006100" });
    const dai = find(values, "Solutions Partner for Data & AI (Azure)");
    expect(values[dai][3]).toBe("In progress");
    expect(cell(dai, 3).format).toMatchObject({ fillColor: "#FFEB9C", fontColor: "#9C5700" });
    // A metric at some points but not all: amber; at none: red.
    const partly = values.findIndex((r) => r[6] === "Partly");
    expect(cell(partly, 6).format.fillColor).toBe("#FFEB9C");
    const notMet = values.findIndex((r) => r[6] === "Not met");
    expect(cell(notMet, 6).format).toMatchObject({ fillColor: "#FFC7CE", fontColor: "#9C0006" });
    expect(double.workbook.getTable("SPDDesignations")).toBeTruthy();
    expect(double.workbook.getTable("SPD_modern_work")).toBeTruthy();
  });

  test("text Excel would read as a date or a number keeps the text format, set before its value", async () => {
    const sheet = await addIn(blocks());
    const values = sheet.getValues();
    const asOf = find(values, "As-of month");
    expect(sheet.getCell(`B${asOf + 1}`)).toMatchObject({ value: "2025-10", numberFormat: "@" });
    // The history's month (with its best track): text, never a date.
    const month = values.findIndex((r) => String(r[0]).startsWith("Oct-2025"));
    expect(sheet.getCell(`A${month + 1}`)).toMatchObject({ value: expect.stringMatching(/^Oct-2025/), numberFormat: "@" });
    // The trend table's months too (from column C).
    const trendMonth = values.findIndex((r) => r[2] === "May-2025");
    expect(sheet.getCell(`C${trendMonth + 1}`)).toMatchObject({ value: "May-2025", numberFormat: "@" });
  });

  test("wrapped rows are as high as their lines; the trend chart sits in A:B beside its table", async () => {
    const sheet = await addIn(blocks());
    const values = sheet.getValues();
    const reason = values.findIndex((r) => r[0] === "Reason");
    expect(values[reason][1]).toBe(REASON);
    expect(sheet.rowHeight(reason)).toBeGreaterThanOrEqual(45);
    const charts = sheet.charts.filter((c) => !c.deleted).map((c) => c.snapshot());
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) expect(c.cells).toMatch(/^A\d+:/);
    const chartLeft = charts.map((c) => c.cells.split(":")[1].replace(/\d+/, ""));
    // 384 points wide: within A:B or just into C.
    for (const right of chartLeft) expect(["A", "B", "C"]).toContain(right);
  });

  test("the --out summary has the same cells, widths, formats and colours", async () => {
    const sheet = await addIn(blocks());
    const out = await commandLine();
    const values = sheet.getValues();
    const differences: string[] = [];
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = out.getRow(r + 1).getCell(c + 1);
        // A merged area's other cells read as its first one in ExcelJS.
        if (cell.isMerged && cell.master !== cell) return;
        const theirs = cell.value ?? "";
        if (theirs !== v) differences.push(`${cell.address}: ${JSON.stringify(v)} / ${JSON.stringify(theirs)}`);
        else if (v !== "" && (cell.numFmt || "General") !== sheet.numberFormatAt(r, c))
          differences.push(`${cell.address} format: ${sheet.numberFormatAt(r, c)} / ${cell.numFmt}`);
        const fill = sheet.formatAt(r, c).fillColor;
        const theirFill = cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? "").slice(2) : undefined;
        if (fill && `#${theirFill}` !== fill) differences.push(`${cell.address} fill: ${fill} / ${theirFill}`);
      })
    );
    // The --out sheet says where the add-in draws its chart; nothing else differs.
    expect(differences.filter((d) => !/the add-in draws the chart here/.test(d))).toEqual([]);
    const setup = blocks()[0] as Extract<SummaryBlock, { kind: "setup" }>;
    setup.widths.forEach((w, c) => expect(out.getColumn(c + 1).width).toBe(w));
    const reason = values.findIndex((r) => r[0] === "Reason");
    expect(out.getRow(reason + 1).height).toBe(sheet.rowHeight(reason));
    expect(out.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: "landscape" });
    expect(out.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});

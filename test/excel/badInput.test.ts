/**
 * Issue 13, the add-in's half: bad input costs nothing. Each case goes through the Excel adapter and
 * the in-memory double, which refuses what Excel refuses (cell text over 32,767 characters, cells
 * past XFD / row 1,048,576, writes to a protected sheet, requests over 5 MB).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { EXCEL_CELL_TEXT_LIMIT, CUT_MARKER, asCellValue, fitText } from "../../src/excel/blocks";
import { FLAG_COLUMNS } from "../../src/engine";

const SEED = readFileSync(join(__dirname, "../fixtures/seed-002-sample.csv"), "utf8").trim().split("\n").map((l) => l.split(","));
const OCT_2024 = 45566;
const OCT_2025 = 45931;
function asOpenedInExcel(rows: string[][]): (string | number)[][] {
  return rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === 3 ? (c === "Oct-2024" ? OCT_2024 : OCT_2025) : j >= 4 ? Number(c) : c))));
}

let double: ExcelDouble;
let restore: () => void;
beforeEach(() => {
  double = createExcelDouble();
  restore = double.install();
});
afterEach(() => restore());

const headers = FLAG_COLUMNS.map((c) => c.header);
const REASON = headers.indexOf("SPD Reason");

describe("a 32.6k-character cell echoed into SPD Reason", () => {
  test("is cut at Excel's 32,767-character limit with a visible marker; Score succeeds", async () => {
    const rows = asOpenedInExcel(SEED);
    rows[2][3] = "x".repeat(32_650); // a month cell Excel holds, but the reason quoting it would not fit
    const sheet = double.workbook.addSheet("Usage", rows);
    const outcome = await createExcelScoringService().score({});
    expect(outcome.flagRanges).toEqual(["Usage!G1:N26"]);
    const reason = String(sheet.getValues("G3:N3")[0][REASON]);
    expect(reason.length).toBe(EXCEL_CELL_TEXT_LIMIT);
    expect(reason.endsWith(CUT_MARKER)).toBe(true);
    expect(reason.startsWith('Skipped: MonthName "xxx')).toBe(true);
    // Every cell the adapter wrote anywhere stays inside Excel's limit.
    for (const s of double.workbook.sheets) for (const v of s.getValues().flat()) expect(String(v).length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
  });
});

describe("every text the adapter writes fits Excel's cell", () => {
  test("summary and scenario cells: cut with the marker, the apostrophe of formula-like text counted, no half surrogate pair", () => {
    expect(fitText("short")).toBe("short");
    expect(fitText("y".repeat(EXCEL_CELL_TEXT_LIMIT))).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    const formulaLike = asCellValue("=".repeat(40_000)) as string;
    expect(formulaLike).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    expect(formulaLike.startsWith("'=")).toBe(true);
    expect(formulaLike.endsWith(CUT_MARKER)).toBe(true);
    const emoji = fitText("a" + "😀".repeat(20_000));
    expect(emoji.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
    expect(/[\uD800-\uDBFF]$/.test(emoji.slice(0, -CUT_MARKER.length))).toBe(false);
  });
});

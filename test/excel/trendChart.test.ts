import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import type { DesignationHistory, MonthScore, ScoreHistory } from "../../src/engine/history/types";
import { addTrendChart, placeTrendChart, trendChartName, trendRows, writeTrendChart, writeTrendCharts, writeTrendTable } from "../../src/excel/writeTrendChart";
import { trendTable } from "../../src/engine";

// ---- fixtures: the window May-2025..Oct-2025, Jun-2025 without data ---------------------------

function month(m: string, enterprise: number, smb: number): MonthScore {
  const best = smb >= enterprise ? { id: "smb" as const, label: "SMB", total: smb } : { id: "enterprise" as const, label: "Enterprise", total: enterprise };
  return {
    month: m,
    available: true,
    total: best.total,
    status: best.total >= 70 ? "Qualified" : "InProgress",
    qualified: best.total >= 70,
    countingTrack: best.id,
    countingTrackLabel: best.label,
    metrics: [],
    tracks: [
      { id: "enterprise", label: "Enterprise", total: enterprise, status: enterprise >= 70 ? "Qualified" : "InProgress" },
      { id: "smb", label: "SMB", total: smb, status: smb >= 70 ? "Qualified" : "InProgress" },
    ],
  };
}

function unavailable(m: string, reason: string): MonthScore {
  return {
    month: m,
    available: false,
    reason,
    total: 0,
    status: "NotStarted",
    qualified: false,
    countingTrack: null,
    countingTrackLabel: "",
    metrics: [],
    tracks: [],
  };
}

const MODERN_WORK: DesignationHistory = {
  id: "modern-work",
  name: "Solutions Partner for Modern Work",
  months: [
    month("2025-05", 30, 64),
    unavailable("2025-06", "the exports lack Jun-2024, its baseline month"),
    month("2025-07", 35.5, 72.25),
    month("2025-08", 40, 75),
    month("2025-09", 41, 80),
    month("2025-10", 44.125, 86),
  ],
  qualifiedInWindow: true,
  qualifiedMonths: ["2025-07", "2025-08", "2025-09", "2025-10"],
};

const SECURITY: DesignationHistory = {
  id: "security",
  name: "Solutions Partner for Security",
  months: ["2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10"].map((m, i) => ({
    month: m,
    available: true,
    total: 50 + i,
    status: "InProgress" as const,
    qualified: false,
    countingTrack: "single" as const,
    countingTrackLabel: "Security",
    metrics: [],
    tracks: [{ id: "single" as const, label: "Security", total: 50 + i, status: "InProgress" as const }],
  })),
  qualifiedInWindow: false,
  qualifiedMonths: [],
};

const HISTORY: ScoreHistory = { from: "2025-05", to: "2025-10", designations: [MODERN_WORK, SECURITY] };

let double: ExcelDouble;
let restore: () => void;
beforeEach(() => {
  double = createExcelDouble();
  double.workbook.addSheet("SPD Summary", [["Partner Capability Score"]]);
  restore = double.install();
});
afterEach(() => restore());

async function write(history: DesignationHistory, row: number, column: number, options = {}) {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("SPD Summary");
    const layout = await writeTrendChart(sheet, history, { row, column }, options);
    await context.sync();
    return layout;
  });
}

describe("trend table", () => {
  it("has a row per month, a column per track, the qualifying line, and a note for months without data", () => {
    const table = trendTable(MODERN_WORK, 70);
    expect(table.header).toEqual(["Month", "Enterprise", "SMB", "70 to qualify", "Note"]);
    expect(table.trackCount).toBe(2);
    expect(table.rows).toEqual([
      ["May-2025", 30, 64, 70, ""],
      ["Jun-2025", "", "", 70, "Data unavailable"],
      ["Jul-2025", 35.5, 72.25, 70, ""],
      ["Aug-2025", 40, 75, 70, ""],
      ["Sep-2025", 41, 80, 70, ""],
      ["Oct-2025", 44.125, 86, 70, ""],
    ]);
  });

  it("draws the line at the rule set's minimum, not a fixed 70", () => {
    const table = trendTable(SECURITY, 75);
    expect(table.header).toEqual(["Month", "Security", "75 to qualify", "Note"]);
    expect(table.rows.map((r) => r[2])).toEqual([75, 75, 75, 75, 75, 75]);
  });
});

describe("writeTrendChart", () => {
  it("writes the table where it is told and a line chart beside it", async () => {
    // Table at A40 (row 39, column 0): 5 columns A..E, header + 6 months = rows 40..46.
    const layout = await write(MODERN_WORK, 39, 0);
    // Chart: one empty column (F), then 384 × 225 points from G40: 8 columns of 48 points (G..N)
    // and 15 rows of 15 points (40..54), so the block takes max(7, 15) = 15 rows.
    expect(layout).toEqual({
      designation: "modern-work",
      chartName: "SPD trend – Modern Work",
      tableAddress: "A40:E46",
      chartCell: "G40",
      rows: 15,
    });
    const sheet = double.workbook.getSheet("SPD Summary");
    expect(sheet.getValues("A40:E41")).toEqual([
      ["Month", "Enterprise", "SMB", "70 to qualify", "Note"],
      ["May-2025", 30, 64, 70, ""],
    ]);
    // Months and notes are text cells (Excel would turn "May-2025" into a date); points show 2 decimals.
    expect(
      sheet
        .getNumberFormats("A40:A46")
        .flat()
        .every((f) => f === "@")
    ).toBe(true);
    expect(
      sheet
        .getNumberFormats("E40:E46")
        .flat()
        .every((f) => f === "@")
    ).toBe(true);
    expect(
      sheet
        .getNumberFormats("B41:D46")
        .flat()
        .every((f) => f === "0.00")
    ).toBe(true);
    expect(sheet.getCell("B46")).toMatchObject({ value: 44.125, text: "44.13" });
    expect(sheet.getCell("A40").format.bold).toBe(true);

    const chart = sheet.getChart("SPD trend – Modern Work").snapshot();
    expect(chart).toMatchObject({
      type: "LineMarkers",
      title: "Modern Work: total points per month",
      cells: "G40:N54",
      width: 384,
      height: 225,
      valueAxis: { minimum: 0, maximum: 100 },
      legend: { visible: true, position: "Bottom" },
    });
    expect(sheet.getChart("SPD trend – Modern Work").displayBlanksAs).toBe("NotPlotted");
    expect(chart.series.map((s) => s.name)).toEqual(["Enterprise", "SMB", "70 to qualify"]);
    // The note column is not a series; the Jun-2025 gap is a blank cell, not a zero.
    expect(chart.series.map((s) => s.values)).toEqual([
      [30, "", 35.5, 40, 41, 44.125],
      [64, "", 72.25, 75, 80, 86],
      [70, 70, 70, 70, 70, 70],
    ]);
    expect(chart.series[1].categories).toEqual(["May-2025", "Jun-2025", "Jul-2025", "Aug-2025", "Sep-2025", "Oct-2025"]);
    expect(chart.series[2]).toMatchObject({ markerStyle: "None", line: { lineStyle: "Dash", color: "#C00000", weight: 1.5 } });
    expect(chart.series[0].line.lineStyle).toBe("Continuous");
  });

  it("keeps its size in points over wide columns, and is stretched only by widths changed after it", async () => {
    const sheet = double.workbook.getSheet("SPD Summary");
    sheet.columnWidths.set(8, 300); // column I, as a long "Missing for full points" column is autofitted
    await write(MODERN_WORK, 0, 0);
    const chart = sheet.getChart("SPD trend – Modern Work");
    // From G1, 384 points: G (48) + H (48) + I (300) = 396 > 384, so it ends inside I.
    expect([chart.width, chart.height, chart.coveredCells()]).toEqual([384, 225, "G1:I15"]);
    // Excel's charts move and size with cells: widening H afterwards stretches the chart by 52.
    sheet.columnWidths.set(7, 100);
    expect(chart.width).toBe(384 + 52);
  });

  it("replaces its own chart on a re-run and leaves every other chart alone", async () => {
    const sheet = double.workbook.getSheet("SPD Summary");
    sheet.setValues("Z1", [
      ["x", "y"],
      [1, 2],
    ]);
    const users = sheet.addChart("Pie", "Z1:AA2");
    const security = sheet.addChart("Line", "Z1:AA2", { name: trendChartName(SECURITY) });
    await write(MODERN_WORK, 39, 0);
    const first = sheet.getChart("SPD trend – Modern Work");
    await write(MODERN_WORK, 39, 0);
    expect(first.deleted).toBe(true);
    expect(sheet.charts.map((c) => c.name)).toEqual(["Chart 1", "SPD trend – Security", "SPD trend – Modern Work"]);
    expect([users.deleted, security.deleted]).toEqual([false, false]);
  });

  it("takes the qualifying total and chart size from the caller", async () => {
    const layout = await write(SECURITY, 0, 2, { minTotal: 75, maxTotal: 120, chartWidth: 288, chartHeight: 150, gapColumns: 0 });
    // Table C1:F7 (4 columns from C); chart right after it from G1: 288 / 48 = 6 columns (G..L),
    // 150 / 15 = 10 rows; the block takes max(7, 10) = 10 rows.
    expect([layout.tableAddress, layout.chartCell, layout.rows]).toEqual(["C1:F7", "G1", 10]);
    const chart = double.workbook.getSheet("SPD Summary").getChart("SPD trend – Security").snapshot();
    expect(chart.cells).toBe("G1:L10");
    expect(chart.series.map((s) => s.name)).toEqual(["Security", "75 to qualify"]);
    expect(chart.valueAxis).toEqual({ minimum: 0, maximum: 120 });
  });

  it("charts only the line when no month has data", async () => {
    const none: DesignationHistory = {
      ...MODERN_WORK,
      months: MODERN_WORK.months.map((m) => unavailable(m.month, "no export")),
      qualifiedInWindow: false,
      qualifiedMonths: [],
    };
    await write(none, 0, 0);
    const chart = double.workbook.getSheet("SPD Summary").getChart("SPD trend – Modern Work").snapshot();
    expect(chart.series.map((s) => [s.name, s.values])).toEqual([["70 to qualify", [70, 70, 70, 70, 70, 70]]]);
    expect(chart.series[0].line.lineStyle).toBe("Dash");
  });

  it("writes a header only, and no chart, for a history without months", async () => {
    const layout = await write({ ...MODERN_WORK, months: [] }, 0, 0);
    expect(layout).toMatchObject({ tableAddress: "A1:C1", chartCell: "", rows: 1 });
    expect(double.workbook.getSheet("SPD Summary").charts).toHaveLength(0);
  });
});

describe("addTrendChart (a sheet just created)", () => {
  it("queues the same table and chart without a sync of its own, in the rows trendRows reserves", async () => {
    // Header + 6 months = 7 rows, but the chart is 225 / 15 = 15 rows high.
    expect(trendRows(MODERN_WORK)).toBe(15);
    // 100 / 15 = 6.67 → 7 rows: no more than the table's 7.
    expect(trendRows(MODERN_WORK, { chartHeight: 100 })).toBe(7);
    // 230 points: 15.3 rows → 16.
    expect(trendRows(MODERN_WORK, { chartHeight: 230 })).toBe(16);
    expect(trendRows({ ...MODERN_WORK, months: [] })).toBe(1);
    double.stats.reset();
    const layout = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Fresh");
      const out = addTrendChart(sheet, MODERN_WORK, { row: 0, column: 0 });
      await context.sync();
      return out;
    });
    expect(double.stats.syncs).toBe(1);
    expect([layout.rows, layout.chartCell]).toEqual([15, "G1"]);
    expect(double.workbook.getSheet("Fresh").getChart("SPD trend – Modern Work").coveredCells()).toBe("G1:N15");
  });

  it("splits into table and chart so the sheet can be autofitted in between, keeping the chart's size", async () => {
    const layout = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Fresh");
      // Another block's long text in column I, under where the chart will sit.
      sheet.getRange("I1").values = [["4 more CSP deployments: +10 points, and 2 more intermediate certified people"]];
      const table = writeTrendTable(sheet, MODERN_WORK, { row: 2, column: 0 });
      sheet.getRangeByIndexes(0, 0, 2 + table.rows, 9).format.autofitColumns();
      const placed = placeTrendChart(sheet, MODERN_WORK, { row: 2, column: 0 });
      await context.sync();
      return placed;
    });
    const sheet = double.workbook.getSheet("Fresh");
    expect(layout).toMatchObject({ tableAddress: "A3:E9", chartCell: "G3", rows: 15 });
    // The table took part in the autofit (column D fits "70 to qualify")...
    expect(sheet.columnWidth(3)).toBeGreaterThan(48);
    // ...and the chart, placed afterwards, keeps 384 × 225 points over the widened column I.
    const chart = sheet.getChart("SPD trend – Modern Work");
    expect([chart.width, chart.height]).toEqual([384, 225]);
  });
});

describe("writeTrendCharts", () => {
  it("stacks every designation under a heading with one lookup sync", async () => {
    double.stats.reset();
    const result = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("SPD Summary");
      const out = await writeTrendCharts(sheet, HISTORY, { row: 2, column: 0 });
      await context.sync();
      return out;
    });
    // Block = heading (1) + max(table 7, chart 15) + blank (1) = 17 rows; two blocks from row 3.
    expect(result.rows).toBe(34);
    expect(result.layouts.map((l) => [l.tableAddress, l.chartCell])).toEqual([
      ["A4:E10", "G4"],
      ["A21:D27", "F21"],
    ]);
    const sheet = double.workbook.getSheet("SPD Summary");
    expect(sheet.getValue("A3")).toBe("Modern Work: total points per month, May-2025 to Oct-2025");
    expect(sheet.getValue("A20")).toBe("Security: total points per month, May-2025 to Oct-2025");
    expect(sheet.charts.map((c) => c.name)).toEqual(["SPD trend – Modern Work", "SPD trend – Security"]);
    // One sync to find old charts, one to write everything.
    expect(double.stats.syncs).toBe(2);
  });
});

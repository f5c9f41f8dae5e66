import { createExcelDouble, type ExcelDouble } from "../../tools/excel-double";
import { autoAxisBounds } from "../../tools/excel-double/model/chart";

/** Month × track totals with a header row and a label column, as a trend table looks. */
function setup() {
  const double = createExcelDouble();
  double.workbook.addSheet("Trend", [
    ["Month", "Enterprise", "SMB", "To qualify"],
    ["May-2025", 40, 64, 70],
    ["Jun-2025", 45, "", 70],
    ["Jul-2025", 52, 86, 70],
  ]);
  return double;
}

describe("charts: adding from a range", () => {
  it("splits a header row and a label column into named series over categories", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Trend");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:D4"), "Columns");
      chart.load("name, chartType, plotBy, displayBlanksAs");
      chart.title.load("text");
      chart.legend.load("visible, position");
      const series = chart.series.load("items/name, count");
      await context.sync();
      expect([chart.name, chart.chartType, chart.plotBy, chart.displayBlanksAs]).toEqual(["Chart 1", "Line", "Columns", "NotPlotted"]);
      // Several series: Excel's placeholder title and a legend at the bottom.
      expect(chart.title.text).toBe("Chart Title");
      expect([chart.legend.visible, chart.legend.position]).toEqual([true, "Bottom"]);
      expect(series.count).toBe(3);
      expect(series.items.map((s) => s.name)).toEqual(["Enterprise", "SMB", "To qualify"]);
    });
    const [chart] = workbook.getSheet("Trend").charts;
    const snap = chart.snapshot();
    expect(snap.series.map((s) => s.values)).toEqual([
      [40, 45, 52],
      [64, "", 86], // a blank cell: a gap, since blanks are not plotted
      [70, 70, 70],
    ]);
    expect(snap.series[0].categories).toEqual(["May-2025", "Jun-2025", "Jul-2025"]);
    // Office theme accents 1-3, Excel's default line weight.
    expect(snap.series.map((s) => s.line.color)).toEqual(["#4472C4", "#ED7D31", "#A5A5A5"]);
    expect(snap.series[0].line).toMatchObject({ lineStyle: "Continuous", weight: 2.25 });
    expect(snap.series[0].markerStyle).toBe("None");
  });

  it("names charts Chart 1, Chart 2... and gives a one-series chart its series name as title and no legend", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Trend");
      sheet.charts.add("LineMarkers", sheet.getRange("A1:B4"));
      const second = sheet.charts.add("LineMarkers", sheet.getRange("A1:C4"));
      second.delete();
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
      await context.sync();
    });
    const charts = workbook.getSheet("Trend").charts;
    // Numbers are not reused after a delete.
    expect(charts.map((c) => c.name)).toEqual(["Chart 1", "Chart 3"]);
    expect(charts[0].title).toBe("Enterprise");
    expect(charts[0].legend.visible).toBe(false);
    expect(charts[0].series[0].markerStyle).toBe("Automatic");
  });

  it("puts series along the shorter side with Auto, and uses SeriesN and 1..n without labels", async () => {
    const { Excel, workbook } = createExcelDouble();
    workbook.addSheet("S", [
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:D2"));
      chart.load("plotBy");
      await context.sync();
      expect(chart.plotBy).toBe("Rows");
    });
    const snap = workbook.getSheet("S").charts[0].snapshot();
    expect(snap.series.map((s) => [s.name, s.values, s.categories])).toEqual([
      ["Series1", [1, 2, 3, 4], [1, 2, 3, 4]],
      ["Series2", [5, 6, 7, 8], [1, 2, 3, 4]],
    ]);
  });

  it("reads a blank top-left cell as both a name row and a label column (numeric years too)", () => {
    const { workbook } = createExcelDouble();
    const sheet = workbook.addSheet("S", [
      ["", 2024, 2025],
      ["Q1", 1, 2],
      ["Q2", 3, 4],
    ]);
    const snap = sheet.addChart("Line", "A1:C3", { seriesBy: "Columns" }).snapshot();
    expect(snap.series.map((s) => [s.name, s.values])).toEqual([
      ["2024", [1, 3]],
      ["2025", [2, 4]],
    ]);
    expect(snap.series[0].categories).toEqual(["Q1", "Q2"]);
  });

  it("follows later writes to its source cells, as linked series do", async () => {
    const { Excel, workbook } = setup();
    workbook.getSheet("Trend").addChart("Line", "A1:D4", { name: "T" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Trend").getRange("C3").values = [[71.5]];
      await context.sync();
    });
    expect(workbook.getSheet("Trend").getChart("t").snapshot().series[1].values).toEqual([64, 71.5, 86]);
  });
});

describe("charts: batching, lookups and deletion", () => {
  it("changes the workbook only at sync and reads properties only after load + sync", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Trend");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:D4"));
      chart.name = "Trend chart";
      chart.title.text = "Points per month";
      // Written values read back locally at once, as in office-js; nothing else does.
      expect(chart.name).toBe("Trend chart");
      expect(() => chart.id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(workbook.getSheet("Trend").charts).toHaveLength(0);
      chart.load("id");
      await context.sync();
      expect(chart.id).toMatch(/^\{[0-9A-F]{8}-/);
      expect(workbook.getSheet("Trend").getChart("Trend chart").title).toBe("Points per month");
    });
  });

  it("finds charts by name (ignoring case) or index, gives null objects, and counts them", async () => {
    const { Excel, workbook } = setup();
    const sheet = workbook.getSheet("Trend");
    sheet.addChart("Line", "A1:B4", { name: "First" });
    sheet.addChart("Line", "A1:C4", { name: "Second" });
    await Excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Trend").charts;
      const byName = charts.getItem("second").load("name");
      const byIndex = charts.getItemAt(0).load("name");
      const missing = charts.getItemOrNullObject("Nope");
      const present = charts.getItemOrNullObject("FIRST");
      const all = charts.load("items/name, count");
      const count = charts.getCount();
      await context.sync();
      expect([byName.name, byIndex.name]).toEqual(["Second", "First"]);
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(all.items.map((c) => c.name)).toEqual(["First", "Second"]);
      expect([all.count, count.value]).toEqual([2, 2]);

      charts.getItem("Nope").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound", debugInfo: { errorLocation: "ChartCollection.getItem" } });
    });
  });

  it("deletes a chart, after which its proxy fails with ItemNotFound", async () => {
    const { Excel, workbook } = setup();
    workbook.getSheet("Trend").addChart("Line", "A1:D4", { name: "Old" });
    await Excel.run(async (context) => {
      const old = context.workbook.worksheets.getItem("Trend").charts.getItem("Old");
      old.delete();
      await context.sync();
      old.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(workbook.getSheet("Trend").charts).toHaveLength(0);
  });

  it("loads nested parts through paths (title/text, axes/valueAxis/maximum, items/series/items/name)", async () => {
    const { Excel, workbook } = setup();
    workbook.getSheet("Trend").addChart("Line", "A1:D4", { name: "T" });
    await Excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Trend").charts;
      const chart = charts.getItem("T").load("name, title/text, axes/valueAxis/maximum");
      const all = charts.load("items/name, items/series/items/name");
      await context.sync();
      expect(chart.title.text).toBe("Chart Title");
      expect(typeof chart.axes.valueAxis.maximum).toBe("number");
      expect(all.items[0].series.items.map((s) => s.name)).toEqual(["Enterprise", "SMB", "To qualify"]);
    });
  });

  it("removes a sheet's charts with the sheet", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("Other");
    const chart = workbook.getSheet("Trend").addChart("Line", "A1:D4");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Trend").delete();
      await context.sync();
    });
    expect(chart.deleted).toBe(true);
  });

  it.each([
    ["an unknown chart type", (s: Excel.Worksheet) => s.charts.add("Lines" as Excel.ChartType, s.getRange("A1:D4"))],
    ["a bad seriesBy", (s: Excel.Worksheet) => s.charts.add("Line", s.getRange("A1:D4"), "Diagonal" as Excel.ChartSeriesBy)],
    ["an address string as source", (s: Excel.Worksheet) => s.charts.add("Line", "A1:D4" as unknown as Excel.Range)],
  ])("rejects %s with InvalidArgument at sync", async (_label, add) => {
    const double = setup();
    const restore = double.install();
    try {
      await expect(
        Excel.run(async (context) => {
          add(context.workbook.worksheets.getItem("Trend"));
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(double.workbook.getSheet("Trend").charts).toHaveLength(0);
    } finally {
      restore();
    }
  });
});

describe("charts: position", () => {
  it("covers the cells given to setPosition and moves and sizes with the cells", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Trend");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:D4"));
      chart.setPosition("F10", sheet.getRange("M24"));
      chart.load("top, left, width, height");
      await context.sync();
      // Default cells are 48 x 15 points: F is 5 columns in, row 10 is 9 rows down;
      // F..M is 8 columns, 10..24 is 15 rows.
      expect([chart.left, chart.top, chart.width, chart.height]).toEqual([5 * 48, 9 * 15, 8 * 48, 15 * 15]);
      sheet.getRange("G1").format.columnWidth = 100;
      chart.load("width");
      await context.sync();
      // One column under the chart widened by 52 points: the chart stretches with it.
      expect(chart.width).toBe(8 * 48 + 52);
    });
    expect(workbook.getSheet("Trend").charts[0].coveredCells()).toBe("F10:M24");
  });

  it("keeps the size when only a start cell is given, and places by points", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Trend");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:D4"));
      chart.load("width, height");
      await context.sync();
      // Excel's default chart size: 5 x 3 inches.
      expect([chart.width, chart.height]).toEqual([360, 216]);
      chart.setPosition("B2");
      await context.sync();
    });
    const chart = workbook.getSheet("Trend").charts[0];
    expect([chart.left, chart.top, chart.width, chart.height]).toEqual([48, 15, 360, 216]);
    await Excel.run(async (context) => {
      const c = context.workbook.worksheets.getItem("Trend").charts.getItemAt(0);
      c.left = 96;
      c.top = 30;
      c.width = 96;
      c.height = 30;
      await context.sync();
    });
    expect(chart.coveredCells()).toBe("C3:D4");
  });

  it("refuses an end cell above or left of the start, and cells of another sheet", async () => {
    const { Excel, workbook } = setup();
    workbook.addSheet("Other");
    workbook.getSheet("Trend").addChart("Line", "A1:D4", { name: "T" });
    for (const [start, end] of [
      ["F10", "E24"],
      ["Other!A1", undefined],
    ]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets
            .getItem("Trend")
            .charts.getItem("T")
            .setPosition(start as string, end);
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Chart.setPosition" } });
    }
  });
});

describe("charts: series", () => {
  it("adds a series from one column, reads it back with getDimensionValues, and refuses 2-D values", async () => {
    const { Excel, workbook } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Trend");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:B4"), "Columns");
      const added = chart.series.add("SMB");
      added.setValues(sheet.getRange("C2:C4"));
      added.setXAxisValues(sheet.getRange("A2:A4"));
      const values = added.getDimensionValues("Values");
      const categories = chart.series.getItemAt(1).getDimensionValues(Excel.ChartSeriesDimension.categories);
      const count = chart.series.getCount();
      await context.sync();
      // Text, as office-js types it; the blank cell is "".
      expect(values.value).toEqual(["64", "", "86"]);
      expect(categories.value).toEqual(["May-2025", "Jun-2025", "Jul-2025"]);
      expect(count.value).toBe(2);

      chart.series.add("Bad").setValues(sheet.getRange("B2:C4"));
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "ChartSeries.setValues" } });
    });
    // The failing sync still added the "Bad" series before setValues failed: Excel has no rollback.
    expect(workbook.getSheet("Trend").charts[0].series.map((s) => s.name)).toEqual(["Enterprise", "SMB", "Bad"]);
  });

  it("inserts at an index, renames, formats and deletes series", async () => {
    const { Excel, workbook } = setup();
    workbook.getSheet("Trend").addChart("Line", "A1:C4", { name: "T" });
    await Excel.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Trend").charts.getItem("T");
      const line = chart.series.add(undefined, 0);
      line.markerStyle = "None";
      line.format.line.lineStyle = "Dash";
      line.format.line.color = "red";
      line.format.line.weight = 1.5;
      chart.series.getItemAt(2).name = "Small business";
      chart.series.getItemAt(1).delete();
      const fmt = line.format.line.load("color, lineStyle, weight");
      await context.sync();
      expect([fmt.color, fmt.lineStyle, fmt.weight]).toEqual(["#FF0000", "Dash", 1.5]);
    });
    const series = workbook.getSheet("Trend").getChart("T").series;
    // The unnamed series took the next number; index 1 (Enterprise) is gone.
    expect(series.map((s) => [s.name, s.markerStyle, s.line.lineStyle])).toEqual([
      ["Series3", "None", "Dash"],
      ["Small business", "None", "Continuous"],
    ]);
  });

  it.each([
    ["line style", (s: Excel.ChartSeries) => (s.format.line.lineStyle = "Dashed" as Excel.ChartLineStyle)],
    ["line color", (s: Excel.ChartSeries) => (s.format.line.color = "not a colour")],
    ["marker style", (s: Excel.ChartSeries) => (s.markerStyle = "Hexagon" as Excel.ChartMarkerStyle)],
    ["series name", (s: Excel.ChartSeries) => (s.name = "x".repeat(256))],
  ])("rejects a bad %s with InvalidArgument", async (_label, write) => {
    const double = setup();
    double.workbook.getSheet("Trend").addChart("Line", "A1:C4", { name: "T" });
    const restore = double.install();
    try {
      await expect(
        Excel.run(async (context) => {
          write(context.workbook.worksheets.getItem("Trend").charts.getItem("T").series.getItemAt(0));
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    } finally {
      restore();
    }
  });
});

describe("charts: axes, title and legend", () => {
  it("fixes the value axis to 0-100 and returns to automatic bounds with an empty string", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Trend");
      const chart = sheet.charts.add("Line", sheet.getRange("A1:D4"));
      const axis = chart.axes.valueAxis;
      axis.minimum = 0;
      axis.maximum = 100;
      axis.title.text = "Points";
      axis.load("minimum, maximum, type");
      axis.title.load("visible");
      await context.sync();
      expect([axis.minimum, axis.maximum, axis.type, axis.title.visible]).toEqual([0, 100, "Value", true]);
      axis.maximum = "";
      axis.load("maximum");
      await context.sync();
      // Automatic: data 40..86, span 86, major unit 20; 86 + 5 % of 86 = 90.3 rounds up to 100.
      expect(axis.maximum).toBe(100);
      const same = chart.axes.getItem("Value");
      same.load("minimum");
      await context.sync();
      expect(same.minimum).toBe(0);
    });
  });

  it("approximates Excel's automatic bounds", () => {
    expect(autoAxisBounds([])).toEqual({ minimum: 0, maximum: 1 });
    // span 7, major 2 (7/5 = 1.4 -> 2); 7 + 0.35 = 7.35 -> 8.
    expect(autoAxisBounds([3, 7])).toEqual({ minimum: 0, maximum: 8 });
    // span 30 (-10..20), major 10; max 20 + 1.5 -> 30; min -10 - 1.5 -> -20.
    expect(autoAxisBounds([-10, 20])).toEqual({ minimum: -20, maximum: 30 });
  });

  it("sets the title, the legend and blank-cell display", async () => {
    const { Excel, workbook } = setup();
    workbook.getSheet("Trend").addChart("Line", "A1:D4", { name: "T" });
    await Excel.run(async (context) => {
      const chart = context.workbook.worksheets.getItem("Trend").charts.getItem("T");
      chart.title.text = "Modern Work";
      chart.legend.position = "Right";
      chart.displayBlanksAs = "Zero";
      await context.sync();
      chart.legend.position = "Middle" as Excel.ChartLegendPosition;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "ChartLegend.position" } });
    });
    const chart = workbook.getSheet("Trend").getChart("T");
    expect([chart.title, chart.legend.position, chart.displayBlanksAs]).toEqual(["Modern Work", "Right", "Zero"]);
  });
});

describe("charts: office-js typed code against the installed double", () => {
  let double: ExcelDouble;
  let restore: () => void;
  beforeEach(() => {
    double = setup();
    restore = double.install();
  });
  afterEach(() => restore());

  /** Replaces the chart named `name`, as an add-in does on re-run. */
  async function replaceChart(name: string): Promise<string[]> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Trend");
      const old = sheet.charts.getItemOrNullObject(name);
      await context.sync();
      if (!old.isNullObject) old.delete();
      const chart = sheet.charts.add(Excel.ChartType.lineMarkers, sheet.getRange("A1:D4"), Excel.ChartSeriesBy.columns);
      chart.name = name;
      chart.axes.valueAxis.maximum = 100;
      chart.series.getItemAt(2).format.line.lineStyle = Excel.ChartLineStyle.dash;
      chart.setPosition("F2", "M16");
      const names = sheet.charts.load("items/name");
      await context.sync();
      return names.items.map((c) => c.name);
    });
  }

  it("replaces a chart by name on re-run and leaves other charts alone", async () => {
    double.workbook.getSheet("Trend").addChart("Pie", "A1:B4", { name: "User chart" });
    await expect(replaceChart("Trend")).resolves.toEqual(["User chart", "Trend"]);
    await expect(replaceChart("Trend")).resolves.toEqual(["User chart", "Trend"]);
    const snap = double.workbook.getSheet("Trend").getChart("Trend").snapshot();
    expect(snap).toMatchObject({ type: "LineMarkers", cells: "F2:M16", valueAxis: { minimum: 0, maximum: 100 } });
    expect(snap.series[2].line.lineStyle).toBe("Dash");
  });
});

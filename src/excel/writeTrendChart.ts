/**
 * The trend chart on the summary sheet: a small table of total points per month and track (plus a
 * constant series at the qualifying total), and a line chart of it beside the table. The chart is
 * named after its designation ("SPD trend – Modern Work") so a later run replaces it, and only it.
 */
import { DESIGNATION_SHORT_NAMES, isoMonthLabel, trendTable } from "../engine";
import type { DesignationHistory, ScoreHistory, TrendTable } from "../engine";
import { columnLetters } from "./address";

/** Top-left cell of the table, 0-based. */
export interface TrendPlacement {
  row: number;
  column: number;
}

export interface TrendChartOptions {
  /**
   * The qualifying total, drawn as a dashed line: the rule set's `qualification.minTotal.value`.
   * Default 70, the minimum total of every rule set so far (RULES.md §1.1).
   */
  minTotal?: number;
  /** Top of the value axis: the most points a track can score. Default 100 (RULES.md §1.1). */
  maxTotal?: number;
  /**
   * Chart size in points (default 384 × 225: 8 columns × 15 rows of Excel's default size). Fixed
   * in points, so wide summary columns under the chart do not stretch it when it is placed.
   */
  chartWidth?: number;
  chartHeight?: number;
  /** Empty columns between the table and the chart (default 1). */
  gapColumns?: number;
  /** The chart's column (0-based), e.g. 0 to put it left of a table placed further right; default: right of the table after the gap. */
  chartColumn?: number;
  /** The table as the summary layout made it (the same cells as trendTable's); default: made here. */
  table?: TrendTable;
}

export interface TrendLayout {
  designation: DesignationHistory["id"];
  chartName: string;
  /** The table, e.g. "A40:E46" (header, one row per month). */
  tableAddress: string;
  /** The chart's top-left cell, e.g. "G40" ("" when there is no chart). */
  chartCell: string;
  /** Rows the table and chart take from the placement (see trendRows). */
  rows: number;
}

const LINE_COLOR = "#C00000";

/** "SPD trend – Modern Work": one chart per designation, the name a re-run looks for. */
export function trendChartName(history: Pick<DesignationHistory, "id" | "name">): string {
  return `SPD trend – ${shortName(history)}`;
}

function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const cell = (r: number, c: number) => `${columnLetters(c)}${r + 1}`;
  const start = cell(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${cell(row + rows - 1, column + columns - 1)}`;
}

function shortName(history: Pick<DesignationHistory, "id" | "name">): string {
  return DESIGNATION_SHORT_NAMES[history.id] ?? history.name;
}

// The documented defaults of TrendChartOptions, in one place.
function withDefaults({ minTotal = 70, maxTotal = 100, chartWidth = 384, chartHeight = 225, gapColumns = 1 }: TrendChartOptions) {
  return { minTotal, maxTotal, chartWidth, chartHeight, gapColumns };
}

/** Excel's default row height in points (Calibri 11), which the summary's rows keep. */
const ROW_HEIGHT = 15;

/**
 * Rows the table and chart of `history` take (to reserve room before writing): the header and a
 * row per month, or the chart's height in default-height rows when that is more.
 */
export function trendRows(history: DesignationHistory, options: TrendChartOptions = {}): number {
  const tableRows = history.months.length + 1;
  if (history.months.length === 0) return tableRows;
  return Math.max(tableRows, Math.ceil(withDefaults(options).chartHeight / ROW_HEIGHT));
}

/**
 * Queues the table of one designation at `at` (no sync). With placeTrendChart after it, the same
 * as addTrendChart: split so a caller can autofit columns between the two (see placeTrendChart).
 */
export function writeTrendTable(sheet: Excel.Worksheet, history: DesignationHistory, at: TrendPlacement, options: TrendChartOptions = {}): TrendLayout {
  const { minTotal } = withDefaults(options);
  const table = options.table ?? trendTable(history, minTotal);
  const width = table.header.length;
  const height = table.rows.length + 1;
  const months = table.rows.length;

  // Text columns first, so Excel keeps "May-2025" as text instead of turning it into a date.
  sheet.getRangeByIndexes(at.row, at.column, height, 1).numberFormat = Array.from({ length: height }, () => ["@"]);
  sheet.getRangeByIndexes(at.row, at.column + width - 1, height, 1).numberFormat = Array.from({ length: height }, () => ["@"]);
  if (months > 0)
    sheet.getRangeByIndexes(at.row + 1, at.column + 1, months, width - 2).numberFormat = table.rows.map(() => Array<string>(width - 2).fill("0.00"));
  sheet.getRangeByIndexes(at.row, at.column, height, width).values = [table.header, ...table.rows];
  sheet.getRangeByIndexes(at.row, at.column, 1, width).format.font.bold = true;
  return {
    designation: history.id,
    chartName: trendChartName(history),
    tableAddress: blockAddress(at.row, at.column, height, width),
    chartCell: "",
    rows: trendRows(history, options),
  };
}

/**
 * Queues the chart of a table writeTrendTable wrote at `at` (same history and options; no sync).
 * Charts move and size with the cells under them (Excel's default placement), so a column autofit
 * queued after this would stretch the chart: queue it after any autofit of the sheet.
 */
export function placeTrendChart(sheet: Excel.Worksheet, history: DesignationHistory, at: TrendPlacement, options: TrendChartOptions = {}): TrendLayout {
  const { minTotal, maxTotal, chartWidth, chartHeight, gapColumns: gap } = withDefaults(options);
  const table = options.table ?? trendTable(history, minTotal);
  const width = table.header.length;
  const height = table.rows.length + 1;
  const layout: TrendLayout = {
    designation: history.id,
    chartName: trendChartName(history),
    tableAddress: blockAddress(at.row, at.column, height, width),
    chartCell: "",
    rows: trendRows(history, options),
  };
  if (table.rows.length === 0) return layout;

  // The note column stays out of the chart: text in a series would be plotted as zero.
  const source = sheet.getRangeByIndexes(at.row, at.column, height, width - 1);
  const chart = sheet.charts.add("LineMarkers", source, "Columns");
  chart.name = layout.chartName;
  chart.title.text = `${shortName(history)}: total points per month`;
  chart.displayBlanksAs = "NotPlotted";
  chart.legend.position = "Bottom";
  chart.axes.valueAxis.minimum = 0;
  chart.axes.valueAxis.maximum = maxTotal;
  chart.axes.valueAxis.title.text = "Points";
  const line = chart.series.getItemAt(table.trackCount);
  line.markerStyle = "None";
  line.format.line.lineStyle = "Dash";
  line.format.line.color = LINE_COLOR;
  line.format.line.weight = 1.5;
  // Top-left at a cell, size in points: Excel keeps the size when setPosition has no end cell.
  const chartColumn = options.chartColumn ?? at.column + width + gap;
  chart.setPosition(sheet.getRangeByIndexes(at.row, chartColumn, 1, 1));
  chart.width = chartWidth;
  chart.height = chartHeight;
  layout.chartCell = blockAddress(at.row, chartColumn, 1, 1);
  return layout;
}

/**
 * Queues one designation's table at `at` and its chart beside it, without any sync and without
 * looking for an earlier chart: for a sheet just created (use writeTrendChart otherwise).
 */
export function addTrendChart(sheet: Excel.Worksheet, history: DesignationHistory, at: TrendPlacement, options: TrendChartOptions = {}): TrendLayout {
  writeTrendTable(sheet, history, at, options);
  return placeTrendChart(sheet, history, at, options);
}

/** Deletes every chart on the sheet with one of these names (ignoring case), and no other. One sync. */
async function deleteChartsNamed(sheet: Excel.Worksheet, names: string[]): Promise<void> {
  const wanted = new Set(names.map((n) => n.toUpperCase()));
  const charts = sheet.charts.load("items/name");
  await sheet.context.sync();
  for (const chart of charts.items) if (wanted.has(chart.name.toUpperCase())) chart.delete();
}

/**
 * Writes one designation's trend table at `at` and its chart beside it, replacing an earlier chart
 * of the same name. Syncs once (to find that chart); the writes are queued for the caller's next
 * sync. Returns where everything went, so the caller can continue below `at.row + rows`.
 */
export async function writeTrendChart(
  sheet: Excel.Worksheet,
  history: DesignationHistory,
  at: TrendPlacement,
  options: TrendChartOptions = {}
): Promise<TrendLayout> {
  await deleteChartsNamed(sheet, [trendChartName(history)]);
  return addTrendChart(sheet, history, at, options);
}

/**
 * Every designation of the history, one under another from `at`: a bold heading row, the table
 * and chart, then a blank row. One sync in all; the writes are queued for the caller's next sync.
 */
export async function writeTrendCharts(
  sheet: Excel.Worksheet,
  history: ScoreHistory,
  at: TrendPlacement,
  options: TrendChartOptions = {}
): Promise<{ layouts: TrendLayout[]; rows: number }> {
  await deleteChartsNamed(sheet, history.designations.map(trendChartName));
  const layouts: TrendLayout[] = [];
  let row = at.row;
  for (const d of history.designations) {
    const heading = sheet.getRangeByIndexes(row, at.column, 1, 1);
    heading.values = [[`${shortName(d)}: total points per month, ${isoMonthLabel(history.from)} to ${isoMonthLabel(history.to)}`]];
    heading.format.font.bold = true;
    const layout = addTrendChart(sheet, d, { row: row + 1, column: at.column }, options);
    layouts.push(layout);
    row += 1 + layout.rows + 1;
  }
  return { layouts, rows: row - at.row };
}

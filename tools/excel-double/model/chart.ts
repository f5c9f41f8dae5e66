/**
 * Charts of one worksheet: what office-js's Chart, ChartSeries, ChartAxis, ChartTitle and ChartLegend
 * read and write. Series are linked to cells (as in Excel): their values are read from the sheet
 * whenever they are asked for, so a chart follows later writes to its source cells.
 *
 * Where Excel's behaviour is not documented, the double follows what Excel 2016+ shows on screen:
 * - a new chart is 360 x 216 points (5 x 3 inches) at the sheet's top-left corner (Excel centres it
 *   in the visible window, which a headless double does not have);
 * - charts are named "Chart 1", "Chart 2"... per sheet, numbers never reused; names need not be unique;
 * - a one-series chart has no legend and takes the series name as its title; with more series the
 *   title reads "Chart Title" and the legend sits at the bottom;
 * - placement is "move and size with cells": the chart is anchored to cells, so changing column
 *   widths or row heights under it moves and resizes it.
 */
import { cellName, type RangeRef } from "../address";
import { ErrorCode, excelError } from "../errors";
import { ChartType } from "../enums";
import type { SheetModel } from "./sheet";
import type { CellValue } from "./types";

export type SeriesBy = "Auto" | "Columns" | "Rows";
export type PlotBy = "Columns" | "Rows";

/** A block of cells a series reads (values or categories). */
export interface DataRef {
  sheet: SheetModel;
  ref: RangeRef;
}

/** A corner of the chart: a cell and the distance into it, in points (like an .xlsx two-cell anchor). */
export interface Anchor {
  col: number;
  colOffset: number;
  row: number;
  rowOffset: number;
}

export const DEFAULT_CHART_WIDTH = 360;
export const DEFAULT_CHART_HEIGHT = 216;
/** Default line weight of a line-chart series, in points. */
export const DEFAULT_LINE_WEIGHT = 2.25;
/** Office theme (2013-2022) accent colours, which Excel gives series 1-6 in order. */
export const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const CHART_TYPES = new Set<string>(Object.values(ChartType).filter((t) => t !== "Invalid"));
const MARKER_TYPES = /Markers|^XYScatter$|^XYScatterSmooth$|^XYScatterLines$|^Radar/;

export function checkChartType(type: unknown): string {
  if (typeof type !== "string" || !CHART_TYPES.has(type))
    throw excelError(ErrorCode.invalidArgument, `'${String(type)}' is not a chart type (see Excel.ChartType).`);
  return type;
}

/** The marker style Excel reports for a series of a newly made chart of this type. */
export function defaultMarkerStyle(type: string): string {
  return MARKER_TYPES.test(type) && !/NoMarkers/.test(type) ? "Automatic" : "None";
}

export interface LineFormat {
  color: string;
  lineStyle: string;
  weight: number;
}

export class SeriesModel {
  values: DataRef | null = null;
  /** Categories (x values); null: 1, 2, 3... */
  xValues: DataRef | null = null;
  markerStyle: string;
  readonly line: LineFormat;

  constructor(
    public name: string,
    public chartType: string,
    colorIndex: number
  ) {
    this.markerStyle = defaultMarkerStyle(chartType);
    this.line = { color: SERIES_COLORS[colorIndex % SERIES_COLORS.length], lineStyle: "Continuous", weight: DEFAULT_LINE_WEIGHT };
  }

  /** The series' values as the cells hold them now ("" for a blank cell: a gap in a line chart). */
  valueCells(): CellValue[] {
    return readLine(this.values);
  }

  /** Category labels: the linked cells, or 1..n. */
  categoryCells(): CellValue[] {
    if (this.xValues) return readLine(this.xValues);
    return this.valueCells().map((_, i) => i + 1);
  }
}

function readLine(data: DataRef | null): CellValue[] {
  if (!data) return [];
  if (data.sheet.deleted) return new Array<CellValue>(data.ref.rowCount * data.ref.colCount).fill("#REF!");
  return data.sheet.readValues(data.ref).flat();
}

export class AxisModel {
  /** null: automatic (the value Excel computes is reported). */
  maximum: number | null = null;
  minimum: number | null = null;
  visible = true;
  readonly title = { text: "", visible: false };
  constructor(readonly type: "Category" | "Value") {}
}

export interface ChartSnapshot {
  name: string;
  type: string;
  title: string;
  /** The cells the chart covers, e.g. "F10:M24" (the cells under its top-left and bottom-right corners). */
  cells: string;
  top: number;
  left: number;
  width: number;
  height: number;
  valueAxis: { minimum: number; maximum: number };
  legend: { visible: boolean; position: string };
  series: { name: string; type: string; values: CellValue[]; categories: CellValue[]; line: LineFormat; markerStyle: string }[];
}

export class ChartModel {
  chartType: string;
  plotBy: PlotBy = "Columns";
  displayBlanksAs = "NotPlotted";
  /** null until set: Excel then shows the series name (one series) or "Chart Title". */
  titleText: string | null = null;
  titleVisible = true;
  readonly legend = { visible: true, position: "Bottom" };
  readonly categoryAxis = new AxisModel("Category");
  readonly valueAxis = new AxisModel("Value");
  readonly series: SeriesModel[] = [];
  from: Anchor;
  to: Anchor;
  deleted = false;
  private colorsUsed = 0;

  constructor(
    readonly sheet: SheetModel,
    public name: string,
    readonly id: string,
    chartType: string
  ) {
    this.chartType = chartType;
    this.from = { col: 0, colOffset: 0, row: 0, rowOffset: 0 };
    this.to = toAnchor(sheet, DEFAULT_CHART_WIDTH, DEFAULT_CHART_HEIGHT);
  }

  get title(): string {
    if (this.titleText !== null) return this.titleText;
    return this.series.length === 1 ? this.series[0].name : "Chart Title";
  }

  // ---- data -------------------------------------------------------------------------------

  /** Chart.setData / ChartCollection.add: replaces every series with those parsed from `source`. */
  setData(source: DataRef, seriesBy: SeriesBy): void {
    const parsed = seriesFromSource(source, seriesBy);
    this.plotBy = parsed.plotBy;
    this.series.length = 0;
    this.colorsUsed = 0;
    for (const s of parsed.series) {
      const series = this.addSeries(s.name);
      series.values = s.values;
      series.xValues = s.categories;
    }
  }

  /** ChartSeriesCollection.add: a series without values, named "SeriesN" when no name is given. */
  addSeries(name?: string, index?: number): SeriesModel {
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > this.series.length))
      throw excelError(ErrorCode.invalidArgument, `Invalid series index ${index}.`);
    const series = new SeriesModel(name ?? `Series${this.series.length + 1}`, this.chartType, this.colorsUsed++);
    this.series.splice(index ?? this.series.length, 0, series);
    return series;
  }

  setChartType(type: string): void {
    this.chartType = checkChartType(type);
    for (const s of this.series) {
      s.chartType = this.chartType;
      s.markerStyle = defaultMarkerStyle(this.chartType);
    }
  }

  /** Every number the value axis has to show (blanks and text are not plotted). */
  plottedNumbers(): number[] {
    return this.series.flatMap((s) => s.valueCells().filter((v): v is number => typeof v === "number"));
  }

  axisBounds(axis: AxisModel): { minimum: number; maximum: number } {
    if (axis.type === "Category") {
      const n = Math.max(1, ...this.series.map((s) => s.valueCells().length));
      return { minimum: axis.minimum ?? 1, maximum: axis.maximum ?? n };
    }
    const auto = autoAxisBounds(this.plottedNumbers());
    return { minimum: axis.minimum ?? auto.minimum, maximum: axis.maximum ?? auto.maximum };
  }

  // ---- position ---------------------------------------------------------------------------

  get left(): number {
    return anchorPoint(this.sheet, this.from).left;
  }
  get top(): number {
    return anchorPoint(this.sheet, this.from).top;
  }
  get width(): number {
    return anchorPoint(this.sheet, this.to).left - this.left;
  }
  get height(): number {
    return anchorPoint(this.sheet, this.to).top - this.top;
  }

  /** Moves/resizes in points; the chart stays anchored to the cells under its new corners. */
  place(box: { left?: number; top?: number; width?: number; height?: number }): void {
    const left = box.left ?? this.left;
    const top = box.top ?? this.top;
    const width = box.width ?? this.width;
    const height = box.height ?? this.height;
    for (const [what, v] of Object.entries({ left, top, width, height }))
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw excelError(ErrorCode.invalidArgument, `Invalid chart ${what}: ${String(v)}.`);
    this.from = toAnchor(this.sheet, left, top);
    this.to = toAnchor(this.sheet, left + width, top + height);
  }

  /** Chart.setPosition: from the top-left of `start` to the bottom-right of `end` (size kept without `end`). */
  setPosition(start: RangeRef, end?: RangeRef): void {
    const { width, height } = this;
    this.from = { col: start.col, colOffset: 0, row: start.row, rowOffset: 0 };
    if (!end) {
      this.to = toAnchor(this.sheet, this.left + width, this.top + height);
      return;
    }
    const lastRow = end.row + end.rowCount - 1;
    const lastCol = end.col + end.colCount - 1;
    if (lastRow < start.row || lastCol < start.col)
      throw excelError(ErrorCode.invalidArgument, "The end cell of Chart.setPosition must be below and to the right of the start cell.");
    this.to = { col: lastCol + 1, colOffset: 0, row: lastRow + 1, rowOffset: 0 };
  }

  /** "F10:M24": the cells under the chart's top-left and bottom-right corners. */
  coveredCells(): string {
    const last = (a: Anchor, axis: "col" | "row") => (a[axis === "col" ? "colOffset" : "rowOffset"] > 0 ? a[axis] : Math.max(0, a[axis] - 1));
    const start = cellName(this.from.row, this.from.col);
    const end = cellName(Math.max(this.from.row, last(this.to, "row")), Math.max(this.from.col, last(this.to, "col")));
    return start === end ? start : `${start}:${end}`;
  }

  /** Everything a test may want to assert, as plain data. */
  snapshot(): ChartSnapshot {
    const bounds = this.axisBounds(this.valueAxis);
    return {
      name: this.name,
      type: this.chartType,
      title: this.title,
      cells: this.coveredCells(),
      top: this.top,
      left: this.left,
      width: this.width,
      height: this.height,
      valueAxis: bounds,
      legend: { ...this.legend },
      series: this.series.map((s) => ({
        name: s.name,
        type: s.chartType,
        values: s.valueCells(),
        categories: s.categoryCells(),
        line: { ...s.line },
        markerStyle: s.markerStyle,
      })),
    };
  }
}

// ---- parsing a source range into series ------------------------------------------------------

interface ParsedSeries {
  name: string;
  values: DataRef;
  categories: DataRef | null;
}

function isBlank(v: CellValue): boolean {
  return v === "";
}

/**
 * How Excel splits a source range into series (described here for series in columns; rows swap
 * roles). With "Auto", series run along the shorter side (columns when there are at least as many
 * rows as columns). The first column holds category labels when it has text below its first cell
 * or the top-left cell is blank; a numeric first column is a series of its own. The first row holds
 * series names when a series column starts with text or the top-left cell is blank (so numeric
 * years can be names, Excel's "blank top-left cell" habit). Without names: "Series1", "Series2"...
 */
export function seriesFromSource(source: DataRef, seriesBy: SeriesBy): { plotBy: PlotBy; series: ParsedSeries[] } {
  if (!["Auto", "Columns", "Rows"].includes(seriesBy))
    throw excelError(ErrorCode.invalidArgument, `'${String(seriesBy)}' is not a ChartSeriesBy value (Auto, Columns, Rows).`);
  const { sheet, ref } = source;
  const plotBy: PlotBy = seriesBy === "Auto" ? (ref.rowCount >= ref.colCount ? "Columns" : "Rows") : seriesBy;
  const cells = sheet.readValues(ref);
  const byColumns = plotBy === "Columns";
  // Work on lines (one per potential series) of points (one per category).
  const lines = byColumns ? ref.colCount : ref.rowCount;
  const points = byColumns ? ref.rowCount : ref.colCount;
  const at = (line: number, point: number) => (byColumns ? cells[point][line] : cells[line][point]);
  const isText = (v: CellValue) => typeof v === "string" && v !== "";
  const topLeftBlank = isBlank(cells[0][0]);
  // The first line is labels when it has text below its first cell (or the top-left cell is blank).
  const labelsFirst = lines > 1 && ((topLeftBlank && points > 1) || range(1, points).some((p) => isText(at(0, p))));
  const firstLine = labelsFirst ? 1 : 0;
  // The first point is series names when a series line starts with text (or the top-left cell is blank).
  const namesFirst = points > 1 && ((topLeftBlank && lines > 1) || range(firstLine, lines).some((l) => isText(at(l, 0))));
  const firstPoint = namesFirst ? 1 : 0;

  const block = (line: number, fromPoint: number): DataRef => {
    const count = points - fromPoint;
    const r: RangeRef = byColumns
      ? { row: ref.row + fromPoint, col: ref.col + line, rowCount: count, colCount: 1 }
      : { row: ref.row + line, col: ref.col + fromPoint, rowCount: 1, colCount: count };
    return { sheet, ref: r };
  };
  const categories = labelsFirst ? block(0, firstPoint) : null;
  const series = range(firstLine, lines).map((line, i) => {
    const header = namesFirst ? at(line, 0) : "";
    return {
      name: header === "" ? `Series${i + 1}` : String(header),
      values: block(line, firstPoint),
      categories,
    };
  });
  return { plotBy, series };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

// ---- automatic value-axis scale ----------------------------------------------------------------

/** 1, 2 or 5 times a power of ten, the smallest such not below `x`. */
function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * power >= x) return m * power;
  return 10 * power;
}

/**
 * An approximation of Excel's automatic value-axis bounds: zero is included when all values are on
 * one side of it, the major unit is a 1-2-5 step giving about five intervals, and the maximum is
 * the first major unit 5 % of the span above the largest value. Empty data: 0 to 1, as Excel shows.
 */
export function autoAxisBounds(values: readonly number[]): { minimum: number; maximum: number } {
  if (values.length === 0) return { minimum: 0, maximum: 1 };
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  if (lo === hi) return { minimum: 0, maximum: 1 };
  const span = hi - lo;
  const major = niceStep(span / 5);
  const maximum = hi === 0 ? 0 : Math.ceil((hi + span * 0.05) / major) * major;
  const minimum = lo === 0 ? 0 : Math.floor((lo - span * 0.05) / major) * major;
  return { minimum, maximum };
}

// ---- anchors ----------------------------------------------------------------------------------

function walk(size: (i: number) => number, offset: number, limit: number): { index: number; offset: number } {
  let i = 0;
  let rest = offset;
  while (i < limit - 1 && rest >= size(i)) {
    rest -= size(i);
    i++;
  }
  return { index: i, offset: rest };
}

const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

/** The cell under a point (in points from the sheet's top-left) and the distance into it. */
export function toAnchor(sheet: SheetModel, left: number, top: number): Anchor {
  const c = walk((i) => sheet.columnWidth(i), left, MAX_COLUMNS);
  const r = walk((i) => sheet.rowHeight(i), top, MAX_ROWS);
  return { col: c.index, colOffset: c.offset, row: r.index, rowOffset: r.offset };
}

export function anchorPoint(sheet: SheetModel, a: Anchor): { left: number; top: number } {
  let left = a.colOffset;
  for (let c = 0; c < a.col; c++) left += sheet.columnWidth(c);
  let top = a.rowOffset;
  for (let r = 0; r < a.row; r++) top += sheet.rowHeight(r);
  return { left, top };
}

// ---- names ------------------------------------------------------------------------------------

let nextChartId = 1;

/** Excel-style chart ids ("{00000001-0000-0000-C000-000000000046}" style: unique within the process). */
export function newChartId(): string {
  return `{${(nextChartId++).toString(16).toUpperCase().padStart(8, "0")}-0000-0000-C000-000000000046}`;
}

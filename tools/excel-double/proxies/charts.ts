/** Excel.ChartCollection (worksheet.charts) and Excel.Chart. See model/chart.ts for what Excel does here. */
import { parseAddress, type RangeRef } from "../address";
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import { checkChartType, type ChartModel, type SeriesBy } from "../model/chart";
import type { SheetModel } from "../model/sheet";
import { ClientCollection, ClientObject, ClientResult, type ResolveMode, type Resolver } from "./base";
import { ChartAxesProxy, ChartLegendProxy, ChartTitleProxy, checkChartAlive, rangeArgument } from "./chartParts";
import { ChartSeriesCollectionProxy } from "./chartSeries";
import { WorksheetProxy } from "./worksheet";

/** A cell given to setPosition: a Range on the chart's sheet, or an address on it. */
function cellArgument(chart: ChartModel, value: unknown, what: string): RangeRef {
  if (typeof value === "string") {
    const parsed = parseAddress(value);
    if (!parsed) throw excelError(ErrorCode.invalidArgument, `Invalid address '${value}'.`);
    if (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== chart.sheet.name.toUpperCase())
      throw excelError(ErrorCode.invalidArgument, `The ${what} '${value}' is not on the chart's worksheet '${chart.sheet.name}'.`);
    return parsed.ref;
  }
  const { sheet, ref } = rangeArgument(value, `The ${what}`);
  if (sheet !== chart.sheet) throw excelError(ErrorCode.invalidArgument, `The ${what} is not on the chart's worksheet '${chart.sheet.name}'.`);
  return ref;
}

function checkNumber(what: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw excelError(ErrorCode.invalidArgument, `Invalid chart ${what}: ${String(v)}.`);
  return v;
}

const BLANKS = ["NotPlotted", "Zero", "Interplotted"];

export class ChartProxy extends ClientObject<ChartModel> {
  private titleProxy: ChartTitleProxy | undefined;
  private legendProxy: ChartLegendProxy | undefined;
  private axesProxy: ChartAxesProxy | undefined;
  private seriesProxy: ChartSeriesCollectionProxy | undefined;
  private sheetProxy: WorksheetProxy | undefined;

  constructor(context: RequestContext, resolver: Resolver<ChartModel>, mode: ResolveMode = "instantiate", origin?: string) {
    super(context, resolver, mode, origin);
  }

  protected get typeName(): string {
    return "Chart";
  }
  protected scalarNames(): readonly string[] {
    return ["name", "id", "chartType", "top", "left", "width", "height", "displayBlanksAs", "plotBy"];
  }
  protected override checkAlive(chart: ChartModel): void {
    checkChartAlive(chart);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    switch (name) {
      case "title":
        return this.title as unknown as ClientObject<unknown>;
      case "legend":
        return this.legend as unknown as ClientObject<unknown>;
      case "axes":
        return this.axes as unknown as ClientObject<unknown>;
      case "series":
        return this.series as unknown as ClientObject<unknown>;
      case "worksheet":
        return this.worksheet as unknown as ClientObject<unknown>;
      default:
        return undefined;
    }
  }
  protected readScalar(chart: ChartModel, name: string): unknown {
    switch (name) {
      case "name":
        return chart.name;
      case "id":
        return chart.id;
      case "chartType":
        return chart.chartType;
      case "top":
        return chart.top;
      case "left":
        return chart.left;
      case "width":
        return chart.width;
      case "height":
        return chart.height;
      case "displayBlanksAs":
        return chart.displayBlanksAs;
      default:
        return chart.plotBy;
    }
  }

  get name(): string {
    return this.getProp("name");
  }
  /** Excel allows several charts with one name (getItem returns the first). */
  set name(value: string) {
    this.setProp("name", value, (chart) => {
      if (typeof value !== "string" || value === "") throw excelError(ErrorCode.invalidArgument, "A chart name must be a non-empty string.");
      chart.name = value;
    });
  }
  get id(): string {
    return this.getProp("id");
  }
  get chartType(): string {
    return this.getProp("chartType");
  }
  set chartType(value: string) {
    this.setProp("chartType", value, (chart) => chart.setChartType(value));
  }
  get top(): number {
    return this.getProp("top");
  }
  set top(value: number) {
    this.setProp("top", value, (chart) => chart.place({ top: checkNumber("top", value) }));
  }
  get left(): number {
    return this.getProp("left");
  }
  set left(value: number) {
    this.setProp("left", value, (chart) => chart.place({ left: checkNumber("left", value) }));
  }
  get width(): number {
    return this.getProp("width");
  }
  set width(value: number) {
    this.setProp("width", value, (chart) => chart.place({ width: checkNumber("width", value) }));
  }
  get height(): number {
    return this.getProp("height");
  }
  set height(value: number) {
    this.setProp("height", value, (chart) => chart.place({ height: checkNumber("height", value) }));
  }
  get displayBlanksAs(): string {
    return this.getProp("displayBlanksAs");
  }
  set displayBlanksAs(value: string) {
    this.setProp("displayBlanksAs", value, (chart) => {
      if (!BLANKS.includes(value)) throw excelError(ErrorCode.invalidArgument, `Invalid displayBlanksAs '${String(value)}'.`);
      chart.displayBlanksAs = value;
    });
  }
  /** Read-only in the double (office-js can also set it). */
  get plotBy(): string {
    return this.getProp("plotBy");
  }

  get title(): ChartTitleProxy {
    return (this.titleProxy ??= new ChartTitleProxy(this.context, () => this._resolve()));
  }
  get legend(): ChartLegendProxy {
    return (this.legendProxy ??= new ChartLegendProxy(this.context, () => this._resolve()));
  }
  get axes(): ChartAxesProxy {
    return (this.axesProxy ??= new ChartAxesProxy(this.context, () => this._resolve()));
  }
  get series(): ChartSeriesCollectionProxy {
    return (this.seriesProxy ??= new ChartSeriesCollectionProxy(this.context, () => this._resolve()));
  }
  get worksheet(): WorksheetProxy {
    return (this.sheetProxy ??= new WorksheetProxy(this.context, () => this._resolve()?.sheet ?? null, "derived"));
  }

  /** From the top-left of startCell to the bottom-right of endCell; without endCell the size is kept. */
  setPosition(startCell: unknown, endCell?: unknown): void {
    this.queueMethod("setPosition", (chart) => {
      const start = cellArgument(chart, startCell, "start cell");
      const end = endCell === undefined || endCell === null || endCell === "" ? undefined : cellArgument(chart, endCell, "end cell");
      chart.setPosition(start, end);
    });
  }

  /** Replaces every series with those parsed from `sourceData` (as charts.add does). */
  setData(sourceData: unknown, seriesBy: SeriesBy = "Auto"): void {
    this.queueMethod("setData", (chart) => chart.setData(rangeArgument(sourceData, "sourceData"), seriesBy));
  }

  /** Activates the chart in the Excel UI (ExcelApi 1.9): its sheet becomes active and the chart is selected. */
  activate(): void {
    this.queueMethod("activate", (chart, exec) => exec.model.selectChart(chart.sheet, chart));
  }

  delete(): void {
    // Charts are objects: a protected sheet that does not allow editing objects refuses the delete.
    this.queueMethod("delete", (chart) => {
      chart.sheet.protection.check(chart.sheet.name, null, "objects");
      chart.sheet.deleteChart(chart);
    });
  }
}

export class ChartCollectionProxy extends ClientCollection<SheetModel, ChartModel, ChartProxy> {
  constructor(context: RequestContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, "derived");
  }

  protected get typeName(): string {
    return "ChartCollection";
  }
  protected override scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override readScalar(sheet: SheetModel): unknown {
    return sheet.charts.length;
  }
  protected override checkAlive(sheet: SheetModel): void {
    if (sheet.deleted) throw excelError(ErrorCode.itemNotFound, `The worksheet '${sheet.name}' was deleted.`);
  }
  protected itemEntities(sheet: SheetModel): ChartModel[] {
    return [...sheet.charts];
  }
  protected wrapItem(chart: ChartModel): ChartProxy {
    return new ChartProxy(this.context, () => chart, "derived");
  }

  get count(): number {
    return this.getProp("count");
  }

  /** The first chart with this name (ignoring case); ItemNotFound at sync when there is none. */
  getItem(name: string): ChartProxy {
    return new ChartProxy(
      this.context,
      () => {
        const chart = this._entity().findChart(String(name));
        if (!chart) throw excelError(ErrorCode.itemNotFound, `The chart '${name}' doesn't exist.`);
        return chart;
      },
      "instantiate",
      "ChartCollection.getItem"
    );
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, () => this._entity().findChart(String(name)) ?? null, "instantiate", "ChartCollection.getItemOrNullObject");
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy(
      this.context,
      () => {
        const chart = this._entity().charts[index];
        if (!chart) throw excelError(ErrorCode.itemNotFound, `There is no chart at index ${index}.`);
        return chart;
      },
      "instantiate",
      "ChartCollection.getItemAt"
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queueMethod("getCount", (sheet, exec) => {
      const n = sheet.charts.length;
      exec.onCommit(() => result._set(n));
    });
    return result;
  }

  /** A chart of `sourceData` (a Range, which may be on another sheet) on this collection's sheet. */
  add(type: string, sourceData: unknown, seriesBy: SeriesBy = "Auto"): ChartProxy {
    const chart = new ChartProxy(
      this.context,
      () => {
        throw excelError(ErrorCode.invalidObjectPath, "The chart was not created (its add() did not run).");
      },
      "pending"
    );
    this.queueMethod("add", (sheet, exec) => {
      checkChartType(type);
      sheet.protection.check(sheet.name, null, "objects");
      chart._bind(sheet.createChart(type, rangeArgument(sourceData, "sourceData"), seriesBy), exec);
    });
    return chart;
  }
}

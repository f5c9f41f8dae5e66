/** Excel.ChartSeriesCollection, ChartSeries, ChartSeriesFormat and ChartLineFormat. */
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import { ChartLineStyle, ChartMarkerStyle } from "../enums";
import { checkChartType, type ChartModel, type SeriesModel } from "../model/chart";
import { normalizeColor } from "../model/colors";
import { ClientCollection, ClientObject, ClientResult, type ResolveMode, type Resolver } from "./base";
import { checkChartAlive, rangeArgument } from "./chartParts";

export interface SeriesEntity {
  chart: ChartModel;
  series: SeriesModel;
}

function checkSeriesAlive({ chart, series }: SeriesEntity): void {
  checkChartAlive(chart);
  if (!chart.series.includes(series)) throw excelError(ErrorCode.itemNotFound, `The series '${series.name}' was deleted.`);
}

function invalid(what: string, value: unknown): never {
  throw excelError(ErrorCode.invalidArgument, `Invalid ${what}: ${JSON.stringify(value)}.`);
}

const MAX_SERIES_NAME = 255;
const LINE_STYLES = new Set<string>(Object.values(ChartLineStyle));
const MARKER_STYLES = new Set<string>(Object.values(ChartMarkerStyle).filter((m) => m !== "Invalid" && m !== "Picture"));
const DIMENSIONS = ["Categories", "Values", "XValues", "YValues", "BubbleSizes"];

export class ChartSeriesProxy extends ClientObject<SeriesEntity> {
  private formatProxy: ChartSeriesFormatProxy | undefined;

  constructor(context: RequestContext, resolver: Resolver<SeriesEntity>, mode: ResolveMode = "instantiate", origin?: string) {
    super(context, resolver, mode, origin);
  }

  protected get typeName(): string {
    return "ChartSeries";
  }
  protected scalarNames(): readonly string[] {
    return ["name", "chartType", "markerStyle"];
  }
  protected override checkAlive(e: SeriesEntity): void {
    checkSeriesAlive(e);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === "format" ? (this.format as unknown as ClientObject<unknown>) : undefined;
  }
  protected readScalar({ series }: SeriesEntity, name: string): unknown {
    if (name === "name") return series.name;
    if (name === "chartType") return series.chartType;
    return series.markerStyle;
  }

  get name(): string {
    return this.getProp("name");
  }
  set name(value: string) {
    this.setProp("name", value, ({ series }) => {
      if (typeof value !== "string" || value.length > MAX_SERIES_NAME)
        throw excelError(ErrorCode.invalidArgument, `A series name must be a string of at most ${MAX_SERIES_NAME} characters.`);
      series.name = value;
    });
  }
  get chartType(): string {
    return this.getProp("chartType");
  }
  set chartType(value: string) {
    this.setProp("chartType", value, ({ series }) => {
      series.chartType = checkChartType(value);
    });
  }
  get markerStyle(): string {
    return this.getProp("markerStyle");
  }
  set markerStyle(value: string) {
    this.setProp("markerStyle", value, ({ series }) => {
      series.markerStyle = MARKER_STYLES.has(value) ? value : invalid("marker style", value);
    });
  }

  get format(): ChartSeriesFormatProxy {
    return (this.formatProxy ??= new ChartSeriesFormatProxy(this.context, () => this._resolve()));
  }

  /** Links the values to a range, which must be one row or one column (Excel's rule for Y values). */
  setValues(sourceData: unknown): void {
    this.queueMethod("setValues", ({ series }) => {
      const data = rangeArgument(sourceData, "sourceData");
      if (data.ref.rowCount > 1 && data.ref.colCount > 1)
        throw excelError(ErrorCode.invalidArgument, "The reference is not valid: series values must be a single row or column.");
      series.values = { sheet: data.sheet, ref: { ...data.ref } };
    });
  }

  /** Links the categories (x values) to a range. */
  setXAxisValues(sourceData: unknown): void {
    this.queueMethod("setXAxisValues", ({ series }) => {
      const data = rangeArgument(sourceData, "sourceData");
      series.xValues = { sheet: data.sheet, ref: { ...data.ref } };
    });
  }

  /** The values of one dimension as text (office-js types them string[]); blank cells give "". */
  getDimensionValues(dimension: string): ClientResult<string[]> {
    const result = new ClientResult<string[]>();
    this.queueMethod("getDimensionValues", ({ series }, exec) => {
      if (!DIMENSIONS.includes(dimension)) invalid("chart series dimension", dimension);
      if (dimension === "BubbleSizes") throw excelError(ErrorCode.invalidArgument, "Bubble sizes exist only on bubble charts.");
      const cells = dimension === "Categories" || dimension === "XValues" ? series.categoryCells() : series.valueCells();
      const values = cells.map((v) => String(v));
      exec.onCommit(() => result._set(values));
    });
    return result;
  }

  delete(): void {
    this.queueMethod("delete", ({ chart, series }) => {
      chart.series.splice(chart.series.indexOf(series), 1);
    });
  }
}

export class ChartSeriesCollectionProxy extends ClientCollection<ChartModel, SeriesEntity, ChartSeriesProxy> {
  constructor(context: RequestContext, resolver: Resolver<ChartModel>) {
    super(context, resolver, "derived");
  }

  protected get typeName(): string {
    return "ChartSeriesCollection";
  }
  protected override scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override readScalar(chart: ChartModel): unknown {
    return chart.series.length;
  }
  protected override checkAlive(chart: ChartModel): void {
    checkChartAlive(chart);
  }
  protected itemEntities(chart: ChartModel): SeriesEntity[] {
    return chart.series.map((series) => ({ chart, series }));
  }
  protected wrapItem(entity: SeriesEntity): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, () => entity, "derived");
  }

  get count(): number {
    return this.getProp("count");
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this.context,
      () => {
        const chart = this._entity();
        const series = chart.series[index];
        if (!series) throw excelError(ErrorCode.itemNotFound, `There is no series at index ${index}.`);
        return { chart, series };
      },
      "instantiate",
      "ChartSeriesCollection.getItemAt"
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queueMethod("getCount", (chart, exec) => {
      const n = chart.series.length;
      exec.onCommit(() => result._set(n));
    });
    return result;
  }

  /** A new series ("SeriesN" without a name), empty until setValues. */
  add(name?: string, index?: number): ChartSeriesProxy {
    const series = new ChartSeriesProxy(
      this.context,
      () => {
        throw excelError(ErrorCode.invalidObjectPath, "The series was not created (its add() did not run).");
      },
      "pending"
    );
    this.queueMethod("add", (chart, exec) => {
      if (name !== undefined && (typeof name !== "string" || name.length > MAX_SERIES_NAME))
        throw excelError(ErrorCode.invalidArgument, `A series name must be a string of at most ${MAX_SERIES_NAME} characters.`);
      series._bind({ chart, series: chart.addSeries(name, index) }, exec);
    });
    return series;
  }
}

export class ChartSeriesFormatProxy extends ClientObject<SeriesEntity> {
  private lineProxy: ChartLineFormatProxy | undefined;

  constructor(context: RequestContext, resolver: Resolver<SeriesEntity>) {
    super(context, resolver, "derived");
  }
  protected get typeName(): string {
    return "ChartSeriesFormat";
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override checkAlive(e: SeriesEntity): void {
    checkSeriesAlive(e);
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === "line" ? (this.line as unknown as ClientObject<unknown>) : undefined;
  }
  get line(): ChartLineFormatProxy {
    return (this.lineProxy ??= new ChartLineFormatProxy(this.context, () => this._resolve()));
  }
}

export class ChartLineFormatProxy extends ClientObject<SeriesEntity> {
  constructor(context: RequestContext, resolver: Resolver<SeriesEntity>) {
    super(context, resolver, "derived");
  }
  protected get typeName(): string {
    return "ChartLineFormat";
  }
  protected scalarNames(): readonly string[] {
    return ["color", "lineStyle", "weight"];
  }
  protected override checkAlive(e: SeriesEntity): void {
    checkSeriesAlive(e);
  }
  protected readScalar({ series }: SeriesEntity, name: string): unknown {
    if (name === "color") return series.line.color;
    if (name === "lineStyle") return series.line.lineStyle;
    return series.line.weight;
  }

  get color(): string {
    return this.getProp("color");
  }
  set color(value: string) {
    this.setProp("color", value, ({ series }) => {
      series.line.color = normalizeColor(value) ?? invalid("line color", value);
    });
  }
  get lineStyle(): string {
    return this.getProp("lineStyle");
  }
  set lineStyle(value: string) {
    this.setProp("lineStyle", value, ({ series }) => {
      series.line.lineStyle = LINE_STYLES.has(value) ? value : invalid("line style", value);
    });
  }
  get weight(): number {
    return this.getProp("weight");
  }
  set weight(value: number) {
    this.setProp("weight", value, ({ series }) => {
      series.line.weight = typeof value === "number" && Number.isFinite(value) && value > 0 ? value : invalid("line weight", value);
    });
  }
}

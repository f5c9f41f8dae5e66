/** Excel.ChartTitle, ChartLegend, ChartAxes, ChartAxis and ChartAxisTitle: parts of one chart. */
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { AxisModel, ChartModel } from "../model/chart";
import { ClientObject, type Resolver } from "./base";
import type { RangeEntity } from "./rangeData";

export function checkChartAlive(chart: ChartModel): void {
  if (chart.deleted || chart.sheet.deleted) throw excelError(ErrorCode.itemNotFound, `The chart '${chart.name}' was deleted.`);
}

/** A Range proxy argument, resolved at sync (office-js takes Range objects for chart data). */
export function rangeArgument(value: unknown, what: string): RangeEntity {
  const entity = (value as { _entity?: () => unknown } | null)?._entity;
  if (typeof entity !== "function" || !(value instanceof ClientObject)) throw excelError(ErrorCode.invalidArgument, `${what} must be a Range object.`);
  const resolved = entity.call(value) as Partial<RangeEntity>;
  if (!resolved || !resolved.sheet || !resolved.ref) throw excelError(ErrorCode.invalidArgument, `${what} must be a Range object.`);
  return resolved as RangeEntity;
}

function invalid(what: string, value: unknown): never {
  throw excelError(ErrorCode.invalidArgument, `Invalid ${what}: ${JSON.stringify(value)}.`);
}

/** Parts resolve through their chart on every use, like Range.format. */
abstract class ChartPart<E> extends ClientObject<E> {
  constructor(context: RequestContext, resolver: Resolver<E>) {
    super(context, resolver, "derived");
  }
  protected abstract chartOf(entity: E): ChartModel;
  protected override checkAlive(entity: E): void {
    checkChartAlive(this.chartOf(entity));
  }
}

export class ChartTitleProxy extends ChartPart<ChartModel> {
  protected get typeName(): string {
    return "ChartTitle";
  }
  protected chartOf(chart: ChartModel): ChartModel {
    return chart;
  }
  protected scalarNames(): readonly string[] {
    return ["text", "visible"];
  }
  protected readScalar(chart: ChartModel, name: string): unknown {
    return name === "text" ? chart.title : chart.titleVisible;
  }

  get text(): string {
    return this.getProp("text");
  }
  /** Setting the text shows the title. */
  set text(value: string) {
    this.setProp("text", value, (chart) => {
      if (typeof value !== "string") invalid("chart title", value);
      chart.titleText = value;
      chart.titleVisible = true;
    });
  }
  get visible(): boolean {
    return this.getProp("visible");
  }
  set visible(value: boolean) {
    this.setProp("visible", value, (chart) => {
      chart.titleVisible = typeof value === "boolean" ? value : invalid("title visibility", value);
    });
  }
}

const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner"];

export class ChartLegendProxy extends ChartPart<ChartModel> {
  protected get typeName(): string {
    return "ChartLegend";
  }
  protected chartOf(chart: ChartModel): ChartModel {
    return chart;
  }
  protected scalarNames(): readonly string[] {
    return ["visible", "position"];
  }
  protected readScalar(chart: ChartModel, name: string): unknown {
    return name === "visible" ? chart.legend.visible : chart.legend.position;
  }

  get visible(): boolean {
    return this.getProp("visible");
  }
  set visible(value: boolean) {
    this.setProp("visible", value, (chart) => {
      chart.legend.visible = typeof value === "boolean" ? value : invalid("legend visibility", value);
    });
  }
  get position(): string {
    return this.getProp("position");
  }
  set position(value: string) {
    this.setProp("position", value, (chart) => {
      chart.legend.position = LEGEND_POSITIONS.includes(value) ? value : invalid("legend position", value);
    });
  }
}

export interface AxisEntity {
  chart: ChartModel;
  axis: AxisModel;
}

export class ChartAxesProxy extends ChartPart<ChartModel> {
  private categoryProxy: ChartAxisProxy | undefined;
  private valueProxy: ChartAxisProxy | undefined;

  protected get typeName(): string {
    return "ChartAxes";
  }
  protected chartOf(chart: ChartModel): ChartModel {
    return chart;
  }
  protected scalarNames(): readonly string[] {
    return [];
  }
  protected readScalar(): unknown {
    return undefined;
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === "categoryAxis") return this.categoryAxis as unknown as ClientObject<unknown>;
    if (name === "valueAxis") return this.valueAxis as unknown as ClientObject<unknown>;
    return undefined;
  }

  private axis(pick: (chart: ChartModel) => AxisModel): Resolver<AxisEntity> {
    return () => {
      const chart = this._resolve();
      return chart ? { chart, axis: pick(chart) } : null;
    };
  }

  get categoryAxis(): ChartAxisProxy {
    return (this.categoryProxy ??= new ChartAxisProxy(
      this.context,
      this.axis((c) => c.categoryAxis)
    ));
  }
  get valueAxis(): ChartAxisProxy {
    return (this.valueProxy ??= new ChartAxisProxy(
      this.context,
      this.axis((c) => c.valueAxis)
    ));
  }

  /** Primary category or value axis; the series axis (3-D charts) and secondary axes are not modelled. */
  getItem(type: string, group = "Primary"): ChartAxisProxy {
    if (group === "Primary" && type === "Category") return this.categoryAxis;
    if (group === "Primary" && type === "Value") return this.valueAxis;
    return new ChartAxisProxy(this.context, () => {
      throw excelError(ErrorCode.invalidArgument, `excel-double: only the primary Category and Value axes exist (asked for ${group} ${type}).`);
    });
  }
}

/** office-js: set a number, or "" for automatic; reads always give a number. */
function bound(value: unknown, what: string): number | null {
  if (value === "") return null;
  return typeof value === "number" && Number.isFinite(value) ? value : invalid(what, value);
}

export class ChartAxisProxy extends ChartPart<AxisEntity> {
  private titleProxy: ChartAxisTitleProxy | undefined;

  protected get typeName(): string {
    return "ChartAxis";
  }
  protected chartOf(e: AxisEntity): ChartModel {
    return e.chart;
  }
  protected scalarNames(): readonly string[] {
    return ["type", "axisGroup", "maximum", "minimum", "visible"];
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === "title" ? (this.title as unknown as ClientObject<unknown>) : undefined;
  }
  protected readScalar({ chart, axis }: AxisEntity, name: string): unknown {
    switch (name) {
      case "type":
        return axis.type;
      case "axisGroup":
        return "Primary";
      case "maximum":
        return chart.axisBounds(axis).maximum;
      case "minimum":
        return chart.axisBounds(axis).minimum;
      default:
        return axis.visible;
    }
  }

  get type(): string {
    return this.getProp("type");
  }
  get axisGroup(): string {
    return this.getProp("axisGroup");
  }
  get maximum(): number {
    return this.getProp("maximum");
  }
  set maximum(value: number | "") {
    this.setProp("maximum", value, ({ axis }) => {
      axis.maximum = bound(value, "axis maximum");
    });
  }
  get minimum(): number {
    return this.getProp("minimum");
  }
  set minimum(value: number | "") {
    this.setProp("minimum", value, ({ axis }) => {
      axis.minimum = bound(value, "axis minimum");
    });
  }
  get visible(): boolean {
    return this.getProp("visible");
  }
  set visible(value: boolean) {
    this.setProp("visible", value, ({ axis }) => {
      axis.visible = typeof value === "boolean" ? value : invalid("axis visibility", value);
    });
  }

  get title(): ChartAxisTitleProxy {
    return (this.titleProxy ??= new ChartAxisTitleProxy(this.context, () => this._resolve()));
  }
}

export class ChartAxisTitleProxy extends ChartPart<AxisEntity> {
  protected get typeName(): string {
    return "ChartAxisTitle";
  }
  protected chartOf(e: AxisEntity): ChartModel {
    return e.chart;
  }
  protected scalarNames(): readonly string[] {
    return ["text", "visible"];
  }
  protected readScalar({ axis }: AxisEntity, name: string): unknown {
    return name === "text" ? axis.title.text : axis.title.visible;
  }

  get text(): string {
    return this.getProp("text");
  }
  /** Setting the text shows the axis title (as the office-js samples rely on). */
  set text(value: string) {
    this.setProp("text", value, ({ axis }) => {
      if (typeof value !== "string") invalid("axis title", value);
      axis.title.text = value;
      axis.title.visible = true;
    });
  }
  get visible(): boolean {
    return this.getProp("visible");
  }
  set visible(value: boolean) {
    this.setProp("visible", value, ({ axis }) => {
      axis.title.visible = typeof value === "boolean" ? value : invalid("axis title visibility", value);
    });
  }
}

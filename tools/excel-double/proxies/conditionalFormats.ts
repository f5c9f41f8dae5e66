/**
 * Conditional formats, recorded loosely: add(type) creates a record on the sheet and any property
 * written below it (cf.cellValue.format.fill.color = "red", cf.cellValue.rule = {...}) is stored
 * in record.settings at sync, so tests can assert what an add-in asked for. Nothing is rendered.
 */
import { intersect } from "../address";
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import type { ConditionalFormatRecord, SheetModel } from "../model/sheet";
import { ClientCollection, ClientObject, ClientResult, type ResolveMode, type Resolver } from "./base";
import { RangeProxy } from "./range";
import type { RangeEntity } from "./rangeData";

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

export interface ConditionalFormatEntity {
  sheet: SheetModel;
  record: ConditionalFormatRecord;
}

let nextId = 1;

function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = (next && typeof next === "object" ? next : (node[key] = {})) as Record<string, unknown>;
  }
  node[path[path.length - 1]] = plain(value);
}

export class ConditionalFormatProxy extends ClientObject<ConditionalFormatEntity> {
  private readonly parts = new Map<string, unknown>();

  constructor(context: RequestContext, resolver: Resolver<ConditionalFormatEntity>, mode: ResolveMode) {
    super(context, resolver, mode);
  }
  protected get typeName(): string {
    return "ConditionalFormat";
  }
  protected scalarNames(): readonly string[] {
    return ["type", "id", "priority", "stopIfTrue"];
  }
  protected override checkAlive({ sheet, record }: ConditionalFormatEntity): void {
    if (sheet.deleted || !sheet.conditionalFormats.includes(record)) throw excelError(ErrorCode.itemNotFound, "The conditional format was deleted.");
  }
  protected readScalar({ record, sheet }: ConditionalFormatEntity, name: string): unknown {
    if (name === "type") return record.type;
    if (name === "id") return record.id;
    if (name === "priority") return record.settings.priority ?? sheet.conditionalFormats.indexOf(record);
    return record.settings.stopIfTrue ?? false;
  }

  get type(): string {
    return this.getProp("type");
  }
  get id(): string {
    return this.getProp("id");
  }
  get priority(): number {
    return this.getProp("priority");
  }
  set priority(value: number) {
    this.setProp("priority", value, ({ record }) => setPath(record.settings, ["priority"], value));
  }
  get stopIfTrue(): boolean {
    return this.getProp("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.setProp("stopIfTrue", value, ({ record }) => setPath(record.settings, ["stopIfTrue"], value));
  }

  /** Typed loosely: every rule part accepts any nested property write or method call. */
  get cellValue(): RuleRecorder {
    return this.part("cellValue");
  }
  get colorScale(): RuleRecorder {
    return this.part("colorScale");
  }
  get custom(): RuleRecorder {
    return this.part("custom");
  }
  get dataBar(): RuleRecorder {
    return this.part("dataBar");
  }
  get iconSet(): RuleRecorder {
    return this.part("iconSet");
  }
  get preset(): RuleRecorder {
    return this.part("preset");
  }
  get textComparison(): RuleRecorder {
    return this.part("textComparison");
  }
  get topBottom(): RuleRecorder {
    return this.part("topBottom");
  }

  private part(name: string): RuleRecorder {
    let part = this.parts.get(name);
    if (!part) {
      part = this.recorder([name]);
      this.parts.set(name, part);
    }
    return part as RuleRecorder;
  }

  private recorder(path: string[]): RuleRecorder {
    const self = this;
    const target = function () {} as unknown as RuleRecorder;
    return new Proxy(target, {
      get(_t, key): unknown {
        // "then" must stay undefined or `await cf.cellValue` would treat the recorder as a promise.
        if (typeof key !== "string" || key === "then" || key === "toJSON") return undefined;
        if (key === "load") return () => self.recorder(path);
        return self.recorder([...path, key]);
      },
      set(_t, key, value): boolean {
        if (typeof key !== "string") return false;
        const full = [...path, key];
        self.context._enqueue({
          location: `ConditionalFormat.${full.join(".")}`,
          run: () => setPath(self._entity().record.settings, full, value),
        });
        return true;
      },
      apply(_t, _this, args: unknown[]): unknown {
        self.context._enqueue({
          location: `ConditionalFormat.${path.join(".")}()`,
          run: () => {
            const settings = self._entity().record.settings;
            const calls = (settings.calls ??= []) as unknown[];
            calls.push({ method: path.join("."), args: plain(args) });
          },
        });
        return undefined;
      },
    });
  }

  getRange(): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const { sheet, record } = this._entity();
        return { sheet, ref: record.ref };
      },
      "instantiate",
      "ConditionalFormat.getRange"
    );
  }

  delete(): void {
    this.queueMethod("delete", ({ sheet, record }) => {
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(record), 1);
    });
  }
}

/**
 * Any nested property or call, e.g. cf.cellValue.format.font.color = "#9C0006". office-js types
 * these as large rule trees; the double accepts every shape, so `any` is deliberate here.
 */

export type RuleRecorder = any;

export class ConditionalFormatCollectionProxy extends ClientCollection<RangeEntity, ConditionalFormatEntity, ConditionalFormatProxy> {
  constructor(context: RequestContext, resolver: Resolver<RangeEntity>) {
    super(context, resolver, "derived");
  }
  protected get typeName(): string {
    return "ConditionalFormatCollection";
  }
  protected itemEntities({ sheet, ref }: RangeEntity): ConditionalFormatEntity[] {
    return sheet.conditionalFormats.filter((r) => intersect(r.ref, ref)).map((record) => ({ sheet, record }));
  }
  protected wrapItem(entity: ConditionalFormatEntity): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, () => entity, "derived");
  }

  add(type: string): ConditionalFormatProxy {
    const cf = new ConditionalFormatProxy(
      this.context,
      () => {
        throw excelError(ErrorCode.invalidObjectPath, "The conditional format was not created (its add() did not run).");
      },
      "pending"
    );
    this.queueMethod("add", ({ sheet, ref }, exec) => {
      if (!TYPES.includes(type)) throw excelError(ErrorCode.invalidArgument, `Unknown conditional format type '${type}'.`);
      sheet.protection.check(sheet.name, ref, "formatCells");
      const record: ConditionalFormatRecord = { id: `cf${nextId++}`, ref: { ...ref }, type, settings: {} };
      sheet.conditionalFormats.push(record);
      cf._bind({ sheet, record }, exec);
    });
    return cf;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queueMethod("getCount", (entity, exec) => {
      const n = this.itemEntities(entity).length;
      exec.onCommit(() => result._set(n));
    });
    return result;
  }

  clearAll(): void {
    this.queueMethod("clearAll", ({ sheet, ref }) => {
      sheet.protection.check(sheet.name, ref, "formatCells");
      for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--) if (intersect(sheet.conditionalFormats[i].ref, ref)) sheet.conditionalFormats.splice(i, 1);
    });
  }
}

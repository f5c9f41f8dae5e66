/** Excel.SettingCollection and Excel.Setting (workbook.settings, ExcelApi 1.4). */
import type { RequestContext } from "../context";
import { ErrorCode, excelError } from "../errors";
import { settingJson, settingValueProblem, type SettingModel, type SettingsModel } from "../model/settings";
import { ClientCollection, ClientObject, ClientResult, type ResolveMode, type Resolver } from "./base";

export class SettingProxy extends ClientObject<SettingModel> {
  constructor(context: RequestContext, resolver: Resolver<SettingModel>, mode: ResolveMode = "instantiate", origin?: string) {
    super(context, resolver, mode, origin);
  }

  protected get typeName(): string {
    return "Setting";
  }
  protected scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected override checkAlive(setting: SettingModel): void {
    if (setting.deleted) throw excelError(ErrorCode.itemNotFound, `The setting '${setting.key}' was deleted.`);
  }
  protected readScalar(setting: SettingModel, name: string): unknown {
    return name === "key" ? setting.key : setting.value;
  }

  get key(): string {
    return this.getProp("key");
  }

  /** A fresh copy of the stored JSON value once loaded; writing replaces it at sync (InvalidArgument for non-JSON data). */
  get value(): unknown {
    return this.getProp("value");
  }
  set value(value: unknown) {
    this.setProp(
      "value",
      value,
      (setting) => {
        setting.json = settingJson(value);
      },
      settingValueProblem(value) === null
    );
  }

  delete(): void {
    this.queueMethod("delete", (setting, exec) => exec.model.settings.remove(setting));
  }
}

export class SettingCollectionProxy extends ClientCollection<SettingsModel, SettingModel, SettingProxy> {
  constructor(context: RequestContext, resolver: Resolver<SettingsModel>) {
    super(context, resolver, "derived");
  }

  protected get typeName(): string {
    return "SettingCollection";
  }
  protected itemEntities(settings: SettingsModel): SettingModel[] {
    return [...settings.items];
  }
  protected wrapItem(setting: SettingModel): SettingProxy {
    return new SettingProxy(this.context, () => setting, "derived");
  }

  private item(method: string, key: string, missing: boolean): SettingProxy {
    return new SettingProxy(
      this.context,
      () => {
        const found = this._entity().find(String(key));
        if (found) return found;
        if (!missing) return null;
        throw excelError(ErrorCode.itemNotFound, `The setting '${key}' doesn't exist.`);
      },
      "instantiate",
      `SettingCollection.${method}`
    );
  }

  /** By key (case-sensitive); ItemNotFound at sync when missing. */
  getItem(key: string): SettingProxy {
    return this.item("getItem", key, true);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this.item("getItemOrNullObject", key, false);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.queueMethod("getCount", (settings, exec) => {
      const n = settings.items.length;
      exec.onCommit(() => result._set(n));
    });
    return result;
  }

  /**
   * Sets or adds a setting. The value is serialised when the batch syncs, as office-js sends it:
   * a key that is not a non-empty string, or a value that is not plain JSON data, fails the sync.
   */
  add(key: string, value: unknown): SettingProxy {
    const setting = new SettingProxy(
      this.context,
      () => {
        throw excelError(ErrorCode.invalidObjectPath, "The setting was not created (its add() did not run).");
      },
      "pending"
    );
    this.context._enqueue({
      location: "SettingCollection.add",
      payload: settingValueProblem(value) === null ? { key, value } : undefined,
      run: (exec) => setting._bind(this._entity().set(key, value), exec),
    });
    return setting;
  }
}

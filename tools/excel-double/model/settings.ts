/**
 * Document settings (Excel.SettingCollection, ExcelApi 1.4): key-value pairs an add-in keeps in the
 * workbook, per file and per add-in. Keys are case-sensitive strings; values travel as JSON, so the
 * double stores each value as JSON text and hands back a fresh copy on every read. Values JSON cannot
 * carry unchanged (undefined, functions, symbols, bigints, NaN and Infinity, cycles, class instances
 * such as Map, and Date, which office-js serialises its own way and the double does not model) are
 * refused with InvalidArgument instead of being silently changed.
 */
import { ErrorCode, excelError, type ExcelDoubleError } from "../errors";

export class SettingModel {
  deleted = false;
  constructor(
    readonly key: string,
    public json: string
  ) {}

  /** A fresh copy of the value, as Excel returns it. */
  get value(): unknown {
    return JSON.parse(this.json);
  }
}

/** Why `value` cannot be stored as a setting (null when it can); `path` names where, e.g. "value.options[2]". */
export function settingValueProblem(value: unknown, path = "value", seen: Set<object> = new Set()): string | null {
  if (value === null || typeof value === "string" || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : `${path} is ${value}, which JSON cannot carry`;
  if (value === undefined) return `${path} is undefined`;
  if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") return `${path} is a ${typeof value}`;
  const object = value as object;
  if (value instanceof Date) return `${path} is a Date (the double does not model Date settings; store an ISO string)`;
  if (seen.has(object)) return `${path} refers back to itself`;
  seen.add(object);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const problem = settingValueProblem(value[i], `${path}[${i}]`, seen);
        if (problem) return problem;
      }
      return null;
    }
    const proto = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) return `${path} is a ${proto?.constructor?.name ?? "class instance"}, not a plain object`;
    for (const [k, v] of Object.entries(object)) {
      const problem = settingValueProblem(v, `${path}.${k}`, seen);
      if (problem) return problem;
    }
    return null;
  } finally {
    seen.delete(object);
  }
}

function checkKey(key: unknown): ExcelDoubleError | null {
  if (typeof key !== "string") return excelError(ErrorCode.invalidArgument, `A setting key must be a string, not ${typeof key}.`);
  if (key.length === 0) return excelError(ErrorCode.invalidArgument, "A setting key cannot be empty.");
  return null;
}

/** The JSON text of a setting value; throws InvalidArgument when the value is not plain JSON data. */
export function settingJson(value: unknown): string {
  const problem = settingValueProblem(value);
  if (problem) throw excelError(ErrorCode.invalidArgument, `Settings hold JSON data: ${problem}.`);
  return JSON.stringify(value);
}

export class SettingsModel {
  private readonly list: SettingModel[] = [];

  get items(): readonly SettingModel[] {
    return this.list;
  }

  /** By key, case-sensitive. */
  find(key: string): SettingModel | undefined {
    return this.list.find((s) => s.key === key);
  }

  /** SettingCollection.add: sets the value of an existing key, or adds the key at the end. */
  set(key: unknown, value: unknown): SettingModel {
    const problem = checkKey(key);
    if (problem) throw problem;
    const json = settingJson(value);
    const existing = this.find(key as string);
    if (existing) {
      existing.json = json;
      return existing;
    }
    const setting = new SettingModel(key as string, json);
    this.list.push(setting);
    return setting;
  }

  remove(setting: SettingModel): void {
    const i = this.list.indexOf(setting);
    if (i >= 0) this.list.splice(i, 1);
    setting.deleted = true;
  }

  /** Seeding and inspection helper: the value of a key (a fresh copy), or undefined. */
  get(key: string): unknown {
    return this.find(key)?.value;
  }
}

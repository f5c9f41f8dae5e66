import { looseKey } from "../parse/keys";
import { parseMonth, type MonthIndex } from "../parse/months";
import type { Tenant } from "./usage";

/** A cell as trimmed text ("" for empty). */
export function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value.trim() : String(value).trim();
}

/**
 * A copy that owns its characters: V8 keeps a substring of 13+ characters as a slice of its parent, so
 * one kept tenant id would pin the whole file's text in memory.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * What every export reader repeats per row, done once per distinct value: month texts parsed once,
 * repeated strings (workloads, associations) kept once, tenants numbered.
 */
export class RowCaches {
  private readonly months = new Map<string, MonthIndex | null>();
  private readonly keys = new Map<string, string>();
  private readonly strings = new Map<string, string>();
  private readonly tenantIndex = new Map<string, number>();

  constructor(private readonly tenants: Tenant[]) {}

  /** A month column holds a handful of distinct texts: parse each once. */
  month(value: unknown): MonthIndex | null {
    if (typeof value !== "string") return parseMonth(value);
    let m = this.months.get(value);
    if (m === undefined) {
      m = parseMonth(value);
      if (this.months.size < 10_000) this.months.set(value, m);
    }
    return m;
  }

  /** looseKey(text), interned: what rule sets match workloads and services against. */
  key(value: string): string {
    let k = this.keys.get(value);
    if (k === undefined) {
      k = this.intern(looseKey(value));
      if (this.keys.size < 10_000) this.keys.set(value, k);
    }
    return k;
  }

  /** One copy of each repeated string: a million rows name a few dozen workloads. */
  intern(s: string): string {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    const own = flat(s);
    this.strings.set(own, own);
    return own;
  }

  /**
   * The tenant's index, adding it on first sight (copies, not slices of the file's text). Tenant ids are
   * GUIDs, and GUIDs are case-insensitive: "3F2504E0-…" and "3f2504e0-…" are one tenant, listed under
   * the first spelling seen (its key and name as first seen). A name standing in for a missing id is
   * matched the same way, as --exclude and the per-tenant explanations match names.
   */
  tenant(key: string, name: string): number {
    const folded = key.toLowerCase();
    let i = this.tenantIndex.get(folded);
    if (i === undefined) {
      key = flat(key);
      name = name === key ? key : flat(name);
      i = this.tenants.push({ key, name: name || key }) - 1;
      this.tenantIndex.set(folded === key ? key : flat(folded), i);
    }
    return i;
  }
}

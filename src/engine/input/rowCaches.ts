import { normaliseAssociation, type Association } from "../parse/associations";
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

// Characters that show as nothing: zero-width space, non-joiner and joiner, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const INVISIBLE_ALL = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** The first invisible character in a cell, as "U+200B", or null: a tenant id pasted from a web page carries them. */
export function invisibleIn(text: string): string | null {
  const m = INVISIBLE.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : null;
}

/** The text without its invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, "").trim();
}

/**
 * A tenant id or name cell as text, without invisible characters; `noted` hears of a cell that held one
 * (the report names it: the cell is the same tenant, but it should be cleaned).
 */
export function tenantText(value: unknown, noted: (message: string) => void): string {
  const raw = text(value);
  const invisible = raw && invisibleIn(raw);
  if (!invisible) return raw;
  const clean = withoutInvisible(raw);
  noted(`"${clean}" holds an invisible character (${invisible}); it was read without it, as the same tenant. Clean the cell.`);
  return clean;
}

const GUID_IN_BRACES = /^\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}$/;

/**
 * How two spellings of one tenant compare. Ids are GUIDs, case-insensitive, and "{3F2504E0-…}" is the
 * same GUID as "3f2504e0-…"; names standing in for ids are the same name whatever their case, with a
 * no-break space for a space, or two spaces for one (Excel shows them alike).
 */
export function tenantFold(key: string): string {
  let k = key.toLowerCase();
  if (/\s\s|[^\S ]|^\{/.test(k)) k = k.replace(/\s+/g, " ").trim();
  const guid = GUID_IN_BRACES.exec(k);
  return guid ? guid[1] : k;
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
  private readonly spellings = new Map<string, number>();

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
   * matched the same way, as --exclude and the per-tenant explanations match names (tenantFold).
   */
  tenant(key: string, name: string): number {
    // A tenant has dozens of rows spelt alike: fold each spelling once, not once per row.
    const seen = this.spellings.get(key);
    if (seen !== undefined) return seen;
    const folded = tenantFold(key);
    let i = this.tenantIndex.get(folded);
    key = flat(key);
    if (i === undefined) {
      name = name === key ? key : flat(name);
      i = this.tenants.push({ key, name: name || key }) - 1;
      this.tenantIndex.set(folded === key ? key : flat(folded), i);
    }
    this.spellings.set(key, i);
    return i;
  }
}

type TenantField = "tenantId" | "tenantName";

/**
 * A row's tenant from its id and name cells (tenantText of each; the id, else the name, is its key),
 * read once for a run of rows whose cells are the same: exports list a tenant's rows together, and a
 * million rows had their tenant cells read a million times. A read that found an invisible character
 * is not reused, so every row holding one is named (`noted`).
 */
export class RowTenant {
  /** The row's tenant name, or its key when the name cell is absent or empty (after read). */
  name = "";
  private idCell: unknown = NaN;
  private nameCell: unknown = NaN;
  private key = "";
  private clean = false;
  private index = -1;

  constructor(
    private readonly caches: RowCaches,
    private readonly columns: { tenantId?: number; tenantName?: number },
    private readonly noted: (message: string, row: number, field: TenantField) => void
  ) {}

  /** The row's tenant key ("" when neither cell has one). */
  read(cells: readonly unknown[], row: number): string {
    const { tenantId, tenantName } = this.columns;
    const idCell = tenantId === undefined ? undefined : cells[tenantId];
    const nameCell = tenantName === undefined ? undefined : cells[tenantName];
    if (this.clean && idCell === this.idCell && nameCell === this.nameCell) return this.key;
    let clean = true;
    const text = (cell: unknown, field: TenantField) =>
      tenantText(cell, (message) => {
        clean = false;
        this.noted(message, row, field);
      });
    const id = tenantId === undefined ? "" : text(idCell, "tenantId");
    const name = tenantName === undefined ? "" : text(nameCell, "tenantName");
    this.idCell = idCell;
    this.nameCell = nameCell;
    this.clean = clean;
    this.index = -1;
    this.key = id || name;
    this.name = name || this.key;
    return this.key;
  }

  /** The tenant's index (RowCaches.tenant), for the row last read. */
  indexOf(): number {
    if (this.index < 0) this.index = this.caches.tenant(this.key, this.name);
    return this.index;
  }
}

/**
 * `read` of a column's cell, kept for the next row while its cell is the same: consecutive rows repeat a
 * workload, an association, a month, and each lookup hashed the cell's text again. `read` must give the
 * same for the same cell (no warnings: RowTenant is for cells that warn).
 */
export function lastCellMemo<T>(read: (cell: unknown) => T): (cell: unknown) => T {
  let last: unknown = NaN; // equal to no cell, not even NaN: the first read always happens
  let value: T;
  return (cell) => {
    if (cell !== last) {
      value = read(cell);
      last = cell;
    }
    return value;
  };
}

/** An item's text (a workload, a service), interned, and its loose key; null when the cell is empty. */
export function itemMemo(caches: RowCaches): (cell: unknown) => { text: string; key: string } | null {
  return lastCellMemo((cell) => {
    const t = text(cell);
    return t ? { text: caches.intern(t), key: caches.key(t) } : null;
  });
}

/** An association cell: its type and label, and its raw text interned. */
export function associationMemo(caches: RowCaches): (cell: unknown) => Association & { raw: string } {
  return lastCellMemo((cell) => {
    const raw = text(cell);
    return { ...normaliseAssociation(raw), raw: caches.intern(raw) };
  });
}

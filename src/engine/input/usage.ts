import { normaliseAssociation, type AssociationType } from "../parse/associations";
import { looseKey } from "../parse/keys";
import { parseMonth, type MonthIndex } from "../parse/months";
import { parseNumber } from "../parse/numbers";
import type { DetectedLayout } from "./layouts";
import { headerName } from "./layouts";
import { IssueLog } from "./issueLog";

/** One readable row of an M365 usage export. */
export interface UsageRecord {
  /** Index into UsageData.files. */
  file: number;
  /** 1-based row in the source (Excel's row number). */
  row: number;
  /** Index into UsageData.tenants. */
  tenant: number;
  workload: string;
  /** looseKey(workload): what rule sets match against. */
  workloadKey: string;
  association: AssociationType;
  associationLabel: string;
  /** The raw association text, to tell true duplicates from CSP Tier 1 + Tier 2 rows. */
  associationRaw: string;
  month: MonthIndex;
  /** Monthly active users (ActiveUsage). */
  mau: number;
  /** Paid available units (QualifiedUsage). */
  pau: number;
  /** Claim / association month (DateAssociated), when the export has it. */
  claimMonth: MonthIndex | null;
}

export interface RejectedRow {
  file: number;
  row: number;
  reason: string;
}

export interface Tenant {
  key: string;
  name: string;
}

export interface UsageData {
  files: string[];
  tenants: Tenant[];
  records: UsageRecord[];
  rejected: RejectedRow[];
}

/** Collects usage rows from one or more exports into one data set (tenants shared across files). */
export class UsageCollector {
  readonly data: UsageData = { files: [], tenants: [], records: [], rejected: [] };
  private readonly tenantIndex = new Map<string, number>();
  private readonly interned = new Map<string, string>();

  constructor(private readonly log: IssueLog) {}

  beginFile(name: string, header: readonly unknown[], detected: DetectedLayout): (cells: readonly unknown[], row: number) => void {
    const fileIndex = this.data.files.push(name) - 1;
    const c = detected.columns;
    const columnName = (field: string) => headerName(header, c[field]);
    const tenantField = c.tenantId !== undefined ? "tenantId" : "tenantName";
    const reject = (row: number, field: string, what: string, value: unknown) => {
      const shown = value === undefined || value === null || String(value).trim() === "" ? "is empty" : `"${String(value)}" ${what}`;
      const reason = `${columnName(field)} ${shown}; the row was skipped. Fix the cell and score again.`;
      this.data.rejected.push({ file: fileIndex, row, reason });
      this.log.add({ file: name, row, column: columnName(field), message: reason }, `${field}`);
    };

    return (cells, row) => {
      const tenantKey = text(cells[c.tenantId]) || text(cells[c.tenantName]);
      if (!tenantKey) return reject(row, tenantField, "", "");
      const workload = text(cells[c.workload]);
      if (!workload) return reject(row, "workload", "", cells[c.workload]);
      const month = this.month(cells[c.month]);
      if (month === null) return reject(row, "month", "is not a month (use e.g. Oct-2025 or 2025-10)", cells[c.month]);
      const mau = parseNumber(cells[c.mau]);
      if (mau === null || mau < 0) return reject(row, "mau", "is not a count of users", cells[c.mau]);
      const pau = parseNumber(cells[c.pau]);
      if (pau === null || pau < 0) return reject(row, "pau", "is not a count of paid units", cells[c.pau]);
      let claimMonth: MonthIndex | null = null;
      if (c.dateAssociated !== undefined && text(cells[c.dateAssociated])) {
        claimMonth = parseMonth(cells[c.dateAssociated]);
        if (claimMonth === null) return reject(row, "dateAssociated", "is not a date", cells[c.dateAssociated]);
      }
      const associationRaw = text(cells[c.association]);
      const association = normaliseAssociation(associationRaw);
      this.data.records.push({
        file: fileIndex,
        row,
        tenant: this.tenant(tenantKey, c.tenantName !== undefined ? text(cells[c.tenantName]) : tenantKey),
        workload: this.intern(workload),
        workloadKey: this.workloadKey(workload),
        association: association.type,
        associationLabel: association.label,
        associationRaw: this.intern(associationRaw),
        month,
        mau,
        pau,
        claimMonth,
      });
    };
  }

  private readonly monthCache = new Map<string, MonthIndex | null>();
  private readonly keyCache = new Map<string, string>();

  /** A month column holds a handful of distinct texts: parse each once. */
  private month(value: unknown): MonthIndex | null {
    if (typeof value !== "string") return parseMonth(value);
    let m = this.monthCache.get(value);
    if (m === undefined) {
      m = parseMonth(value);
      if (this.monthCache.size < 10_000) this.monthCache.set(value, m);
    }
    return m;
  }

  private workloadKey(workload: string): string {
    let k = this.keyCache.get(workload);
    if (k === undefined) {
      k = this.intern(looseKey(workload));
      if (this.keyCache.size < 10_000) this.keyCache.set(workload, k);
    }
    return k;
  }

  private tenant(key: string, name: string): number {
    let i = this.tenantIndex.get(key);
    if (i === undefined) {
      // Copies, not slices of the file's text: a slice would keep the whole text alive.
      key = flat(key);
      name = name === key ? key : flat(name);
      i = this.data.tenants.push({ key, name: name || key }) - 1;
      this.tenantIndex.set(key, i);
    }
    return i;
  }

  /** One copy of each repeated string: a million rows name a few dozen workloads. */
  private intern(s: string): string {
    const hit = this.interned.get(s);
    if (hit !== undefined) return hit;
    const own = flat(s);
    this.interned.set(own, own);
    return own;
  }
}

function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value.trim() : String(value).trim();
}

/**
 * A copy that owns its characters: V8 keeps a substring of 13+ characters as a slice of its parent, so
 * one kept tenant id would pin the whole file's text in memory.
 */
function flat(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

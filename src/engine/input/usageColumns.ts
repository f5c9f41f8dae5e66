import type { AssociationType } from "../parse/associations";
import type { MonthIndex } from "../parse/months";
import type { UsageData, UsageRecord } from "./usage";

/** What a usage row says besides its numbers: its workload and association, shared by many rows. */
export interface UsageKind {
  workload: string;
  workloadKey: string;
  association: AssociationType;
  associationLabel: string;
  associationRaw: string;
}

/**
 * The usage rows as typed columns: a million rows as a million objects took 0.6 s to build and most of
 * the command line's garbage collection; as columns they take 40 MB and no collection (issue 15). Row
 * i's fields are each column's [i]; `kind[i]` indexes `kinds`; a claim month of NO_CLAIM is none.
 */
export interface UsageColumns {
  readonly length: number;
  readonly file: Int32Array;
  readonly row: Int32Array;
  readonly tenant: Int32Array;
  readonly kind: Int32Array;
  readonly month: Int32Array;
  readonly mau: Float64Array;
  readonly pau: Float64Array;
  readonly claimMonth: Int32Array;
  readonly kinds: readonly UsageKind[];
}

/** The claim month of a row without one (a month index is never negative). */
export const NO_CLAIM = -1;

const INTS = ["file", "row", "tenant", "kind", "month", "claimMonth"] as const;

/** The usage collector's rows, appended as columns; `records` built from them only when asked for. */
export class UsageColumnsBuilder implements UsageColumns {
  length = 0;
  file = new Int32Array(1024);
  row = new Int32Array(1024);
  tenant = new Int32Array(1024);
  kind = new Int32Array(1024);
  month = new Int32Array(1024);
  mau = new Float64Array(1024);
  pau = new Float64Array(1024);
  claimMonth = new Int32Array(1024);
  readonly kinds: UsageKind[] = [];
  /** The records once built (then kept up to date with later rows). */
  records: UsageRecord[] | null = null;

  append(file: number, row: number, tenant: number, kind: number, month: MonthIndex, mau: number, pau: number, claimMonth: MonthIndex | null): void {
    const i = this.length;
    if (i === this.file.length) this.grow();
    this.file[i] = file;
    this.row[i] = row;
    this.tenant[i] = tenant;
    this.kind[i] = kind;
    this.month[i] = month;
    this.mau[i] = mau;
    this.pau[i] = pau;
    this.claimMonth[i] = claimMonth ?? NO_CLAIM;
    this.length = i + 1;
    this.records?.push(this.record(i));
  }

  /** Row i as a record (the fields in the order the reader always wrote them, so every record has one shape). */
  record(i: number): UsageRecord {
    const k = this.kinds[this.kind[i]];
    const claim = this.claimMonth[i];
    return {
      file: this.file[i],
      row: this.row[i],
      tenant: this.tenant[i],
      workload: k.workload,
      workloadKey: k.workloadKey,
      association: k.association,
      associationLabel: k.associationLabel,
      associationRaw: k.associationRaw,
      month: this.month[i],
      mau: this.mau[i],
      pau: this.pau[i],
      claimMonth: claim === NO_CLAIM ? null : claim,
    };
  }

  allRecords(): UsageRecord[] {
    if (!this.records) {
      const records: UsageRecord[] = new Array(this.length);
      for (let i = 0; i < this.length; i++) records[i] = this.record(i);
      this.records = records;
    }
    return this.records;
  }

  private grow(): void {
    // Four times: fewer copies, and the room not yet written takes no memory (the pages are untouched).
    const size = this.file.length * 4;
    for (const name of INTS) {
      const next = new Int32Array(size);
      next.set(this[name]);
      this[name] = next;
    }
    for (const name of ["mau", "pau"] as const) {
      const next = new Float64Array(size);
      next.set(this[name]);
      this[name] = next;
    }
  }
}

// The collector's own data objects and their columns. Not a property: a copy of the data
// ({ ...data, records: fewer }) must not carry columns that no longer match its records.
const ownColumns = new WeakMap<UsageData, UsageColumnsBuilder>();
// Columns made from records that were not read as columns (a copy, hypothetical rows), per records array.
const madeColumns = new WeakMap<readonly UsageRecord[], { length: number; columns: UsageColumns }>();

/** Data whose `records` are built from the columns on first use (the scoring of the command line never asks for them). */
export function usageDataOf(columns: UsageColumnsBuilder): UsageData {
  // The fields in the order they always had (files, tenants, records, rejected).
  const data = { files: [], tenants: [] } as unknown as UsageData;
  Object.defineProperty(data, "records", {
    enumerable: true,
    configurable: true,
    get: () => columns.allRecords(),
    set: (records: UsageRecord[]) => {
      // Records put in place of the built ones: the columns no longer describe them.
      ownColumns.delete(data);
      Object.defineProperty(data, "records", { value: records, enumerable: true, configurable: true, writable: true });
    },
  });
  data.rejected = [];
  ownColumns.set(data, columns);
  return data;
}

/** The number of usage rows, without building records. */
export function usageCount(data: UsageData): number {
  return usageColumns(data).length;
}

/**
 * The rows of usage data as columns: the reader's own when the records were never changed, else
 * made from the records (and kept while their count is the same).
 */
export function usageColumns(data: UsageData): UsageColumns {
  const own = ownColumns.get(data);
  if (own && (own.records === null || (own.records.length === own.length && Object.getOwnPropertyDescriptor(data, "records")?.get))) return own;
  const records = data.records;
  const made = madeColumns.get(records);
  if (made && made.length === records.length) return made.columns;
  const columns = columnsOf(records);
  madeColumns.set(records, { length: records.length, columns });
  return columns;
}

function columnsOf(records: readonly UsageRecord[]): UsageColumns {
  const out = new UsageColumnsBuilder();
  const kindIds = new Map<string, number>();
  for (const r of records) {
    const key = `${r.workload}\u0000${r.workloadKey}\u0000${r.association}\u0000${r.associationLabel}\u0000${r.associationRaw}`;
    let kind = kindIds.get(key);
    if (kind === undefined) {
      kind =
        out.kinds.push({
          workload: r.workload,
          workloadKey: r.workloadKey,
          association: r.association,
          associationLabel: r.associationLabel,
          associationRaw: r.associationRaw,
        }) - 1;
      kindIds.set(key, kind);
    }
    out.append(r.file, r.row, r.tenant, kind, r.month, r.mau, r.pau, r.claimMonth);
  }
  return out;
}

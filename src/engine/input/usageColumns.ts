import type { AssociationType } from "../parse/associations";
import type { MonthIndex } from "../parse/months";
import { ColumnsBuilder, ColumnsOfData, type RowColumns } from "./rowColumns";
import type { UsageData, UsageRecord } from "./usage";

/** What a usage row says besides its numbers: its workload and association, shared by many rows. */
export interface UsageKind {
  workload: string;
  workloadKey: string;
  association: AssociationType;
  associationLabel: string;
  associationRaw: string;
}

/** The usage rows as columns (see rowColumns.ts); a claim month of NO_CLAIM is none. */
export interface UsageColumns extends RowColumns<UsageKind, UsageRecord> {
  readonly mau: Float64Array;
  readonly pau: Float64Array;
  readonly claimMonth: Int32Array;
}

/** The claim month of a row without one (a month index is never negative). */
export const NO_CLAIM = -1;

/** The usage collector's rows, appended as columns. */
export class UsageColumnsBuilder extends ColumnsBuilder<UsageKind, UsageRecord> implements UsageColumns {
  mau = new Float64Array(this.capacity);
  pau = new Float64Array(this.capacity);
  claimMonth = new Int32Array(this.capacity);
  protected readonly extraColumns = ["mau", "pau", "claimMonth"];

  append(file: number, row: number, tenant: number, kind: number, month: MonthIndex, mau: number, pau: number, claimMonth: MonthIndex | null): void {
    const i = this.start(file, row, tenant, kind, month);
    this.mau[i] = mau;
    this.pau[i] = pau;
    this.claimMonth[i] = claimMonth ?? NO_CLAIM;
    this.appended(i);
  }

  protected emptyLike(capacity: number): UsageColumnsBuilder {
    return new UsageColumnsBuilder(capacity);
  }

  protected kindParts(k: UsageKind): unknown[] {
    return [k.workload, k.workloadKey, k.association, k.associationLabel, k.associationRaw];
  }

  protected kindOf({ workload, workloadKey, association, associationLabel, associationRaw }: UsageRecord): UsageKind {
    return { workload, workloadKey, association, associationLabel, associationRaw };
  }

  protected writeOwn(i: number, r: UsageRecord): void {
    this.mau[i] = r.mau;
    this.pau[i] = r.pau;
    this.claimMonth[i] = r.claimMonth ?? NO_CLAIM;
  }

  record(i: number): UsageRecord {
    this.checked(i);
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
}

const usage = new ColumnsOfData<UsageRecord, UsageColumns>(() => new UsageColumnsBuilder(0));

/** Usage data whose `records` are built from the columns on first use (a score never asks for them). */
export function usageDataOf(columns: UsageColumnsBuilder): UsageData {
  return usage.dataOf<UsageData>(columns);
}

/** The rows of usage data as columns, however the data was made. */
export function usageColumns(data: UsageData): UsageColumns {
  return usage.of(data);
}

/** The number of usage rows, without building records. */
export function usageCount(data: UsageData): number {
  return usage.of(data).length;
}

/** Usage data without the rows of some tenants, from the columns; null when its records are not the reader's. */
export function usageWithout(data: UsageData, left: ReadonlySet<number>): UsageData | null {
  return usage.without(data, left);
}

import type { AssociationType } from "../parse/associations";
import type { MonthIndex } from "../parse/months";
import type { MeasureData, MeasureRecord } from "./measures";
import { ColumnsBuilder, ColumnsOfData, type RowColumns } from "./rowColumns";

/** What an Azure or Business Applications row says besides its amount, shared by many rows. */
export interface MeasureRowKind {
  item: string;
  itemKey: string;
  association: AssociationType;
  associationLabel: string;
  associationRaw: string;
  segment?: string;
  offer?: string;
  trial?: boolean;
}

/** The rows of a measure export as columns (see rowColumns.ts). */
export interface MeasureColumns extends RowColumns<MeasureRowKind, MeasureRecord> {
  readonly value: Float64Array;
}

/** A measure collector's rows, appended as columns. */
export class MeasureColumnsBuilder extends ColumnsBuilder<MeasureRowKind, MeasureRecord> implements MeasureColumns {
  value = new Float64Array(this.capacity);
  protected readonly extraColumns = ["value"];

  append(file: number, row: number, tenant: number, kind: number, month: MonthIndex, value: number): void {
    const i = this.start(file, row, tenant, kind, month);
    this.value[i] = value;
    this.appended(i);
  }

  protected emptyLike(capacity: number): MeasureColumnsBuilder {
    return new MeasureColumnsBuilder(capacity);
  }

  protected kindParts(k: MeasureRowKind): unknown[] {
    return [k.item, k.itemKey, k.association, k.associationLabel, k.associationRaw, k.segment, k.offer, k.trial];
  }

  protected kindOf({ item, itemKey, association, associationLabel, associationRaw, segment, offer, trial }: MeasureRecord): MeasureRowKind {
    return { item, itemKey, association, associationLabel, associationRaw, segment, offer, trial };
  }

  protected writeOwn(i: number, r: MeasureRecord): void {
    this.value[i] = r.value;
  }

  record(i: number): MeasureRecord {
    this.checked(i);
    const k = this.kinds[this.kind[i]];
    return {
      file: this.file[i],
      row: this.row[i],
      tenant: this.tenant[i],
      item: k.item,
      itemKey: k.itemKey,
      association: k.association,
      associationLabel: k.associationLabel,
      associationRaw: k.associationRaw,
      month: this.month[i],
      value: this.value[i],
      segment: k.segment,
      offer: k.offer,
      trial: k.trial,
    };
  }
}

const measures = new ColumnsOfData<MeasureRecord, MeasureColumns>(() => new MeasureColumnsBuilder(0));

/** Measure data whose `records` are built from the columns on first use (a score never asks for them). */
export function measureDataOf(columns: MeasureColumnsBuilder): MeasureData {
  return measures.dataOf<MeasureData>(columns);
}

/** The rows of measure data as columns, however the data was made. */
export function measureColumns(data: MeasureData): MeasureColumns {
  return measures.of(data);
}

/** Measure data without the rows of some tenants, from the columns; null when its records are not the reader's. */
export function measureWithout(data: MeasureData, left: ReadonlySet<number>): MeasureData | null {
  return measures.without(data, left);
}

/** The rows of measure data one at a time, each made from the columns and dropped after (the data's records are not built). */
export function* eachMeasureRecord(data: MeasureData): Generator<MeasureRecord> {
  const columns = measureColumns(data);
  for (let i = 0; i < columns.length; i++) yield columns.record(i);
}

/**
 * An export's rows as typed columns, for the readers of large exports (issue 15): a million rows as a
 * million objects took 0.5–0.6 s to build and most of the command line's garbage collection; as
 * columns they take 40 MB and no collection. Scoring reads the columns; the `records` of the data
 * (objects, one per row) are built from them only when some code asks for them (a scenario's copy,
 * calibration).
 *
 * Records are read-only: the columns follow rows pushed onto `records`, records put in their place,
 * and copies with other records, but not a record edited in place or replaced at the same index. The
 * engine never does either; a scenario edits a copy of the array.
 */

/** The columns every tenant export has: row i's fields are each column's [i]; `kind[i]` indexes `kinds`. */
export interface RowColumns<K, R = unknown> {
  readonly length: number;
  readonly file: Int32Array;
  readonly row: Int32Array;
  readonly tenant: Int32Array;
  readonly kind: Int32Array;
  readonly month: Int32Array;
  readonly kinds: readonly K[];
  /** Row i as a new record (for code that reads a row at a time and keeps none, or a few). */
  record(i: number): R;
}

/** The data an export reader gives: its rows as `records`. */
export interface RowData<R> {
  files: string[];
  tenants: unknown[];
  records: R[];
  rejected: unknown[];
}

type Column = Int32Array | Float64Array;

/** A reader's rows as plain columns, by name ("file", "row", "tenant", "kind", "month" and the export's own), with their kinds. */
export interface ColumnsPart<K> {
  length: number;
  columns: Record<string, Column>;
  kinds: readonly K[];
}

/** The fields every record has in columns of their own. */
export interface RowRecord {
  file: number;
  row: number;
  tenant: number;
  month: number;
}

/**
 * Columns being appended to. Subclasses name their own number columns (`extraColumns`), say how a row
 * becomes a record and back, and call `start` then `appended` for each row a reader reads.
 */
export abstract class ColumnsBuilder<K, R extends RowRecord> implements RowColumns<K, R> {
  length = 0;
  file: Int32Array;
  row: Int32Array;
  tenant: Int32Array;
  kind: Int32Array;
  month: Int32Array;
  readonly kinds: K[] = [];
  /** The records once built (then kept up to date with later rows). */
  records: R[] | null = null;
  /** Whether `records` were put in place by other code: they no longer describe the columns. */
  detached = false;

  protected abstract readonly extraColumns: readonly string[];

  /** `capacity`: the rows expected (a reader: a first size; columns made from records: their count). */
  constructor(protected readonly capacity: number) {
    this.file = new Int32Array(capacity);
    this.row = new Int32Array(capacity);
    this.tenant = new Int32Array(capacity);
    this.kind = new Int32Array(capacity);
    this.month = new Int32Array(capacity);
  }

  /** Row i as a new record, its fields always in one order (so every record has one shape). */
  abstract record(i: number): R;

  /** An empty builder of the same kind, for `capacity` rows. */
  protected abstract emptyLike(capacity: number): ColumnsBuilder<K, R>;

  /** A kind's fields in order (a record has its kind's fields too): what tells two kinds apart. */
  protected abstract kindParts(k: K | R): unknown[];

  /** A record's kind. */
  protected abstract kindOf(r: R): K;

  /** Sets the subclass's columns of row i from a record. */
  protected abstract writeOwn(i: number, r: R): void;

  /** Writes record r as row i (i ≤ length: at length it is added), its kind numbered by `kinds`. */
  writeRecord(i: number, r: R, kinds: KindNumbers<K>): void {
    if (i === this.file.length) this.grow();
    this.file[i] = r.file;
    this.row[i] = r.row;
    this.tenant[i] = r.tenant;
    this.month[i] = r.month;
    this.kind[i] = kinds.of(this.kindParts(r), () => this.kindOf(r));
    this.writeOwn(i, r);
    if (i >= this.length) this.length = i + 1;
  }

  /** Columns made from records. */
  fromRecords(records: readonly R[]): ColumnsBuilder<K, R> {
    const out = this.emptyLike(records.length);
    const kinds = new KindNumbers(out.kinds);
    for (let i = 0; i < records.length; i++) out.writeRecord(i, records[i], kinds);
    return out;
  }

  /**
   * Columns for `records`, a copy of this builder's records with some rows replaced or added (a
   * scenario's raised rows): the rows that are still the same objects are copied column by column, and
   * only the others read from their records (made from all the records, each candidate of the 1M-row
   * Azure export's near misses cost a second more).
   */
  patchedFor(records: readonly R[]): ColumnsBuilder<K, R> {
    const own = this.records!;
    const out = this.emptyLike(records.length);
    const shared = Math.min(this.length, records.length);
    const names = ["file", "row", "tenant", "kind", "month", ...this.extraColumns];
    for (const n of names) (out as unknown as Record<string, Column>)[n].set((this as unknown as Record<string, Column>)[n].subarray(0, shared));
    out.kinds.push(...this.kinds);
    out.length = shared;
    const kinds = new KindNumbers(out.kinds);
    this.kinds.forEach((k, id) => kinds.seed(this.kindParts(k), id));
    for (let i = 0; i < shared; i++) if (records[i] !== own[i]) out.writeRecord(i, records[i], kinds);
    for (let i = shared; i < records.length; i++) out.writeRecord(i, records[i], kinds);
    return out;
  }

  /** The rows whose tenant `keep` keeps, as new columns (sharing the kinds). */
  filtered(keep: (tenant: number) => boolean): ColumnsBuilder<K, R> {
    const out = this.emptyLike(this.length);
    out.kinds.push(...this.kinds);
    const names = ["file", "row", "tenant", "kind", "month", ...this.extraColumns];
    const from = names.map((n) => (this as unknown as Record<string, Column>)[n]);
    const into = names.map((n) => (out as unknown as Record<string, Column>)[n]);
    let j = 0;
    for (let i = 0; i < this.length; i++) {
      if (!keep(this.tenant[i])) continue;
      for (let c = 0; c < from.length; c++) into[c][j] = from[c][i];
      j++;
    }
    out.length = j;
    return out;
  }

  /** The rows as plain columns (each column's own buffer, for a worker thread to hand over), with their kinds. */
  part(): ColumnsPart<K> {
    const columns: Record<string, Column> = {};
    for (const n of ["file", "row", "tenant", "kind", "month", ...this.extraColumns]) columns[n] = (this as unknown as Record<string, Column>)[n];
    return { length: this.length, columns, kinds: this.kinds };
  }

  /**
   * Appends another reader's rows of the same export (columns part()): each row's file is `file`, its row
   * number moved by `rowOffset`, its tenant and kind renumbered by the maps (another reader's numbers).
   */
  appendPart(part: ColumnsPart<K>, file: number, rowOffset: number, tenants: readonly number[], kinds: readonly number[]): void {
    const n = part.length;
    const at = this.length;
    while (this.file.length < at + n) this.grow();
    const into = this as unknown as Record<string, Column>;
    // Months and the export's own numbers as they are; rows moved, tenants and kinds renumbered.
    this.file.fill(file, at, at + n);
    for (const name of ["month", ...this.extraColumns]) into[name].set(part.columns[name].subarray(0, n), at);
    const { row, tenant, kind } = part.columns;
    for (let j = 0; j < n; j++) {
      this.row[at + j] = row[j] + rowOffset;
      this.tenant[at + j] = tenants[tenant[j]];
      this.kind[at + j] = kinds[kind[j]];
    }
    this.length = at + n;
    if (this.records) for (let i = at; i < at + n; i++) this.records.push(this.record(i));
  }

  /** Throws for a row that is not there (the columns hold zeros past `length`). */
  protected checked(i: number): number {
    if (!(i >= 0 && i < this.length)) throw new RangeError(`row ${i} of ${this.length}`);
    return i;
  }

  /** Starts row `length`; the caller sets the subclass's columns at the index returned, then calls appended. */
  protected start(file: number, row: number, tenant: number, kind: number, month: number): number {
    const i = this.length;
    if (i === this.file.length) this.grow();
    this.file[i] = file;
    this.row[i] = row;
    this.tenant[i] = tenant;
    this.kind[i] = kind;
    this.month[i] = month;
    return i;
  }

  protected appended(i: number): void {
    this.length = i + 1;
    this.records?.push(this.record(i));
  }

  allRecords(): R[] {
    if (!this.records) {
      const records: R[] = new Array(this.length);
      for (let i = 0; i < this.length; i++) records[i] = this.record(i);
      this.records = records;
    }
    return this.records;
  }

  private grow(): void {
    // Four times: fewer copies, and the room not yet written takes no memory (its pages are untouched).
    const size = Math.max(64, this.file.length * 4);
    const columns = this as unknown as Record<string, Column>;
    for (const name of ["file", "row", "tenant", "kind", "month", ...this.extraColumns]) {
      const old = columns[name];
      const next = old instanceof Float64Array ? new Float64Array(size) : new Int32Array(size);
      next.set(old);
      columns[name] = next;
    }
  }
}

const keyOf = (parts: readonly unknown[]): string => parts.map((p) => (p === undefined ? "\u0001" : String(p))).join("\u0000");

function samePartsAsLast(parts: readonly unknown[], last: readonly unknown[]): boolean {
  for (let i = 0; i < parts.length; i++) if (parts[i] !== last[i]) return false;
  return true;
}

/** Kinds numbered by a key made of their texts. */
export class KindNumbers<K> {
  private readonly ids = new Map<string, number>();
  private last: readonly unknown[] = [];
  private lastId = -1;

  constructor(private readonly kinds: K[]) {}

  /** Numbers a kind already in the list. */
  seed(parts: readonly unknown[], id: number): void {
    this.ids.set(keyOf(parts), id);
  }

  /** The kind of these parts (strings, booleans, undefined), made by `make` on first sight. */
  of(parts: readonly unknown[], make: () => K): number {
    // Consecutive rows are mostly of one kind: compare the parts before joining them into a key.
    if (this.lastId >= 0 && parts.length === this.last.length && samePartsAsLast(parts, this.last)) return this.lastId;
    const key = keyOf(parts);
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.kinds.push(make()) - 1));
    this.last = parts.slice(); // the caller may reuse its array
    return (this.lastId = id);
  }
}

/**
 * Where columns and data meet. The reader's own data, and its columns: not a property of the data, so
 * a copy ({ ...data, records: fewer }) does not carry columns that no longer match its records. Columns
 * made from records that were not read as columns (a copy, hypothetical rows) are kept per records array.
 */
export class ColumnsOfData<R extends RowRecord, C extends RowColumns<unknown, R>> {
  private readonly own = new WeakMap<object, ColumnsBuilder<unknown, R>>();
  private readonly made = new WeakMap<readonly R[], { length: number; columns: C }>();
  // The readers' columns, for copies of their records (weakly: a finished read's may go).
  private sources: WeakRef<ColumnsBuilder<unknown, R>>[] = [];

  constructor(private readonly empty: () => ColumnsBuilder<unknown, R> & C) {}

  /** Columns for records that were not read as columns: patched from the reader's when they are a copy of its records. */
  private fromRecords(records: readonly R[]): C {
    this.sources = this.sources.filter((ref) => ref.deref() !== undefined);
    for (const ref of this.sources) {
      const source = ref.deref();
      if (source && !source.detached && source.records?.length && records[0] === source.records[0]) return source.patchedFor(records) as unknown as C;
    }
    return this.empty().fromRecords(records) as unknown as C;
  }

  /**
   * Data whose `records` are built from the columns on first use; its other fields new, or `like`'s
   * (a copy of some data with other rows).
   */
  dataOf<D extends RowData<R>>(columns: ColumnsBuilder<unknown, R> & C, like?: D): D {
    // The fields in the order they always had (files, tenants, records, rejected).
    const data = { files: like?.files ?? [], tenants: like?.tenants ?? [] } as unknown as D;
    Object.defineProperty(data, "records", {
      enumerable: true,
      configurable: true,
      get: () => columns.allRecords(),
      set: (records: R[]) => {
        // Records put in place of the built ones: the columns no longer describe them (columns are
        // made from the new ones), and rows read later go onto them, as the readers always did.
        this.own.delete(data);
        columns.records = records;
        columns.detached = true;
        Object.defineProperty(data, "records", { value: records, enumerable: true, configurable: true, writable: true });
      },
    });
    data.rejected = like?.rejected ?? [];
    this.own.set(data, columns);
    // A reader's: the one whose records a scenario copies (not each filtered copy of a leave-one-out).
    if (!like) this.sources.push(new WeakRef(columns));
    return data;
  }

  /**
   * The data without the rows of some tenants, or null when its records are not the reader's (the
   * caller filters the records). Tenant lists are shared: rows name tenants by index.
   */
  without<D extends RowData<R>>(data: D, left: ReadonlySet<number>): D | null {
    const own = this.own.get(data);
    if (!own || own.records !== null) return null;
    return this.dataOf(own.filtered((t) => !left.has(t)) as ColumnsBuilder<unknown, R> & C, data);
  }

  /**
   * The rows of the data as columns: the reader's own while its records were not changed, else made
   * from the records (and kept while their count is the same).
   */
  of(data: RowData<R>): C {
    const own = this.own.get(data);
    if (own && (own.records === null || own.records.length === own.length)) return own as unknown as C;
    const records = data.records;
    const made = this.made.get(records);
    if (made && made.length === records.length) return made.columns;
    const columns = this.fromRecords(records);
    this.made.set(records, { length: records.length, columns });
    return columns;
  }
}

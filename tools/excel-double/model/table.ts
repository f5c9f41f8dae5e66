/** A table (ListObject): a named block on one sheet with an optional header and totals row. */
import type { RangeRef } from "../address";
import type { SheetModel } from "./sheet";

export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

export class TableModel {
  showTotals = false;
  style = DEFAULT_TABLE_STYLE;
  deleted = false;
  /** Header names kept while the header row is hidden, so showing it again restores them. */
  hiddenHeaders: string[] | null = null;

  constructor(
    public name: string,
    readonly id: string,
    public sheet: SheetModel,
    /** Whole table including header and totals rows. */
    public ref: RangeRef,
    public showHeaders = true
  ) {}

  headerRef(): RangeRef | null {
    return this.showHeaders ? { ...this.ref, rowCount: 1 } : null;
  }

  totalsRef(): RangeRef | null {
    return this.showTotals ? { ...this.ref, row: this.ref.row + this.ref.rowCount - 1, rowCount: 1 } : null;
  }

  dataBodyRef(): RangeRef {
    const top = this.showHeaders ? 1 : 0;
    const bottom = this.showTotals ? 1 : 0;
    return { ...this.ref, row: this.ref.row + top, rowCount: this.ref.rowCount - top - bottom };
  }

  columnNames(): string[] {
    if (!this.showHeaders) return this.hiddenHeaders ?? defaultHeaders(this.ref.colCount);
    const cells = this.sheet.readValues({ ...this.ref, rowCount: 1 })[0];
    return cells.map((v) => String(v));
  }
}

export function defaultHeaders(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Column${i + 1}`);
}

/**
 * Excel's header rules: headers are text, blanks become "ColumnN", duplicates (ignoring case)
 * get a numeric suffix.
 */
export function normalizeHeaders(raw: ReadonlyArray<unknown>): string[] {
  const seen = new Set<string>();
  return raw.map((v, i) => {
    let name = v === undefined || v === null || v === "" ? `Column${i + 1}` : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
    if (seen.has(name.toUpperCase())) {
      const base = name;
      for (let n = 2; seen.has(name.toUpperCase()); n++) name = `${base}${n}`;
    }
    seen.add(name.toUpperCase());
    return name;
  });
}

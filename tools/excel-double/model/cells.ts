/**
 * Sparse cell storage: an array of rows (holes for untouched rows), each row holding parallel
 * column arrays. Parallel arrays keep a 100k x 20 sheet at a few hundred bytes per row instead of
 * one object per cell.
 */
import { MAX_COLUMNS, MAX_ROWS, type RangeRef } from "../address";
import type { CellFormat, CellValue } from "./types";

interface Row {
  values: Array<CellValue | undefined>;
  formulas?: Array<string | undefined>;
  numberFormats?: Array<string | undefined>;
  formats?: Array<CellFormat | undefined>;
}

export type ClearTarget = "contents" | "formats" | "all";

/** Formatting applied to a whole row or column (Excel stores these once, not per cell). */
export interface LineStyle {
  numberFormat?: string;
  format?: CellFormat;
}

export interface StyleChange {
  /** New number format; undefined leaves it alone. */
  numberFormat?: string;
  /** Format fields to set; undefined fields reset to default. */
  patch?: Partial<CellFormat>;
}

function mergeFormat(base: CellFormat | undefined, patch: Partial<CellFormat>): CellFormat | undefined {
  const merged: CellFormat = { ...(base ?? {}), ...patch };
  for (const key of Object.keys(merged) as Array<keyof CellFormat>) if (merged[key] === undefined) delete merged[key];
  return Object.keys(merged).length > 0 ? merged : undefined;
}

export function isWholeColumns(ref: RangeRef): boolean {
  return ref.row === 0 && ref.rowCount === MAX_ROWS;
}

export function isWholeRows(ref: RangeRef): boolean {
  return ref.col === 0 && ref.colCount === MAX_COLUMNS;
}

export class CellStore {
  private rows: Array<Row | undefined> = [];
  readonly colStyles = new Map<number, LineStyle>();
  readonly rowStyles = new Map<number, LineStyle>();
  /** Bumped on every mutation so derived data (used range) can be cached. */
  version = 0;

  private row(r: number, create: true): Row;
  private row(r: number, create: boolean): Row | undefined;
  private row(r: number, create: boolean): Row | undefined {
    let row = this.rows[r];
    if (!row && create) {
      row = { values: [] };
      this.rows[r] = row;
    }
    return row;
  }

  value(r: number, c: number): CellValue | undefined {
    return this.rows[r]?.values[c];
  }
  formula(r: number, c: number): string | undefined {
    return this.rows[r]?.formulas?.[c];
  }
  numberFormat(r: number, c: number): string | undefined {
    return this.rows[r]?.numberFormats?.[c];
  }
  format(r: number, c: number): CellFormat | undefined {
    return this.rows[r]?.formats?.[c];
  }

  /** Sets a constant (undefined = empty) and drops any formula. */
  setValue(r: number, c: number, value: CellValue | undefined): void {
    const row = this.row(r, value !== undefined);
    if (!row) return;
    row.values[c] = value === "" ? undefined : value;
    if (row.formulas) row.formulas[c] = undefined;
    this.version++;
  }

  setFormula(r: number, c: number, formula: string): void {
    const row = this.row(r, true);
    row.values[c] = undefined;
    (row.formulas ??= [])[c] = formula;
    this.version++;
  }

  setNumberFormat(r: number, c: number, numberFormat: string | undefined): void {
    const row = this.row(r, numberFormat !== undefined);
    if (!row) return;
    (row.numberFormats ??= [])[c] = numberFormat;
    this.version++;
  }

  /** Merges a patch; undefined fields reset to Excel's default. */
  patchFormat(r: number, c: number, patch: Partial<CellFormat>): void {
    const row = this.row(r, true);
    (row.formats ??= [])[c] = mergeFormat(row.formats?.[c], patch);
    this.version++;
  }

  /** Replaces the cell's own formatting (undefined: none). */
  setFormat(r: number, c: number, format: CellFormat | undefined): void {
    const row = this.row(r, format !== undefined);
    if (!row) return;
    (row.formats ??= [])[c] = format && Object.keys(format).length > 0 ? { ...format } : undefined;
    this.version++;
  }

  /** Cell, then row, then column formatting: what the cell shows. */
  effectiveNumberFormat(r: number, c: number): string | undefined {
    return this.numberFormat(r, c) ?? this.rowStyles.get(r)?.numberFormat ?? this.colStyles.get(c)?.numberFormat;
  }

  effectiveFormat(r: number, c: number): CellFormat | undefined {
    const col = this.colStyles.get(c)?.format;
    const row = this.rowStyles.get(r)?.format;
    const cell = this.format(r, c);
    if (!row && !col) return cell;
    return { ...col, ...row, ...cell };
  }

  /**
   * Applies one style to a block. Whole rows/columns are stored once per line (so formatting
   * column A does not touch a million cells); cells already holding their own style are updated.
   */
  applyStyle(ref: RangeRef, change: StyleChange): void {
    const applyCell = (r: number, c: number, onlyExisting: boolean) => {
      if (change.numberFormat !== undefined && (!onlyExisting || this.numberFormat(r, c) !== undefined)) this.setNumberFormat(r, c, change.numberFormat);
      if (change.patch && (!onlyExisting || this.format(r, c) !== undefined)) this.patchFormat(r, c, change.patch);
    };
    const applyLine = (map: Map<number, LineStyle>, i: number) => {
      const style = map.get(i) ?? {};
      if (change.numberFormat !== undefined) style.numberFormat = change.numberFormat;
      if (change.patch) style.format = mergeFormat(style.format, change.patch);
      map.set(i, style);
    };
    if (isWholeColumns(ref)) {
      for (let c = ref.col; c < ref.col + ref.colCount; c++) applyLine(this.colStyles, c);
      this.forEachRow(0, MAX_ROWS, (r) => {
        const width = Math.min(ref.col + ref.colCount, this.width(r));
        for (let c = ref.col; c < width; c++) applyCell(r, c, true);
      });
      // Row styles would otherwise win over the new column style.
      for (const r of this.rowStyles.keys()) for (let c = ref.col; c < ref.col + ref.colCount; c++) applyCell(r, c, false);
    } else if (isWholeRows(ref)) {
      for (let r = ref.row; r < ref.row + ref.rowCount; r++) applyLine(this.rowStyles, r);
      this.forEachRow(ref.row, ref.row + ref.rowCount, (r) => {
        for (let c = 0; c < this.width(r); c++) applyCell(r, c, true);
      });
    } else {
      for (let r = ref.row; r < ref.row + ref.rowCount; r++) for (let c = ref.col; c < ref.col + ref.colCount; c++) applyCell(r, c, false);
    }
    this.version++;
  }

  clear(ref: RangeRef, target: ClearTarget): void {
    if (target !== "contents") {
      if (isWholeColumns(ref)) for (let c = ref.col; c < ref.col + ref.colCount; c++) this.colStyles.delete(c);
      if (isWholeRows(ref)) for (let r = ref.row; r < ref.row + ref.rowCount; r++) this.rowStyles.delete(r);
    }
    const end = Math.min(ref.row + ref.rowCount, this.rows.length);
    for (let r = ref.row; r < end; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = ref.col; c < ref.col + ref.colCount && c < this.rowWidth(row); c++) {
        if (target !== "formats") {
          row.values[c] = undefined;
          if (row.formulas) row.formulas[c] = undefined;
        }
        if (target !== "contents") {
          if (row.numberFormats) row.numberFormats[c] = undefined;
          if (row.formats) row.formats[c] = undefined;
        }
      }
    }
    this.version++;
  }

  /** Moves cells of columns [col, col+colCount) at or below `fromRow` down one row (insert-cells-down). */
  shiftDown(fromRow: number, col: number, colCount: number): void {
    for (let r = this.rows.length - 1; r >= fromRow; r--) {
      const src = this.rows[r];
      for (let c = col; c < col + colCount; c++) {
        const v = src?.values[c];
        const f = src?.formulas?.[c];
        const nf = src?.numberFormats?.[c];
        const fmt = src?.formats?.[c];
        if (v === undefined && f === undefined && nf === undefined && fmt === undefined && !this.rows[r + 1]) continue;
        const dst = this.row(r + 1, true);
        dst.values[c] = v;
        if (f !== undefined || dst.formulas) (dst.formulas ??= [])[c] = f;
        if (nf !== undefined || dst.numberFormats) (dst.numberFormats ??= [])[c] = nf;
        if (fmt !== undefined || dst.formats) (dst.formats ??= [])[c] = fmt;
      }
    }
    this.clear({ row: fromRow, col, rowCount: 1, colCount }, "all");
  }

  /** Replaces every formula f by fn(f) (sheet renamed or deleted elsewhere). */
  mapFormulas(fn: (formula: string) => string): void {
    for (const row of this.rows) {
      if (!row?.formulas) continue;
      row.formulas.forEach((f, c) => {
        if (f === undefined) return;
        const next = fn(f);
        if (next !== f) {
          row.formulas![c] = next;
          this.version++;
        }
      });
    }
  }

  /** Columns stored for row r (0 when the row is untouched). */
  width(r: number): number {
    const row = this.rows[r];
    return row ? this.rowWidth(row) : 0;
  }

  private rowWidth(row: Row): number {
    return Math.max(row.values.length, row.formulas?.length ?? 0, row.numberFormats?.length ?? 0, row.formats?.length ?? 0);
  }

  /**
   * Bounding box of cells with a value or formula, plus (unless valuesOnly) cells with a number
   * format or formatting; null when there are none.
   */
  bounds(valuesOnly: boolean): RangeRef | null {
    let top = -1;
    let bottom = -1;
    let left = Number.MAX_SAFE_INTEGER;
    let right = -1;
    this.rows.forEach((row, r) => {
      if (!row) return;
      const width = this.rowWidth(row);
      for (let c = 0; c < width; c++) {
        const used =
          row.values[c] !== undefined ||
          row.formulas?.[c] !== undefined ||
          (!valuesOnly && (row.numberFormats?.[c] !== undefined || row.formats?.[c] !== undefined));
        if (!used) continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    });
    if (top < 0) return null;
    return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }

  /** Like bounds, for the cells inside `ref` only; null when none of them is used. */
  boundsWithin(ref: RangeRef, valuesOnly: boolean): RangeRef | null {
    let top = -1;
    let bottom = -1;
    let left = Number.MAX_SAFE_INTEGER;
    let right = -1;
    this.forEachRow(ref.row, ref.row + ref.rowCount, (r) => {
      const row = this.rows[r]!;
      const end = Math.min(ref.col + ref.colCount, this.rowWidth(row));
      for (let c = ref.col; c < end; c++) {
        const used =
          row.values[c] !== undefined ||
          row.formulas?.[c] !== undefined ||
          (!valuesOnly && (row.numberFormats?.[c] !== undefined || row.formats?.[c] !== undefined));
        if (!used) continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    });
    if (top < 0) return null;
    return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }

  /** Calls fn for each stored row index in [from, to) — skips untouched rows cheaply. */
  forEachRow(from: number, to: number, fn: (r: number) => void): void {
    const end = Math.min(to, this.rows.length);
    for (let r = from; r < end; r++) if (this.rows[r]) fn(r);
  }
}

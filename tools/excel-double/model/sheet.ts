/** One worksheet of the in-memory workbook: cells plus the sheet-level settings the API touches. */
import { boundingRect, formatRef, intersect, parseAddress, type RangeRef } from "../address";
import { ErrorCode, excelError } from "../errors";
import { CellStore } from "./cells";
import { ChartModel, checkChartType, newChartId, type SeriesBy } from "./chart";
import { evaluateFormula } from "./formula";
import { mergeCells, unmergeCells } from "./merges";
import { PageLayoutModel } from "./pageLayout";
import { SheetProtection, type ProtectionOptions } from "./protection";
import { formatCellText } from "./textFormat";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_NUMBER_FORMAT, DEFAULT_ROW_HEIGHT, type CellFormat, type CellSnapshot, type CellValue } from "./types";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** What a sheet needs from its workbook (kept narrow to avoid a circular class dependency). */
export interface SheetOwner {
  findSheet(name: string): SheetModel | undefined;
  tableRefsOn(sheet: SheetModel): RangeRef[];
}

/** Loosely recorded conditional format (see proxies/conditionalFormats.ts). */
export interface ConditionalFormatRecord {
  id: string;
  ref: RangeRef;
  type: string;
  settings: Record<string, unknown>;
}

/** Memo and cycle guard for one read, so chains of formulas evaluate once each. */
export class EvaluationScope {
  private readonly memo = new Map<string, CellValue>();
  private readonly stack: string[] = [];
  private readonly cyclic = new Set<string>();

  evaluate(sheet: SheetModel, r: number, c: number, formula: string): CellValue {
    const key = `${sheet.id}:${r}:${c}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const at = this.stack.indexOf(key);
    if (at >= 0) {
      // Excel shows 0 in every cell of a circular reference (after a warning).
      for (const k of this.stack.slice(at)) this.cyclic.add(k);
      return 0;
    }
    this.stack.push(key);
    const result = evaluateFormula(formula, {
      readBlock: (sheetName, ref) => {
        const target = sheetName === undefined ? sheet : sheet.owner.findSheet(sheetName);
        if (!target) return null;
        // Whole-column references only need the used part; keeps SUM(A:A) cheap.
        if (ref.rowCount * ref.colCount > 1) {
          const used = target.usedRef(true);
          const clipped = used && intersect(ref, used);
          if (!clipped) return [[""]];
          ref = clipped;
        }
        return target.readValues(ref, this);
      },
    });
    this.stack.pop();
    const value = this.cyclic.has(key) ? 0 : result;
    this.memo.set(key, value);
    return value;
  }
}

function toRef(address: string): RangeRef {
  const parsed = parseAddress(address);
  if (!parsed) throw excelError(ErrorCode.invalidArgument, `Invalid address '${address}'.`);
  return parsed.ref;
}

function grid<T>(ref: RangeRef, fill: T): T[][] {
  const out: T[][] = new Array<T[]>(ref.rowCount);
  for (let i = 0; i < ref.rowCount; i++) out[i] = new Array<T>(ref.colCount).fill(fill);
  return out;
}

export class SheetModel {
  readonly cells = new CellStore();
  visibility: SheetVisibility = "Visible";
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  /** Charts on this sheet, in creation order (Worksheet.charts). */
  readonly charts: ChartModel[] = [];
  private chartsMade = 0;
  /** The sheet's own selection, restored when it is activated (as Excel does). */
  selection: RangeRef = { row: 0, col: 0, rowCount: 1, colCount: 1 };
  /** Every area of a multi-area selection ("A1:B2,D4", Ctrl+click), `selection` being the first; empty for one area. */
  selectionAreas: RangeRef[] = [];
  /** A chart selected on this sheet (a click on it, or Chart.activate()): then no range is selected. */
  selectedChart: ChartModel | null = null;
  deleted = false;
  /** Worksheet.protection: while protected, writes to locked cells fail with AccessDenied. */
  readonly protection = new SheetProtection();
  /** Merged areas (Range.merge, see merges.ts), none overlapping another. */
  readonly merges: RangeRef[] = [];
  /** Worksheet.pageLayout (ExcelApi 1.9): print settings. */
  readonly pageLayout = new PageLayoutModel();
  private usedCache: { version: number; valuesOnly: boolean; ref: RangeRef | null }[] = [];

  constructor(
    readonly owner: SheetOwner,
    public name: string,
    readonly id: string
  ) {}

  // ---- cell-level reads -------------------------------------------------------------------

  valueAt(r: number, c: number, scope: EvaluationScope = new EvaluationScope()): CellValue {
    const formula = this.cells.formula(r, c);
    if (formula !== undefined) return scope.evaluate(this, r, c, formula);
    return this.cells.value(r, c) ?? "";
  }

  numberFormatAt(r: number, c: number): string {
    return this.cells.effectiveNumberFormat(r, c) ?? DEFAULT_NUMBER_FORMAT;
  }

  formatAt(r: number, c: number): CellFormat {
    return this.cells.effectiveFormat(r, c) ?? {};
  }

  /**
   * The common value of pick(r, c) over a block, or null when cells differ (as Excel reports
   * mixed formatting). Untouched rows and columns are alike, so one of each stands for all:
   * reading the format of a whole column stays cheap.
   */
  uniform<T>(ref: RangeRef, pick: (r: number, c: number) => T): T | null {
    const rows = this.distinctLines(ref.row, ref.rowCount, (r) => this.cells.width(r) > 0 || this.cells.rowStyles.has(r));
    let first: { v: T } | undefined;
    for (const r of rows) {
      const width = this.cells.width(r);
      const cols = this.distinctLines(ref.col, ref.colCount, (c) => c < width || this.cells.colStyles.has(c));
      for (const c of cols) {
        const v = pick(r, c);
        if (!first) first = { v };
        else if (first.v !== v) return null;
      }
    }
    return first ? first.v : null;
  }

  /** Indices in [start, start+count) that are special, plus one plain index if any exists. */
  private distinctLines(start: number, count: number, special: (i: number) => boolean): number[] {
    const out: number[] = [];
    let plain = -1;
    const end = start + count;
    // Special lines are few (stored rows, styled lines); scanning stops early on huge spans.
    for (let i = start; i < end; i++) {
      if (special(i)) out.push(i);
      else if (plain < 0) {
        plain = i;
        if (i > start + 64 && !this.anySpecialAfter(i, end, special)) break;
      }
    }
    if (plain >= 0) out.push(plain);
    return out;
  }

  private anySpecialAfter(from: number, end: number, special: (i: number) => boolean): boolean {
    for (let i = from; i < end; i++) if (special(i)) return true;
    return false;
  }

  /** The merged area holding cell (r, c), or undefined when the cell is not merged. */
  mergedAreaAt(r: number, c: number): RangeRef | undefined {
    return this.merges.find((m) => r >= m.row && r < m.row + m.rowCount && c >= m.col && c < m.col + m.colCount);
  }

  columnWidth(c: number): number {
    return this.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(r: number): number {
    return this.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
  }

  // ---- block reads (what Range.values & co. return) ---------------------------------------

  readValues(ref: RangeRef, scope: EvaluationScope = new EvaluationScope()): CellValue[][] {
    const out = grid<CellValue>(ref, "");
    this.cells.forEachRow(ref.row, ref.row + ref.rowCount, (r) => {
      const line = out[r - ref.row];
      for (let j = 0; j < ref.colCount; j++) line[j] = this.valueAt(r, ref.col + j, scope);
    });
    return out;
  }

  readFormulas(ref: RangeRef): CellValue[][] {
    const out = grid<CellValue>(ref, "");
    this.cells.forEachRow(ref.row, ref.row + ref.rowCount, (r) => {
      const line = out[r - ref.row];
      for (let j = 0; j < ref.colCount; j++) {
        const c = ref.col + j;
        line[j] = this.cells.formula(r, c) ?? this.cells.value(r, c) ?? "";
      }
    });
    return out;
  }

  readNumberFormats(ref: RangeRef): string[][] {
    // Rows without their own cells or style show the column formats: build that line once.
    const plain: string[] = [];
    for (let j = 0; j < ref.colCount; j++) plain.push(this.cells.colStyles.get(ref.col + j)?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
    const out: string[][] = new Array<string[]>(ref.rowCount);
    for (let i = 0; i < ref.rowCount; i++) {
      const r = ref.row + i;
      if (this.cells.width(r) === 0 && !this.cells.rowStyles.has(r)) out[i] = plain.slice();
      else {
        const line = new Array<string>(ref.colCount);
        for (let j = 0; j < ref.colCount; j++) line[j] = this.numberFormatAt(r, ref.col + j);
        out[i] = line;
      }
    }
    return out;
  }

  readTexts(ref: RangeRef): string[][] {
    const values = this.readValues(ref);
    return values.map((line, i) => line.map((v, j) => formatCellText(v, this.numberFormatAt(ref.row + i, ref.col + j))));
  }

  readValueTypes(ref: RangeRef): ValueType[][] {
    const values = this.readValues(ref);
    return values.map((line, i) =>
      line.map((v, j) => {
        if (typeof v === "number") return "Double";
        if (typeof v === "boolean") return "Boolean";
        if (v === "") return "Empty";
        return this.cells.formula(ref.row + i, ref.col + j) !== undefined && v.startsWith("#") ? "Error" : "String";
      })
    );
  }

  /** Used range like Excel's: null when the sheet is empty. Tables count unless valuesOnly. */
  usedRef(valuesOnly: boolean): RangeRef | null {
    const cached = this.usedCache.find((u) => u.valuesOnly === valuesOnly && u.version === this.cells.version);
    if (cached) return cached.ref;
    let ref = this.cells.bounds(valuesOnly);
    if (!valuesOnly) {
      for (const t of this.owner.tableRefsOn(this)) {
        if (!ref) ref = t;
        else {
          const row = Math.min(ref.row, t.row);
          const col = Math.min(ref.col, t.col);
          ref = {
            row,
            col,
            rowCount: Math.max(ref.row + ref.rowCount, t.row + t.rowCount) - row,
            colCount: Math.max(ref.col + ref.colCount, t.col + t.colCount) - col,
          };
        }
      }
    }
    this.usedCache = this.usedCache.filter((u) => u.valuesOnly !== valuesOnly);
    this.usedCache.push({ version: this.cells.version, valuesOnly, ref });
    return ref;
  }

  /**
   * Range.getUsedRange: "the used range of the given range object. If there are no used cells within
   * the range, this function will throw an ItemNotFound error" (Excel.Range reference, ExcelApi 1.1):
   * the smallest block holding every used cell inside `ref` (not the sheet's used range cut to `ref`,
   * which can be non-empty with no used cell in it); null when there is none. Tables count unless valuesOnly.
   */
  usedRefWithin(ref: RangeRef, valuesOnly: boolean): RangeRef | null {
    let found = this.cells.boundsWithin(ref, valuesOnly);
    if (!valuesOnly)
      for (const t of this.owner.tableRefsOn(this)) {
        const part = intersect(t, ref);
        if (!part) continue;
        found = found ? boundingRect(found, part) : part;
      }
    return found;
  }

  /** Drops cached derived data after a change the cell store cannot see (tables added/removed). */
  touch(): void {
    this.cells.version++;
  }

  // ---- charts -------------------------------------------------------------------------------

  /** ChartCollection.add: a chart named "Chart N" (N counts every chart ever made on the sheet). */
  createChart(type: unknown, source: { sheet: SheetModel; ref: RangeRef }, seriesBy: SeriesBy = "Auto"): ChartModel {
    const chartType = checkChartType(type);
    const chart = new ChartModel(this, `Chart ${this.chartsMade + 1}`, newChartId(), chartType);
    chart.setData(source, seriesBy);
    // Excel 2013+: one series, no legend (its name is the title); more, a legend at the bottom.
    chart.legend.visible = chart.series.length > 1;
    this.chartsMade++;
    this.charts.push(chart);
    return chart;
  }

  /** First chart with this name (ignoring case), as ChartCollection.getItem finds it. */
  findChart(name: string): ChartModel | undefined {
    const upper = name.toUpperCase();
    return this.charts.find((c) => c.name.toUpperCase() === upper);
  }

  deleteChart(chart: ChartModel): void {
    const i = this.charts.indexOf(chart);
    if (i >= 0) this.charts.splice(i, 1);
    chart.deleted = true;
    // The cells under it are selected again, as when a selected chart is deleted in Excel.
    if (this.selectedChart === chart) this.selectedChart = null;
  }

  // ---- helpers for seeding and asserting in tests ------------------------------------------

  /** Seeding helper: a chart of `address` on this sheet (seriesBy as in Excel, default Auto). */
  addChart(type: string, address: string, options: { seriesBy?: SeriesBy; name?: string } = {}): ChartModel {
    const chart = this.createChart(type, { sheet: this, ref: toRef(address) }, options.seriesBy ?? "Auto");
    if (options.name !== undefined) chart.name = options.name;
    return chart;
  }

  /** The chart named `name` (ignoring case); throws when there is none. */
  getChart(name: string): ChartModel {
    const chart = this.findChart(name);
    if (!chart) throw excelError(ErrorCode.itemNotFound, `No chart named '${name}' on '${this.name}'.`);
    return chart;
  }

  /** Values of `address`, or of the used range (values only) when omitted; [] for an empty sheet. */
  getValues(address?: string): CellValue[][] {
    const ref = address === undefined ? this.usedRef(true) : toRef(address);
    return ref ? this.readValues(ref) : [];
  }

  /** Formulas (or constants) of `address`, or of the used range when omitted. */
  getFormulas(address?: string): CellValue[][] {
    const ref = address === undefined ? this.usedRef(true) : toRef(address);
    return ref ? this.readFormulas(ref) : [];
  }

  getNumberFormats(address: string): string[][] {
    return this.readNumberFormats(toRef(address));
  }

  getValue(address: string): CellValue {
    const ref = toRef(address);
    return this.valueAt(ref.row, ref.col);
  }

  getCell(address: string): CellSnapshot {
    const { row, col } = toRef(address);
    const value = this.valueAt(row, col);
    const numberFormat = this.numberFormatAt(row, col);
    const formula = this.cells.formula(row, col);
    const snap: CellSnapshot = {
      value,
      numberFormat,
      text: formatCellText(value, numberFormat),
      format: { ...this.formatAt(row, col) },
    };
    if (formula !== undefined) snap.formula = formula;
    return snap;
  }

  /** Used range address without sheet name ("A1:C3"), or null when empty. */
  usedAddress(valuesOnly = false): string | null {
    const ref = this.usedRef(valuesOnly);
    return ref ? formatRef(ref) : null;
  }

  /**
   * Writes constants as-is starting at `topLeft` (no type parsing: seeded strings stay strings,
   * as if imported). null/undefined/"" leave the cell empty. Use setFormula for formulas.
   */
  setValues(topLeft: string, values: ReadonlyArray<ReadonlyArray<CellValue | null | undefined>>): this {
    const { row, col } = toRef(topLeft);
    values.forEach((line, i) => line.forEach((v, j) => this.cells.setValue(row + i, col + j, v === null || v === undefined || v === "" ? undefined : v)));
    return this;
  }

  setFormula(address: string, formula: string): this {
    const { row, col } = toRef(address);
    this.cells.setFormula(row, col, formula.startsWith("=") ? formula : `=${formula}`);
    return this;
  }

  /** Seeding helper: protects the sheet as Worksheet.protection.protect(options, password) does. */
  protect(options?: Partial<ProtectionOptions>, password?: string): this {
    this.protection.protect(options, password);
    return this;
  }

  unprotect(password?: string): this {
    this.protection.unprotect(password);
    return this;
  }

  /** Seeding helper: Format Cells › Protection › Locked for `address` (every cell starts locked). */
  setLocked(address: string, locked: boolean): this {
    this.protection.setLocked(toRef(address), locked);
    return this;
  }

  /** Seeding helper: merges `address` as Range.merge(across) does. */
  merge(address: string, across = false): this {
    mergeCells(this, toRef(address), across);
    return this;
  }

  /** Seeding helper: Range.unmerge(). */
  unmerge(address: string): this {
    unmergeCells(this, toRef(address));
    return this;
  }

  /** The merged areas ("B3:G3"), top to bottom, left to right. */
  mergedAreas(): string[] {
    return [...this.merges].sort((a, b) => a.row - b.row || a.col - b.col).map((m) => formatRef(m));
  }

  setNumberFormat(address: string, numberFormat: string): this {
    const ref = toRef(address);
    for (let r = ref.row; r < ref.row + ref.rowCount; r++)
      for (let c = ref.col; c < ref.col + ref.colCount; c++) this.cells.setNumberFormat(r, c, numberFormat);
    return this;
  }
}

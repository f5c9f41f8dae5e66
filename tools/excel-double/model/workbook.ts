/**
 * The in-memory workbook: ordered sheets, tables, active sheet and selection. Mutators enforce
 * Excel's rules and throw the ExcelDoubleError Excel would report, so the API proxies and the
 * seeding helpers share one implementation.
 */
import { formatRef, intersect, isWithinGrid, parseAddress, quoteSheetName, type RangeRef } from "../address";
import { ErrorCode, excelError } from "../errors";
import { checkDefinedName, checkSheetName, checkTableName, nextFreeName } from "../names";
import type { WriteOptions } from "./cellInput";
import type { ChartModel } from "./chart";
import { evaluateFormula, replaceSheetQualifier } from "./formula";
import { dropMerges, shiftMergesDown } from "./merges";
import { NamedItemModel, type NameTarget } from "./namedItem";
import { SettingsModel } from "./settings";
import { SheetModel, type SheetOwner, type SheetVisibility } from "./sheet";
import { TableModel, normalizeHeaders } from "./table";
import type { CellValue } from "./types";

export interface WorkbookOptions {
  /** See WriteOptions.parseNumericStrings (default true, like Excel). */
  parseNumericStrings?: boolean;
  /** See WriteOptions.today (the year of dates written without one). */
  today?: () => Date;
  name?: string;
}

export interface AddTableOptions {
  /** Whether the first row of `address` holds the headers (default true). */
  hasHeaders?: boolean;
  style?: string;
}

export class WorkbookModel implements SheetOwner {
  name: string;
  readonly writeOptions: WriteOptions;
  /** Document settings (workbook.settings): kept with the file, so every Excel.run and every new pane sees them. */
  readonly settings = new SettingsModel();
  private readonly sheetList: SheetModel[] = [];
  private readonly tableList: TableModel[] = [];
  private readonly nameList: NamedItemModel[] = [];
  private active: SheetModel | undefined;
  private nextSheetId = 1;
  private nextTableId = 1;

  constructor(options: WorkbookOptions = {}) {
    this.name = options.name ?? "Book1.xlsx";
    this.writeOptions = { parseNumericStrings: options.parseNumericStrings ?? true, today: options.today };
  }

  get sheets(): readonly SheetModel[] {
    return this.sheetList;
  }

  get tables(): readonly TableModel[] {
    return this.tableList;
  }

  get activeSheet(): SheetModel | undefined {
    return this.active;
  }

  /** The active sheet's selection, e.g. { sheet: "Data", address: "B2:C4" }. */
  get selection(): { sheet: string; address: string } | undefined {
    const s = this.active;
    if (!s) return undefined;
    return { sheet: s.name, address: formatRef(s.selection) };
  }

  // ---- lookups ----------------------------------------------------------------------------

  findSheet(name: string): SheetModel | undefined {
    const upper = name.toUpperCase();
    return this.sheetList.find((s) => s.name.toUpperCase() === upper);
  }

  /** By name (ignoring case) or id, as Worksheets.getItem accepts either. */
  findSheetByKey(key: string): SheetModel | undefined {
    return this.findSheet(key) ?? this.sheetList.find((s) => s.id === key);
  }

  getSheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw excelError(ErrorCode.itemNotFound, `No sheet named '${name}'.`);
    return sheet;
  }

  findTable(key: string): TableModel | undefined {
    const upper = key.toUpperCase();
    return this.tableList.find((t) => t.name.toUpperCase() === upper || t.id === key);
  }

  getTable(name: string): TableModel {
    const table = this.findTable(name);
    if (!table) throw excelError(ErrorCode.itemNotFound, `No table named '${name}'.`);
    return table;
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tableList.filter((t) => t.sheet === sheet);
  }

  tableRefsOn(sheet: SheetModel): RangeRef[] {
    return this.tablesOn(sheet).map((t) => t.ref);
  }

  visibleSheets(): SheetModel[] {
    return this.sheetList.filter((s) => s.visibility === "Visible");
  }

  // ---- sheets -----------------------------------------------------------------------------

  /** Worksheets.add: validates the name (Excel's rules); a missing name becomes "SheetN". */
  createSheet(name?: string): SheetModel {
    const existing = this.sheetList.map((s) => s.name);
    const finalName = name ?? nextFreeName("Sheet", existing);
    const problem = checkSheetName(finalName, existing);
    if (problem) throw problem;
    const id = `{${(this.nextSheetId++).toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`;
    const sheet = new SheetModel(this, finalName, id);
    this.sheetList.push(sheet);
    // A workbook always has an active sheet; the first one created becomes it.
    this.active ??= sheet;
    return sheet;
  }

  /** Seeding helper: a new sheet holding `values` from A1 (stored as-is, see SheetModel.setValues). */
  addSheet(name: string, values?: ReadonlyArray<ReadonlyArray<CellValue | null | undefined>>): SheetModel {
    const sheet = this.createSheet(name);
    if (values && values.length > 0) sheet.setValues("A1", values);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: unknown): void {
    const problem = checkSheetName(
      name,
      this.sheetList.filter((s) => s !== sheet).map((s) => s.name)
    );
    if (problem) throw problem;
    const old = sheet.name;
    sheet.name = name as string;
    // Excel rewrites every formula that names the sheet; names follow through their SheetModel.
    if (old !== sheet.name) {
      const replacement = quoteSheetName(sheet.name);
      for (const s of this.sheetList) s.cells.mapFormulas((f) => replaceSheetQualifier(f, old, replacement));
    }
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheetList.length)
      throw excelError(ErrorCode.invalidArgument, `Invalid sheet position ${position}.`);
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.sheetList.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: SheetVisibility): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw excelError(ErrorCode.invalidArgument, `Invalid visibility '${String(visibility)}'.`);
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1)
      throw excelError(ErrorCode.invalidOperation, "A workbook must contain at least one visible worksheet.");
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.active === sheet) this.active = this.visibleSheets()[0];
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1)
      throw excelError(ErrorCode.invalidOperation, "A workbook must contain at least one visible worksheet.");
    const index = this.sheetList.indexOf(sheet);
    this.sheetList.splice(index, 1);
    for (const t of this.tablesOn(sheet)) this.removeTable(t);
    for (const chart of [...sheet.charts]) sheet.deleteChart(chart);
    sheet.deleted = true;
    // Formulas elsewhere that pointed at the sheet become "=#REF!C8" (#REF!) and stay so even if a
    // sheet of the same name is added later; the sheet's own names go with it, and workbook names
    // that referred to it keep a #REF! reference.
    for (const s of this.sheetList) s.cells.mapFormulas((f) => replaceSheetQualifier(f, sheet.name, null));
    for (const n of [...this.nameList]) {
      if (n.scopeSheet === sheet) this.deleteName(n);
      else if (n.target.kind === "range" && n.target.sheet === sheet) n.target = { kind: "refError", ref: n.target.ref };
    }
    if (this.active === sheet) {
      // Excel activates the next visible sheet to the right, else the one to the left.
      const visible = this.sheetList.filter((s) => s.visibility === "Visible");
      this.active = this.sheetList.slice(index).find((s) => s.visibility === "Visible") ?? visible[visible.length - 1];
    }
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw excelError(ErrorCode.invalidOperation, "A hidden sheet cannot be activated.");
    this.active = sheet;
  }

  /** Range.select: one area of cells; a chart selected on the sheet is deselected. */
  select(sheet: SheetModel, ref: RangeRef, areas: RangeRef[] = []): void {
    this.activate(sheet);
    sheet.selection = { ...ref };
    sheet.selectionAreas = areas.length > 1 ? areas.map((a) => ({ ...a })) : [];
    sheet.selectedChart = null;
  }

  /** Chart.activate (and a click on a chart): its sheet becomes active and the chart, not a range, is selected. */
  selectChart(sheet: SheetModel, chart: ChartModel): void {
    this.activate(sheet);
    sheet.selectedChart = chart;
  }

  /** Why Workbook.getSelectedRange cannot answer, or null: a chart selected, or several areas. */
  selectionProblem(): string | null {
    const sheet = this.active;
    if (!sheet) return null;
    if (sheet.selectedChart) return `a chart ('${sheet.selectedChart.name}') is selected, not a range`;
    if (sheet.selectionAreas.length > 1) return `${sheet.selectionAreas.length} areas are selected (${sheet.selectionAreas.map(formatRef).join(",")})`;
    return null;
  }

  /** Seeding helper: activates `sheetName` and selects `address` on it; "A1:B2,D4" selects several areas (Ctrl+click). */
  setSelection(sheetName: string, address: string): void {
    const areas = address.split(",").map((part) => {
      const parsed = parseAddress(part);
      if (!parsed) throw excelError(ErrorCode.invalidArgument, `Invalid address '${address}'.`);
      return parsed.ref;
    });
    this.select(this.getSheet(sheetName), areas[0], areas);
  }

  /** Seeding helper: selects the chart named `chartName` on `sheetName`, as a click on it does. */
  selectChartNamed(sheetName: string, chartName: string): void {
    const sheet = this.getSheet(sheetName);
    const chart = sheet.findChart(chartName);
    if (!chart) throw excelError(ErrorCode.itemNotFound, `The chart '${chartName}' doesn't exist.`);
    this.selectChart(sheet, chart);
  }

  // ---- defined names ----------------------------------------------------------------------

  /** Names of one scope (null: workbook), in creation order. */
  namesIn(scope: SheetModel | null): NamedItemModel[] {
    return this.nameList.filter((n) => n.scopeSheet === scope);
  }

  findName(name: string, scope: SheetModel | null): NamedItemModel | undefined {
    const upper = name.toUpperCase();
    return this.namesIn(scope).find((n) => n.name.toUpperCase() === upper);
  }

  /**
   * Names.add: `reference` is a range, or a formula/address string ("=Sheet1!$A$1", "Sheet1!A1",
   * "=0.5", "=\"text\""). An address without a sheet is on the scope's sheet (the active sheet for
   * workbook names).
   */
  addName(name: unknown, scope: SheetModel | null, reference: { sheet: SheetModel; ref: RangeRef } | string, comment = ""): NamedItemModel {
    const problem = checkDefinedName(
      name,
      this.namesIn(scope).map((n) => n.name)
    );
    if (problem) throw problem;
    if (typeof comment !== "string") throw excelError(ErrorCode.invalidArgument, "The comment must be a string.");
    const target = this.nameTarget(reference, scope);
    const item = new NamedItemModel(name as string, scope, target, comment);
    this.nameList.push(item);
    return item;
  }

  private nameTarget(reference: { sheet: SheetModel; ref: RangeRef } | string, scope: SheetModel | null): NameTarget {
    if (typeof reference !== "string") {
      if (reference.sheet.deleted) throw excelError(ErrorCode.invalidArgument, "The range's worksheet was deleted.");
      return { kind: "range", sheet: reference.sheet, ref: { ...reference.ref } };
    }
    const text = reference.startsWith("=") ? reference.slice(1) : reference;
    const parsed = parseAddress(text.replace(/\$/g, ""));
    if (parsed) {
      const sheet = parsed.sheet !== undefined ? this.findSheet(parsed.sheet) : (scope ?? this.activeSheet);
      if (!sheet) throw excelError(ErrorCode.invalidArgument, `The reference '${reference}' names no worksheet of this workbook.`);
      return { kind: "range", sheet, ref: parsed.ref };
    }
    const formula = `=${text}`;
    const value = evaluateFormula(formula, {
      readBlock: (sheetName, ref) => {
        const sheet = sheetName === undefined ? (scope ?? this.activeSheet) : this.findSheet(sheetName);
        return sheet ? sheet.readValues(ref) : null;
      },
    });
    if (value === "#NAME?" && !/#NAME\?/i.test(text))
      throw excelError(ErrorCode.invalidArgument, `excel-double: the name's formula '${reference}' is not understood.`);
    return { kind: "formula", formula, value };
  }

  deleteName(item: NamedItemModel): void {
    const i = this.nameList.indexOf(item);
    if (i >= 0) this.nameList.splice(i, 1);
    item.deleted = true;
  }

  // ---- tables -----------------------------------------------------------------------------

  /**
   * Tables.add. With hasHeaders the first row becomes the header row (a one-row address gains a
   * data row); without, Excel inserts a "Column1..N" header row, shifting the block down a row.
   */
  createTable(sheet: SheetModel, ref: RangeRef, hasHeaders: boolean, name?: string): TableModel {
    const existing = this.tableList.map((t) => t.name);
    const finalName = name ?? nextFreeName("Table", existing);
    const problem = checkTableName(finalName, existing);
    if (problem) throw problem;
    let tableRef: RangeRef = { ...ref };
    if (sheet.merges.some((m) => intersect(m, ref))) throw excelError(ErrorCode.mergedRangeConflict);
    if (!hasHeaders) {
      shiftMergesDown(sheet, ref.row, ref.col, ref.colCount);
      sheet.cells.shiftDown(ref.row, ref.col, ref.colCount);
      tableRef.rowCount += 1;
    } else if (tableRef.rowCount === 1) tableRef.rowCount = 2;
    if (!isWithinGrid(tableRef)) throw excelError(ErrorCode.invalidArgument, "The table does not fit on the sheet.");
    if (sheet.merges.some((m) => intersect(m, tableRef))) throw excelError(ErrorCode.mergedRangeConflict);
    for (const t of this.tablesOn(sheet)) {
      if (intersect(t.ref, tableRef)) throw excelError(ErrorCode.invalidOperation, "A table can't overlap another table.");
    }
    const table = new TableModel(finalName, String(this.nextTableId++), sheet, tableRef, true);
    this.tableList.push(table);
    this.normalizeTableHeaders(sheet, tableRef);
    sheet.touch();
    return table;
  }

  /** Seeding helper: a table on `sheetName` at `address` (headers in its first row by default). */
  addTable(sheetName: string, address: string, name?: string, options: AddTableOptions = {}): TableModel {
    const parsed = parseAddress(address);
    if (!parsed) throw excelError(ErrorCode.invalidArgument, `Invalid address '${address}'.`);
    const table = this.createTable(this.getSheet(sheetName), parsed.ref, options.hasHeaders ?? true, name);
    if (options.style !== undefined) table.style = options.style;
    return table;
  }

  renameTable(table: TableModel, name: unknown): void {
    const problem = checkTableName(
      name,
      this.tableList.filter((t) => t !== table).map((t) => t.name)
    );
    if (problem) throw problem;
    table.name = name as string;
  }

  /** Table.delete: removes the table and clears its cells (convertToRange keeps them). */
  deleteTable(table: TableModel, keepCells: boolean): void {
    if (!keepCells) table.sheet.cells.clear(table.ref, "all");
    this.removeTable(table);
  }

  private removeTable(table: TableModel): void {
    this.tableList.splice(this.tableList.indexOf(table), 1);
    table.deleted = true;
    table.sheet.touch();
  }

  /**
   * Range.clear. "All" or "Contents" over a whole table removes the table ("Delete a table":
   * select all the cells in the table and Clear All, or press Delete; support.microsoft.com); over
   * part of a table the table stays and a cleared header cell becomes "ColumnN". Charts float above
   * the cells and are never touched by a clear. "All" and "Formats" unmerge the merged areas touched.
   */
  clearRange(sheet: SheetModel, ref: RangeRef, target: "all" | "contents" | "formats"): void {
    sheet.cells.clear(ref, target);
    // The merge is part of the cells' format (see merges.ts).
    if (target !== "contents") dropMerges(sheet, ref);
    if (target === "formats") return;
    for (const t of this.tablesOn(sheet)) {
      const covered = intersect(t.ref, ref);
      if (covered && covered.rowCount === t.ref.rowCount && covered.colCount === t.ref.colCount) this.removeTable(t);
    }
    this.normalizeTableHeaders(sheet, ref);
  }

  /** After any write, header cells of affected tables follow Excel's rules (text, unique, non-blank). */
  normalizeTableHeaders(sheet: SheetModel, written: RangeRef): void {
    for (const t of this.tablesOn(sheet)) {
      const header = t.headerRef();
      if (!header || !intersect(header, written)) continue;
      const raw = sheet.readValues(header)[0];
      const fixed = normalizeHeaders(raw);
      fixed.forEach((name, j) => {
        if (raw[j] !== name || sheet.cells.formula(header.row, header.col + j) !== undefined) sheet.cells.setValue(header.row, header.col + j, name);
      });
    }
  }

  setTableShowHeaders(table: TableModel, show: boolean): void {
    if (table.showHeaders === show) return;
    const { sheet } = table;
    if (!show) {
      table.hiddenHeaders = table.columnNames();
      sheet.cells.clear({ ...table.ref, rowCount: 1 }, "all");
      table.ref = { ...table.ref, row: table.ref.row + 1, rowCount: table.ref.rowCount - 1 };
      table.showHeaders = false;
    } else {
      if (table.ref.row === 0) throw excelError(ErrorCode.invalidOperation, "No room above the table for a header row.");
      table.ref = { ...table.ref, row: table.ref.row - 1, rowCount: table.ref.rowCount + 1 };
      table.showHeaders = true;
      const names = table.hiddenHeaders ?? [];
      for (let j = 0; j < table.ref.colCount; j++) sheet.cells.setValue(table.ref.row, table.ref.col + j, names[j] ?? `Column${j + 1}`);
      table.hiddenHeaders = null;
    }
    sheet.touch();
  }

  setTableShowTotals(table: TableModel, show: boolean): void {
    if (table.showTotals === show) return;
    const { sheet } = table;
    if (show) {
      table.ref = { ...table.ref, rowCount: table.ref.rowCount + 1 };
      if (!isWithinGrid(table.ref)) throw excelError(ErrorCode.invalidOperation, "No room below the table for a totals row.");
      table.showTotals = true;
      const totals = table.totalsRef() as RangeRef;
      sheet.cells.setValue(totals.row, totals.col, "Total");
    } else {
      const totals = table.totalsRef() as RangeRef;
      sheet.cells.clear(totals, "all");
      table.ref = { ...table.ref, rowCount: table.ref.rowCount - 1 };
      table.showTotals = false;
    }
    sheet.touch();
  }
}

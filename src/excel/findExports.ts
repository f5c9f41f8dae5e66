import type { LayoutId } from "../engine";
import { HEADER_SEARCH_ROWS, detectLayout } from "../engine";
import { a1, parseA1 } from "./address";
import { splitCsvHeader, type CsvSeparator } from "./csvInExcel";
import { FLAG_MARKER_PREFIX } from "./ownership";
import { plainSync, type Sync } from "./watch";

/** Excel's grid: columns A to XFD, rows 1 to 1,048,576 (Excel specifications and limits). */
export const EXCEL_COLUMNS = 16_384;
export const EXCEL_ROWS = 1_048_576;

/** A marker whose column the user deleted points nowhere (#REF!): its column is gone. */
export const BROKEN_MARKER = -1;

/** Where an export sits on a sheet, in 0-based sheet coordinates. */
export interface ExportLocation {
  sheet: string;
  layout: LayoutId;
  headerRow: number;
  firstCol: number;
  /** The export's own columns (our SPD columns excluded). */
  columns: number;
  /**
   * Last row of data (inclusive): the last row with a value in the export's own columns (a table's
   * last row for an Excel table). A stray cell elsewhere on the sheet does not stretch the export.
   */
  lastRow: number;
  /**
   * Last used column (inclusive) among the export's own rows, header to lastRow: new flag columns go
   * after it, never over user cells. A cell right of the export above or below those rows does not count.
   */
  lastUsedCol: number;
  header: string[];
  tableName?: string;
  /** The add-in's own flag columns on the sheet, found by their markers (see ownership.ts): marker → sheet column, or BROKEN_MARKER. */
  flagColumns: Map<string, number>;
  /**
   * A CSV Excel opened with another list separator: every line sits whole in one cell of column
   * `firstCol` (`columns` is 1), and `header` is its first line split on this separator (csvInExcel.ts).
   */
  splitOn?: CsvSeparator;
}

/**
 * The header row among the first rows of a used range, and the export's extent within it. Columns
 * the add-in marked as its own are not the export's; any other column is, whatever its header says.
 */
function locate(
  sheet: string,
  top: unknown[][],
  rowIndex: number,
  colIndex: number,
  rowCount: number,
  colCount: number,
  flagColumns: Map<string, number>
): ExportLocation | null {
  const own = new Set(flagColumns.values());
  const isOwn = (i: number) => own.has(colIndex + i);
  for (let r = 0; r < top.length; r++) {
    const row = top[r];
    const detected = detectLayout(row.filter((_, i) => !isOwn(i)));
    if (!detected) continue;
    const first = row.findIndex((c, i) => String(c ?? "").trim() !== "" && !isOwn(i));
    let end = first;
    while (end < row.length && String(row[end] ?? "").trim() !== "" && !isOwn(end)) end++;
    return {
      sheet,
      layout: detected.layout.id,
      headerRow: rowIndex + r,
      firstCol: colIndex + first,
      columns: end - first,
      lastRow: rowIndex + rowCount - 1,
      lastUsedCol: colIndex + colCount - 1,
      header: row.slice(first, end).map((c) => String(c ?? "")),
      flagColumns,
    };
  }
  // No header among the cells: a CSV that landed whole in one column (the list separator differs)?
  for (let r = 0; r < top.length; r++) {
    const split = splitCsvHeader(top[r]);
    if (!split) continue;
    return {
      sheet,
      layout: split.layout,
      headerRow: rowIndex + r,
      firstCol: colIndex + split.column,
      columns: 1,
      lastRow: rowIndex + rowCount - 1,
      lastUsedCol: colIndex + colCount - 1,
      header: split.header,
      flagColumns,
      splitOn: split.separator,
    };
  }
  return null;
}

interface TableBounds {
  name: string;
  sheet: string;
  row: number;
  col: number;
  rows: number;
}

/**
 * The selected range's address, or null when no single range is selected. With a chart or shape
 * selected, or several areas (Ctrl+click), Workbook.getSelectedRange fails the whole sync with
 * InvalidSelection ("If there are multiple ranges selected, this method will throw an error",
 * ExcelApi reference; by design for charts, office-js issues 8 and 2268). Score puts charts on the
 * summary sheet, so one click on a chart would break every action: the selection is probed in its
 * own sync and, when refused, the exports are found by their headers as if no table held it.
 */
async function selectedAddress(context: Excel.RequestContext, sync: Sync): Promise<string | null> {
  const selection = context.workbook.getSelectedRange();
  selection.load("address");
  try {
    await sync(context, "reading the selection");
  } catch (e) {
    if (isInvalidSelection(e)) return null;
    throw e;
  }
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- synced just above, through the time-out guard
  return selection.address;
}

/** Excel's InvalidSelection (Excel.ErrorCodes.invalidSelection), whatever wraps it. */
function isInvalidSelection(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "InvalidSelection";
}

/** The Excel table that holds the selection, if any: its export wins on its sheet, wherever it sits. */
async function selectedTable(context: Excel.RequestContext, sync: Sync): Promise<TableBounds | null> {
  const address = await selectedAddress(context, sync);
  if (address === null) return null;
  const tables = context.workbook.tables;
  tables.load("items/name");
  await sync(context, "looking for exports (tables)");
  const ranges = tables.items.map((t) => {
    const range = t.getRange();
    range.load("address");
    return { name: t.name, range };
  });
  if (ranges.length) await sync(context, "looking for exports (tables)");
  const sel = parseA1(address);
  if (!sel) return null;
  for (const { name, range } of ranges) {
    const t = parseA1(range.address);
    if (t && t.sheet === sel.sheet && sel.row >= t.row && sel.row < t.row + t.rows && sel.col >= t.col && sel.col < t.col + t.cols)
      return { name, sheet: t.sheet, row: t.row, col: t.col, rows: t.rows };
  }
  return null;
}

/**
 * Finds every export in the workbook: the Excel table holding the selection, the active sheet, then
 * every other sheet whose header row (within its first rows) matches a known layout. A fixed handful
 * of syncs whatever the workbook's size.
 */
export async function findExports(context: Excel.RequestContext, sync: Sync = plainSync): Promise<ExportLocation[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await sync(context, "looking for exports (the sheets)");
  const table = await selectedTable(context, sync);
  const used = sheets.items.map((s) => {
    const range = s.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    const names = s.names;
    names.load("items/name");
    return { name: s.name, sheet: s, range, names };
  });
  await sync(context, "looking for exports (each sheet's used range)");
  // Our flag columns, by their markers: loaded with the header probes below, in the same sync.
  const markers = used.map((u) =>
    u.names.items
      .filter((n) => n.name.startsWith(FLAG_MARKER_PREFIX))
      .map((n) => {
        const range = n.getRangeOrNullObject();
        range.load("columnIndex");
        return { marker: n.name, range };
      })
  );
  const probes = used
    .map((u, i) => ({ ...u, markers: markers[i] }))
    .filter((u) => !u.range.isNullObject)
    .map((u) => {
      const { rowIndex, columnIndex, rowCount, columnCount } = u.range;
      // On the selected table's sheet, probe the table's header row, from the table's first column to the used range's end.
      const probe =
        table && table.sheet === u.name
          ? { row: table.row, col: table.col, rows: table.rows, cols: columnIndex + columnCount - table.col, scan: 1 }
          : { row: rowIndex, col: columnIndex, rows: rowCount, cols: columnCount, scan: Math.min(HEADER_SEARCH_ROWS, rowCount) };
      const top = u.sheet.getRangeByIndexes(probe.row, probe.col, probe.scan, probe.cols);
      top.load("values");
      return { ...u, probe, top };
    });
  await sync(context, "looking for exports (the header rows)");
  const found: Array<{ loc: ExportLocation; sheet: Excel.Worksheet }> = [];
  for (const p of probes) {
    const flagColumns = new Map(p.markers.map((m) => [m.marker, m.range.isNullObject ? BROKEN_MARKER : m.range.columnIndex] as const));
    const loc = locate(p.name, p.top.values, p.probe.row, p.probe.col, p.probe.rows, p.probe.cols, flagColumns);
    if (loc) found.push({ loc: table && table.sheet === p.name ? { ...loc, tableName: table.name } : loc, sheet: p.sheet });
  }
  await settleExtents(context, found, sync);
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- synced in the first step, through the time-out guard
  const rank = (loc: ExportLocation) => (loc.tableName ? 2 : loc.sheet === active.name ? 1 : 0);
  return found.map((f) => f.loc).sort((a, b) => rank(b) - rank(a));
}

/**
 * Narrows each export to its own rows and finds the last used column beside them, two syncs for every
 * export together. Range.getUsedRange gives "the used range of the given range object" (Excel.Range
 * reference): asked of the export's own columns, it ends at their last row with data; asked of the
 * columns right of the export within those rows, it ends at the last user cell beside the export.
 * So a stray value in XFD500 or 300,000 rows down neither stretches the read nor moves the flags.
 */
async function settleExtents(context: Excel.RequestContext, found: Array<{ loc: ExportLocation; sheet: Excel.Worksheet }>, sync: Sync): Promise<void> {
  const own = found
    .filter((f) => !f.loc.tableName)
    .map((f) => {
      const { headerRow, firstCol, columns, lastRow } = f.loc;
      const used = f.sheet.getRangeByIndexes(headerRow, firstCol, lastRow - headerRow + 1, columns).getUsedRangeOrNullObject(true);
      used.load("rowIndex,rowCount");
      return { loc: f.loc, used };
    });
  if (own.length) await sync(context, "finding where each export ends");
  for (const { loc, used } of own) if (!used.isNullObject) loc.lastRow = Math.max(loc.headerRow, used.rowIndex + used.rowCount - 1);
  const right = found.map((f) => {
    const start = f.loc.firstCol + f.loc.columns;
    if (start >= EXCEL_COLUMNS) return { loc: f.loc, start, used: null };
    const used = f.sheet.getRangeByIndexes(f.loc.headerRow, start, f.loc.lastRow - f.loc.headerRow + 1, EXCEL_COLUMNS - start).getUsedRangeOrNullObject(true);
    used.load("columnIndex,columnCount");
    return { loc: f.loc, start, used };
  });
  if (right.some((r) => r.used)) await sync(context, "finding the columns beside each export");
  for (const { loc, start, used } of right) loc.lastUsedCol = used && !used.isNullObject ? used.columnIndex + used.columnCount - 1 : start - 1;
}

export function exportAddress(loc: ExportLocation): string {
  return a1(loc.sheet, loc.headerRow, loc.firstCol, loc.lastRow - loc.headerRow + 1, loc.columns);
}

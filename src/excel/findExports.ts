import { detectLayout, FLAG_HEADER_PREFIX } from "../engine";
import { a1, parseA1 } from "./address";

/** Where an export sits on a sheet, in 0-based sheet coordinates. */
export interface ExportLocation {
  sheet: string;
  layout: "m365-usage" | "skilling";
  headerRow: number;
  firstCol: number;
  /** The export's own columns (our SPD columns excluded). */
  columns: number;
  /** Last row of data (inclusive). */
  lastRow: number;
  /** Last used column of the sheet (inclusive): new columns go after it, never over user cells. */
  lastUsedCol: number;
  header: string[];
  tableName?: string;
  /** Our existing flag columns: header → sheet column. */
  flagColumns: Map<string, number>;
}

const HEADER_SCAN_ROWS = 20;

function isSpd(cell: unknown): boolean {
  return typeof cell === "string" && cell.trim().startsWith(FLAG_HEADER_PREFIX);
}

/** The header row among the first rows of a used range, and the export's extent within it. */
function locate(sheet: string, top: unknown[][], rowIndex: number, colIndex: number, rowCount: number, colCount: number): ExportLocation | null {
  for (let r = 0; r < top.length; r++) {
    const row = top[r];
    const detected = detectLayout(row.filter((c) => !isSpd(c)));
    if (!detected) continue;
    const first = row.findIndex((c) => String(c ?? "").trim() !== "");
    let end = first;
    while (end < row.length && String(row[end] ?? "").trim() !== "" && !isSpd(row[end])) end++;
    const flagColumns = new Map<string, number>();
    row.forEach((c, i) => {
      if (isSpd(c)) flagColumns.set(String(c).trim(), colIndex + i);
    });
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
  return null;
}

/**
 * Finds every export in the workbook: the active sheet first, then every other sheet whose header row
 * matches a known layout. Two syncs whatever the workbook's size: one for the sheets' used ranges, one
 * for their first rows.
 */
export async function findExports(context: Excel.RequestContext): Promise<ExportLocation[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  const used = sheets.items.map((s) => {
    const range = s.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { name: s.name, sheet: s, range };
  });
  await context.sync();
  const probes = used
    .filter((u) => !u.range.isNullObject)
    .map((u) => {
      const rows = Math.min(HEADER_SCAN_ROWS, u.range.rowCount);
      const top = u.sheet.getRangeByIndexes(u.range.rowIndex, u.range.columnIndex, rows, u.range.columnCount);
      top.load("values");
      return { ...u, top };
    });
  await context.sync();
  const found: ExportLocation[] = [];
  for (const p of probes) {
    const loc = locate(p.name, p.top.values, p.range.rowIndex, p.range.columnIndex, p.range.rowCount, p.range.columnCount);
    if (loc) found.push(loc);
  }
  return found.sort((a, b) => Number(b.sheet === active.name) - Number(a.sheet === active.name));
}

export function exportAddress(loc: ExportLocation): string {
  return a1(loc.sheet, loc.headerRow, loc.firstCol, loc.lastRow - loc.headerRow + 1, loc.columns);
}

export { parseA1 };

import { FLAG_COLUMNS, type RowFlags } from "../engine";
import { a1 } from "./address";
import { asCellValue, fitText, payloadBlocks } from "./blocks";
import type { ExportLocation } from "./findExports";

/**
 * Text columns carry the text number format ("@"), under which Excel keeps "=…" as text; elsewhere the
 * apostrophe prefix does that job. Text is cut to Excel's 32,767-character cell limit (a reason quoting
 * a long cell of the export), with a visible marker.
 */
function cellFor(index: number, flags: RowFlags): string | number | boolean {
  const column = FLAG_COLUMNS[index];
  const value = column.value(flags);
  if (column.numberFormat !== "@") return asCellValue(value);
  return typeof value === "string" ? fitText(value) : (value ?? "");
}

/** Where each flag column goes: its existing column when we wrote it before, else after the used range. */
export function flagColumnPlan(loc: ExportLocation): Array<{ column: number; index: number }> {
  let next = loc.lastUsedCol + 1;
  return FLAG_COLUMNS.map((col, index) => ({ column: loc.flagColumns.get(col.header) ?? next++, index }));
}

/** Consecutive sheet columns form one run, written as one block; a user's column between ours splits runs. */
function runs(plan: Array<{ column: number; index: number }>): Array<Array<{ column: number; index: number }>> {
  const sorted = [...plan].sort((a, b) => a.column - b.column);
  const out: Array<Array<{ column: number; index: number }>> = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1].column === p.column - 1) last.push(p);
    else out.push([p]);
  }
  return out;
}

/**
 * Writes the flag columns for an export: header plus one row per data row, in payload-sized 2-D
 * blocks, one sync per block with calculation suspended. Only our own columns are touched.
 */
export async function writeFlags(
  context: Excel.RequestContext,
  loc: ExportLocation,
  flagsByRow: Map<number, RowFlags>,
  onBlock?: (done: number, total: number) => void,
): Promise<string[]> {
  const sheet = context.workbook.worksheets.getItem(loc.sheet);
  const rows = loc.lastRow - loc.headerRow + 1;
  const written: string[] = [];
  for (const run of runs(flagColumnPlan(loc))) {
    const values: (string | number | boolean)[][] = [];
    values.push(run.map((p) => FLAG_COLUMNS[p.index].header));
    for (let r = 1; r < rows; r++) {
      const flags = flagsByRow.get(loc.headerRow + r + 1);
      values.push(run.map((p) => (flags ? cellFor(p.index, flags) : "")));
    }
    const firstCol = run[0].column;
    const formats = run.map((p) => FLAG_COLUMNS[p.index].numberFormat);
    const blocks = payloadBlocks(values);
    for (const [start, end] of blocks) {
      const range = sheet.getRangeByIndexes(loc.headerRow + start, firstCol, end - start, run.length);
      range.numberFormat = Array.from({ length: end - start }, () => formats);
      range.values = values.slice(start, end);
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      onBlock?.(end, rows);
    }
    const header = sheet.getRangeByIndexes(loc.headerRow, firstCol, 1, run.length);
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    written.push(a1(loc.sheet, loc.headerRow, firstCol, rows, run.length));
  }
  await context.sync();
  return written;
}

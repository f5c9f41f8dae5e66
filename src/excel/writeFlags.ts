import { FLAG_COLUMNS, type RowFlags } from "../engine";
import { a1, columnLetters } from "./address";
import { asCellValue, fitText, payloadBlocks } from "./blocks";
import { EXCEL_COLUMNS, type ExportLocation } from "./findExports";

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

export type FlagPlan = Array<{ column: number; index: number }>;

/** Where each flag column goes: its existing column when we wrote it before, else after the last used column beside the export. */
export function flagColumnPlan(loc: ExportLocation): FlagPlan {
  let next = loc.lastUsedCol + 1;
  return FLAG_COLUMNS.map((col, index) => ({ column: loc.flagColumns.get(col.header) ?? next++, index }));
}

/**
 * Whether the plan fits Excel's grid (16,384 columns, A to XFD): when the new columns would pass XFD,
 * no flag is written on that export, and the message says why and what to do.
 */
export function planProblem(loc: ExportLocation, plan: FlagPlan): string | null {
  const last = Math.max(...plan.map((p) => p.column));
  if (last < EXCEL_COLUMNS) return null;
  const rows = `${loc.headerRow + 1}–${loc.lastRow + 1}`;
  const needed = plan.filter((p) => !loc.flagColumns.has(FLAG_COLUMNS[p.index].header)).length;
  return (
    `No flag columns on "${loc.sheet}": rows ${rows} beside the export have a value in column ${columnLetters(loc.lastUsedCol)}, ` +
    `so the ${needed} flag columns after it would pass ${columnLetters(EXCEL_COLUMNS - 1)}, Excel's last column. ` +
    `Clear or move what is right of the export in those rows (Ctrl+End shows the last used cell), then Score again. The score and the summary are not affected.`
  );
}

/** Consecutive sheet columns form one run, written as one block; a user's column between ours splits runs. */
function runs(plan: FlagPlan): FlagPlan[] {
  const sorted = [...plan].sort((a, b) => a.column - b.column);
  const out: FlagPlan[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1].column === p.column - 1) last.push(p);
    else out.push([p]);
  }
  return out;
}

/** What a write has done so far, for a message when a later request is refused. */
export interface WriteLog {
  /** Ranges written in full, e.g. "Usage!G1:N26". */
  done: string[];
  /** A range written in part when a request failed within it. */
  partly?: string;
}

/**
 * Writes the flag columns for an export: header plus one row per data row, in 2-D blocks sized by
 * their payload (values and number formats), one sync per block with calculation suspended. Only our
 * own columns are touched. Records in `log` what is written as it goes.
 */
export async function writeFlags(
  context: Excel.RequestContext,
  loc: ExportLocation,
  plan: FlagPlan,
  flagsByRow: Map<number, RowFlags>,
  log: WriteLog = { done: [] },
  onBlock?: (done: number, total: number) => void,
): Promise<string[]> {
  const sheet = context.workbook.worksheets.getItem(loc.sheet);
  const rows = loc.lastRow - loc.headerRow + 1;
  const written: string[] = [];
  for (const run of runs(plan)) {
    const values: (string | number | boolean)[][] = [];
    values.push(run.map((p) => FLAG_COLUMNS[p.index].header));
    for (let r = 1; r < rows; r++) {
      const flags = flagsByRow.get(loc.headerRow + r + 1);
      values.push(run.map((p) => (flags ? cellFor(p.index, flags) : "")));
    }
    const firstCol = run[0].column;
    const formats = run.map((p) => FLAG_COLUMNS[p.index].numberFormat);
    const blocks = payloadBlocks(values, undefined, JSON.stringify(formats).length + 1);
    for (const [start, end] of blocks) {
      const range = sheet.getRangeByIndexes(loc.headerRow + start, firstCol, end - start, run.length);
      range.numberFormat = Array.from({ length: end - start }, () => formats);
      range.values = values.slice(start, end);
      context.application.suspendApiCalculationUntilNextSync();
      await context.sync();
      log.partly = a1(loc.sheet, loc.headerRow, firstCol, end, run.length);
      onBlock?.(end, rows);
    }
    const header = sheet.getRangeByIndexes(loc.headerRow, firstCol, 1, run.length);
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    await context.sync();
    const address = a1(loc.sheet, loc.headerRow, firstCol, rows, run.length);
    written.push(address);
    log.done.push(address);
    log.partly = undefined;
  }
  return written;
}

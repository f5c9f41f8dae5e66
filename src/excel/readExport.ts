import { detectLayout } from "../engine";
import { EngineCancelled } from "../worker/engineClient";
import { READ_BUDGET, isPayloadTooLarge, nextReadRows, payloadBytes, type ReadBudget } from "./blocks";
import { dayLabel, monthsNote, monthsReread, rereadMonth, splitCsvRow, splitNote, type MonthsReread } from "./csvInExcel";
import type { ExportLocation } from "./findExports";
import { plainSync, type Sync } from "./watch";

/** A name for an export in messages and row flags: the sheet it is on. */
export function exportName(loc: ExportLocation): string {
  return loc.sheet;
}

/** Where rows go as they are read: the engine's InputCollector, or messages to the engine's worker. */
export interface TableSink {
  beginTable(name: string, options?: { text?: boolean }): { push(cells: readonly unknown[], row: number): void; end(): unknown };
}

export interface ReadOptions {
  /** Cancel: the read stops before its next block. */
  signal?: AbortSignal;
  /** The sync to wait on (with its time-out); default the plain one. */
  sync?: Sync;
  budget?: ReadBudget;
  /** Called after each block with the rows read so far and the export's data rows. */
  onBlock?: (done: number, total: number) => void;
}

/**
 * Feeds an export into the collector, header first, in row blocks (one sync each) sized by their
 * bytes: the first block is small and its payload per row sizes the next ones to the budget, so a
 * column of long texts makes blocks shorter and every response stays far under Excel's 5 MB. Only the
 * export's own columns are read. A block Excel still refuses as too large is read again in halves.
 * Row numbers given to the engine are the sheet's own. Returns what the pane should say about how the
 * export was read (a CSV split in memory, months read back), for WorkbookSummary.notes.
 */
export async function readExport(context: Excel.RequestContext, loc: ExportLocation, collector: TableSink, options: ReadOptions = {}): Promise<string[]> {
  const { sync = plainSync, budget = READ_BUDGET, onBlock, signal } = options;
  const sheet = context.workbook.worksheets.getItem(loc.sheet);
  const notes: string[] = [];
  if (loc.splitOn) notes.push(splitNote(loc.sheet, loc.firstCol, loc.splitOn, loc.headerRow));
  const feed = collector.beginTable(exportName(loc), { text: loc.splitOn !== undefined });
  feed.push(loc.header, loc.headerRow + 1);
  const dataRows = loc.lastRow - loc.headerRow;
  let reread: MonthsReread | null | undefined;
  let last: { rows: number; bytes: number } | null = null;
  let start = 0;
  let rows = nextReadRows(loc.columns, null, budget);
  while (start < dataRows) {
    if (signal?.aborted) throw new EngineCancelled();
    const count = Math.min(rows, dataRows - start);
    const top = loc.headerRow + 1 + start;
    const range = sheet.getRangeByIndexes(top, loc.firstCol, count, loc.columns);
    range.load("values");
    // The month column's format, with the first block: it tells a month Excel reread as a day.
    const monthCell = reread === undefined && !loc.splitOn ? monthFormatCell(sheet, loc, top) : null;
    try {
      await sync(context, `reading "${loc.sheet}" rows ${(top + 1).toLocaleString("en-US")}–${(top + count).toLocaleString("en-US")}`);
    } catch (e) {
      if (!isPayloadTooLarge(e) || count === 1) throw e;
      rows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- synced just above, through the time-out guard
    const values = range.values;
    if (reread === undefined) {
      reread = monthCell ? monthsReread(loc.header, values, monthCell.numberFormat[0][0]) : null;
      const first = reread && values.find((r) => typeof r[reread!.index] === "number")?.[reread.index];
      if (reread && typeof first === "number")
        notes.push(
          monthsNote(loc.sheet, loc.firstCol + reread.index, loc.header[reread.index], reread, {
            from: dayLabel(first),
            to: String(rereadMonth(first, reread)),
          })
        );
    }
    values.forEach((cells, i) => {
      let row: readonly unknown[] = loc.splitOn ? splitCsvRow(cells[0], loc.splitOn) : cells;
      if (reread) row = row.map((c, j) => (j === reread!.index ? rereadMonth(c, reread!) : c));
      feed.push(row, top + i + 1);
    });
    start += count;
    last = { rows: count, bytes: payloadBytes(values) };
    rows = nextReadRows(loc.columns, last, budget);
    onBlock?.(start, dataRows);
  }
  feed.end();
  return notes;
}

/** The first data cell of the export's month column, its number format loaded; null without a month column. */
function monthFormatCell(sheet: Excel.Worksheet, loc: ExportLocation, top: number): Excel.Range | null {
  const index = monthColumnIndex(loc.header);
  if (index === undefined) return null;
  const cell = sheet.getRangeByIndexes(top, loc.firstCol + index, 1, 1);
  cell.load("numberFormat");
  return cell;
}

function monthColumnIndex(header: readonly unknown[]): number | undefined {
  return detectLayout(header)?.columns.month;
}

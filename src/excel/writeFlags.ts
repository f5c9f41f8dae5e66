import { flagColumnWidth, type FlagCell, type FlagTable, type RowFlags } from "../engine";
import { a1, columnLetters } from "./address";
import { BLOCK_BUDGET_BYTES, widthInPoints } from "./blocks";
import { localFlagRows, type FlagRowSource, type FlagRunSpec, type FlagValue } from "./flagRows";
import { pacer, ROWS_BETWEEN_PACES, type Pace } from "./pace";
import { BROKEN_MARKER, EXCEL_COLUMNS, type ExportLocation } from "./findExports";
import { flagMarker, markFlagColumn } from "./ownership";
import { fingerprint, type WriteMemory } from "./writeMemory";

export interface FlagPlan {
  table: FlagTable;
  /** Each table column's sheet column: where we wrote it before (its marker), else after the last used column. */
  columns: Array<{ column: number; index: number; reused: boolean; brokenMarker: boolean }>;
  /** Our columns from an earlier run that this table no longer has: cleared, their markers removed. */
  stale: Array<{ marker: string; column: number }>;
}

/** Where each flag column of the export's table goes, and which of our earlier columns are no longer written. */
export function flagColumnPlan(loc: ExportLocation, table: FlagTable): FlagPlan {
  let next = loc.lastUsedCol + 1;
  const columns = table.columns.map((col, index) => {
    const before = loc.flagColumns.get(flagMarker(col.id));
    // A marker whose column the user deleted points nowhere (BROKEN_MARKER): write the column anew, and replace the marker.
    const reused = before !== undefined && before !== BROKEN_MARKER;
    return { column: reused ? before : next++, index, reused, brokenMarker: before === BROKEN_MARKER };
  });
  const current = new Set(table.columns.map((c) => flagMarker(c.id)));
  const stale = [...loc.flagColumns].filter(([marker]) => !current.has(marker)).map(([marker, column]) => ({ marker, column }));
  return { table, columns, stale };
}

/**
 * Whether the plan fits Excel's grid (16,384 columns, A to XFD): when the new columns would pass XFD,
 * no flag is written on that export, and the message says why and what to do.
 */
export function planProblem(loc: ExportLocation, plan: FlagPlan): string | null {
  const last = Math.max(...plan.columns.map((p) => p.column));
  if (last < EXCEL_COLUMNS) return null;
  const rows = `${loc.headerRow + 1}–${loc.lastRow + 1}`;
  const needed = plan.columns.filter((p) => !p.reused).length;
  return (
    `No flag columns on "${loc.sheet}": rows ${rows} beside the export have a value in column ${columnLetters(loc.lastUsedCol)}, ` +
    `so the ${needed} flag columns after it would pass ${columnLetters(EXCEL_COLUMNS - 1)}, Excel's last column. ` +
    `Clear or move what is right of the export in those rows (Ctrl+End shows the last used cell), then Score again. The score and the summary are not affected.`
  );
}

/** Consecutive sheet columns form one run, written as one block; a user's column between ours splits runs. */
type Run = FlagPlan["columns"];
function runs(plan: FlagPlan): Run[] {
  const sorted = [...plan.columns].sort((a, b) => a.column - b.column);
  const out: Run[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1].column === p.column - 1) last.push(p);
    else out.push([p]);
  }
  return out;
}

/** What a write has done so far, for a message when a later request is refused. */
export interface WriteLog {
  /**
   * Ranges done in full, e.g. "Usage!G1:N26": where the flags are, whether written now or, with a write
   * memory, left as an earlier run wrote them.
   */
  done: string[];
  /** A range written in part when a request failed within it. */
  partly?: string;
  /** Flag cells (header included) written by this call, each counted once (values and format go together). */
  cellsWritten?: number;
  /** Flag cells not written because the write memory says they already hold exactly that. */
  cellsSkipped?: number;
}

/**
 * The blocks of a run: the remembered boundaries when the run has the same rows (so that an unchanged
 * block fingerprints as before even when another block's text grew), each split again if it no longer
 * fits the payload budget; else payloadBlocks afresh.
 */
async function blocksFor(sizes: number[], extraPerRow: number, remembered: Array<[number, number]> | undefined, pace: Pace): Promise<Array<[number, number]>> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of remembered ?? [[0, sizes.length]]) out.push(...(await pacedBlocks(sizes, start, end, extraPerRow, pace)));
  return out;
}

/** payloadBlocks over rows start to end, from each row's JSON length, giving the thread back as it goes. */
async function pacedBlocks(sizes: number[], from: number, to: number, extraPerRow: number, pace: Pace): Promise<Array<[number, number]>> {
  const blocks: Array<[number, number]> = [];
  let start = from;
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const rowBytes = sizes[i] + 1 + extraPerRow;
    if (i > start && bytes + rowBytes > BLOCK_BUDGET_BYTES) {
      blocks.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
    if ((i - from) % ROWS_BETWEEN_PACES === 0) await pace();
  }
  if (start < to) blocks.push([start, to]);
  return blocks;
}

/**
 * Writes the flag columns for an export: header plus one row per data row, in 2-D blocks sized by
 * their payload (values and number formats), one sync per block with calculation suspended. Only our
 * own columns are touched: each is marked as ours once written (ownership.ts), and our columns this
 * table no longer has are cleared. Records in `log` what is written as it goes.
 *
 * With a `memory` (writeMemory.ts), a block whose fingerprint (values, formats, sheet columns, rows) is
 * the one last written there is not written again, and a run of columns none of whose blocks was
 * written keeps its header format as it is; a run with a new column is written in full. The returned
 * ranges (and log.done) are still every flag range; log.cellsWritten / cellsSkipped say what was sent.
 */
export async function writeFlags(
  context: Excel.RequestContext,
  loc: ExportLocation,
  plan: FlagPlan,
  /**
   * The rows' flags: by sheet row, its flags or its cells in the table's column order; or a source
   * that gives them a block at a time (the engine's worker keeps them, so the pane never holds them all).
   */
  flags: Map<number, RowFlags | FlagCell[]> | FlagRowSource,
  log: WriteLog = { done: [] },
  onBlock?: (done: number, total: number) => void,
  memory?: WriteMemory
): Promise<string[]> {
  const sheet = context.workbook.worksheets.getItem(loc.sheet);
  const rows = loc.lastRow - loc.headerRow + 1;
  const { table } = plan;
  const written: string[] = [];
  const pace = pacer();
  const source = flags instanceof Map ? localFlagRows(table, flags, loc.headerRow) : flags;
  const planRuns = runs(plan);
  const runKey = (run: Run) => run.map((p) => `${p.column}=${table.columns[p.index].id}`).join(",");
  memory?.keepRuns(loc.sheet, loc.headerRow, new Set(planRuns.map(runKey)));
  log.cellsWritten ??= 0;
  log.cellsSkipped ??= 0;
  for (const run of planRuns) {
    const headers: FlagValue[] = run.map((p) => table.columns[p.index].header);
    const formats = run.map((p) => table.columns[p.index].numberFormat);
    const spec: FlagRunSpec = { indexes: run.map((p) => p.index), formats };
    // Row 0 is the header: the source sizes the data rows.
    const sizes = await source.sizes(spec, rows);
    sizes[0] = JSON.stringify(headers).length;
    const firstCol = run[0].column;
    const key = runKey(run);
    // A new column (or one whose marker broke) is written in full, whatever was remembered there.
    const anyNew = run.some((p) => !p.reused);
    const before = memory && !anyNew ? memory.run(loc.sheet, loc.headerRow, key) : undefined;
    const remembered = before && before.rows === rows ? before : undefined;
    // Forgotten until the run is done: a failure half-way leaves no fingerprint of a block not written.
    memory?.dropRun(loc.sheet, loc.headerRow, key);
    const blocks = await blocksFor(sizes, JSON.stringify(formats).length + 1, remembered?.blocks, pace);
    const columnsText = JSON.stringify(run.map((p) => p.column));
    // The source fingerprints the values (the worker, which holds them): an unchanged block is never fetched.
    const valuePrints = memory ? await source.prints(spec, blocks) : [];
    // The block's JSON length in its fingerprint too: a change that the hashes missed would still show there.
    const bytesOf = (start: number, end: number) => {
      let n = 0;
      for (let r = start; r < end; r++) n += sizes[r];
      return n;
    };
    const printOf = (i: number, [start, end]: [number, number]) =>
      memory
        ? fingerprint(
            `${loc.headerRow + start}:${loc.headerRow + end}|${columnsText}|${JSON.stringify(formats)}|${start === 0 ? JSON.stringify(headers) : ""}|${valuePrints[i]}|${bytesOf(start, end)}`
          )
        : "";
    const prints = new Map(blocks.map((b, i) => [`${b[0]}-${b[1]}`, printOf(i, b)]));
    const writes = blocks.map(([start, end]) => remembered?.prints.get(`${start}-${end}`) !== prints.get(`${start}-${end}`));
    const fetchRows = ([start, end]: [number, number]) => source.rows(spec, Math.max(start, 1), end);
    // The next block's rows are asked for while this one's sync runs: the worker works as Excel writes.
    let next: Promise<FlagValue[][]> | null = null;
    let wroteAny = anyNew;
    for (const [i, [start, end]] of blocks.entries()) {
      // Blocks skipped one after another have no sync between them to give the thread back.
      await pace();
      if (!writes[i]) {
        log.cellsSkipped += (end - start) * run.length;
        log.partly = a1(loc.sheet, loc.headerRow, firstCol, end, run.length);
        onBlock?.(end, rows);
        continue;
      }
      const data = await (next ?? fetchRows([start, end]));
      next = null;
      const values = start === 0 ? [headers, ...data] : data;
      wroteAny = true;
      const range = sheet.getRangeByIndexes(loc.headerRow + start, firstCol, end - start, run.length);
      // The format first: a text cell must be text before "2025-10" lands in it, or Excel makes it a date.
      range.numberFormat = Array.from({ length: end - start }, () => formats);
      range.values = values;
      context.application.suspendApiCalculationUntilNextSync();
      const following = writes.indexOf(true, i + 1);
      if (following >= 0) {
        next = fetchRows(blocks[following]);
        // A sync that fails below ends the run: the prefetch's own failure then has no one to tell.
        next.catch(() => undefined);
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block: Excel refuses a request over 5 MB
      await context.sync();
      log.cellsWritten += (end - start) * run.length;
      log.partly = a1(loc.sheet, loc.headerRow, firstCol, end, run.length);
      onBlock?.(end, rows);
    }
    const address = a1(loc.sheet, loc.headerRow, firstCol, rows, run.length);
    if (!wroteAny) {
      // Every block as last written: the header's format and the markers are as we left them too.
      memory?.setRun(loc.sheet, loc.headerRow, key, { rows, blocks, prints });
      written.push(address);
      log.done.push(address);
      log.partly = undefined;
      continue;
    }
    const header = sheet.getRangeByIndexes(loc.headerRow, firstCol, 1, run.length);
    header.format.font.bold = true;
    header.format.fill.color = "#DDEBF7";
    header.format.wrapText = true;
    header.format.verticalAlignment = "Top";
    // Widths only where the column is new: a width the user set on one of ours stays theirs.
    for (const [i, p] of run.entries()) if (!p.reused) header.getCell(0, i).format.columnWidth = widthInPoints(flagColumnWidth(table.columns[p.index]));
    for (const [i, p] of run.entries()) if (!p.reused) markFlagColumn(sheet, table.columns[p.index].id, header.getCell(0, i), p.brokenMarker);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- once per run of columns, after its blocks: what is written is logged as it goes
    await context.sync();
    memory?.setRun(loc.sheet, loc.headerRow, key, { rows, blocks, prints });
    written.push(address);
    log.done.push(address);
    log.partly = undefined;
  }
  if (plan.stale.length) {
    for (const { marker, column } of plan.stale) {
      if (column !== BROKEN_MARKER) sheet.getRangeByIndexes(loc.headerRow, column, rows, 1).clear("Contents");
      sheet.names.getItem(marker).delete();
    }
    await context.sync();
  }
  return written;
}

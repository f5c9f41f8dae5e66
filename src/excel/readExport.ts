import type { InputCollector } from "../engine";
import { readBlocks } from "./blocks";
import type { ExportLocation } from "./findExports";

/** A name for an export in messages and row flags: the sheet it is on. */
export function exportName(loc: ExportLocation): string {
  return loc.sheet;
}

/**
 * Feeds an export into the collector, header first, in row blocks (one sync each) so a large export
 * never exceeds Excel's response limits. Row numbers given to the engine are the sheet's own.
 */
export async function readExport(
  context: Excel.RequestContext,
  loc: ExportLocation,
  collector: InputCollector,
  onBlock?: (done: number, total: number) => void,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(loc.sheet);
  const feed = collector.beginTable(exportName(loc));
  feed.push(loc.header, loc.headerRow + 1);
  const dataRows = loc.lastRow - loc.headerRow;
  const blocks = readBlocks(dataRows, loc.columns);
  for (const [start, end] of blocks) {
    const range = sheet.getRangeByIndexes(loc.headerRow + 1 + start, loc.firstCol, end - start, loc.columns);
    range.load("values");
    await context.sync();
    range.values.forEach((cells, i) => feed.push(cells, loc.headerRow + 2 + start + i));
    onBlock?.(end, dataRows);
  }
  feed.end();
}

import { headerName } from "../engine";
import type { CellTarget } from "../taskpane/service";
import { columnLetters, parseA1 } from "./address";
import { findExports, type ExportLocation } from "./findExports";
import { exportName } from "./readExport";
import { plainSync, type Sync } from "./watch";

/** "Go to cell" could not show the cell: the message says why and what to do. */
export class GoToCellError extends Error {
  override name = "GoToCellError";
}

/** A cell (or a row of cells) on a sheet: the sheet's name and an address without it, e.g. "D7". */
export interface SheetCell {
  sheet: string;
  address: string;
}

/**
 * Where a warning's file, row and column are on the sheet. The engine's rows are the sheet's own (the
 * adapter feeds it the sheet's row numbers, an export starting lower than row 1 included) and its
 * columns are header names, found in the export's header from its first column. A CSV Excel left in
 * one column holds each line in that column's cell. Null when no export by that name is found.
 */
export function cellOf(target: { file: string; row?: number; column?: string }, exports: readonly ExportLocation[]): SheetCell | null {
  const loc = exports.find((l) => exportName(l) === target.file);
  if (!loc) return null;
  const row = target.row !== undefined ? target.row - 1 : loc.headerRow;
  const index = target.column === undefined ? -1 : loc.header.findIndex((_, i) => headerName(loc.header, i) === target.column);
  const col = loc.splitOn ? loc.firstCol : index >= 0 ? loc.firstCol + index : null;
  if (col !== null) return { sheet: loc.sheet, address: `${columnLetters(col)}${row + 1}` };
  // No column known: the row's cells of the export.
  return { sheet: loc.sheet, address: `${columnLetters(loc.firstCol)}${row + 1}:${columnLetters(loc.firstCol + loc.columns - 1)}${row + 1}` };
}

/**
 * Activates the target's sheet and selects its cell (Worksheet.activate, Range.select). `known`: where
 * the score that gave the warning found the exports; a table deep on its sheet is found again only
 * while the selection is in it, so the exports are looked for afresh only when the file is not there.
 * A hidden sheet cannot be activated (Excel refuses, and so does the double): the pane is told to unhide it.
 */
export async function goToCell(
  context: Excel.RequestContext,
  target: CellTarget,
  sync: Sync = plainSync,
  known: readonly ExportLocation[] = []
): Promise<void> {
  let cell: SheetCell | null;
  if ("sheet" in target) cell = { sheet: target.sheet, address: target.address.slice(target.address.lastIndexOf("!") + 1) };
  else {
    cell = cellOf(target, known) ?? cellOf(target, await findExports(context, sync));
    if (!cell) throw new GoToCellError(`No export named "${target.file}" in this workbook now (renamed or deleted?). Refresh, then score again.`);
  }
  if (!parseA1(cell.address)) throw new GoToCellError(`"${cell.address}" is not a cell address.`);
  const sheet = context.workbook.worksheets.getItemOrNullObject(cell.sheet);
  sheet.load("visibility");
  await sync(context, `finding the sheet "${cell.sheet}"`);
  // eslint-disable-next-line office-addins/call-sync-before-read -- synced just above, through the time-out guard
  if (sheet.isNullObject) throw new GoToCellError(`The sheet "${cell.sheet}" is not in this workbook now (renamed or deleted?). Refresh, then score again.`);
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- synced just above, through the time-out guard
  if (sheet.visibility !== "Visible")
    throw new GoToCellError(`The sheet "${cell.sheet}" is hidden. Unhide it (right-click a sheet tab, Unhide), then go to ${cell.address}.`);
  sheet.activate();
  sheet.getRange(cell.address).select();
  await sync(context, `selecting ${cell.address} on "${cell.sheet}"`);
}

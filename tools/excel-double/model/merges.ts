/**
 * Merged cells (Range.merge / Range.unmerge, ExcelApi 1.2). What Excel does, and the double with it:
 *
 * - "The value of a merged range is specified in the cell of the range's upper-left corner" (Range.Merge,
 *   Excel VBA reference): merging keeps the upper-left value and empties the other cells (Excel's UI
 *   warns "Merging cells only keeps the upper-left value and discards other values"; the API does not
 *   ask). Reading the area's values gives the value in its first cell and "" elsewhere.
 * - `merge(true)` ("across") merges "cells in each row of the specified range as separate merged
 *   cells" (Excel.Range.merge reference); a one-cell area stays a plain cell.
 * - A merged area is one cell to look at: every cell of it takes the upper-left cell's number format
 *   and formatting, and formatting any part of it formats all of it (so wrapText, alignment, fill,
 *   indent read back the same from any of its cells). Row heights stay per row, as in Excel.
 * - A table and a merged area cannot overlap: merging over a table, or adding a table over merged
 *   cells, fails with `MergedRangeConflict` ("Cannot complete the operation. A table can't overlap with
 *   another table, a PivotTable report, query results, merged cells, or an XML Map.", Excel-specific
 *   error codes, "Error handling with the application-specific JavaScript APIs").
 * - `Range.clear("All")` and `clear("Formats")` unmerge every merged area the range touches (the
 *   merge is part of the cells' format); `clear("Contents")` keeps it. `unmerge()` unmerges every
 *   merged area the range touches, whole; the cells keep the area's formatting.
 * - The double's choices where the reference says nothing: a merge that partly covers an older merged
 *   area takes that area in (as Excel's own selection grows to whole merged cells); a protected sheet
 *   refuses merge and unmerge (AccessDenied), as Excel greys Merge & Center out on one; pushing cells
 *   down (a table added without headers) moves merged areas wholly below and inside the columns, and
 *   refuses (InsertDeleteConflict) one it would cut.
 */
import { boundingRect, intersect, type RangeRef } from "../address";
import { ErrorCode, excelError } from "../errors";
import type { SheetModel } from "./sheet";
import type { CellFormat } from "./types";

/** Every CellFormat field (a new field fails to compile until it is listed): copied whole to merged cells. */
const FORMAT_FIELDS: Record<keyof CellFormat, true> = {
  bold: true,
  italic: true,
  fontColor: true,
  fontName: true,
  fontSize: true,
  fillColor: true,
  horizontalAlignment: true,
  verticalAlignment: true,
  wrapText: true,
  indentLevel: true,
};

function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

/** The area grown to take in every merged area it touches. */
function grow(area: RangeRef, merges: readonly RangeRef[]): RangeRef {
  let out = area;
  for (let changed = true; changed;) {
    changed = false;
    for (const m of merges)
      if (intersect(m, out) && !contains(out, m)) {
        out = boundingRect(out, m);
        changed = true;
      }
  }
  return out;
}

/** Gives every cell of `area` the number format and formatting of the cell at (r, c). */
function spreadFormat(sheet: SheetModel, area: RangeRef, r: number, c: number): void {
  const format = sheet.formatAt(r, c);
  const patch: Partial<CellFormat> = {};
  for (const key of Object.keys(FORMAT_FIELDS) as (keyof CellFormat)[]) (patch as Record<string, unknown>)[key] = format[key];
  sheet.cells.applyStyle(area, { numberFormat: sheet.numberFormatAt(r, c), patch });
}

function checkNoTable(sheet: SheetModel, area: RangeRef): void {
  if (sheet.owner.tableRefsOn(sheet).some((t) => intersect(t, area))) throw excelError(ErrorCode.mergedRangeConflict);
}

/** Range.merge(across). */
export function mergeCells(sheet: SheetModel, ref: RangeRef, across: boolean): void {
  sheet.protection.check(sheet.name, ref, "merge");
  checkNoTable(sheet, ref);
  const areas = across ? Array.from({ length: ref.rowCount }, (_, i) => ({ ...ref, row: ref.row + i, rowCount: 1 })) : [ref];
  for (const asked of areas) {
    if (asked.rowCount * asked.colCount === 1) continue;
    const area = grow(asked, sheet.merges);
    checkNoTable(sheet, area);
    for (let i = sheet.merges.length - 1; i >= 0; i--) if (intersect(sheet.merges[i], area)) sheet.merges.splice(i, 1);
    // Only the upper-left value stays.
    if (area.colCount > 1) sheet.cells.clear({ row: area.row, col: area.col + 1, rowCount: 1, colCount: area.colCount - 1 }, "contents");
    if (area.rowCount > 1) sheet.cells.clear({ row: area.row + 1, col: area.col, rowCount: area.rowCount - 1, colCount: area.colCount }, "contents");
    spreadFormat(sheet, area, area.row, area.col);
    sheet.merges.push(area);
  }
  sheet.touch();
}

/** Range.unmerge(): every merged area the range touches, whole. */
export function unmergeCells(sheet: SheetModel, ref: RangeRef): void {
  sheet.protection.check(sheet.name, ref, "merge");
  dropMerges(sheet, ref);
}

/** Forgets the merged areas `ref` touches (clear "All" / "Formats"). */
export function dropMerges(sheet: SheetModel, ref: RangeRef): void {
  const before = sheet.merges.length;
  for (let i = sheet.merges.length - 1; i >= 0; i--) if (intersect(sheet.merges[i], ref)) sheet.merges.splice(i, 1);
  if (sheet.merges.length !== before) sheet.touch();
}

/**
 * After formatting `written`: each merged area it touches takes the format of its first written cell,
 * so a merged area keeps one format (formatting part of a merged cell formats all of it).
 */
export function spreadMergedFormats(sheet: SheetModel, written: RangeRef): void {
  for (const m of sheet.merges) {
    const part = intersect(m, written);
    if (part) spreadFormat(sheet, m, part.row, part.col);
  }
}

/**
 * Before cells of columns [col, col + colCount) at or below `fromRow` move down a row: merged areas
 * wholly there move with them; one the move would cut fails with InsertDeleteConflict.
 */
export function shiftMergesDown(sheet: SheetModel, fromRow: number, col: number, colCount: number): void {
  const block: RangeRef = { row: fromRow, col, rowCount: Number.MAX_SAFE_INTEGER - fromRow, colCount };
  const moving = sheet.merges.filter((m) => intersect(m, block));
  for (const m of moving)
    if (!contains(block, m))
      throw excelError(ErrorCode.insertDeleteConflict, `The insert would cut the merged cells at row ${m.row + 1}, column ${m.col + 1}.`);
  for (const m of moving) m.row += 1;
  if (moving.length) sheet.touch();
}

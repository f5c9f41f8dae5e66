/**
 * Applying Range.values / formulas / numberFormat writes at sync, with Excel's shape rule:
 * a 2-D array of exactly rowCount x columnCount, or a single non-array value that fills the range.
 * null (or undefined) inside the array leaves that cell unchanged, as in office-js.
 */
import type { RangeRef } from "../address";
import type { SyncExecution } from "../context";
import { cellState } from "../events";
import type { WorkbookModel } from "../model/workbook";
import { ErrorCode, excelError } from "../errors";
import { interpretInput } from "../model/cellInput";
import { spreadMergedFormats } from "../model/merges";
import type { SheetModel } from "../model/sheet";
import type { CellValue } from "../model/types";

export interface RangeEntity {
  sheet: SheetModel;
  ref: RangeRef;
}

/** What Range.values / formulas accept: a 2-D block, or one value for every cell. */
export type CellInput = CellValue | null | undefined;
export type CellsInput = ReadonlyArray<ReadonlyArray<CellInput>> | CellValue;

type Source = (i: number, j: number) => unknown;

function cellSource(input: unknown, ref: RangeRef, property: string): Source {
  if (!Array.isArray(input)) {
    if (input === undefined || input === null) throw excelError(ErrorCode.invalidArgument, `Range.${property} cannot be set to ${String(input)}.`);
    return () => input;
  }
  const rows = input as unknown[];
  const fits = rows.length === ref.rowCount && rows.every((row) => Array.isArray(row) && (row as unknown[]).length === ref.colCount);
  if (!fits)
    throw excelError(
      ErrorCode.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (Range.${property}: got ${describeShape(rows)}, range is ${ref.rowCount} x ${ref.colCount}).`
    );
  return (i, j) => (rows[i] as unknown[])[j];
}

function describeShape(rows: unknown[]): string {
  const first = rows[0];
  return `${rows.length} x ${Array.isArray(first) ? first.length : "(not an array)"}`;
}

/** Range.values and Range.formulas: both are interpreted like typed input (see cellInput.ts). */
export function writeCells(entity: RangeEntity, input: unknown, exec: SyncExecution, property: string): void {
  const before = cellState(entity.sheet, entity.ref);
  applyCells(entity, input, exec.model, property);
  exec.addCellsWritten(entity.ref.rowCount * entity.ref.colCount);
  exec.noteChange(entity.sheet, entity.ref, "RangeEdited", before);
}

/**
 * Puts `input` in the cells as typed input (shape and protection checked first), and keeps table headers
 * valid. Shared by Range.values/formulas and a user's edit (ExcelDouble.userEdit), which counts no stats.
 */
export function applyCells(entity: RangeEntity, input: unknown, model: WorkbookModel, property: string): void {
  const { sheet, ref } = entity;
  const source = cellSource(input, ref, property);
  sheet.protection.check(sheet.name, ref, "contents");
  const options = model.writeOptions;
  for (let i = 0; i < ref.rowCount; i++) {
    for (let j = 0; j < ref.colCount; j++) {
      const raw = source(i, j);
      if (raw === null || raw === undefined) continue;
      const r = ref.row + i;
      const c = ref.col + j;
      const stored = interpretInput(raw, sheet.cells.effectiveNumberFormat(r, c), options);
      if (stored.kind === "formula") sheet.cells.setFormula(r, c, stored.formula);
      else {
        sheet.cells.setValue(r, c, stored.kind === "empty" ? undefined : stored.value);
        if (stored.kind === "value" && stored.numberFormat) sheet.cells.setNumberFormat(r, c, stored.numberFormat);
      }
    }
  }
  model.normalizeTableHeaders(sheet, ref);
}

export function writeNumberFormats(entity: RangeEntity, input: unknown, exec: SyncExecution): void {
  const { sheet, ref } = entity;
  const source = cellSource(input, ref, "numberFormat");
  sheet.protection.check(sheet.name, ref, "formatCells");
  const check = (v: unknown): string => {
    if (typeof v !== "string") throw excelError(ErrorCode.invalidArgument, "Number formats must be strings.");
    return v === "" ? "General" : v;
  };
  if (!Array.isArray(input)) sheet.cells.applyStyle(ref, { numberFormat: check(input) });
  else {
    for (let i = 0; i < ref.rowCount; i++)
      for (let j = 0; j < ref.colCount; j++) {
        const v = source(i, j);
        if (v !== null && v !== undefined) sheet.cells.setNumberFormat(ref.row + i, ref.col + j, check(v));
      }
  }
  spreadMergedFormats(sheet, ref);
  exec.addCellsWritten(ref.rowCount * ref.colCount);
}

/**
 * Worksheet protection (Worksheet.protection, ExcelApi 1.2). What Excel does, and the double with it:
 *
 * - Every cell is locked unless unlocked (Excel's default "Locked" cell format); protecting the sheet
 *   makes locked cells read-only. A write to a locked cell of a protected sheet fails the sync with
 *   `AccessDenied` ("You cannot perform the requested operation."): the code the error-code table of
 *   "Error handling with the application-specific JavaScript APIs" (learn.microsoft.com) lists, and
 *   the one Excel's service returns for exactly this write (microsoftgraph/microsoft-graph-docs
 *   issue 4546: a range PATCH over a locked cell of a protected sheet → AccessDenied).
 * - Formatting cells, columns and rows, adding charts (objects), tables and conditional formats are
 *   refused the same way unless the protection options allow them (`allowFormatCells`,
 *   `allowFormatColumns`, `allowFormatRows`, `allowEditObjects`; all off by default, as in Excel's
 *   Protect Sheet dialog). Excel cannot insert a table on a protected sheet at all.
 * - `protect()` "Fails if the worksheet has already been protected" (Excel.WorksheetProtection
 *   reference; the code is AccessDenied, office-js issue 6784). `unprotect(password)` with a wrong
 *   password fails with `BadPassword`.
 * - Deleting, renaming, hiding or activating a protected sheet is not refused: that is workbook
 *   (structure) protection, which the double does not model.
 */
import { intersect, type RangeRef } from "../address";
import { ErrorCode, excelError } from "../errors";

export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: "Normal" | "Unlocked" | "None";
}

export const DEFAULT_PROTECTION_OPTIONS: Readonly<ProtectionOptions> = Object.freeze({
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
});

/** What a queued write does to a sheet, for the protection check. */
export type EditKind = "contents" | "formatCells" | "formatColumns" | "formatRows" | "objects" | "tables" | "merge";

const ALLOWED_BY: Partial<Record<EditKind, keyof ProtectionOptions>> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  objects: "allowEditObjects",
};

const WHAT: Record<EditKind, string> = {
  contents: "change locked cells",
  formatCells: "format cells",
  formatColumns: "format columns",
  formatRows: "format rows",
  objects: "add, change or delete charts",
  tables: "insert, change or delete a table",
  merge: "merge or unmerge cells",
};

export class SheetProtection {
  protected = false;
  options: ProtectionOptions = { ...DEFAULT_PROTECTION_OPTIONS };
  private password: string | undefined;
  /** Blocks whose cells are unlocked (Format Cells › Protection › Locked off). */
  readonly unlocked: RangeRef[] = [];

  protect(options?: Partial<ProtectionOptions> | null, password?: string | null): void {
    if (this.protected) throw excelError(ErrorCode.accessDenied, "The worksheet is already protected.");
    const merged: ProtectionOptions = { ...DEFAULT_PROTECTION_OPTIONS };
    for (const [key, value] of Object.entries(options ?? {})) {
      if (!(key in merged)) throw excelError(ErrorCode.invalidArgument, `Unknown protection option '${key}'.`);
      if (value === undefined || value === null) continue;
      if (key === "selectionMode") {
        if (!["Normal", "Unlocked", "None"].includes(String(value))) throw excelError(ErrorCode.invalidArgument, `Invalid selectionMode '${String(value)}'.`);
      } else if (typeof value !== "boolean") throw excelError(ErrorCode.invalidArgument, `Protection option '${key}' must be true or false.`);
      (merged as unknown as Record<string, unknown>)[key] = value;
    }
    if (password !== undefined && password !== null && typeof password !== "string")
      throw excelError(ErrorCode.invalidArgument, "The password must be a string.");
    this.protected = true;
    this.options = merged;
    this.password = password || undefined;
  }

  unprotect(password?: string | null): void {
    if (!this.protected) return;
    if (this.password !== undefined && password !== this.password) throw excelError(ErrorCode.badPassword);
    this.protected = false;
    this.password = undefined;
  }

  get hasPassword(): boolean {
    return this.password !== undefined;
  }

  setLocked(ref: RangeRef, locked: boolean): void {
    if (locked) {
      for (let i = this.unlocked.length - 1; i >= 0; i--) if (intersect(this.unlocked[i], ref)) this.unlocked.splice(i, 1);
    } else this.unlocked.push({ ...ref });
  }

  /** True when every cell of `ref` lies in one unlocked block (a write spanning blocks counts as locked). */
  isUnlocked(ref: RangeRef): boolean {
    return this.unlocked.some(
      (u) => ref.row >= u.row && ref.col >= u.col && ref.row + ref.rowCount <= u.row + u.rowCount && ref.col + ref.colCount <= u.col + u.colCount
    );
  }

  /** Throws AccessDenied when the protected sheet refuses this edit of `ref`. */
  check(sheetName: string, ref: RangeRef | null, kind: EditKind): void {
    if (!this.protected) return;
    const option = ALLOWED_BY[kind];
    if (option && this.options[option]) return;
    if (kind === "contents" && ref && this.isUnlocked(ref)) return;
    throw excelError(
      ErrorCode.accessDenied,
      `You cannot perform the requested operation: the worksheet '${sheetName}' is protected, so the add-in cannot ${WHAT[kind]} on it.`
    );
  }
}

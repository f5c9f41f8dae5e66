import { columnLetter } from "../engine";

// Excel's limits: characters in a cell, columns (A to XFD) and rows in a sheet.
export const MAX_CHARS = 32_767;
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/**
 * What the workbook could not keep as the input had it, said on the summary sheet: cells cut to Excel's
 * 32,767 characters, flag columns with no room after column XFD, rows past Excel's last.
 */
export class WorkbookNotes {
  private cut = 0;
  private firstCut = "";
  readonly lines: string[] = [];

  /** A text longer than a cell holds, cut with a mark saying so; `where` names the cell (sheet, row, column). */
  fit(value: string, sheet: string, row: number, column: number): string {
    if (value.length <= MAX_CHARS) return value;
    if (!this.cut++) this.firstCut = `${sheet}!${columnName(column)}${row}`;
    const mark = `… [cut here: ${value.length.toLocaleString("en-US")} characters, Excel holds 32,767 in a cell]`;
    return value.slice(0, MAX_CHARS - mark.length) + mark;
  }

  all(): string[] {
    const cut = this.cut
      ? [
          `${this.cut.toLocaleString("en-US")} ${this.cut === 1 ? "cell was" : "cells were"} longer than Excel's 32,767 characters and ${this.cut === 1 ? "was" : "were"} cut, with a mark at the end (the first: ${this.firstCut}). The input file itself is unchanged.`,
        ]
      : [];
    return [...cut, ...this.lines];
  }
}

/** "A", "Z", "AA": a column as Excel names it (1-based). */
export const columnName = (column: number): string => columnLetter(column - 1);

/**
 * Splits CSV text into rows of cells, one row at a time, as papaparse does (the same cells for every
 * input, malformed quotes included: test/engine/input/csvRows.test.ts compares the two on random and
 * on every short text).
 * Papaparse gathers each chunk's rows into arrays first and spent 2 of the command line's 6 s on a
 * 1M-row export; this hands each row on as it is cut and keeps nothing (issue 15).
 *
 * Lines end in "\n" (the caller has turned "\r\n" and "\r" into it). A cell that starts with a quote
 * runs to a quote followed by the separator or the line's end (spaces between allowed), "" inside it
 * being one quote; any other quote is part of the cell. An empty text has no rows; a text ending in a
 * line end has one last row of one empty cell, as papaparse gives.
 */

const QUOTE = 34;
const NEWLINE = 10;

/**
 * Where a quote opened and never closed: the 0-based index of its row, and that row as papaparse gives
 * it (the cells before, then the rest of the text after the quote as one cell).
 */
export interface UnclosedQuote {
  row: number;
  partial: string[];
}

// Separators papaparse refuses, reading "," instead (a "sep=" line could name one).
const NOT_SEPARATORS = ['"', "\n", "\r", "\ufeff"];

/** Text between `from` and `to` that is not empty and only spaces (JS whitespace, as papaparse's trim). */
function spacesOnly(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return text.slice(from, to).trim() === "" ? to - from : 0;
}

/**
 * Calls `onRow` with each row's cells (a new array each time: the caller may keep it). Stops at a
 * quote that never closes, and returns where it opened; else null.
 */
export function eachCsvRow(text: string, delimiter: string, onRow: (cells: string[]) => void): UnclosedQuote | null {
  // Papaparse drops a byte-order mark at the start.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.length) return null;
  return cutRows(text, separator(delimiter), onRow, true, 0).open;
}

/** The separator papaparse would use for `delimiter`. */
function separator(delimiter: string): string {
  return NOT_SEPARATORS.includes(delimiter) ? "," : delimiter;
}

/** How far cutRows got: the text before `consumed` was handed on as `rows` rows. */
interface Cut {
  consumed: number;
  rows: number;
  open: UnclosedQuote | null;
}

/**
 * Cuts `text` into rows. `final`: the text is all there is. Otherwise more text follows, so a row is
 * handed on only once its line end is in the text (what follows a closing quote decides the cell),
 * and the cut stops at the start of the first row that is not complete. `firstRow` numbers the rows
 * for an unclosed quote.
 */
function cutRows(text: string, delimiter: string, onRow: (cells: string[]) => void, final: boolean, firstRow: number): Cut {
  const length = text.length;
  const delim = delimiter.charCodeAt(0);
  let cursor = 0;
  let rowStart = 0;
  let rowIndex = firstRow;
  let cells: string[] = [];
  let nextDelim = text.indexOf(delimiter);
  let nextNewline = text.indexOf("\n");
  const done = (open: UnclosedQuote | null = null): Cut => ({ consumed: rowStart, rows: rowIndex - firstRow, open });
  const endRow = (next: number) => {
    onRow(cells);
    cells = [];
    rowIndex++;
    cursor = rowStart = next;
  };
  for (;;) {
    if (nextDelim !== -1 && nextDelim < cursor) nextDelim = text.indexOf(delimiter, cursor);
    if (nextNewline !== -1 && nextNewline < cursor) nextNewline = text.indexOf("\n", cursor);
    // No line end ahead: this row ends in text still to come.
    if (!final && nextNewline === -1) return done();
    if (text.charCodeAt(cursor) === QUOTE) {
      const start = cursor + 1;
      let quote = cursor;
      let doubled = false;
      for (;;) {
        quote = text.indexOf('"', quote + 1);
        if (quote === -1) return final ? done({ row: rowIndex, partial: [...cells, text.slice(start)] }) : done();
        if (quote === length - 1) {
          if (!final) return done();
          cells.push(unquote(text.slice(start, quote), doubled));
          endRow(length);
          return done();
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          quote++;
          doubled = true;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quote + 1) nextDelim = text.indexOf(delimiter, quote + 1);
        if (nextNewline !== -1 && nextNewline < quote + 1) nextNewline = text.indexOf("\n", quote + 1);
        if (!final && nextNewline === -1) return done();
        // As papaparse computes it (Math.min(-1, …) when no separator follows, which changes no cell).
        const upTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const toDelim = upTo === -1 ? 0 : spacesOnly(text, quote + 1, upTo);
        if (text.charCodeAt(quote + 1 + toDelim) === delim) {
          cells.push(unquote(text.slice(start, quote), doubled));
          cursor = quote + 2 + toDelim;
          break;
        }
        const toNewline = nextNewline === -1 ? 0 : spacesOnly(text, quote + 1, nextNewline);
        if (text.charCodeAt(quote + 1 + toNewline) === NEWLINE) {
          cells.push(unquote(text.slice(start, quote), doubled));
          endRow(quote + 2 + toNewline);
          break;
        }
        // A quote inside the quoted cell followed by other text: part of the cell (papaparse's InvalidQuotes).
        doubled = true;
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      cells.push(text.slice(cursor, nextDelim));
      cursor = nextDelim + 1;
      nextDelim = text.indexOf(delimiter, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      cells.push(text.slice(cursor, nextNewline));
      endRow(nextNewline + 1);
      continue;
    }
    cells.push(text.slice(cursor));
    endRow(length);
    return done();
  }
}

/**
 * eachCsvRow over text that comes in pieces (a large file decoded a part at a time, so it never
 * exists as one string): the same rows for any cut of the same text, handed on as each row's end
 * arrives.
 */
export class CsvRowStream {
  private readonly delimiter: string;
  private carry = "";
  // Once over 4,096 characters wait for their row's end (a long row, a quote that never closes), they
  // are cut again only when the text held has doubled: a file that is one open quote is scanned a few
  // times, not once per piece.
  private waitFor = 0;
  private started = false;
  private any = false;
  private rows = 0;

  constructor(
    delimiter: string,
    private readonly onRow: (cells: string[]) => void
  ) {
    this.delimiter = separator(delimiter);
  }

  push(piece: string): void {
    if (!piece) return;
    if (!this.started) {
      this.started = true;
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      if (!piece) return;
    }
    this.any = true;
    this.carry += piece;
    if (this.carry.length < this.waitFor) return;
    const cut = cutRows(this.carry, this.delimiter, this.onRow, false, this.rows);
    this.rows += cut.rows;
    this.carry = this.carry.slice(cut.consumed);
    this.waitFor = this.carry.length > 4096 ? 2 * this.carry.length : 0;
  }

  /** Whether text of a row whose line end has not come yet is held. */
  holding(): boolean {
    return this.carry.length > 0;
  }

  /** The last rows; where a quote opened and never closed, as eachCsvRow says it. */
  end(): UnclosedQuote | null {
    if (!this.any) return null;
    const cut = cutRows(this.carry, this.delimiter, this.onRow, true, this.rows);
    this.carry = "";
    return cut.open;
  }
}

/** A quoted cell's text: "" stands for one quote. */
function unquote(cell: string, doubled: boolean): string {
  return doubled ? cell.replaceAll('""', '"') : cell;
}

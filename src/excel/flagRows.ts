import { flagCells, type FlagCell, type FlagTable, type RowFlags } from "../engine";
import { asCellValue, fitText } from "./blocks";
import { fnv1a } from "./writeMemory";

/**
 * The cells of flag rows as they are written, wherever they are made: on the pane's thread from row
 * flags (writeFlags' callers, tests), or in the engine's worker from the flag cells it keeps, so a
 * million rows of flags never sit on the pane's thread at once. Pure: no office-js.
 */

/** A run of consecutive flag columns: the table's column of each, and its number format. */
export interface FlagRunSpec {
  indexes: number[];
  formats: string[];
}

export type FlagValue = string | number | boolean;

/**
 * Text columns carry the text number format ("@"), under which Excel keeps "=…", "2025-10" or "00123"
 * as text; elsewhere the apostrophe prefix does that job. Text is cut to Excel's 32,767-character cell
 * limit (a reason quoting a long cell of the export), with a visible marker.
 */
export function cellFor(numberFormat: string, value: FlagCell): FlagValue {
  if (numberFormat !== "@") return asCellValue(value);
  return typeof value === "string" ? fitText(value) : (value ?? "");
}

/** One data row's values for a run: its cells, or blanks for a row without flags. */
export function flagRowValues(cells: readonly FlagCell[] | undefined, run: FlagRunSpec): FlagValue[] {
  return run.indexes.map((index, i) => (cells ? cellFor(run.formats[i], cells[index]) : ""));
}

/**
 * Where writeFlags takes its rows from. Data rows are numbered from 1 (the header is row 0) to the
 * export's last: `sizes` gives each one's JSON length (what it weighs in a request), `rows` their values.
 */
export interface FlagRowSource {
  sizes(run: FlagRunSpec, rows: number): Promise<number[]>;
  rows(run: FlagRunSpec, start: number, end: number): Promise<FlagValue[][]>;
  /** A fingerprint of each block's data rows as written: blocks unchanged since the last write are never fetched. */
  prints(run: FlagRunSpec, blocks: readonly (readonly [number, number])[]): Promise<string[]>;
}

/**
 * Of a value as written: its JSON length (what it weighs in a request) and two 32-bit hashes (the type
 * in them, so 1 and "1" differ). A text's are worked out once: a million rows share a few hundred texts.
 */
function valueFacts(): (value: FlagValue) => readonly [length: number, h1: number, h2: number] {
  const known = new Map<string, readonly [number, number, number]>();
  const facts = (tag: string, s: string, length: number) => [length, fnv1a(s, fnv1a(tag)), fnv1a(s, fnv1a(tag, 0x5bd1e995))] as const;
  return (value) => {
    if (typeof value === "number") return facts("number", String(value), Number.isFinite(value) ? String(value).length : 4);
    if (typeof value === "boolean") return facts("boolean", String(value), value ? 4 : 5);
    let found = known.get(value);
    if (found === undefined) known.set(value, (found = facts("string", value, JSON.stringify(value).length)));
    return found;
  };
}

const TEXT = 0;
const NUMBER = 1;
const TRUE = 2;
const FALSE = 3;

/**
 * Flag rows as they cross from the worker to the pane: each distinct text once, every value a number
 * in a typed array. A block of 25,000 rows carries a few hundred texts instead of 200,000 strings to
 * copy, and the pane's unpacking allocates no string.
 */
export interface PackedFlagRows {
  width: number;
  texts: string[];
  /** Per value, row by row: TEXT (numbers holds its index in texts), NUMBER, TRUE or FALSE. */
  kinds: Uint8Array;
  numbers: Float64Array;
}

export function unpackFlagRows({ width, texts, kinds, numbers }: PackedFlagRows): FlagValue[][] {
  const rows: FlagValue[][] = [];
  for (let at = 0; at < kinds.length;) {
    const row = new Array<FlagValue>(width);
    for (let i = 0; i < width; i++, at++) {
      const kind = kinds[at];
      row[i] = kind === TEXT ? texts[numbers[at]] : kind === NUMBER ? numbers[at] : kind === TRUE;
    }
    rows.push(row);
  }
  return rows;
}

/** Rows by sheet row number (1-based, as the sheet shows it): the cells of each, in a table's column order. */
export type FlagCellsOf = (sheetRow: number) => readonly FlagCell[] | undefined;

/**
 * Sizes, fingerprints and rows of the data rows below the header at sheet row index `headerRow`
 * (0-based). Sizing a run also hashes its rows, so that its blocks' fingerprints cost no second pass.
 */
export function flagRowsOf(cellsOf: FlagCellsOf, headerRow: number) {
  const cellsAt = (r: number) => cellsOf(headerRow + r + 1);
  const rowHashes = new Map<string, { h1: Int32Array; h2: Int32Array }>();
  const runKey = (run: FlagRunSpec) => JSON.stringify(run);
  // Each data row's JSON length, and its two hashes kept for prints.
  const measure = (run: FlagRunSpec, rows: number) => {
    const facts = valueFacts();
    const n = run.indexes.length;
    const brackets = n ? 1 + n : 2;
    const sizes = new Array<number>(rows).fill(0);
    const h1 = new Int32Array(rows);
    const h2 = new Int32Array(rows);
    for (let r = 1; r < rows; r++) {
      const cells = cellsAt(r);
      let size = brackets;
      let a = 0x811c9dc5;
      let b = 0x5bd1e995;
      for (let i = 0; i < n; i++) {
        // Indexed, not destructured: destructuring the tuple took half of this loop's second at a million rows.
        const f = facts(cells ? cellFor(run.formats[i], cells[run.indexes[i]]) : "");
        size += f[0];
        a = Math.imul(a ^ f[1], 0x01000193);
        b = Math.imul(b ^ f[2], 0x01000193);
      }
      sizes[r] = size;
      h1[r] = a;
      h2[r] = b;
    }
    rowHashes.set(runKey(run), { h1, h2 });
    return sizes;
  };
  return {
    /** Summed per value, not stringified per row: that took seconds at a million rows. */
    sizes: (run: FlagRunSpec, rows: number): number[] => measure(run, rows),
    rows(run: FlagRunSpec, start: number, end: number): FlagValue[][] {
      const out: FlagValue[][] = [];
      for (let r = start; r < end; r++) out.push(flagRowValues(cellsAt(r), run));
      return out;
    },
    /** The same rows packed for a message (see PackedFlagRows). */
    packedRows(run: FlagRunSpec, start: number, end: number): PackedFlagRows {
      const n = run.indexes.length;
      const texts: string[] = [];
      const textIndex = new Map<string, number>();
      const kinds = new Uint8Array((end - start) * n);
      const numbers = new Float64Array((end - start) * n);
      for (let r = start, at = 0; r < end; r++) {
        const cells = cellsAt(r);
        for (let i = 0; i < n; i++, at++) {
          const value = cells ? cellFor(run.formats[i], cells[run.indexes[i]]) : "";
          if (typeof value === "number") {
            kinds[at] = NUMBER;
            numbers[at] = value;
          } else if (typeof value === "boolean") kinds[at] = value ? TRUE : FALSE;
          else {
            let index = textIndex.get(value);
            if (index === undefined) textIndex.set(value, (index = texts.push(value) - 1));
            numbers[at] = index;
          }
        }
      }
      return { width: n, texts, kinds, numbers };
    },
    /** A fingerprint of each block's data rows (from row 1 in a block that starts at the header). */
    prints(run: FlagRunSpec, blocks: readonly (readonly [number, number])[]): string[] {
      const end = blocks.reduce((m, [, e]) => Math.max(m, e), 0);
      let hashes = rowHashes.get(runKey(run));
      if (!hashes || hashes.h1.length < end) {
        measure(run, end);
        hashes = rowHashes.get(runKey(run))!;
      }
      const { h1, h2 } = hashes;
      return blocks.map(([start, stop]) => {
        let a = 0x811c9dc5;
        let b = 0x5bd1e995;
        for (let r = Math.max(start, 1); r < stop; r++) {
          a = Math.imul(a ^ h1[r], 0x01000193);
          b = Math.imul(b ^ h2[r], 0x01000193);
        }
        return `${(fmix32(a) >>> 0).toString(16)}.${(fmix32(b) >>> 0).toString(16)}`;
      });
    },
  };
}

/** MurmurHash3's finaliser: every bit of the result depends on every bit of the chain, the top one too. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A source on the pane's thread, from row flags (or cells) by sheet row. */
export function localFlagRows(table: FlagTable, byRow: Map<number, RowFlags | FlagCell[]>, headerRow: number): FlagRowSource {
  const rows = flagRowsOf((sheetRow) => {
    const flags = byRow.get(sheetRow);
    return flags === undefined ? undefined : Array.isArray(flags) ? flags : flagCells(table, flags);
  }, headerRow);
  return {
    sizes: async (run, count) => rows.sizes(run, count),
    rows: async (run, start, end) => rows.rows(run, start, end),
    prints: async (run, blocks) => rows.prints(run, blocks),
  };
}

import type { ParsedInput } from "../input/collector";
import type { LayoutId } from "../input/layouts";
import {
  COUNTS_TOWARD,
  LEADING_FLAG_COLUMNS,
  REASON,
  type FlagCell,
  type FlagColumn,
  type FlagTable,
  type RowContribution,
  type RowFlags,
  type RowSink,
} from "../model/flags";
import { moduleOf } from "../designations/registry";
import type { DesignationOutcome } from "./scoreDesignations";
import { SKILLING_FLAG_COLUMNS } from "./skillingFlags";
import { interner } from "../model/intern";

/** Export layouts in the order their tables are listed (the order of the summary's legend). */
const LAYOUT_ORDER: readonly LayoutId[] = ["m365-usage", "azure-usage", "bizapps-usage", "bizapps-revenue", "skilling"];

/**
 * The flag columns of every export layout in the input: "SPD Counts toward", "SPD Reason", then the
 * detail columns of every scored designation that reads it, in registry order (a column id two
 * designations fill is one column). The one definition the add-in, --out and --rows all write.
 */
export function flagTables(input: ParsedInput, outcomes: readonly DesignationOutcome[]): FlagTable[] {
  const present = new Set(input.tables.map((t) => t.layout));
  const details = new Map<LayoutId, FlagColumn[]>(LAYOUT_ORDER.map((l) => [l, []]));
  const add = (layout: LayoutId, columns: readonly FlagColumn[]) => {
    const list = details.get(layout)!;
    for (const c of columns) if (!list.some((x) => x.id === c.id)) list.push(c);
  };
  for (const o of outcomes) {
    if (!o.rules) continue;
    for (const part of moduleOf(o.id).flagColumns?.(o.rules) ?? []) add(part.layout, part.columns);
  }
  add("skilling", SKILLING_FLAG_COLUMNS);
  return LAYOUT_ORDER.filter((l) => present.has(l)).map((layout) => ({ layout, columns: [...LEADING_FLAG_COLUMNS, ...details.get(layout)!] }));
}

/**
 * One row per export row: what every designation that reads it says, merged. It counts toward the
 * union of what each says; the reason is theirs (each said once) only when it counts toward nothing.
 */
export function mergeRowFlags(contributions: readonly RowContribution[]): RowFlags[] {
  // Per file (and layout), an array indexed by row number: no key per row, and a row said by one
  // designation only is kept as it is, not copied. It runs on a million rows, four designations each.
  const byFile = new Map<string, Merged[]>();
  const out: Merged[] = [];
  const intern = interner();
  for (const c of contributions) {
    const fileKey = `${c.layout}\u0000${c.file}`;
    let rows = byFile.get(fileKey);
    if (!rows) byFile.set(fileKey, (rows = []));
    const seen = rows[c.row];
    if (seen === undefined) {
      const merged: Merged = { flags: c, reasons: null };
      rows[c.row] = merged;
      out.push(merged);
      continue;
    }
    if (seen.reasons === null) {
      const f = seen.flags;
      seen.flags = { layout: f.layout, file: f.file, row: f.row, countsToward: f.countsToward.slice(), reason: f.reason, cells: Object.assign({}, f.cells) };
      seen.reasons = f.reason ? [f.reason] : [];
    }
    const flags = seen.flags;
    for (const item of c.countsToward) flags.countsToward.push(item);
    if (c.reason && !seen.reasons.includes(c.reason)) seen.reasons.push(c.reason);
    for (const id in c.cells) if (flags.cells[id] === undefined || flags.cells[id] === null) flags.cells[id] = c.cells[id];
  }
  return out.map((m) => {
    if (m.reasons !== null) m.flags.reason = m.flags.countsToward.length ? "" : intern(m.reasons.join(" "));
    return m.flags;
  });
}

interface Merged {
  flags: RowFlags;
  /** Every distinct reason, once a second designation spoke of the row (its flags then a copy of ours). */
  reasons: string[] | null;
}

/** One file's merged flags as written: each row's cells in its table's column order. */
export interface FileFlagCells {
  file: string;
  layout: LayoutId;
  /** Sheet rows, in the order first said. */
  rows: number[];
  cells: FlagCell[][];
}

/**
 * What flagCells(table, row) gives for each row of mergeRowFlags(contributions), made without a
 * merged RowFlags per row: at a million rows the copies and their cells were most of Score's garbage.
 * Rows of a layout without a table are left out.
 */
export function mergedFlagCells(lists: readonly (readonly RowContribution[])[], tables: readonly FlagTable[]): FileFlagCells[] {
  const merger = new FlagCellsMerger(tables);
  for (const list of lists) for (const c of list) merger.push(c);
  return merger.result();
}

/**
 * mergedFlagCells as a sink the designations write their row flags to as they make them: each row's
 * object is merged into its cells and dropped at once, so a million of them never live side by side
 * (they were most of what the collector copied while scoring with flags).
 */
export class FlagCellsMerger implements RowSink {
  private readonly intern = interner();
  private readonly files = new Map<string, MergingFile>();
  private last: RowContribution | null = null;
  private f: MergingFile | undefined;

  constructor(private readonly tables: readonly FlagTable[]) {}

  push(c: RowContribution): void {
    // Runs of one file's rows: its key is made once a run, not a million times.
    if (!this.last || this.last.file !== c.file || this.last.layout !== c.layout) this.f = this.files.get(`${c.layout}\u0000${c.file}`);
    this.last = c;
    let f = this.f;
    if (!f) {
      const table = this.tables.find((t) => t.layout === c.layout);
      if (!table) return;
      f = { file: { file: c.file, layout: c.layout, rows: [], cells: [] }, ...columnsOf(table), at: [], merged: [] };
      this.files.set(`${c.layout}\u0000${c.file}`, f);
      this.f = f;
    }
    const i = f.at[c.row];
    if (i === undefined) {
      f.at[c.row] = f.merged.length;
      f.file.rows.push(c.row);
      const cells = new Array<FlagCell>(f.width).fill(null);
      for (let k = 0; k < f.details.length; k++) cells[f.details[k]] = c.cells[f.ids[k]] ?? null;
      f.file.cells.push(cells);
      f.merged.push({ countsToward: c.countsToward, reason: c.reason, reasons: null });
      return;
    }
    const m = f.merged[i];
    if (m.reasons === null) {
      m.reasons = m.reason ? [m.reason] : [];
      m.countsToward = m.countsToward.slice();
    }
    for (const item of c.countsToward) (m.countsToward as string[]).push(item);
    if (c.reason && !m.reasons.includes(c.reason)) m.reasons.push(c.reason);
    const cells = f.file.cells[i];
    for (let k = 0; k < f.details.length; k++) if (cells[f.details[k]] === null) cells[f.details[k]] = c.cells[f.ids[k]] ?? null;
  }

  result(): FileFlagCells[] {
    const out: FileFlagCells[] = [];
    for (const { file, counts, reason, merged } of this.files.values()) {
      merged.forEach((m, i) => {
        const cells = file.cells[i];
        if (counts >= 0) cells[counts] = this.intern(m.countsToward.join("; "));
        if (reason >= 0) cells[reason] = m.reasons === null ? m.reason : m.countsToward.length ? "" : this.intern(m.reasons.join(" "));
      });
      out.push(file);
    }
    return out;
  }
}

/** Where a table's cells go: the leading two columns, and the detail columns with their ids. */
function columnsOf(table: FlagTable) {
  const details: number[] = [];
  table.columns.forEach((c, k) => c.id !== COUNTS_TOWARD.id && c.id !== REASON.id && details.push(k));
  return {
    width: table.columns.length,
    counts: table.columns.findIndex((c) => c.id === COUNTS_TOWARD.id),
    reason: table.columns.findIndex((c) => c.id === REASON.id),
    details,
    ids: details.map((k) => table.columns[k].id),
  };
}

interface MergingFile extends ReturnType<typeof columnsOf> {
  file: FileFlagCells;
  /** Index in merged by sheet row. */
  at: number[];
  merged: Merging[];
}

interface Merging {
  countsToward: readonly string[];
  reason: string;
  /** Every distinct reason, once a second designation spoke of the row (countsToward is then our own copy). */
  reasons: string[] | null;
}

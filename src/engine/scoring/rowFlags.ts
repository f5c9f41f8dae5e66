import type { ParsedInput } from "../input/collector";
import type { LayoutId } from "../input/layouts";
import { LEADING_FLAG_COLUMNS, type FlagColumn, type FlagTable, type RowContribution, type RowFlags } from "../model/flags";
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

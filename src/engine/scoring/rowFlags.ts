import type { ParsedInput } from "../input/collector";
import type { LayoutId } from "../input/layouts";
import { LEADING_FLAG_COLUMNS, type FlagColumn, type FlagTable, type RowContribution, type RowFlags } from "../model/flags";
import { moduleOf } from "../designations/registry";
import type { DesignationOutcome } from "./scoreDesignations";
import { SKILLING_FLAG_COLUMNS } from "./skillingFlags";

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
  // Keyed by file (and layout), then by row number: no string key per row, and a row said by one
  // designation only (most rows) is kept as it is, not copied. It runs on a million rows.
  const byFile = new Map<string, Map<number, Merged>>();
  const out: Merged[] = [];
  for (const c of contributions) {
    const fileKey = `${c.layout}\u0000${c.file}`;
    let rows = byFile.get(fileKey);
    if (!rows) byFile.set(fileKey, (rows = new Map()));
    const seen = rows.get(c.row);
    if (!seen) {
      const merged: Merged = { flags: c, reasons: null, copied: false };
      rows.set(c.row, merged);
      out.push(merged);
      continue;
    }
    if (!seen.copied) {
      seen.flags = { ...seen.flags, countsToward: [...seen.flags.countsToward], cells: { ...seen.flags.cells } };
      seen.reasons = seen.flags.reason ? [seen.flags.reason] : [];
      seen.copied = true;
    }
    seen.flags.countsToward.push(...c.countsToward);
    if (c.reason && !seen.reasons!.includes(c.reason)) seen.reasons!.push(c.reason);
    for (const id in c.cells) if (seen.flags.cells[id] === undefined || seen.flags.cells[id] === null) seen.flags.cells[id] = c.cells[id];
  }
  return out.map(({ flags, reasons, copied }) => (copied ? { ...flags, reason: flags.countsToward.length ? "" : reasons!.join(" ") } : flags));
}

interface Merged {
  flags: RowFlags;
  /** Every distinct reason, once a second designation spoke of the row. */
  reasons: string[] | null;
  copied: boolean;
}

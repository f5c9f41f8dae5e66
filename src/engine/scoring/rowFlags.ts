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
  const byRow = new Map<string, { flags: RowFlags; reasons: string[] }>();
  for (const c of contributions) {
    const key = `${c.layout}\u0000${c.file}\u0000${c.row}`;
    const seen = byRow.get(key);
    if (!seen) {
      byRow.set(key, { flags: { ...c, countsToward: [...c.countsToward], cells: { ...c.cells } }, reasons: c.reason ? [c.reason] : [] });
      continue;
    }
    seen.flags.countsToward.push(...c.countsToward);
    if (c.reason && !seen.reasons.includes(c.reason)) seen.reasons.push(c.reason);
    for (const [id, value] of Object.entries(c.cells)) if (seen.flags.cells[id] === undefined || seen.flags.cells[id] === null) seen.flags.cells[id] = value;
  }
  return [...byRow.values()].map(({ flags, reasons }) => ({ ...flags, reason: flags.countsToward.length ? "" : reasons.join(" ") }));
}

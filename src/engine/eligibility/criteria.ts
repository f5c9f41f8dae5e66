import type { FlagCell, FlagColumn } from "../model/flags";

/** One criterion of a customer for one designation (and track): a flag column, read over the customer's rows. */
export interface Criterion {
  /** The flag column's id ("modern-work-smb-eligible"). */
  id: string;
  /** Its header without the "SPD " prefix ("SMB eligible"). */
  label: string;
  /** The column's legend sentence: what the criterion checks. */
  meaning: string;
  /** Excel number format of the values ("@" text, "0.0%", "$#,##0", "#,##0"), for the pane to format them alike. */
  format: string;
  /** Met (some row says Yes, or names an eligible item), Not met (every row says No), or null: a value, not a test. */
  met: boolean | null;
  /** The value per row item ("Exchange (CSP)"), rows that say so only when met; one entry with item "" when every row says the same. */
  values: { item: string; value: FlagCell }[];
}

/** A cell read from one of the customer's rows, with the row's item. */
export interface ItemCell {
  item: string;
  value: FlagCell;
}

const YES = "Yes";
const NO = "No";

/**
 * A column read over the customer's rows: a Yes/No column is met when any row says Yes; a text column
 * whose rows say "No" where nothing qualifies (eligible workload, security service) is met when any
 * row names one; other columns are values. Empty cells (months a designation does not read) are left out.
 */
export function criterionOf(column: FlagColumn, cells: readonly ItemCell[]): Criterion | null {
  const filled = cells.filter((c) => c.value !== null && c.value !== "");
  if (!filled.length) return null;
  const label = column.header.replace(/^SPD /, "");
  const base = { id: column.id, label, meaning: column.meaning, format: column.numberFormat };
  const yesNo = filled.every((c) => c.value === YES || c.value === NO);
  // A text column that says "No" where nothing qualifies (its legend says so): met when a row names something.
  const hasNo = filled.some((c) => c.value === NO) || /\bor No\b/.test(column.meaning);
  let met: boolean | null = null;
  let shown = filled;
  if (yesNo) {
    met = filled.some((c) => c.value === YES);
    shown = met ? filled.filter((c) => c.value === YES) : filled;
  } else if (hasNo) {
    met = true;
    shown = filled.filter((c) => c.value !== NO);
  }
  return { ...base, met, values: distinct(shown) };
}

/** Each item and value once; a value every row shares is said once, without items (a tenant-level fact). */
function distinct(cells: readonly ItemCell[]): { item: string; value: FlagCell }[] {
  const seen = new Set<string>();
  const out: ItemCell[] = [];
  for (const c of cells) {
    const key = `${c.item}\u0000${String(c.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ item: c.item, value: c.value });
  }
  const values = new Set(out.map((c) => String(c.value)));
  return values.size === 1 ? [{ item: "", value: out[0].value }] : out;
}

/** "Modern Work SMB: deployments (CSP), usage growth (baseline Oct-2024)" → its head and metrics (commas inside brackets kept). */
export function splitCountsToward(text: string): { head: string; metrics: string[] } {
  const colon = text.indexOf(": ");
  if (colon < 0) return { head: text, metrics: [] };
  const metrics: string[] = [];
  let depth = 0;
  let start = colon + 2;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      metrics.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  metrics.push(text.slice(start).trim());
  return { head: text.slice(0, colon), metrics: metrics.filter(Boolean) };
}

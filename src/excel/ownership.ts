/**
 * How the add-in knows what it wrote: a worksheet-scoped named item (ExcelApi 1.4, Worksheet.names),
 * never a sheet name or a header prefix alone. A user's own "SPD Summary" sheet or "SPD Notes" column
 * carries no marker, so it is the user's and is never cleared, overwritten or deleted.
 *
 * Why named items: they are saved in the file (every Excel, the web included), they follow the cells
 * they point to when the user renames a sheet or inserts columns, and they need no API set beyond the
 * 1.4 the add-in's other calls already use. Worksheet custom properties would need ExcelApi 1.12.
 */

/** Marks one of the add-in's own sheets: the summary, or a saved scenario. */
export type SheetMarker = "SPD_Summary" | "SPD_Scenario";

const MARKER_COMMENT = "Written by SPD Partner Score: the add-in clears and rewrites this sheet on each run. Delete this name to keep the sheet as yours.";
const FLAG_COMMENT = "Written by SPD Partner Score: the add-in rewrites this column on each Score. Delete this name to keep the column as yours.";

/** The marker of one flag column: "SPD_Flag_counts_toward" (names take letters, digits, underscores). */
export function flagMarker(columnId: string): string {
  return `SPD_Flag_${columnId.replace(/[^A-Za-z0-9]+/g, "_")}`;
}
export const FLAG_MARKER_PREFIX = "SPD_Flag_";

/** Where an own sheet will be written: an existing sheet of ours (cleared in place), or a new one. */
export interface OwnSheetPlan {
  marker: SheetMarker;
  /** The sheet's name: ours as it is now (the user may have renamed it), or the name a new one gets. */
  name: string;
  existing: boolean;
  /** Said to the user when the wanted name belongs to one of their sheets. */
  note?: string;
}

/** Excel sheet names: at most 31 characters, unique regardless of case. */
function freeName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted.toUpperCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = wanted.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toUpperCase())) return name;
  }
}

/**
 * Finds the sheet of ours with this marker (for a scenario, the one also named `wanted`), or picks a
 * free name for a new one. Reads only: the caller checks the targets before anything is written.
 */
export async function planOwnSheet(context: Excel.RequestContext, marker: SheetMarker, wanted: string): Promise<OwnSheetPlan> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const marks = sheets.items.map((s) => ({ name: s.name, mark: s.names.getItemOrNullObject(marker) }));
  for (const m of marks) m.mark.load("name");
  await context.sync();
  const ours = marks.filter((m) => !m.mark.isNullObject).map((m) => m.name);
  // A scenario sheet is ours when it carries the marker and has this scenario's name; the summary is our one marked sheet.
  const mine = marker === "SPD_Summary" ? ours[0] : ours.find((n) => n.toUpperCase() === wanted.toUpperCase());
  if (mine !== undefined) return { marker, name: mine, existing: true };
  const name = freeName(wanted, new Set(sheets.items.map((s) => s.name.toUpperCase())));
  return {
    marker,
    name,
    existing: false,
    ...(name !== wanted ? { note: `Your own sheet "${wanted}" was left as it is; the add-in wrote to "${name}" instead.` } : {}),
  };
}

/**
 * The plan's sheet, empty and ready to write: an existing one of ours is cleared in place (its
 * charts and tables removed, every cell and format cleared), so a user's formula pointing at one of
 * its cells (='SPD Summary'!C8) keeps working; a new one is added and marked. Queued for the caller's sync.
 */
export async function openOwnSheet(context: Excel.RequestContext, plan: OwnSheetPlan): Promise<Excel.Worksheet> {
  if (!plan.existing) {
    const sheet = context.workbook.worksheets.add(plan.name);
    sheet.names.add(plan.marker, sheet.getRange("A1"), MARKER_COMMENT);
    return sheet;
  }
  const sheet = context.workbook.worksheets.getItem(plan.name);
  const charts = sheet.charts.load("items/name");
  const tables = sheet.tables.load("items/name");
  await context.sync();
  for (const chart of charts.items) chart.delete();
  for (const table of tables.items) table.delete();
  sheet.freezePanes.unfreeze();
  sheet.getRange().clear("All");
  return sheet;
}

/** Marks a written flag column (its header cell), replacing an older marker of the same column id. */
export function markFlagColumn(sheet: Excel.Worksheet, columnId: string, header: Excel.Range, replace: boolean): void {
  const marker = flagMarker(columnId);
  if (replace) sheet.names.getItem(marker).delete();
  sheet.names.add(marker, header, FLAG_COMMENT);
}

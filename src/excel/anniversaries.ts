/**
 * The anniversary dates the History view keeps in the workbook: one per designation, as Partner Center
 * keeps them, in a document setting (ExcelApi 1.4, `context.workbook.settings`, per file and per
 * add-in), as the rule options are (./ruleOptions). A reopened pane, or another computer, shows the
 * same renewal status. What is saved is read leniently: an unknown designation or a value that is not
 * a date is left out (the pane then shows that designation as not enrolled), never an error.
 */
import { ALL_DESIGNATION_IDS, DateInputError, parseIsoDate, type DesignationId } from "../engine";
import type { Anniversaries } from "../taskpane/service";

/** The setting's key (settings are already per add-in; the prefix keeps it readable among others). */
export const ANNIVERSARIES_SETTING = "spd.anniversaries";

/** The usable part of a saved value: known designations with real YYYY-MM-DD dates. */
export function usableAnniversaries(value: unknown): Anniversaries {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Anniversaries = {};
  for (const [id, date] of Object.entries(value as Record<string, unknown>)) {
    if (!ALL_DESIGNATION_IDS.includes(id as DesignationId) || typeof date !== "string") continue;
    try {
      parseIsoDate(date, "Anniversary date");
      out[id as DesignationId] = date.trim();
    } catch (error) {
      if (!(error instanceof DateInputError)) throw error;
    }
  }
  return out;
}

export async function readAnniversaries(context: Excel.RequestContext): Promise<Anniversaries> {
  const setting = context.workbook.settings.getItemOrNullObject(ANNIVERSARIES_SETTING);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? {} : usableAnniversaries(setting.value);
}

/** Replaces the saved dates; dates that are not dates are refused (DateInputError) before anything is written. */
export async function saveAnniversaries(context: Excel.RequestContext, anniversaries: Anniversaries): Promise<Anniversaries> {
  const clean: Anniversaries = {};
  for (const [id, date] of Object.entries(anniversaries) as [DesignationId, string | undefined][]) {
    if (!date?.trim()) continue;
    parseIsoDate(date, `${id} anniversary date`);
    clean[id] = date.trim();
  }
  if (Object.keys(clean).length) context.workbook.settings.add(ANNIVERSARIES_SETTING, clean);
  else {
    const setting = context.workbook.settings.getItemOrNullObject(ANNIVERSARIES_SETTING);
    await context.sync();
    if (!setting.isNullObject) setting.delete();
  }
  await context.sync();
  return clean;
}

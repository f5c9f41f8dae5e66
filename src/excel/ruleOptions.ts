/**
 * The rule options "Use these options" keeps in the workbook: a document setting (ExcelApi 1.4,
 * `context.workbook.settings`, per file and per add-in) holding what `spd calibrate --save` writes.
 * The adapter reads it on every score, simulation, Explain and calibration, so the options travel
 * with the workbook: a reopened pane, another computer, the same answers. Every read and change also
 * publishes the options to the SPD.* functions (the shared runtime's state, ../functions/ruleOptions),
 * and a change recalculates the workbook so SPD.* cells follow.
 */
import type { CalibrationResult, SavedOptions, ScoreOptions } from "../engine";
import type { WorkbookRuleOptions } from "../taskpane/service";
import { setFunctionRuleOptions } from "../functions/ruleOptions";

// Checking and describing options needs every rule set: a chunk of its own (rule-options.js), fetched only
// for a workbook that holds saved options or when options are saved, not carried by the pane's page.
const optionCode = () => import(/* webpackChunkName: "rule-options" */ "./ruleOptionCode");

/** The setting's key (settings are already per add-in; the prefix keeps it readable among others). */
export const RULE_OPTIONS_SETTING = "spd.ruleOptions";

/** Options saved in the workbook that cannot be used (edited by hand, or saved by a version that knew other options). */
export class SavedRuleOptionsError extends Error {
  override name = "SavedRuleOptionsError";
}

/** The saved options, checked strictly (known option ids, the file format), or null when none are saved. */
export async function readRuleOptions(context: Excel.RequestContext): Promise<SavedOptions | null> {
  const setting = context.workbook.settings.getItemOrNullObject(RULE_OPTIONS_SETTING);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject) {
    setFunctionRuleOptions([]);
    return null;
  }
  const { CalibrationError, readSavedOptions } = await optionCode();
  try {
    const saved = readSavedOptions(setting.value, "The rule options saved in this workbook");
    setFunctionRuleOptions(saved.options);
    return saved;
  } catch (error) {
    // SPD.* keep the default readings; scores say why (and how to clear it) instead.
    setFunctionRuleOptions([]);
    if (error instanceof CalibrationError)
      throw new SavedRuleOptionsError(`${error.message} Clear them with "Back to the default readings" (Score view, "What does Partner Center show?").`);
    throw error;
  }
}

/** The request's options with the saved ones in force (each once, the saved ones first, as `--options-file` does). */
export async function withRuleOptions(options: ScoreOptions, saved: SavedOptions | null): Promise<ScoreOptions> {
  if (!saved) return options;
  const { mergeOptions } = await optionCode();
  return { ...options, options: mergeOptions(options.options ?? [], saved).options };
}

/** What the pane shows: the saved record and its options described. */
export async function ruleOptionsOf(saved: SavedOptions): Promise<WorkbookRuleOptions> {
  const { describeOptions } = await optionCode();
  return { saved, options: describeOptions(saved.options) };
}

const designationOf = (observed: string) => observed.slice(0, observed.indexOf("/"));

/**
 * Saves the calibration's options. The calibration ran with the saved options in force, so its
 * `options` already keep those of designations it did not calibrate; their records (rule set,
 * status, observed values) are kept too. A saved value that cannot be read is replaced.
 */
export async function saveRuleOptions(context: Excel.RequestContext, calibration: CalibrationResult): Promise<WorkbookRuleOptions> {
  const previous = await readRuleOptions(context).catch((error: unknown) => {
    if (error instanceof SavedRuleOptionsError) return null;
    throw error;
  });
  const { savedOptionsOf } = await optionCode();
  const fresh = savedOptionsOf(calibration);
  const calibrated = Object.keys(fresh.designations);
  const saved: SavedOptions = previous
    ? {
        ...fresh,
        designations: { ...Object.fromEntries(Object.entries(previous.designations).filter(([id]) => !calibrated.includes(id))), ...fresh.designations },
        observed: [...previous.observed.filter((o) => !calibrated.includes(designationOf(o))), ...fresh.observed],
      }
    : fresh;
  context.workbook.settings.add(RULE_OPTIONS_SETTING, saved);
  await context.sync();
  await publish(context, saved.options);
  return ruleOptionsOf(saved);
}

/** Hands the options to SPD.* and, when they changed, recalculates so the SPD.* cells use them. */
async function publish(context: Excel.RequestContext, options: readonly string[]): Promise<void> {
  if (!setFunctionRuleOptions(options)) return;
  context.workbook.application.calculate(Excel.CalculationType.full);
  await context.sync();
}

/**
 * The functions' start-up read (functions.ts): a workbook opened with SPD.* cells and saved options
 * computes with them even before the pane is opened. Options that cannot be used leave the default
 * readings (the pane says why when it opens).
 */
export async function loadFunctionRuleOptions(context: Excel.RequestContext): Promise<void> {
  const saved = await readRuleOptions(context).catch((error: unknown) => {
    if (error instanceof SavedRuleOptionsError) return null;
    throw error;
  });
  const options = saved?.options ?? [];
  // readRuleOptions published them already; recalculate once when there are any (cells may have computed without them).
  if (options.length) {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  }
}

/** Back to the default readings: the setting removed (nothing to do when none is saved). */
export async function clearRuleOptions(context: Excel.RequestContext): Promise<void> {
  const setting = context.workbook.settings.getItemOrNullObject(RULE_OPTIONS_SETTING);
  await context.sync();
  if (!setting.isNullObject) {
    setting.delete();
    await context.sync();
  }
  await publish(context, []);
}

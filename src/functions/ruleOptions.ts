/**
 * The rule options the SPD.* functions apply: the workbook's saved options ("Use these options" in
 * the pane's Calibrate section, the document setting `spd.ruleOptions`). Whoever reads or writes
 * that setting publishes it here: the pane's Excel adapter on every read and change, and the
 * functions' own start-up read (functions.ts) for a workbook opened without the pane.
 *
 * Kept on globalThis: the task pane and the functions are two bundles of one page (the shared
 * runtime), each with its own copy of this module, and both must see the same options.
 */
const KEY = "__spdRuleOptions";

type Holder = { [KEY]?: readonly string[] };

/** The options in force for SPD.* (none: the default readings). */
export function functionRuleOptions(): readonly string[] {
  return (globalThis as Holder)[KEY] ?? [];
}

/** Publishes the options in force; true when they changed (SPD.* cells then need recalculating). */
export function setFunctionRuleOptions(options: readonly string[]): boolean {
  const before = functionRuleOptions();
  const next = [...options];
  (globalThis as Holder)[KEY] = next;
  return before.length !== next.length || before.some((o, i) => o !== next[i]);
}

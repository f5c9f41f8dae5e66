import { scenarioFromCell, scenarioLayout, scenarioSheetName } from "../engine";
import type { SimulationResult } from "../engine";
import type { SavedScenario } from "../taskpane/service";
import { checkWritable } from "./targets";
import { openOwnSheet, planOwnSheet } from "./ownership";
import { writeBlocks } from "./writeBlocks";

/**
 * Writes the scenario and its result to its own sheet, rewriting an earlier save of the same name in
 * place; a user's own sheet of that name is left alone (the save goes to "… (2)").
 */
export async function writeScenarioSheet(context: Excel.RequestContext, result: SimulationResult): Promise<SavedScenario> {
  const plan = await planOwnSheet(context, "SPD_Scenario", scenarioSheetName(result.scenario.name));
  // A protected earlier save is the user's choice: refuse, naming it, rather than clear it.
  if (plan.existing) await checkWritable(context, [], [plan.name]);
  const sheet = await openOwnSheet(context, plan);
  writeBlocks(sheet, plan.name, scenarioLayout(result));
  sheet.activate();
  await context.sync();
  return { sheet: plan.name, scenario: result.scenario };
}

/** Scenarios saved on the add-in's scenario sheets (marked as ours), read back from their data cell (B2). Sheets whose cell was edited away are skipped. */
export async function readSavedScenarios(context: Excel.RequestContext): Promise<SavedScenario[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const marks = sheets.items.map((s) => ({ sheet: s, mark: s.names.getItemOrNullObject("SPD_Scenario").load("name") }));
  await context.sync();
  const ours = marks.filter((m) => !m.mark.isNullObject).map((m) => m.sheet);
  const cells = ours.map((s) => s.getRange("B2").load("values"));
  await context.sync();
  const saved: SavedScenario[] = [];
  ours.forEach((s, i) => {
    const scenario = scenarioFromCell(cells[i].values[0]?.[0]);
    if (scenario) saved.push({ sheet: s.name, scenario });
  });
  return saved;
}

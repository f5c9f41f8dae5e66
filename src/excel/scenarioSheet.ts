import { SCENARIO_SHEET_PREFIX, scenarioFromCell, scenarioLayout, scenarioSheetName } from "../engine";
import type { SimulationResult } from "../engine";
import type { SavedScenario } from "../taskpane/service";
import { checkWritable } from "./targets";
import { freshSheet, writeBlocks } from "./writeBlocks";

/** Writes the scenario and its result to its own sheet, replacing an earlier save of the same name. */
export async function writeScenarioSheet(context: Excel.RequestContext, result: SimulationResult): Promise<SavedScenario> {
  const name = scenarioSheetName(result.scenario.name);
  // A protected earlier save is the user's choice: refuse, naming it, rather than delete it.
  await checkWritable(context, [], [name]);
  const sheet = await freshSheet(context, name);
  writeBlocks(sheet, name, scenarioLayout(result));
  sheet.activate();
  await context.sync();
  return { sheet: name, scenario: result.scenario };
}

/** Scenarios saved on "SPD Scenario …" sheets, read back from their data cell (B2). Sheets whose cell was edited away are skipped. */
export async function readSavedScenarios(context: Excel.RequestContext): Promise<SavedScenario[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const ours = sheets.items.filter((s) => s.name.startsWith(SCENARIO_SHEET_PREFIX));
  const cells = ours.map((s) => s.getRange("B2").load("values"));
  await context.sync();
  const saved: SavedScenario[] = [];
  ours.forEach((s, i) => {
    const scenario = scenarioFromCell(cells[i].values[0]?.[0]);
    if (scenario) saved.push({ sheet: s.name, scenario });
  });
  return saved;
}

// What excelScoringService loads when a sheet of the add-in's own is written or read: the summary and the scenarios.
export { writeSummary } from "./writeSummary";
export { readSavedScenarios, writeScenarioSheet } from "./scenarioSheet";

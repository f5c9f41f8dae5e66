// What ./ruleOptions loads when a workbook holds rule options: their checks and descriptions (every rule set behind them).
export { CalibrationError, describeOptions, mergeOptions, readSavedOptions, savedOptionsOf } from "../engine";

import { calibrate, savedOptionsOf, type Observation, type ParsedInput, type ScoreOptions } from "../engine";
import { calibrationText } from "./calibrationText";
import { saveOptionsFile } from "./optionsFile";

export interface CalibrateRun {
  observed: Observation[];
  json: boolean;
  save?: string;
  /** The --options-file given, and the options that came from it. */
  optionsFile?: string;
  fromFile: string[];
}

/** `spd calibrate`: every combination of the options in force for the observed designations, against the observed values. */
export function runCalibration(input: ParsedInput, scoreOptions: ScoreOptions, run: CalibrateRun): string {
  const result = calibrate(input, run.observed, { ...scoreOptions, rows: false });
  const saved = savedOptionsOf(result);
  if (run.save) saveOptionsFile(run.save, saved);
  const file = run.optionsFile ? { optionsFile: { file: run.optionsFile, options: run.fromFile } } : {};
  if (run.json) return `${JSON.stringify({ ...result, ...file, saved: run.save ? { file: run.save, ...saved } : null })}\n`;
  return `${calibrationText(result, { optionsFile: run.optionsFile, fromFile: run.fromFile, saved: run.save })}\n`;
}

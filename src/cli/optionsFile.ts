import { readFileSync, writeFileSync } from "node:fs";
import { CalibrationError, InputError, readSavedOptions, type SavedOptions } from "../engine";

/** Reads `--options-file`: a missing file, bad JSON or not an options file is unreadable input (exit 3). */
export function loadOptionsFile(path: string): SavedOptions {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path.`, path);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputError(`${path}: not JSON (${(error as Error).message}); write an options file with spd calibrate --save.`, path);
  }
  try {
    return readSavedOptions(json, path);
  } catch (error) {
    if (error instanceof CalibrationError) throw new InputError(error.message, path);
    throw error;
  }
}

/** Writes `--save`: the options file, pretty-printed. */
export function saveOptionsFile(path: string, saved: SavedOptions): void {
  try {
    writeFileSync(path, `${JSON.stringify(saved, null, 2)}\n`);
  } catch (error) {
    throw new InputError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, path);
  }
}

/** "Options from calibration.json: nca-smb-500" (or none). */
export function optionsFileLine(path: string, fromFile: readonly string[]): string {
  return `Options from ${path}: ${fromFile.length ? fromFile.join(", ") : "none (the default readings)"}`;
}

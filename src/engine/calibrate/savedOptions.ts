import { ALL_DESIGNATION_IDS } from "../model/designationNames";
import type { DesignationId } from "../model/ruleTypes";
import { optionsKnownTo } from "./calibrate";
import { CalibrationError, observationText } from "./observed";
import type { CalibrationResult, GroupStatus, SavedOptions } from "./types";

const KIND = "spd-calibrated-options";
const STATUSES: readonly GroupStatus[] = ["matched", "ambiguous", "no-match", "skipped"];

/** What `--save` writes: the options to score with from now on (each group's best combination) and what they were calibrated on. */
export function savedOptionsOf(result: CalibrationResult): SavedOptions {
  const designations: SavedOptions["designations"] = {};
  for (const g of result.groups)
    for (const r of g.ruleSets) designations[r.designation] = { ruleSet: r.id, options: result.byDesignation[r.designation] ?? [], status: g.status };
  const observed = result.groups.flatMap((g) => g.observations.map(observationText));
  return { kind: KIND, version: 1, options: [...result.options], designations, observed, asOf: result.asOf };
}

/**
 * Reads a saved options file (its parsed JSON) strictly: the kind marker, a list of known option ids.
 * `name` is the file name for messages.
 */
export function readSavedOptions(json: unknown, name = "options file"): SavedOptions {
  const fail = (why: string) => new CalibrationError(`${name}: ${why}`);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw fail(`not an options file (expected a JSON object with "kind": "${KIND}").`);
  const o = json as Record<string, unknown>;
  if (o.kind !== KIND) throw fail(`not an options file ("kind" is ${JSON.stringify(o.kind)}, expected "${KIND}"; write one with spd calibrate --save).`);
  if (o.version !== 1) throw fail(`version ${JSON.stringify(o.version)} is not supported (1 is).`);
  if (!Array.isArray(o.options) || o.options.some((x) => typeof x !== "string")) throw fail(`"options" must be a list of option ids.`);
  const known = optionsKnownTo();
  const unknown = (o.options as string[]).filter((x) => !known.includes(x));
  if (unknown.length) throw fail(`unknown option${unknown.length > 1 ? "s" : ""} ${unknown.map((x) => `"${x}"`).join(", ")}. Known: ${known.join(", ")}.`);
  const designations: SavedOptions["designations"] = {};
  if (o.designations !== undefined) {
    if (typeof o.designations !== "object" || o.designations === null || Array.isArray(o.designations)) throw fail(`"designations" must be an object.`);
    for (const [id, raw] of Object.entries(o.designations as Record<string, unknown>)) {
      if (!ALL_DESIGNATION_IDS.includes(id as DesignationId)) throw fail(`unknown designation "${id}" in "designations".`);
      const d = raw as Record<string, unknown> | null;
      if (
        !d ||
        typeof d.ruleSet !== "string" ||
        !Array.isArray(d.options) ||
        d.options.some((x) => typeof x !== "string") ||
        !STATUSES.includes(d.status as GroupStatus)
      )
        throw fail(`"designations"."${id}" must be { "ruleSet": "…", "options": [ … ], "status": "${STATUSES.join('" | "')}" }.`);
      designations[id as DesignationId] = { ruleSet: d.ruleSet, options: [...(d.options as string[])], status: d.status as GroupStatus };
    }
  }
  const observed = Array.isArray(o.observed) ? o.observed.filter((x): x is string => typeof x === "string") : [];
  return { kind: KIND, version: 1, options: [...new Set(o.options as string[])], designations, observed, asOf: typeof o.asOf === "string" ? o.asOf : "" };
}

/** `--option` ids and a saved file's together (each once), and which came from the file. */
export function mergeOptions(given: readonly string[], saved: SavedOptions | null): { options: string[]; fromFile: string[] } {
  const fromFile = saved ? [...saved.options] : [];
  return { options: [...new Set([...fromFile, ...given])], fromFile };
}

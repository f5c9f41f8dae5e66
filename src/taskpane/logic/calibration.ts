/**
 * Calibrate to Partner Center in the pane: the form's fields from the observable catalogue, each
 * typed value read and checked exactly as `spd calibrate --observed` does (the engine's own parser
 * and resolver: never corrected, a message instead), and the result's values printed as Partner
 * Center prints them.
 */
import {
  CalibrationError,
  parseObservation,
  resolveObservation,
  type CalibrationGroup,
  type ObservableCatalogue,
  type ObservableMetric,
  type Observation,
  type OptionDescription,
  type ValueUnit,
} from "../../engine";

/** One box of the form: a metric's value (per part where it has parts), or a track's total. */
export interface ObservedField {
  /** The observed address without the value: `business-applications/smb/net-customer-adds`, `modern-work/smb/usage-growth/CSP`. */
  address: string;
  /** "Net customer adds", "Usage growth · CSP", "Total". */
  label: string;
  unit: ValueUnit;
  /** "e.g. 3", "e.g. 21.39%". */
  example: string;
}

export interface ObservedTrack {
  id: string;
  label: string;
  fields: ObservedField[];
}

export interface ObservedDesignation {
  id: string;
  name: string;
  ruleSet: string;
  tracks: ObservedTrack[];
}

const EXAMPLE: Record<ValueUnit, string> = { count: "e.g. 3", percent: "e.g. 21.39%", usd: "e.g. $5,400", points: "e.g. 56.36" };

function fieldsOf(m: ObservableMetric): ObservedField[] {
  if (m.metric === "total") return [{ address: m.address, label: `Total (of ${m.maxPoints} points)`, unit: "points", example: EXAMPLE.points }];
  if (m.valuePerPart)
    return m.parts.map((p) => ({ address: `${m.address}/${p.id}`, label: `${m.metricLabel} · ${p.label}`, unit: p.unit, example: EXAMPLE[p.unit] }));
  return [{ address: m.address, label: m.metricLabel, unit: m.unit, example: EXAMPLE[m.unit] }];
}

/** The form: per scored designation and track, a box per metric (per association type or part) and the total. */
export function observedForm(catalogue: ObservableCatalogue): ObservedDesignation[] {
  return catalogue.designations.map((d) => ({
    id: d.designation,
    name: d.name,
    ruleSet: d.ruleSet.id,
    tracks: d.tracks.map((t) => ({ id: t.id, label: t.label, fields: t.metrics.flatMap(fieldsOf) })),
  }));
}

export type ReadValue =
  { observation: Observation; error?: undefined } | { observation?: undefined; error: string } | { observation?: undefined; error?: undefined };

/**
 * A typed value read as the command line reads `--observed ADDRESS=VALUE` and checked against the
 * rules the score used: "1,340", "21.39%", "$5,400", "16 pts" (the points earned), "56.4~0.05" (a
 * tolerance). Empty: nothing observed. Otherwise an observation, or the engine's reason in the box's
 * own words (its label instead of the address).
 */
export function readObserved(field: ObservedField, text: string, catalogue: ObservableCatalogue): ReadValue {
  const value = text.trim();
  if (!value) return {};
  const full = `${field.address}=${value}`;
  try {
    const observation = parseObservation(full);
    resolveObservation(observation, catalogue);
    return { observation };
  } catch (error) {
    if (!(error instanceof CalibrationError)) throw error;
    const prefix = `--observed "${full}": `;
    const why = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    const said = why.split(field.address).join(field.label);
    return { error: said.charAt(0).toUpperCase() + said.slice(1) };
  }
}

export { printDifference, printValue } from "../../engine";

/**
 * The label of an observed address in a group's result: "SMB · Net customer adds" ("Usage growth"
 * for a designation with one track), with the designation when the group holds several
 * ("Infrastructure · Usage growth").
 */
export function addressLabel(address: string, catalogue: ObservableCatalogue, group?: Pick<CalibrationGroup, "designations">): string {
  const [designation, track, metric, part] = address.split("/");
  const d = catalogue.designations.find((x) => x.designation === designation);
  const t = d?.tracks.find((x) => x.id === track);
  const m = t?.metrics.find((x) => x.metric === metric);
  if (!d || !t || !m) return address;
  const p = part === undefined ? undefined : (m.parts.find((x) => x.id === part)?.label ?? part);
  // A designation with one track ("All partners") needs no track name.
  const what = `${d.tracks.length > 1 ? `${t.label} · ` : ""}${m.metricLabel}${p ? ` · ${p}` : ""}`;
  return group && group.designations.length === 1 ? what : `${d.name} · ${what}`;
}

/** The options of a combination, described: the group's own labels, else the engine's. */
export function describeCombination(options: readonly string[], group: CalibrationGroup): OptionDescription[] {
  return options.map((id) => {
    const o = group.options.find((x) => x.id === id);
    return { id, label: o?.label ?? id, designations: o?.designations ?? [], changesNothing: false };
  });
}

export const STATUS_TEXT: Record<CalibrationGroup["status"], string> = {
  matched: "Reproduced",
  ambiguous: "Several readings reproduce it",
  "no-match": "None reproduces it",
  skipped: "Not calibrated",
};

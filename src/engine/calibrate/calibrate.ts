import { DESIGNATIONS } from "../designations/registry";
import { DESIGNATION_SHORT_NAMES } from "../model/designationNames";
import { ScoreOptionError, type ScoreAllResult, type ScoreOptions } from "../model/scoreTypes";
import { scoreDesignations } from "../scoring/scoreDesignations";
import type { DesignationId, RuleSetBase } from "../model/ruleTypes";
import type { DesignationResult } from "../model/results";
import type { ParsedInput } from "../input/collector";
import { EPSILON, alternativesOf, observableMetrics, resolveObservations } from "./catalogue";
import { explainDifferences } from "./explainDifference";
import { engineValue, type Scored } from "./values";
import type {
  CalibrateOptions,
  CalibrationGroup,
  CalibrationOption,
  CalibrationResult,
  CombinationResult,
  ObservableCatalogue,
  Observation,
  ObservationCheck,
  OptionDescription,
  ResolvedObservation,
} from "./types";

export const MAX_OPTIONS = 12;

/** Every option id any rule set of these designations knows (every edition), for filtering and checking options. */
export function optionsKnownTo(designations?: readonly DesignationId[]): string[] {
  const scorers = DESIGNATIONS.filter((s) => !designations || designations.includes(s.id));
  return [...new Set(scorers.flatMap((s) => s.ruleSets.flatMap((r: RuleSetBase) => alternativesOf(r).map((a) => a.id))))];
}

/**
 * Options described for people: each id with its label and the designations whose rule sets have it
 * (every edition; the label of the newest rule set that has it). With `ids`, those options in that
 * order (an id no rule set knows is left out); without, every option known.
 */
export function describeOptions(ids?: readonly string[]): OptionDescription[] {
  const all = new Map<string, OptionDescription>();
  for (const s of DESIGNATIONS)
    for (const r of [...s.ruleSets].reverse())
      for (const a of alternativesOf(r as RuleSetBase)) {
        const seen = all.get(a.id);
        if (!seen) all.set(a.id, { id: a.id, label: a.label, designations: [s.id], changesNothing: a.changesNothing });
        else if (!seen.designations.includes(s.id)) seen.designations.push(s.id);
      }
  if (!ids) return [...all.values()];
  return [...new Set(ids)].flatMap((id) => (all.has(id) ? [all.get(id)!] : []));
}

/** The part of `options` the given designations know: scoring only them must not fail on another designation's option. */
export function optionsFor(options: readonly string[], designations?: readonly DesignationId[]): string[] {
  const known = optionsKnownTo(designations);
  return options.filter((o) => known.includes(o));
}

function check(o: ResolvedObservation, results: readonly DesignationResult[]): ObservationCheck {
  const engine = engineValue(
    results.find((d) => d.id === o.designation),
    o
  );
  const difference = engine === null ? null : engine - o.value;
  return {
    address: o.address,
    kind: o.kind,
    unit: o.unit,
    observed: o.value,
    engine,
    difference,
    matches: difference !== null && Math.abs(difference) <= o.tolerance + EPSILON,
  };
}

const comboLabel = (options: readonly string[]) => (options.length ? options.join(" + ") : "default reading");

/** How far a combination is from the observed values: relative differences summed over the values it misses. */
function distance(c: CombinationResult): number {
  return c.checks.reduce((s, k) => s + (k.matches ? 0 : k.difference === null ? 1 : Math.abs(k.difference) / Math.max(1, Math.abs(k.observed))), 0);
}

/** Designations that share an option id are calibrated together (an option switches them all). */
function groupsOf(ids: readonly DesignationId[], optionsOf: (id: DesignationId) => string[]): DesignationId[][] {
  const groups: DesignationId[][] = [];
  for (const id of ids) {
    const mine = optionsOf(id);
    const joined = groups.filter((g) => g.some((other) => optionsOf(other).some((o) => mine.includes(o))));
    const merged = [...joined.flat(), id];
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const order = (id: DesignationId) => ids.indexOf(id);
  return groups.map((g) => g.sort((a, b) => order(a) - order(b))).sort((a, b) => order(a[0]) - order(b[0]));
}

/** Metrics (every track, every part) whose values differ between the matching combinations. */
function distinguishing(group: DesignationId[], catalogue: ObservableCatalogue, matching: Scored[], observed: readonly ResolvedObservation[]): string[] {
  const out: string[] = [];
  for (const d of catalogue.designations.filter((x) => group.includes(x.designation)))
    for (const track of d.tracks)
      for (const metric of track.metrics) {
        const keys = metric.valuePerPart ? metric.parts.map((p) => p.id) : [undefined];
        for (const part of keys) {
          const kind = metric.metric === "total" ? "points" : "value";
          const address = `${metric.address}${part ? `/${part}` : ""}`;
          if (observed.some((o) => o.address === address)) continue;
          const values = matching.map((m) =>
            engineValue(
              m.results.find((r) => r.id === d.designation),
              { track: track.id, metric: metric.metric, part, kind }
            )
          );
          if (values.some((v) => v === null || Math.abs(v - values[0]!) > 1e-6)) out.push(address);
        }
      }
  return out;
}

/**
 * Calibrates the rule readings to what Partner Center shows. For each group of observed designations
 * (designations sharing an option are one group), every combination of the named alternatives of their
 * rule sets in force (the same as-of month and `--rules` as `baseOptions`) is scored, and each observed
 * value checked within its tolerance. Returns the combinations ranked, which reproduce everything, the
 * best one's remaining differences, and the tenants the readings count differently.
 */
export function calibrate(
  input: ParsedInput,
  observed: readonly Observation[],
  baseOptions: ScoreOptions = {},
  options: CalibrateOptions = {}
): CalibrationResult {
  const maxOptions = options.maxOptions ?? MAX_OPTIONS;
  const baseList = baseOptions.options ?? [];
  const unknownBase = baseList.filter((o) => !optionsKnownTo().includes(o));
  if (unknownBase.length)
    throw new ScoreOptionError(
      `Unknown rule option${unknownBase.length > 1 ? "s" : ""} ${unknownBase.map((o) => `"${o}"`).join(", ")}. Known: ${optionsKnownTo().join(", ")}.`
    );
  const base: ScoreAllResult = scoreDesignations(input, { ...baseOptions, options: optionsFor(baseList, baseOptions.designations), rows: false });
  const catalogue = observableMetrics(base);
  const resolved = resolveObservations(observed, catalogue);

  const observedIds = catalogue.designations.map((d) => d.designation).filter((id) => resolved.some((o) => o.designation === id));
  const inForce = (id: DesignationId) => catalogue.designations.find((d) => d.designation === id)!;
  const optionIds = (id: DesignationId) =>
    inForce(id)
      .options.filter((o) => !o.changesNothing)
      .map((o) => o.id);

  const groups: CalibrationGroup[] = [];
  const byDesignation: CalibrationResult["byDesignation"] = {};
  let merged = [...baseList];
  for (const ids of groupsOf(observedIds, optionIds)) {
    const offered: CalibrationOption[] = [];
    const ignored: CalibrationGroup["ignored"] = [];
    for (const id of ids)
      for (const { changesNothing, ...alt } of inForce(id).options) {
        if (changesNothing) {
          if (!ignored.some((o) => o.id === alt.id)) ignored.push({ id: alt.id, why: "changes nothing in these rules (an id kept for earlier command lines)" });
          continue;
        }
        const seen = offered.find((o) => o.id === alt.id);
        if (seen) seen.designations.push(id);
        else offered.push({ ...alt, designations: [id] });
      }
    const observations = resolved.filter((o) => ids.includes(o.designation));
    const group: CalibrationGroup = {
      designations: ids,
      name: ids.map((id) => DESIGNATION_SHORT_NAMES[id]).join(", "),
      ruleSets: ids.map((id) => ({ designation: id, id: inForce(id).ruleSet.id, asOf: inForce(id).asOf })),
      options: offered,
      ignored,
      observations,
      tried: 0,
      status: "skipped",
      combinations: [],
      matching: [],
      best: null,
      distinguishing: [],
      differences: [],
      explanations: [],
      alsoAffects: [],
    };
    groups.push(group);
    const others = optionsFor(
      baseList.filter((o) => !offered.some((x) => x.id === o)),
      ids
    );
    // An option that moves none of the values given is not decided by them: it keeps its current reading.
    const engineValues = (chosen: string[]) => {
      const run = scoreDesignations(input, { ...baseOptions, options: [...others, ...chosen], designations: ids, rows: false });
      return observations.map((o) => check(o, run.report.designations).engine);
    };
    const plain = engineValues([]);
    const moves = (o: CalibrationOption) =>
      engineValues([o.id]).some((v, i) => (v === null || plain[i] === null ? v !== plain[i] : Math.abs(v - plain[i]!) > EPSILON));
    for (const o of [...offered]) {
      if (moves(o)) continue;
      offered.splice(offered.indexOf(o), 1);
      ignored.push({ id: o.id, why: "moves none of the values given, so they cannot tell its readings apart (it keeps the current one)" });
    }
    if (offered.length > maxOptions) {
      group.skipped = `${offered.length} option${offered.length === 1 ? " applies" : "s apply"} (${offered.map((o) => o.id).join(", ")}); at most ${maxOptions} are tried together (2^${maxOptions} combinations). Calibrate fewer designations at once.`;
      continue;
    }
    const ids2 = offered.map((o) => o.id);
    const current = baseList.filter((o) => ids2.includes(o));
    const scored: Scored[] = [];
    for (let mask = 0; mask < 1 << offered.length; mask++) {
      const chosen = ids2.filter((_, i) => mask & (1 << i));
      // Two readings of the same setting are alternatives to each other, never applied together.
      const sets = offered.filter((o) => chosen.includes(o.id)).flatMap((o) => o.sets);
      if (new Set(sets).size < sets.length) continue;
      const run = scoreDesignations(input, { ...baseOptions, options: [...others, ...chosen], designations: ids, rows: false });
      const checks = observations.map((o) => check(o, run.report.designations));
      const mismatches = checks.filter((c) => !c.matches).length;
      scored.push({
        combination: {
          options: chosen,
          label: comboLabel(chosen),
          matches: mismatches === 0,
          mismatches,
          checks,
          current: chosen.length === current.length && chosen.every((o) => current.includes(o)),
        },
        results: run.report.designations,
      });
    }
    group.tried = scored.length;
    scored.sort((a, b) => {
      const x = a.combination;
      const y = b.combination;
      if (x.matches !== y.matches) return x.matches ? -1 : 1;
      if (x.matches) return Number(y.current) - Number(x.current) || x.options.length - y.options.length;
      return x.mismatches - y.mismatches || distance(x) - distance(y) || Number(y.current) - Number(x.current) || x.options.length - y.options.length;
    });
    group.combinations = scored.map((s) => s.combination);
    const matching = scored.filter((s) => s.combination.matches);
    group.matching = matching.map((s) => s.combination.options);
    group.best = group.combinations[0];
    group.status = matching.length === 1 ? "matched" : matching.length > 1 ? "ambiguous" : "no-match";
    if (matching.length > 1) group.distinguishing = distinguishing(ids, catalogue, matching, observations);
    group.differences = group.best.checks.filter((c) => !c.matches);
    const best = group.best.options;
    group.alsoAffects = catalogue.designations
      .filter((d) => !ids.includes(d.designation) && d.options.some((o) => !o.changesNothing && best.includes(o.id)))
      .map((d) => d.designation);
    if (options.explain !== false) group.explanations = explainDifferences(input, baseOptions, others, group, scored, options);
    for (const id of ids) byDesignation[id] = best.filter((o) => optionIds(id).includes(o));
    merged = [...merged.filter((o) => !ids2.includes(o)), ...best];
  }
  return { asOf: base.report.asOf, baseline: base.report.baseline, groups, baseOptions: [...baseList], options: merged, byDesignation, maxOptions };
}

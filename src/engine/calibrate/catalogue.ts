import { ALL_DESIGNATION_IDS, DESIGNATION_SHORT_NAMES } from "../model/designationNames";
import { DESIGNATIONS } from "../designations/registry";
import type { DesignationId, MetricRule, RuleSetBase, TrackId } from "../model/ruleTypes";
import type { ScoreAllResult } from "../model/scoreTypes";
import { CalibrationError } from "./observed";
import type { ObservableCatalogue, ObservableDesignation, ObservableMetric, ObservablePart, Observation, ResolvedObservation, ValueUnit } from "./types";

/** How close the engine must come, per unit: Partner Center prints points and percentages to 2 decimals, money to the dollar, counts whole. */
export const TOLERANCE: Record<ValueUnit, number> = { count: 0, percent: 0.005, usd: 0.5, points: 0.005 };

/** Floating-point noise allowed on top of every tolerance. */
export const EPSILON = 1e-9;

export interface Alternative {
  id: string;
  label: string;
  source: string;
  /** The settings it changes: two alternatives that change the same setting are never applied together. */
  sets: string[];
  /** It sets nothing the rule set does not already have (an id kept for old command lines). */
  changesNothing: boolean;
}

/** A setting's value without its provenance: `source` and `note` do not change what is computed. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (o: object) => Object.keys(o).filter((k) => k !== "source" && k !== "note");
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The named alternatives of a rule set (none when it has no `alternatives`). */
export function alternativesOf(rules: RuleSetBase): Alternative[] {
  const r = rules as RuleSetBase & { alternatives?: unknown; settings?: Record<string, unknown> };
  if (!Array.isArray(r.alternatives)) return [];
  return (r.alternatives as { id: string; label: string; source: string; set?: Record<string, unknown> }[]).map((a) => {
    const set = a.set ?? {};
    const sets = Object.keys(set);
    return { id: a.id, label: a.label, source: a.source, sets, changesNothing: sets.every((k) => sameValue(set[k], r.settings?.[k])) };
  });
}

/** The unit of a value from the rule's noun ("USD of …", "percentage points of …", else a count). */
function unitOfNoun(noun: readonly string[]): ValueUnit {
  const words = noun.join(" ");
  if (/\bUSD\b|\$/.test(words)) return "usd";
  if (/percentage point/i.test(words)) return "percent";
  return "count";
}

function partsOf(rule: MetricRule): { parts: ObservablePart[]; valuePerPart: boolean } {
  const target = rule.target;
  const unit = unitOfNoun(rule.unit);
  switch (target.kind) {
    case "per-association":
      return { parts: Object.keys(target.targets).map((id) => ({ id, label: id, unit })), valuePerPart: true };
    case "parts":
      return { parts: target.parts.map((p) => ({ id: p.id, label: p.label, unit: unitOfNoun(p.unit) })), valuePerPart: true };
    default:
      return { parts: [], valuePerPart: false };
  }
}

/** What Partner Center shows for one designation under a rule set: every track's metrics and its total. */
export function observableDesignation(rules: RuleSetBase, asOf: string): ObservableDesignation {
  const name = DESIGNATION_SHORT_NAMES[rules.designation];
  return {
    designation: rules.designation,
    name,
    ruleSet: { id: rules.id, name: rules.name },
    asOf,
    options: alternativesOf(rules),
    tracks: rules.tracks.map((track) => {
      const base = (metric: string) => `${rules.designation}/${track.id}/${metric}`;
      const metrics: ObservableMetric[] = track.metrics.map((rule) => ({
        address: base(rule.id),
        designation: rules.designation,
        track: track.id,
        trackLabel: track.label,
        metric: rule.id,
        metricLabel: rule.label,
        label: `${name} · ${track.label} · ${rule.label}`,
        unit: unitOfNoun(rule.unit),
        ...partsOf(rule),
        maxPoints: rule.maxPoints.value,
      }));
      metrics.push({
        address: base("total"),
        designation: rules.designation,
        track: track.id,
        trackLabel: track.label,
        metric: "total",
        metricLabel: "Total",
        label: `${name} · ${track.label} · Total`,
        unit: "points",
        parts: [],
        valuePerPart: false,
        maxPoints: track.metrics.reduce((s, m) => s + m.maxPoints.value, 0),
      });
      return { id: track.id, label: track.label, metrics };
    }),
  };
}

/**
 * The metrics an observed-values form should offer, per scored designation, under the rule sets the
 * score used (the same as-of month and `--rules`): designation / track / metric / part, labels, units
 * and maximum points. Designations the exports cannot score are listed with the reason.
 */
export function observableMetrics(scored: ScoreAllResult): ObservableCatalogue {
  const catalogue: ObservableCatalogue = { designations: [], notScored: [] };
  for (const outcome of scored.outcomes) {
    const result = scored.report.designations.find((d) => d.id === outcome.id);
    if (!outcome.rules || !result?.scored) {
      catalogue.notScored.push({ designation: outcome.id, name: DESIGNATION_SHORT_NAMES[outcome.id], reason: result?.needs ?? "not scored" });
      continue;
    }
    // The rule set as defined, not as switched by the options the score was run with.
    const defined = DESIGNATIONS.find((s) => s.id === outcome.id)?.ruleSets.find((r: RuleSetBase) => r.id === outcome.rules!.id) ?? outcome.rules;
    catalogue.designations.push(observableDesignation(defined, result.asOf ?? scored.report.asOf));
  }
  return catalogue;
}

/** Names compare without case, spaces or punctuation: "Data & AI" = "data-ai", "All partners" = "allpartners". */
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

function pick<T>(items: readonly T[], given: string, names: (t: T) => string[]): T | undefined {
  const n = norm(given);
  return items.find((t) => names(t).some((x) => norm(x) === n));
}

const TRACK_ALIASES: Partial<Record<TrackId, string[]>> = { single: ["all", "all partners"] };

function formatValue(o: Observation): string {
  return `${o.value}${o.kind === "points" ? "pts" : ""}`;
}

/** Checks one observation against the catalogue: every name known, a part where the value has parts, a whole number for counts. */
export function resolveObservation(o: Observation, catalogue: ObservableCatalogue): ResolvedObservation {
  const text = o.text ?? `${o.designation}/${o.track}/${o.metric}${o.part ? `/${o.part}` : ""}=${formatValue(o)}`;
  const fail = (why: string) => new CalibrationError(`--observed "${text}": ${why}`);
  const known = (id: DesignationId) => [id, DESIGNATION_SHORT_NAMES[id]];
  const designation = pick(catalogue.designations, o.designation, (d) => known(d.designation));
  if (!designation) {
    const missing = pick(catalogue.notScored, o.designation, (d) => known(d.designation));
    if (missing) throw fail(`${missing.designation} is not scored from these exports (${missing.reason.replace(/\.$/, "")}), so it cannot be calibrated.`);
    const other = pick(ALL_DESIGNATION_IDS, o.designation, known);
    if (other)
      throw fail(
        `${other} is not among the designations scored (see --designation); use one of ${catalogue.designations.map((x) => x.designation).join(", ")}.`
      );
    throw fail(`unknown designation "${o.designation}"; use one of ${catalogue.designations.map((x) => x.designation).join(", ") || "(none scored)"}.`);
  }
  const d = designation.designation;
  const track = pick(designation.tracks, o.track, (t) => [t.id, t.label, ...(TRACK_ALIASES[t.id] ?? [])]);
  if (!track) {
    // A track of another edition of the rules: say which, so the partner can pick those rules.
    const elsewhere = DESIGNATIONS.find((s) => s.id === d)?.ruleSets.find((r: RuleSetBase) => r.tracks.some((t) => pick([t], o.track, (x) => [x.id, x.label])));
    const hint = elsewhere ? ` ("${o.track}" is a track of ${elsewhere.id}: add --rules ${elsewhere.edition} or the --as-of month it is in force)` : "";
    throw fail(`unknown track "${o.track}" for ${d} (rules ${designation.ruleSet.id}); use one of ${designation.tracks.map((t) => t.id).join(", ")}${hint}.`);
  }
  const metric = pick(track.metrics, o.metric, (m) => [m.metric, m.metricLabel, ...(m.metric === "total" ? ["score", "total points"] : [])]);
  if (!metric) throw fail(`unknown metric "${o.metric}" for ${d}/${track.id}; use one of ${track.metrics.map((m) => m.metric).join(", ")}.`);
  let part: ObservablePart | undefined;
  if (o.part !== undefined) {
    if (!metric.parts.length) throw fail(`${metric.address} has one value, no parts; drop "/${o.part}".`);
    part = pick(metric.parts, o.part, (p) => [p.id, p.label]);
    if (!part)
      throw fail(
        `unknown ${metric.valuePerPart && metric.parts.every((p) => p.id === p.label) ? "association type" : "part"} "${o.part}" for ${metric.address}; use one of ${metric.parts.map((p) => p.id).join(", ")}.`
      );
  }
  // The total is points whichever way it is typed.
  const kind = metric.metric === "total" ? "points" : o.kind;
  if (kind === "value" && metric.valuePerPart && !part) {
    const example = metric.parts[metric.parts.length - 1].id;
    throw fail(
      `${metric.address} has a value per ${metric.parts.every((p) => p.id === p.label) ? "association type" : "part"}: give one of ${metric.parts.map((p) => p.id).join(", ")} (e.g. ${metric.address}/${example}=${o.value}), or its points (${metric.address}=${o.value}pts).`
    );
  }
  const unit: ValueUnit = kind === "points" ? "points" : (part?.unit ?? metric.unit);
  if (o.unit && o.unit !== unit)
    throw fail(
      `${metric.address}${part ? `/${part.id}` : ""} ${kind === "points" ? "is given in points" : `is a ${unit === "count" ? "count" : unit === "usd" ? "dollar amount" : "percentage"}`}, not ${o.unit === "usd" ? "dollars" : "a percentage"}.`
    );
  if (unit === "count" && !Number.isInteger(o.value))
    throw fail(`${metric.address}${part ? `/${part.id}` : ""} is a count: give a whole number, not ${o.value}.`);
  if (o.tolerance !== undefined && !(o.tolerance >= 0)) throw fail(`a tolerance is 0 or more.`);
  const address = `${metric.address}${part ? `/${part.id}` : ""}`;
  return {
    address,
    designation: d,
    track: track.id,
    metric: metric.metric,
    ...(part ? { part: part.id } : {}),
    kind,
    value: o.value,
    unit,
    tolerance: o.tolerance ?? TOLERANCE[unit],
    label: `${metric.label}${part ? ` (${part.label})` : ""}${kind === "points" && metric.metric !== "total" ? " (points)" : ""}`,
    text,
  };
}

/** Resolves every observation; the same address and kind given twice with different values is an error. */
export function resolveObservations(observations: readonly Observation[], catalogue: ObservableCatalogue): ResolvedObservation[] {
  if (!observations.length) throw new CalibrationError("Give at least one observed value (--observed DESIGNATION/TRACK/METRIC=VALUE).");
  const out: ResolvedObservation[] = [];
  for (const o of observations) {
    const r = resolveObservation(o, catalogue);
    const same = out.find((x) => x.address === r.address && x.kind === r.kind);
    if (same && same.value !== r.value)
      throw new CalibrationError(`--observed "${r.text}" and "${same.text}" give ${r.address}${r.kind === "points" ? " points" : ""} two values.`);
    if (!same) out.push(r);
  }
  return out;
}

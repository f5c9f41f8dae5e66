import type { MetricResult, PerAssociation, TrackResult } from "../model/results";
import type { GenericTrackRule, MetricRule } from "../model/ruleTypes";
import { formatPoints } from "../model/points";
import { metricValue } from "../model/metricSpace";
import type { ScoredVariant } from "./scenario";
import { noun, signed, signedPoints, value } from "../model/text";
import type { MetricEffect, TrackEffect } from "../model/effects";

export type { MetricEffect, TrackEffect };

// Values and points are full precision: differences under this are rounding noise, not effects.
const EPS = 1e-9;

/** A metric value as a number per key ("" for a single value). */
function byKey(result: MetricResult): Record<string, number> {
  if (result.steps) return Object.fromEntries(result.steps.map((s) => [s.id, s.people]));
  const v = metricValue(result);
  return typeof v === "number" ? { "": v } : v;
}

function unitsOf(after: MetricResult, before: MetricResult): number | PerAssociation {
  const a = byKey(after);
  const b = byKey(before);
  if ("" in a || "" in b) return (a[""] ?? 0) - (b[""] ?? 0);
  const out: PerAssociation = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = (a[key] ?? 0) - (b[key] ?? 0);
    if (Math.abs(d) > EPS) out[key] = d;
  }
  return out;
}

export function unitsMove(units: number | PerAssociation): boolean {
  return typeof units === "number" ? Math.abs(units) > EPS : Object.keys(units).length > 0;
}

/** The size of a change in units, for ordering: |Δ|, summed over association types or parts. */
export function unitSize(units: number | PerAssociation): number {
  return typeof units === "number" ? Math.abs(units) : Object.values(units).reduce((s, u) => s + Math.abs(u), 0);
}

/** The noun of one association type / part of a metric ("CSP deployments", "Azure net customer adds"). */
function unitText(rule: MetricRule, units: number | PerAssociation): string {
  if (typeof units === "number") return `${signed(units)} ${noun(units, rule.unit)}`;
  const target = rule.target;
  return Object.entries(units)
    .map(([key, u]) => {
      if (target.kind === "parts") {
        const part = target.parts.find((p) => p.id === key);
        if (part) return `${signed(u)} ${noun(u, part.unit)}`;
      }
      if (target.kind === "steps") return `${signed(u)} ${noun(u, rule.unit)} (${target.steps.find((s) => s.id === key)?.label ?? key})`;
      return `${signed(u)} ${key} ${noun(u, rule.unit)}`;
    })
    .join(", ");
}

/** "48 or 49 of 10", "CSP 48 or 49 of 10": the value before and after, and the value for full points. */
/** How a key of a metric's value reads: an association type as is, a part or step by its label ("M365"). */
function keyLabel(rule: MetricRule, key: string): string {
  const target = rule.target;
  if (target.kind === "parts") return target.parts.find((p) => p.id === key)?.label ?? key;
  if (target.kind === "steps") return target.steps.find((p) => p.id === key)?.label ?? key;
  return key;
}

function valuesText(rule: MetricRule, after: MetricResult, before: MetricResult, units: number | PerAssociation): string {
  const of = (r: MetricResult, key: string) => (typeof r.value === "number" ? r.value : (r.value[key] ?? 0));
  const target = (key: string) => (typeof after.target === "number" ? after.target : (after.target[key] ?? 0));
  const keys = typeof units === "number" ? [""] : Object.keys(units);
  return keys.map((k) => `${k ? `${keyLabel(rule, k)} ` : ""}${value(of(before, k))} or ${value(of(after, k))} of ${value(target(k))}`).join(", ");
}

/** Why units that move leave the points where they are. */
function stillNote(rule: MetricRule, after: MetricResult, before: MetricResult, units: number | PerAssociation): string {
  const blocked = after.blocked ?? before.blocked;
  if (blocked) return `scores 0 either way: ${blocked}`;
  const max = after.maxPoints;
  if (after.points >= max - EPS && before.points >= max - EPS)
    return `already capped at ${formatPoints(max)} points either way (${valuesText(rule, after, before, units)})`;
  if (typeof units === "object") {
    const keys = Object.keys(units);
    const names = keys.map((k) => keyLabel(rule, k)).join(" and ");
    // An association type or part at or below 0 earns 0 whatever it moves by (its points are floored per key).
    const floored = keys.filter((k) => (after.pointsBy?.[k] ?? 0) <= EPS && (before.pointsBy?.[k] ?? 0) <= EPS);
    if (after.pointsBy && floored.length === keys.length)
      return `${names} ${keys.length > 1 ? "stay" : "stays"} at or below 0 either way and ${keys.length > 1 ? "earn" : "earns"} no points (${valuesText(rule, after, before, units)})`;
    if (after.bestAssociation && before.bestAssociation) {
      const best = new Set([after.bestAssociation, before.bestAssociation]);
      if (!keys.some((k) => best.has(k)))
        return `${names} ${keys.length > 1 ? "earn" : "earns"} fewer points than ${[...best].join(" / ")}, and only the association type that earns most counts`;
    }
  }
  if (after.points <= EPS && before.points <= EPS) return `0 points either way: the value stays at or below 0 (${valuesText(rule, after, before, units)})`;
  return "the points do not change";
}

export function metricEffect(rule: MetricRule, after: MetricResult, before: MetricResult): MetricEffect | null {
  const units = unitsOf(after, before);
  const points = after.points - before.points;
  const moves = unitsMove(units);
  if (!moves && Math.abs(points) <= EPS) return null;
  const still = Math.abs(points) <= EPS;
  const note = moves && still ? stillNote(rule, after, before, units) : undefined;
  const what = moves ? unitText(rule, units) : after.label;
  const text = `${what} (${still ? "0 points" : signedPoints(points)}${note ? `: ${note}` : ""})`;
  return { metric: after.id, label: after.label, units, points: still ? 0 : points, ...(note ? { note } : {}), text };
}

export function trackEffect(rule: GenericTrackRule, after: TrackResult, before: TrackResult): TrackEffect {
  const metrics: MetricEffect[] = [];
  for (const m of after.metrics) {
    const was = before.metrics.find((x) => x.id === m.id);
    const metricRule = rule.metrics.find((r) => r.id === m.id);
    if (!was || !metricRule) continue;
    const e = metricEffect(metricRule, m, was);
    if (e) metrics.push(e);
  }
  const points = after.total - before.total;
  return { track: after.id, label: after.label, points: Math.abs(points) <= EPS ? 0 : points, metrics };
}

/** Every track's effect, after − before (tracks in the rule set's order). */
export function trackEffects(rules: { tracks: GenericTrackRule[] }, after: ScoredVariant, before: ScoredVariant): TrackEffect[] {
  const out: TrackEffect[] = [];
  for (const rule of rules.tracks) {
    const a = after.tracks.find((t) => t.id === rule.id);
    const b = before.tracks.find((t) => t.id === rule.id);
    if (a && b) out.push(trackEffect(rule, a, b));
  }
  return out;
}

/** "−1 net customer add (−2 points), −340 CSP MAU growth (−5.1 points)", or what nothing moving means. */
export function effectsText(effect: TrackEffect | undefined): string {
  if (!effect || !effect.metrics.length) return "no effect on any metric";
  return effect.metrics.map((m) => m.text).join(", ");
}

/**
 * The counting track's effects; when only other tracks move, those, with the track that counts named
 * ("no effect on the SMB track, which counts; Enterprise: +1 CPOR deployment (+5 points)").
 */
export function scenarioText(tracks: readonly TrackEffect[], counting: string): string {
  const own = tracks.find((t) => t.track === counting);
  if (own?.metrics.length || tracks.length < 2) return effectsText(own);
  const others = tracks.filter((t) => t.track !== counting && t.metrics.length);
  if (!others.length) return "no effect on any metric";
  return `no effect on the ${own?.label ?? counting} track, which counts; ${others.map((t) => `${t.label}: ${effectsText(t)}`).join("; ")}`;
}

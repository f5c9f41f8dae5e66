import type { MetricResult, TrackResult } from "./results";
import type { Qualification } from "./points";
import type { GenericTrackRule, MetricId, MetricRule } from "./ruleTypes";
import { metricResult, trackResult, type MetricValue } from "./trackResult";

/**
 * Units added to one metric of one track: "10 more net customer adds", "2 more people in the
 * Step 3 certification". `lever` names the association type (CSP, CPOR), part (azure, m365) or
 * certification step the units go to; without it, the metric's best association, first part or
 * scoring step.
 */
export interface UnitChange {
  metric: MetricId;
  lever?: string;
  units: number;
}

/** The raw value a metric result was scored from, so it can be scored again with more units. */
export function metricValue(result: MetricResult): MetricValue {
  if (result.steps) return Object.fromEntries(result.steps.map((s) => [s.id, s.people]));
  return typeof result.value === "number" ? result.value : { ...result.value };
}

/** The lever units go to when none is named. */
export function defaultLever(rule: MetricRule, result: MetricResult): string | undefined {
  const target = rule.target;
  switch (target.kind) {
    case "single":
      return undefined;
    case "per-association":
      return result.bestAssociation ?? Object.keys(target.targets)[0];
    case "parts":
      return target.parts[0].id;
    case "steps":
      return target.steps[target.steps.length - 1].id;
  }
}

/** Every lever a metric has: association types, parts or steps ([undefined] for a single target). */
export function leversOf(rule: MetricRule): (string | undefined)[] {
  const target = rule.target;
  switch (target.kind) {
    case "single":
      return [undefined];
    case "per-association":
      return Object.keys(target.targets);
    case "parts":
      return target.parts.map((p) => p.id);
    case "steps":
      return target.steps.map((s) => s.id);
  }
}

export class UnknownLeverError extends Error {
  override name = "UnknownLeverError";
}

/** `value` with `units` more on `lever`. */
export function addUnits(rule: MetricRule, result: MetricResult, value: MetricValue, lever: string | undefined, units: number): MetricValue {
  const key = lever ?? defaultLever(rule, result);
  if (key === undefined) return (typeof value === "number" ? value : 0) + units;
  if (!leversOf(rule).includes(key)) throw new UnknownLeverError(`${rule.label} has no "${key}"; use ${leversOf(rule).join(", ")}.`);
  const record = typeof value === "number" ? {} : { ...value };
  record[key] = (record[key] ?? 0) + units;
  return record;
}

/**
 * The metric scored again from another value with the engine's own point rule. A blocked metric
 * (growth baseline under the minimum) keeps 0 points whatever the value.
 */
export function rescoreMetric(rule: MetricRule, result: MetricResult, value: MetricValue): MetricResult {
  const extra: Partial<MetricResult> = result.basis ? { basis: result.basis } : {};
  const scored = metricResult(rule, value, extra);
  if (!result.blocked) return scored;
  return { ...scored, points: 0, blocked: result.blocked, gaps: result.gaps };
}

/** A track scored again with unit changes applied to its metrics' values. */
export function rescoreTrack(rule: GenericTrackRule, result: TrackResult, changes: readonly UnitChange[], minTotal: number | Qualification): TrackResult {
  const metrics = result.metrics.map((m) => {
    const own = changes.filter((c) => c.metric === m.id);
    if (!own.length) return m;
    const metricRule = rule.metrics.find((r) => r.id === m.id);
    if (!metricRule) return m;
    let value = metricValue(m);
    for (const c of own) value = addUnits(metricRule, m, value, c.lever, c.units);
    return rescoreMetric(metricRule, m, value);
  });
  return { ...trackResult(rule, metrics, minTotal), ...(result.note ? { note: result.note } : {}) };
}

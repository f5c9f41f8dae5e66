import { designationVerdict } from "../model/verdict";
import { qualificationOf } from "../model/points";
import type { ParsedInput } from "../input/collector";
import type { DesignationResult, TrackResult } from "../model/results";
import type { DesignationId, MetricId, TrackId } from "../model/ruleTypes";
import { scoreDesignations } from "../scoring/scoreDesignations";
import { knownAlternatives } from "../model/ruleSelection";
import { moduleOf } from "../designations/registry";
import type { MetricValue } from "../model/trackResult";
import { metricValue, rescoreTrack, type UnitChange } from "../model/metricSpace";
import type { DesignationBase, ExplainContext } from "./context";
import { TENANT_METRICS } from "./designationExports";
import type { TenantMetricValues } from "../model/tenantValues";
import { parseIsoMonth } from "../parse/months";

/** A designation scored under some change (a tenant left out, a tenant's rows raised). */
export interface ScoredVariant {
  tracks: TrackResult[];
  /** The track that counts in this scenario, its total, and whether the designation qualifies. */
  counting: TrackId;
  total: number;
  qualified: boolean;
}

/** Tenant-metric values per track (metric id → value), as MetricValue. */
export type TrackValues = TenantMetricValues;

export function baseScenario(d: DesignationBase): ScoredVariant {
  return { tracks: d.result.tracks, counting: d.result.countingTrack!, total: d.result.total, qualified: d.result.qualified };
}

function verdictScenario(d: DesignationBase, tracks: TrackResult[]): ScoredVariant {
  const v = designationVerdict(d.rules, tracks, d.score.classification);
  return { tracks, counting: v.counting.id, total: v.counting.total, qualified: v.qualified };
}

/** Scores `ids` on another input at each one's base as-of month, with the base's rules and options. */
function scoreAt(ctx: ExplainContext, input: ParsedInput, ids: readonly DesignationId[], count: "rescores" | "tenantScores") {
  const byAsOf = new Map<string, DesignationId[]>();
  for (const id of ids) {
    const d = ctx.designations.find((x) => x.id === id);
    if (!d) continue;
    byAsOf.set(d.asOf, [...(byAsOf.get(d.asOf) ?? []), id]);
  }
  const results = new Map<DesignationId, DesignationResult>();
  for (const [asOf, group] of byAsOf) {
    ctx.stats[count]++;
    // The options in force name other designations' alternatives too (growth-ttm is Azure's): pass each group only its own.
    const known = knownAlternatives(group.flatMap((id) => moduleOf(id).ruleSets));
    const options = ctx.options.options?.filter((o) => known.includes(o));
    const scored = scoreDesignations(input, { ...ctx.options, ...(options ? { options } : {}), asOf, designations: group, rows: false });
    for (const r of scored.report.designations) results.set(r.id, r);
  }
  return results;
}

/**
 * The designations scored again on another input (the base's as-of months, rules and options). A
 * designation the input can no longer score (its only tenant left) keeps its certifications and has
 * nothing in its tenant metrics.
 */
export function rescored(ctx: ExplainContext, input: ParsedInput, ids: readonly DesignationId[]): Map<DesignationId, ScoredVariant> {
  const out = new Map<DesignationId, ScoredVariant>();
  for (const [id, r] of scoreAt(ctx, input, ids, "rescores")) {
    const d = ctx.designations.find((x) => x.id === id)!;
    if (r.scored) {
      out.set(id, { tracks: r.tracks, counting: r.countingTrack!, total: r.total, qualified: r.qualified });
      continue;
    }
    const values = new Map(
      d.result.tracks.map((t) => [t.id, new Map(t.metrics.filter((m) => TENANT_METRICS.includes(m.id)).map((m) => [m.id, metricValue(m)]))])
    );
    out.set(id, shifted(d, values, -1));
  }
  return out;
}

/**
 * The tenant-metric values an input holding one customer's rows gives each designation: from the
 * module's tenantValues where it has one (no points, sides or texts), otherwise from a score.
 */
export function valuesAlone(ctx: ExplainContext, single: ParsedInput, ids: readonly DesignationId[]): Map<DesignationId, TrackValues> {
  const out = new Map<DesignationId, TrackValues>();
  const scored: DesignationId[] = [];
  const months = new Set<string>();
  for (const id of ids) {
    const d = ctx.designations.find((x) => x.id === id);
    const values = moduleOf(id).tenantValues;
    if (!d || !values) {
      scored.push(id);
      continue;
    }
    const track = ctx.options.tracks?.[id];
    out.set(id, values(single, d.rules as never, { asOf: parseIsoMonth(d.asOf)!, ...(track ? { track } : {}) }));
    months.add(d.asOf);
  }
  // Counted as scoreAt counts: one per as-of month.
  ctx.stats.tenantScores += months.size;
  for (const [id, r] of scoreAt(ctx, single, scored, "tenantScores")) {
    const values: TrackValues = new Map();
    for (const t of r.tracks) values.set(t.id, new Map(t.metrics.filter((m) => TENANT_METRICS.includes(m.id)).map((m) => [m.id, metricValue(m)])));
    out.set(id, values);
  }
  return out;
}

function changesOf(values: Map<MetricId, MetricValue> | undefined, sign: number): UnitChange[] {
  const changes: UnitChange[] = [];
  for (const [metric, value] of values ?? []) {
    if (typeof value === "number") {
      if (value !== 0) changes.push({ metric, units: sign * value });
      continue;
    }
    for (const [lever, units] of Object.entries(value)) if (units !== 0) changes.push({ metric, lever, units: sign * units });
  }
  return changes;
}

/** The base with `sign × values` added to its tenant metrics, each track scored again by the engine's rule. */
export function shifted(d: DesignationBase, values: TrackValues, sign: 1 | -1): ScoredVariant {
  const qualification = qualificationOf(d.rules.qualification);
  const tracks = d.result.tracks.map((t) => {
    const changes = changesOf(values.get(t.id), sign);
    const rule = d.rules.tracks.find((r) => r.id === t.id);
    return changes.length && rule ? rescoreTrack(rule, t, changes, qualification) : t;
  });
  return verdictScenario(d, tracks);
}

/** after − before, per track and metric (for a tenant's rows changed: the change it makes). */
export function valuesDelta(after: TrackValues, before: TrackValues): TrackValues {
  const out: TrackValues = new Map();
  for (const [track, metrics] of after) {
    const was = before.get(track);
    const delta = new Map<MetricId, MetricValue>();
    for (const [metric, value] of metrics) {
      const old = was?.get(metric);
      if (typeof value === "number") delta.set(metric, value - (typeof old === "number" ? old : 0));
      else {
        const record: Record<string, number> = {};
        for (const key of new Set([...Object.keys(value), ...Object.keys(typeof old === "object" ? old : {})]))
          record[key] = (value[key] ?? 0) - (typeof old === "object" ? (old[key] ?? 0) : 0);
        delta.set(metric, record);
      }
    }
    out.set(track, delta);
  }
  return out;
}

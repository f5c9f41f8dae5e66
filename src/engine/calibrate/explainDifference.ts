import { explainTenants, type DesignationEffect } from "../explain";
import type { DesignationId } from "../model/ruleTypes";
import type { ParsedInput } from "../input/collector";
import type { ScoreOptions } from "../model/scoreTypes";
import { EPSILON } from "./catalogue";
import { engineValue, type Scored } from "./values";
import type { CalibrateOptions, CalibrationGroup, MetricExplanation, ResolvedObservation, TenantDifference } from "./types";

const TENANT_LIMIT = 300;
const LIST_TENANTS = 10;

/** A tenant's effect (with it − without it) on the observed metric: units of its value, or points. */
function effectOn(e: DesignationEffect, o: ResolvedObservation): number {
  const track = e.tracks.find((t) => t.track === o.track);
  if (!track) return 0;
  if (o.metric === "total") return track.points;
  const m = track.metrics.find((x) => x.metric === o.metric);
  if (!m) return 0;
  if (o.kind === "points") return m.points;
  if (typeof m.units === "number") return m.units;
  if (o.part !== undefined) return m.units[o.part] ?? 0;
  return Object.values(m.units).reduce((s, u) => s + u, 0);
}

const key = (options: readonly string[]) => [...options].sort().join("+");

/**
 * Which tenants explain a metric that moves between two readings: the tenants' leave-one-out effects
 * on it under each (explain module), and the tenants whose effect differs. Explains every observed
 * metric the best combination misses, and every one where the current reading and the best differ.
 */
export function explainDifferences(
  input: ParsedInput,
  baseOptions: ScoreOptions,
  others: readonly string[],
  group: CalibrationGroup,
  scored: readonly Scored[],
  options: CalibrateOptions
): MetricExplanation[] {
  const best = scored[0];
  const current = scored.find((s) => s.combination.current);
  const limit = options.tenantLimit ?? TENANT_LIMIT;
  const list = options.listTenants ?? LIST_TENANTS;
  const cache = new Map<string, { effects: Map<string, DesignationEffect>; explained: number; leftOut: number }>();
  const effectsUnder = (designation: DesignationId, combo: readonly string[]) => {
    const k = `${designation}|${key(combo)}`;
    let hit = cache.get(k);
    if (!hit) {
      const r = explainTenants(input, { ...baseOptions, options: [...others, ...combo], designations: [designation], rows: false, limit });
      const ranking = r.designations.find((d) => d.designation === designation)?.tenants ?? [];
      hit = { effects: new Map(ranking.map((e) => [e.tenant.key, e])), explained: ranking.length, leftOut: r.leftOut };
      cache.set(k, hit);
    }
    return hit;
  };
  const valueOf = (s: Scored, o: ResolvedObservation) =>
    engineValue(
      s.results.find((d) => d.id === o.designation),
      o
    );

  const out: MetricExplanation[] = [];
  for (const o of group.observations) {
    const bestValue = valueOf(best, o);
    const missed = !best.combination.checks.find((c) => c.address === o.address && c.kind === o.kind)?.matches;
    const currentValue = current ? valueOf(current, o) : null;
    const moved = current && current !== best && (currentValue === null || bestValue === null || Math.abs(currentValue - bestValue) > EPSILON);
    if (!missed && !moved) continue;
    let compared: Scored | undefined = moved ? current : undefined;
    if (!compared && bestValue !== null) {
      // The best is the current reading and misses: compare with the reading that moves this metric closest to what Partner Center shows.
      const movers = scored.filter((s) => {
        const v = valueOf(s, o);
        return s !== best && v !== null && Math.abs(v - bestValue) > EPSILON;
      });
      movers.sort((a, b) => Math.abs(valueOf(a, o)! - o.value) - Math.abs(valueOf(b, o)! - o.value));
      compared = movers[0];
    }
    const base: MetricExplanation = {
      address: o.address,
      comparedWith: compared ? compared.combination.options : null,
      comparedLabel: compared ? compared.combination.label : "",
      comparedValue: compared ? valueOf(compared, o) : null,
      bestValue,
      tenants: [],
      tenantsDiffering: 0,
      tenantsExplained: 0,
      tenantsLeftOut: 0,
      note: "",
    };
    if (/certifications$/.test(o.metric)) {
      out.push({
        ...base,
        note: "certifications come from the skilling export (or typed counts), not from tenants: no option moves them; check the certified people Partner Center lists",
      });
      continue;
    }
    if (!compared) {
      out.push({
        ...base,
        note: "no option moves this metric: the difference comes from the data (rows, months, associations in the export) or a rule no option covers",
      });
      continue;
    }
    const a = effectsUnder(o.designation, compared.combination.options);
    const b = effectsUnder(o.designation, best.combination.options);
    const tenants: TenantDifference[] = [];
    for (const k of new Set([...a.effects.keys(), ...b.effects.keys()])) {
      const ea = a.effects.get(k);
      const eb = b.effects.get(k);
      const x = ea ? effectOn(ea, o) : 0;
      const y = eb ? effectOn(eb, o) : 0;
      if (Math.abs(y - x) <= 1e-6) continue;
      const ref = (eb ?? ea)!.tenant;
      tenants.push({ tenant: ref.name || ref.key, key: ref.key, compared: x, best: y, difference: y - x });
    }
    tenants.sort((p, q) => Math.abs(q.difference) - Math.abs(p.difference) || p.tenant.localeCompare(q.tenant));
    out.push({
      ...base,
      tenants: tenants.slice(0, list),
      tenantsDiffering: tenants.length,
      tenantsExplained: Math.max(a.explained, b.explained),
      tenantsLeftOut: Math.max(a.leftOut, b.leftOut),
      note: tenants.length
        ? ""
        : "no single tenant's effect differs between the two readings (the change comes from several tenants together, e.g. a ratio or a threshold over the whole customer base)",
    });
  }
  return out;
}

import type { ParsedInput } from "../input/collector";
import { matchTenants, withoutTenantIndices, TENANT_EXPORTS } from "../input/withoutTenants";
import type { DesignationId, TrackId } from "../model/ruleTypes";
import { scenarioText, trackEffects, unitSize, type TrackEffect } from "./compare";
import { explainContext, type DesignationBase, type ExplainContext, type ExplainScoreOptions } from "./context";
import { exportsOf, isSeparable } from "./designationExports";
import { indicesOf, type TenantEntry, type TenantRef } from "../input/tenantDirectory";
import { baseScenario, rescored, shifted, type ScoredVariant } from "./scenario";
import { ownValues } from "./ownValues";
import { scenariosFromSums, scorersFromSums } from "./fromSums";

export interface ExplainTenantsOptions extends ExplainScoreOptions {
  /** Explain only these tenants (ids or names, case and spaces ignored). */
  tenants?: string[];
  /** Explain at most this many tenants: those with the most rows (the rest are counted in `leftOut`). */
  limit?: number;
  /**
   * "auto" (default): Modern Work and Security from each tenant's own terms (their tenant metrics are
   * sums of per-tenant terms: Modern Work's read from the base score, Security's from the tenant's rows
   * computed alone), the Azure designations and Business Applications from the exports' sums
   * with the tenant's terms taken away (their modules' tenantsLeftOut), any other designation scored
   * again without the tenant. "leave-one-out": every designation scored again without the tenant
   * (slower; the definition the fast ways must agree with).
   */
  method?: "auto" | "leave-one-out";
}

/** What one tenant does to one designation: the score with it minus the score without it. */
export interface DesignationEffect {
  designation: DesignationId;
  /** "Modern Work". */
  name: string;
  tenant: TenantRef;
  /** The track that counts (with the tenant). */
  countingTrack: TrackId;
  /** Effect on the counting track's total: positive when the tenant adds points. */
  points: number;
  /** Effect on the designation's total; differs from `points` when without the tenant another track would count. */
  designationPoints: number;
  /** The track that would count without the tenant, when it is another one. */
  countingTrackWithout?: TrackId;
  /** Set when the tenant decides whether the designation qualifies. */
  qualification?: "qualifies-only-with-it" | "qualifies-only-without-it";
  /** Units it moves on the counting track (|Δ| summed over metrics and association types), to order ties. */
  units: number;
  /** Every track's effect (metrics that move only). */
  tracks: TrackEffect[];
  /**
   * How the "without" score was computed: the tenant's own terms taken away (separable designations),
   * its terms taken from the export's sums (Azure), or the export scored again without it.
   */
  method: "per-tenant" | "from-sums" | "leave-one-out";
  /** "−1 net customer add (−2 points), −340 CSP MAU growth (−5.1 points)". */
  summary: string;
  /** The summary with the tenant's name: "Contoso: −1 net customer add (−2 points), …". */
  text: string;
}

export interface TenantExplanation {
  tenant: TenantRef;
  /** One entry per scored designation that reads the tenant's exports, largest effect first. */
  designations: DesignationEffect[];
  /** The largest effect on any designation's counting track (signed). */
  points: number;
  text: string;
}

export interface DesignationRanking {
  designation: DesignationId;
  name: string;
  countingTrack: TrackId;
  /** Tenants whose rows this designation reads, largest effect on the counting track first. */
  tenants: DesignationEffect[];
}

export interface TenantEffects {
  /** Every explained tenant, largest effect first. */
  tenants: TenantExplanation[];
  /** Per scored designation, its tenants ranked. */
  designations: DesignationRanking[];
  /** Tenants left out by `limit`. */
  leftOut: number;
  /** Texts of `tenants` that named no tenant. */
  unmatched: string[];
  /** Scorings run: whole exports scored again (leave-one-out) and single tenants scored alone. */
  stats: { rescores: number; tenantScores: number };
}

const byEffect = (a: { points: number; units: number; name: string }, b: { points: number; units: number; name: string }) =>
  Math.abs(b.points) - Math.abs(a.points) || b.units - a.units || a.name.localeCompare(b.name);

export function tenantLabel(ref: TenantRef): string {
  return ref.name || ref.key;
}

function chooseEntries(ctx: ExplainContext, options: ExplainTenantsOptions): { entries: TenantEntry[]; leftOut: number; unmatched: string[] } {
  // Only customers whose rows some scored designation reads have anything to explain.
  const read = new Set(ctx.designations.flatMap((d) => exportsOf(d.id)));
  let entries = ctx.directory.entries.filter((e) => e.ref.exports.some((exp) => read.has(exp)));
  let unmatched: string[] = [];
  if (options.tenants) {
    const match = matchTenants(ctx.input, options.tenants);
    unmatched = match.unmatched;
    const chosen = new Set<TenantEntry>();
    for (const exp of TENANT_EXPORTS) for (const i of match.indices[exp] ?? []) chosen.add(ctx.directory.entryOf(exp, i)!);
    entries = entries.filter((e) => chosen.has(e));
  }
  const limit = options.limit;
  if (limit === undefined || entries.length <= limit) return { entries, leftOut: 0, unmatched };
  const ranked = [...entries].sort((a, b) => b.rows - a.rows || tenantLabel(a.ref).localeCompare(tenantLabel(b.ref)));
  return { entries: ranked.slice(0, Math.max(0, limit)), leftOut: entries.length - Math.max(0, limit), unmatched };
}

/** The designations that read the tenant's rows, each scored without it. */
function withoutScenarios(
  ctx: ExplainContext,
  entry: TenantEntry,
  method: "auto" | "leave-one-out",
  leftOut: (id: DesignationId) => ((tenants: ReturnType<typeof indicesOf>) => ScoredVariant | null) | undefined
): Map<DesignationId, { scenario: ScoredVariant; method: DesignationEffect["method"] }> {
  const ids = ctx.designations.filter((d) => exportsOf(d.id).some((e) => entry.indices[e].length)).map((d) => d.id);
  const fast = method === "auto" ? ids.filter((id) => isSeparable(id)) : [];
  const slow = ids.filter((id) => !fast.includes(id));
  const out = new Map<DesignationId, { scenario: ScoredVariant; method: DesignationEffect["method"] }>();
  if (fast.length) {
    const values = ownValues(ctx, entry, fast);
    for (const id of fast)
      out.set(id, {
        scenario: shifted(
          ctx.designations.find((d) => d.id === id)!,
          values.get(id) ?? new Map(),
          -1
        ),
        method: "per-tenant",
      });
  }
  const { fromSums, again } = scenariosFromSums(slow, method === "auto" ? leftOut : null, indicesOf(entry));
  for (const [id, scenario] of fromSums) out.set(id, { scenario, method: "from-sums" });
  if (again.length)
    for (const [id, scenario] of rescored(ctx, withoutTenantIndices(ctx.input, indicesOf(entry)), again)) out.set(id, { scenario, method: "leave-one-out" });
  return out;
}

export function designationEffect(d: DesignationBase, ref: TenantRef, without: ScoredVariant, method: DesignationEffect["method"]): DesignationEffect {
  const base = baseScenario(d);
  const tracks = trackEffects(d.rules, base, without);
  const counting = tracks.find((t) => t.track === base.counting);
  const points = counting?.points ?? 0;
  const designationPoints = base.total - without.total;
  // Another track counts without it only if it scores more there (a tie at 0 is no change), or if the partner is classified elsewhere.
  const stayed = without.tracks.find((t) => t.id === base.counting)?.total ?? 0;
  const moved = without.counting !== base.counting && (d.rules.trackChoice.value === "classified" || without.total > stayed + 1e-9);
  const qualification = base.qualified === without.qualified ? undefined : base.qualified ? "qualifies-only-with-it" : "qualifies-only-without-it";
  let summary = scenarioText(tracks, base.counting);
  const trackLabel = (id: TrackId) => d.result.tracks.find((t) => t.id === id)?.label ?? id;
  if (moved) summary += `; without it the ${trackLabel(without.counting)} track would count`;
  if (qualification === "qualifies-only-with-it") summary += `; without it ${d.name} would no longer qualify`;
  if (qualification === "qualifies-only-without-it") summary += `; without it ${d.name} would qualify`;
  return {
    designation: d.id,
    name: d.name,
    tenant: ref,
    countingTrack: base.counting,
    points,
    designationPoints: Math.abs(designationPoints) < 1e-9 ? 0 : designationPoints,
    ...(moved ? { countingTrackWithout: without.counting } : {}),
    ...(qualification ? { qualification } : {}),
    units: counting?.metrics.reduce((s, m) => s + unitSize(m.units), 0) ?? 0,
    tracks,
    method,
    summary,
    text: `${tenantLabel(ref)}: ${summary}`,
  };
}

function tenantText(ref: TenantRef, effects: DesignationEffect[], multiTrack: (id: DesignationId) => boolean, label: (e: DesignationEffect) => string): string {
  const moving = effects.filter((e) => e.tracks.some((t) => t.metrics.length));
  if (!moving.length) return `${tenantLabel(ref)}: no effect on any metric of ${effects.map((e) => e.name).join(", ") || "any scored designation"}`;
  return `${tenantLabel(ref)}: ${moving.map((e) => `${e.name}${multiTrack(e.designation) ? ` (${label(e)})` : ""}: ${e.summary}`).join("; ")}`;
}

/**
 * Per tenant, what it adds to or takes from each metric of each designation and track, in units and
 * points: the score with the tenant minus the score without it (leave-one-out), for the designations
 * whose exports hold its rows. Sorted by the effect on the counting track's total, then by units.
 */
export function explainTenants(input: ParsedInput, options: ExplainTenantsOptions = {}): TenantEffects {
  const ctx = explainContext(input, options);
  const { entries, leftOut, unmatched } = chooseEntries(ctx, options);
  const method = options.method ?? "auto";
  const rankings = new Map<DesignationId, DesignationEffect[]>(ctx.designations.map((d) => [d.id, []]));
  const tenants: TenantExplanation[] = [];
  const multiTrack = (id: DesignationId) => (ctx.designations.find((d) => d.id === id)?.result.tracks.length ?? 0) > 1;
  const trackLabel = (e: DesignationEffect) =>
    ctx.designations.find((d) => d.id === e.designation)?.result.tracks.find((t) => t.id === e.countingTrack)?.label ?? e.countingTrack;
  const fromSums = scorersFromSums<ReturnType<typeof indicesOf>>(ctx, (module, ...args) => module.tenantsLeftOut?.(...args));
  for (const entry of entries) {
    const effects: DesignationEffect[] = [];
    for (const [id, w] of withoutScenarios(ctx, entry, method, fromSums)) {
      const e = designationEffect(
        ctx.designations.find((d) => d.id === id)!,
        entry.ref,
        w.scenario,
        w.method
      );
      effects.push(e);
      rankings.get(id)!.push(e);
    }
    effects.sort(byEffect);
    const top = effects[0];
    tenants.push({ tenant: entry.ref, designations: effects, points: top?.points ?? 0, text: tenantText(entry.ref, effects, multiTrack, trackLabel) });
  }
  const units = (t: TenantExplanation) => t.designations.reduce((s, e) => s + e.units, 0);
  tenants.sort((a, b) =>
    byEffect({ points: a.points, units: units(a), name: tenantLabel(a.tenant) }, { points: b.points, units: units(b), name: tenantLabel(b.tenant) })
  );
  const designations: DesignationRanking[] = ctx.designations.map((d) => ({
    designation: d.id,
    name: d.name,
    countingTrack: d.result.countingTrack!,
    tenants: rankings.get(d.id)!.sort((a, b) => byEffect({ ...a, name: tenantLabel(a.tenant) }, { ...b, name: tenantLabel(b.tenant) })),
  }));
  return { tenants, designations, leftOut, unmatched, stats: ctx.stats };
}

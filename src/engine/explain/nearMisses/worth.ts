import type { ParsedInput } from "../../input/collector";
import { tenantData, type TenantExport } from "../../input/withoutTenants";
import type { DesignationId } from "../../model/ruleTypes";
import { scenarioText, trackEffects } from "../compare";
import type { ExplainContext } from "../context";
import { exportsOf, isSeparable } from "../designationExports";
import type { TenantEntry } from "../../input/tenantDirectory";
import { baseScenario, rescored, shifted, valuesAlone, valuesDelta, type ScoredVariant, type TrackValues } from "../scenario";
import { singleTenantInput } from "../singleTenant";
import { ownValues } from "../ownValues";
import { scenariosFromSums, scorersFromSums } from "../fromSums";
import { signedPoints } from "../../model/text";
import type { NearMissWorth, Raise } from "../../model/nearMiss/types";

/** The near-miss search's state: the explain context and each tenant's own values, computed once. */
export interface WorthContext {
  ctx: ExplainContext;
  alone: Map<TenantEntry, Map<DesignationId, TrackValues>>;
  /** Per designation that is not separable, its tracks with rows raised from the export's sums (its module's rowsRaised). */
  raised: (id: DesignationId) => ((raises: readonly Raise[]) => ScoredVariant | null) | undefined;
  /** "rescore": every designation that is not separable scored again per raise (the definition the sums must agree with). */
  method: "auto" | "rescore";
}

export function worthContext(ctx: ExplainContext, method: WorthContext["method"] = "auto"): WorthContext {
  return { ctx, alone: new Map(), raised: scorersFromSums<readonly Raise[]>(ctx, (module, ...args) => module.rowsRaised?.(...args)), method };
}

/** The whole input with the rows raised (only the raised exports are copied). */
function raisedInput(input: ParsedInput, raises: readonly Raise[]): ParsedInput {
  const copies = new Map<TenantExport, unknown[]>();
  for (const raise of raises) {
    let records = copies.get(raise.exp);
    if (!records) copies.set(raise.exp, (records = [...(tenantData(input, raise.exp)?.records ?? [])]));
    if (raise.index === undefined) records.push(raise.record);
    else records[raise.index] = raise.record;
  }
  const out = { ...input };
  for (const [exp, records] of copies) {
    const data = tenantData(input, exp)!;
    (out as Record<TenantExport, unknown>)[exp] = { ...data, records };
  }
  return out;
}

/** The tenant's own rows with the raises applied, scored alone (separable designations). */
function raisedAlone(w: WorthContext, entry: TenantEntry, raises: readonly Raise[], ids: DesignationId[]) {
  const single = singleTenantInput(w.ctx.input, entry);
  for (const raise of raises) {
    const data = tenantData(single, raise.exp)!;
    const renumber = entry.indices[raise.exp].indexOf(raise.record.tenant);
    const record = { ...raise.record, tenant: Math.max(0, renumber) };
    const records = [...data.records] as unknown[];
    if (raise.index === undefined) records.push(record);
    else records[entry.records[raise.exp].indexOf(raise.index)] = record;
    (single as Record<TenantExport, unknown>)[raise.exp] = { ...data, records };
  }
  return valuesAlone(w.ctx, single, ids);
}

function knownValues(w: WorthContext, entry: TenantEntry, ids: DesignationId[]): Map<DesignationId, TrackValues> {
  let known = w.alone.get(entry);
  if (!known) w.alone.set(entry, (known = new Map()));
  const missing = ids.filter((id) => !known!.has(id));
  if (missing.length) for (const [id, v] of ownValues(w.ctx, entry, missing)) known.set(id, v);
  return known;
}

/**
 * What the raised rows are worth to every scored designation that reads the raised exports: the
 * designation scored with them against the base. Modern Work and Security move by the change in the
 * tenant's own values (its rows scored alone, before and after); the Azure designations and Business
 * Applications by the change in their exports' sums (their modules' rowsRaised); any other is scored again.
 */
export function worthOf(w: WorthContext, entry: TenantEntry, raises: readonly Raise[]): NearMissWorth[] {
  const { ctx } = w;
  const exps = new Set(raises.map((r) => r.exp));
  const ids = ctx.designations.filter((d) => exportsOf(d.id).some((e) => exps.has(e))).map((d) => d.id);
  const fast = ids.filter((id) => isSeparable(id));
  const slow = ids.filter((id) => !isSeparable(id));
  const scenarios = new Map<DesignationId, ScoredVariant>();
  if (fast.length) {
    const before = knownValues(w, entry, fast);
    const after = raisedAlone(w, entry, raises, fast);
    for (const id of fast) {
      const d = ctx.designations.find((x) => x.id === id)!;
      scenarios.set(id, shifted(d, valuesDelta(after.get(id) ?? new Map(), before.get(id) ?? new Map()), 1));
    }
  }
  const { fromSums, again } = scenariosFromSums(slow, w.method === "auto" ? w.raised : null, raises);
  for (const [id, s] of fromSums) scenarios.set(id, s);
  if (again.length) for (const [id, s] of rescored(ctx, raisedInput(ctx.input, raises), again)) scenarios.set(id, s);

  const worth: NearMissWorth[] = [];
  for (const [id, after] of scenarios) {
    const d = ctx.designations.find((x) => x.id === id)!;
    const base = baseScenario(d);
    const tracks = trackEffects(d.rules, after, base);
    if (!tracks.some((t) => t.metrics.length)) continue;
    const points = after.total - base.total;
    const counting = tracks.find((t) => t.track === after.counting);
    const multi = d.result.tracks.length > 1;
    const label = multi ? ` (${counting?.label ?? after.counting})` : "";
    worth.push({
      designation: id,
      name: d.name,
      points: Math.abs(points) < 1e-9 ? 0 : points,
      countingTrack: after.counting,
      tracks,
      text: `${d.name}${label}: ${signedPoints(Math.abs(points) < 1e-9 ? 0 : points)}, ${scenarioText(tracks, after.counting)}`,
    });
  }
  return worth.sort((a, b) => b.points - a.points || a.name.localeCompare(b.name));
}

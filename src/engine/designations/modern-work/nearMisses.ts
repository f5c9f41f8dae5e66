import { usageColumns } from "../../input/usageColumns";
import { monthLabel, parseIsoMonth } from "../../parse/months";
import type { UsageRecord } from "../../input/usage";
import type { ModernWorkRuleSet, TrackRule } from "../../model/ruleTypes";
import { computeUsageMetrics, type UsageComputation } from "./usageMetrics";
import { TRACK_BIT } from "./usageModel";
import type { DesignationBase, ExplainContext } from "../../model/explainTypes";
import { count, percent } from "../../model/text";
import { thresholdOf } from "../../model/nearMiss/thresholds";
import type { NearMissCandidate, NearMissWindows } from "../../model/nearMiss/types";

/** The usage computation the base score made (scored again only if the scorer did not keep it). */
function usageOf(ctx: ExplainContext, d: DesignationBase, rules: ModernWorkRuleSet): UsageComputation {
  const kept = (d.score.details as { usage?: UsageComputation } | undefined)?.usage;
  return kept ?? computeUsageMetrics(ctx.input.usage, rules, parseIsoMonth(d.asOf)!);
}

/** Active users to add for MAU / PAU to reach the ratio (whole users). */
function usersToReach(mau: number, pau: number, ratio: number): number {
  let more = Math.max(1, Math.ceil(ratio * pau - mau - 1e-9));
  while ((mau + more) / pau < ratio) more++;
  return more;
}

const tracksCounting = (rules: ModernWorkRuleSet, association: string, bits: number): TrackRule[] =>
  rules.tracks.filter((t) => (t.associations.value as string[]).includes(association) && bits & TRACK_BIT[t.id]);

/**
 * Services (tenant × eligible workload × association type) of the as-of month whose best row has
 * MAU / paid units inside the window under the deployment ratio, for a tenant that counts for a track
 * that takes the association: more active users would make the service a deployment (and add usage
 * growth). The row needing the fewest users is the one raised.
 */
export function deploymentRatioMisses(ctx: ExplainContext, d: DesignationBase, windows: NearMissWindows): NearMissCandidate[] {
  const rules = d.rules as ModernWorkRuleSet;
  const usage = usageOf(ctx, d, rules);
  const { model, asOf } = usage;
  const ratio = rules.deploymentRatio.value;
  const low = ratio - windows.usageRatio;
  const groups = new Map(model.groups.map((g) => [model.groupKey(g.tenant, g.workload, g.association), g]));
  const best = new Map<string, { index: number; record: UsageRecord; more: number; tracks: TrackRule[] }>();
  // The columns, and a record only for a row in the window: the export's records need not all be made.
  const rows = usageColumns(ctx.input.usage);
  for (let i = 0; i < rows.length; i++) {
    if (rows.month[i] !== asOf || model.duplicateOf[i] >= 0 || !(rows.pau[i] > 0)) continue;
    const share = rows.mau[i] / rows.pau[i];
    if (share >= ratio || share < low - 1e-9) continue;
    const r = rows.record(i);
    const workload = model.workloadOf(r);
    if (!workload) continue;
    const key = model.groupKey(r.tenant, workload, r.association);
    const group = groups.get(key);
    if (!group || group.deployedIn(asOf)) continue;
    const tracks = tracksCounting(rules, r.association, model.eligibility(r.tenant, asOf));
    if (!tracks.length) continue;
    const more = usersToReach(r.mau, r.pau, ratio);
    const seen = best.get(key);
    if (!seen || more < seen.more) best.set(key, { index: i, record: r, more, tracks });
  }
  return [...best.values()].map(({ index, record: r, more, tracks }) => {
    const workload = model.workloadOf(r)!;
    const item = `${workload.name} (${r.associationLabel || r.association})`;
    return {
      kind: "deployment-ratio",
      designations: [d.id],
      tracks: tracks.map((t) => t.id),
      item,
      threshold: thresholdOf(rules, "deploymentRatio", rules.deploymentRatio),
      current: r.mau,
      more,
      unit: "active users",
      entryKey: { exp: "usage", tenant: r.tenant },
      raises: [{ exp: "usage", index, record: { ...r, mau: r.mau + more } }],
      what:
        `${item} has ${count(r.mau)} of ${count(r.pau)} paid units active in ${monthLabel(asOf)} (${percent(r.mau / r.pau)}); ` +
        `${count(more)} more active ${more === 1 ? "user reaches" : "users reach"} the ${percent(ratio)} deployment ratio`,
    };
  });
}

/**
 * Tenants not counted for a track whose best eligible workload under one of the track's associations
 * has paid units inside the window under the track's "more than N paid units": a few more paid units
 * would make it a customer of the track (net customer add, and its usage counted).
 */
export function paidUnitsMisses(ctx: ExplainContext, d: DesignationBase, windows: NearMissWindows): NearMissCandidate[] {
  const rules = d.rules as ModernWorkRuleSet;
  const usage = usageOf(ctx, d, rules);
  const { model, asOf } = usage;
  const out: NearMissCandidate[] = [];
  const rows = usageColumns(ctx.input.usage);
  rules.tracks.forEach((track, t) => {
    const above = track.paidUnits.above.value;
    const low = above * (1 - windows.paidUnits);
    const best = new Map<number, { index: number; record: UsageRecord; customers: boolean }>();
    for (let i = 0; i < rows.length; i++) {
      const pau = rows.pau[i];
      if (rows.month[i] !== asOf || model.duplicateOf[i] >= 0 || pau > above || pau < low - 1e-9) continue;
      if (!(track.associations.value as string[]).includes(rows.kinds[rows.kind[i]].association)) continue;
      const r = rows.record(i);
      const workload = model.workloadOf(r);
      if (!workload || model.eligibility(r.tenant, asOf) & TRACK_BIT[track.id]) continue;
      const customers = model.countsForCustomers(workload);
      const seen = best.get(r.tenant);
      // Fewest units to add first; then a workload that makes it a customer; then the most active.
      if (
        !seen ||
        r.pau > seen.record.pau ||
        (r.pau === seen.record.pau && (customers > seen.customers || (customers === seen.customers && r.mau > seen.record.mau)))
      )
        best.set(r.tenant, { index: i, record: r, customers });
    }
    for (const { index, record: r } of best.values()) {
      const more = Math.floor(above - r.pau + 1e-9) + 1;
      const item = `${model.workloadOf(r)!.name} (${r.associationLabel || r.association})`;
      out.push({
        kind: "paid-units",
        designations: [d.id],
        tracks: [track.id],
        item,
        threshold: thresholdOf(rules, `tracks[${t}].paidUnits.above`, track.paidUnits.above),
        current: r.pau,
        more,
        unit: "paid units",
        entryKey: { exp: "usage", tenant: r.tenant },
        raises: [{ exp: "usage", index, record: { ...r, pau: r.pau + more } }],
        what:
          `${item} has ${count(r.pau)} paid units in ${monthLabel(asOf)}; the ${track.label} track needs more than ${count(above)}: ` +
          `${count(more)} more paid ${more === 1 ? "unit makes" : "units make"} it ${/^[aeiou]|^smb/i.test(track.label) ? "an" : "a"} ${track.label} customer`,
      });
    }
  });
  return out;
}

import { monthLabel, formatMonth } from "../../parse/months";
import type { UsageData, UsageRecord } from "../../input/usage";
import type { RowFlags } from "../../model/results";
import type { ModernWorkRuleSet, TrackRule } from "../../model/ruleTypes";
import type { ServiceEffect, UsageComputation } from "./usageMetrics";
import { TRACK_BIT, inPaidBand } from "./usageModel";

function bandText(track: TrackRule): string {
  const above = track.paidUnits.above.value;
  const atMost = track.paidUnits.atMost.value;
  // Paid units are whole licences, so "> 10 and ≤ 300" reads best as 11–300.
  return atMost === null ? `more than ${above}` : `${above + 1}–${atMost}`;
}

/**
 * Per-row audit flags: what each export row is, and what it counts toward, or in plain words why it
 * counts toward nothing. Rows the reader skipped are included with the reason they were skipped.
 */
export function usageRowFlags(data: UsageData, rules: ModernWorkRuleSet, c: UsageComputation): RowFlags[] {
  const effectIndex = rules.tracks.map((track) => {
    const byGroup = new Map<string, ServiceEffect>();
    for (const e of c.effects[track.id]) byGroup.set(c.model.groupKey(e.group.tenant, e.group.workload, e.group.association), e);
    return byGroup;
  });
  const flags: RowFlags[] = data.records.map((r, i) => flagRecord(data, rules, c, effectIndex, r, i));
  for (const rejected of data.rejected)
    flags.push({
      file: data.files[rejected.file],
      row: rejected.row,
      tenant: "",
      workload: "",
      month: null,
      eligibleWorkload: null,
      association: "",
      associationType: "",
      enterpriseEligible: false,
      smbEligible: false,
      usageRatio: null,
      deployment: false,
      countsToward: [],
      reason: `Skipped: ${rejected.reason}`,
    });
  return flags;
}

function flagRecord(
  data: UsageData,
  rules: ModernWorkRuleSet,
  c: UsageComputation,
  effectIndex: Map<string, ServiceEffect>[],
  r: UsageRecord,
  i: number,
): RowFlags {
  const workload = c.model.workloadOf(r);
  const bits = c.model.eligibility(r.tenant, r.month);
  const ratio = r.pau > 0 ? r.mau / r.pau : null;
  const deployment = workload !== null && ratio !== null && ratio >= rules.deploymentRatio.value;
  const base: RowFlags = {
    file: data.files[r.file],
    row: r.row,
    tenant: data.tenants[r.tenant].name,
    workload: r.workload,
    month: formatMonth(r.month),
    eligibleWorkload: workload?.name ?? null,
    association: r.associationLabel,
    associationType: r.association,
    enterpriseEligible: (bits & TRACK_BIT.enterprise) !== 0,
    smbEligible: (bits & TRACK_BIT.smb) !== 0,
    usageRatio: ratio,
    deployment,
    countsToward: [],
    reason: "",
  };
  const duplicate = c.model.duplicateOf[i];
  if (duplicate >= 0) return { ...base, reason: `Duplicate of row ${data.records[duplicate].row} (same tenant, workload, association and month); counted once.` };
  if (!workload) return { ...base, reason: `Workload "${r.workload}" is not eligible for Modern Work.` };
  const tracks = rules.tracks.filter((t) => t.associations.value.includes(r.association));
  if (!tracks.length)
    return { ...base, reason: `Association "${r.associationLabel}" is not eligible (${rules.tracks.map((t) => `${t.label}: ${t.associations.value.join(", ")}`).join("; ")}).` };

  const reasons: string[] = [];
  for (const track of tracks) {
    const effect = effectIndex[rules.tracks.indexOf(track)].get(c.model.groupKey(r.tenant, workload, r.association));
    const counted = countsFor(track, r, deployment, bits, c, effect, c.model.countsForCustomers(workload));
    base.countsToward.push(...counted.items);
    if (counted.reason) reasons.push(counted.reason);
  }
  if (!base.countsToward.length) base.reason = [...new Set(reasons)].join(" ");
  return base;
}

function countsFor(
  track: TrackRule,
  r: UsageRecord,
  deployment: boolean,
  bits: number,
  c: UsageComputation,
  effect: ServiceEffect | undefined,
  customerWorkload: boolean,
): { items: string[]; reason?: string } {
  const eligible = (bits & TRACK_BIT[track.id]) !== 0;
  // The row makes its tenant a customer: a net-customer-adds workload (2026: not Teams Premium) in the band,
  // or above the SMB band of a tenant promoted out of SMB in the last year (2026), which still counts as SMB.
  const atMost = track.paidUnits.atMost.value;
  const customerRow =
    customerWorkload && (c.model.customerEligibility(r.tenant, r.month) & TRACK_BIT[track.id]) !== 0 && (inPaidBand(track, r.pau) || (atMost !== null && r.pau > atMost));
  const hasTarget = (metricId: string) => {
    const metric = track.metrics.find((m) => m.id === metricId);
    return metric?.target.kind === "per-association" && metric.target.targets[r.association] !== undefined;
  };
  const name = (metric: string, perAssociation: boolean) => `${track.label} ${metric}${perAssociation ? ` (${r.association})` : ""}`;
  const baseline = effect?.baseline;
  const isClaimBaseline = baseline?.kind === "claim" && baseline.month === r.month && r.month !== c.asOf;

  if (baseline?.kind === "claimed-after-as-of" && r.month >= c.trailing)
    return { items: [], reason: `Claimed ${monthLabel(baseline.claimMonth)}, after the as-of month ${monthLabel(c.asOf)}; it does not count yet.` };

  if (r.month === c.asOf || r.month === c.trailing || isClaimBaseline) {
    const suffix = r.month === c.asOf ? "" : isClaimBaseline ? `, claim baseline ${monthLabel(r.month)}` : `, baseline ${monthLabel(r.month)}`;
    if (isClaimBaseline && !effect?.eligibleNow)
      return { items: [], reason: `Claimed in the trailing ${c.asOf - c.trailing} months, but the tenant does not count for ${track.label} in ${monthLabel(c.asOf)}.` };
    if (r.month === c.trailing && baseline?.kind === "claim")
      return {
        items: customerRow ? [name("net customer adds", false) + suffix] : [],
        reason: `Before the claim month ${monthLabel(baseline.claimMonth)}; usage from before a claim is not credited.`,
      };
    if (!eligible && !isClaimBaseline)
      return { items: [], reason: `The tenant has no eligible workload with ${bandText(track)} paid units under ${track.associations.value.join(" or ")} in ${monthLabel(r.month)} (${track.label}).` };
    const items: string[] = [];
    if (customerRow && !isClaimBaseline) items.push(name("net customer adds", false) + suffix);
    if (hasTarget("usage-growth")) items.push(name("usage growth", true) + suffix);
    if (deployment && hasTarget("deployments")) items.push(name("deployments", true) + suffix);
    return { items };
  }
  const when = r.month > c.asOf ? "after the as-of month" : "neither the as-of month nor its baseline";
  return { items: [], reason: `${monthLabel(r.month)} is ${when} (${monthLabel(c.asOf)} against ${monthLabel(c.trailing)}).` };
}

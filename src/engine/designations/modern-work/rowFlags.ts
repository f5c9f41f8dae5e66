import { usageColumns } from "../../input/usageColumns";
import { monthLabel } from "../../parse/months";
import type { UsageData, UsageRecord } from "../../input/usage";
import {
  countsTowardText,
  notComparedReason,
  yesNo,
  type FlagCell,
  type FlagColumn,
  type RowContribution,
  type RowSink,
  NOTHING,
  NO_CELLS,
} from "../../model/flags";
import type { ModernWorkRuleSet, TrackRule } from "../../model/ruleTypes";
import type { ServiceEffect, UsageComputation } from "./usageMetrics";
import { TRACK_BIT, inPaidBand } from "./usageModel";
import { interner } from "../../model/intern";
import type { AssociationType } from "../../parse/associations";

const DESIGNATION = "Modern Work";

function bandText(track: TrackRule): string {
  const above = track.paidUnits.above.value;
  const atMost = track.paidUnits.atMost.value;
  // Paid units are whole licences, so "> 10 and ≤ 300" reads best as 11–300.
  return atMost === null ? `more than ${above}` : `${above + 1}–${atMost}`;
}

const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** The detail columns beside the M365 usage export, for these rules (the deployment share is the rule set's). */
export function usageFlagColumns(rules: ModernWorkRuleSet): FlagColumn[] {
  const share = percent(rules.deploymentRatio.value);
  return [
    ...rules.tracks.map((t) => ({
      id: `modern-work-${t.id}-eligible`,
      header: `SPD ${t.label} eligible`,
      numberFormat: "@",
      meaning: `Modern Work: whether the tenant counts for the ${t.label} track that month (an eligible workload with ${bandText(t)} paid units under ${t.associations.value.join(" or ")}). Compared months only.`,
    })),
    {
      id: "m365-eligible-workload",
      header: "SPD Eligible workload",
      numberFormat: "@",
      meaning: "The Modern Work workload the row's WorkloadName is, or No when it is not an eligible one.",
    },
    {
      id: "m365-association",
      header: "SPD Association",
      numberFormat: "@",
      meaning: "The association type the row's PartnerAttachType reads as (CSP, DPOR, CPOR, PAL …).",
    },
    {
      id: "m365-active-share",
      header: `SPD Active share (deployment at ${share} or more)`,
      numberFormat: "0.0%",
      meaning: `Active users (MAU) as a share of paid units (PAU): a workload is a Modern Work deployment at ${share} or more. Compared months only.`,
    },
    {
      id: "m365-deployment",
      header: "SPD Deployment",
      numberFormat: "@",
      meaning: `Yes when the row is a deployment: an eligible workload at ${share} or more of its paid units active. Compared months only.`,
    },
  ];
}

/**
 * Per-row audit flags: what each export row counts toward, or in plain words why it counts toward
 * nothing. Detail cells are filled on the compared months only (as-of, baseline, a claim baseline):
 * elsewhere nothing is decided by the row, and the reason says so. Rows the reader skipped are
 * included with the reason they were skipped.
 */
export function usageRowFlags(data: UsageData, rules: ModernWorkRuleSet, c: UsageComputation, out: RowSink): void {
  const effectIndex = rules.tracks.map((track) => {
    const byGroup = new Map<string, ServiceEffect>();
    for (const e of c.effects[track.id]) byGroup.set(c.model.groupKey(e.group.tenant, e.group.workload, e.group.association), e);
    return byGroup;
  });
  // What is the same on every row, made once: a million rows must not build a million equal strings.
  const claimMonths = new Set<number>();
  for (const index of effectIndex) for (const e of index.values()) if (e.baseline?.kind === "claim") claimMonths.add(e.baseline.month);
  const shared: Shared = {
    notCompared: notComparedReason(monthLabel(c.asOf), monthLabel(c.trailing)),
    afterAsOf: `After the as-of month ${monthLabel(c.asOf)}: not read.`,
    eligibleIds: rules.tracks.map((t) => `modern-work-${t.id}-eligible`),
    claimMonths,
    intern: interner(),
    texts: new Map(),
    tracksOf: new Map(),
    targets: new Map(),
  };
  // A record per row, made and dropped: the records kept for a million rows were a million more objects.
  const rows = usageColumns(data);
  for (let i = 0; i < rows.length; i++) out.push(flagRecord(data, rules, c, effectIndex, shared, rows.record(i), i));
  for (const rejected of data.rejected)
    out.push({
      layout: "m365-usage",
      file: data.files[rejected.file],
      row: rejected.row,
      countsToward: [],
      reason: `Skipped: ${rejected.reason}`,
      cells: {},
    });
}

interface Shared {
  notCompared: string;
  afterAsOf: string;
  eligibleIds: string[];
  /** Months that are some service's claim baseline: only there is a row's group looked up. */
  claimMonths: Set<number>;
  intern: (text: string) => string;
  /** The tracks whose associations include an association type, by type. */
  tracksOf: Map<string, TrackRule[]>;
  /** Whether a track's metric has a target for an association type, by "track|metric|association". */
  targets: Map<string, boolean>;
  /**
   * "Modern Work SMB: net customer adds, usage growth (CSP)" by track, association, month (and whether
   * it is a claim baseline) and which metrics, and the commonest reason by track and month: a million
   * rows say a few hundred of them.
   */
  texts: Map<string, string>;
}

/** Whether the row's month is one the score compares for some track: M, M − trailing, or a claim baseline. */
function compared(rules: ModernWorkRuleSet, c: UsageComputation, effectIndex: Map<string, ServiceEffect>[], r: UsageRecord, key: string | null): boolean {
  if (r.month === c.asOf || r.month === c.trailing) return true;
  if (key === null) return false;
  return rules.tracks.some((_, t) => {
    const baseline = effectIndex[t].get(key)?.baseline;
    return baseline?.kind === "claim" && baseline.month === r.month;
  });
}

/** The row's service group key, or null when its workload is not eligible. */
function groupOf(c: UsageComputation, r: UsageRecord): string | null {
  const workload = c.model.workloadOf(r);
  return workload ? c.model.groupKey(r.tenant, workload, r.association) : null;
}

function flagRecord(
  data: UsageData,
  rules: ModernWorkRuleSet,
  c: UsageComputation,
  effectIndex: Map<string, ServiceEffect>[],
  shared: Shared,
  r: UsageRecord,
  i: number
): RowContribution {
  const inCompared = r.month === c.asOf || r.month === c.trailing || shared.claimMonths.has(r.month);
  if (!inCompared || (r.month !== c.asOf && r.month !== c.trailing && !compared(rules, c, effectIndex, r, groupOf(c, r))))
    return {
      layout: "m365-usage",
      file: data.files[r.file],
      row: r.row,
      countsToward: NOTHING,
      reason: r.month > c.asOf ? shared.afterAsOf : shared.notCompared,
      cells: NO_CELLS,
    };
  const workload = c.model.workloadOf(r);
  const key = workload ? c.model.groupKey(r.tenant, workload, r.association) : null;
  const flags: RowContribution = { layout: "m365-usage", file: data.files[r.file], row: r.row, countsToward: [], reason: "", cells: {} };
  const bits = c.model.eligibility(r.tenant, r.month);
  const ratio = r.pau > 0 ? r.mau / r.pau : null;
  const deployment = workload !== null && ratio !== null && ratio >= rules.deploymentRatio.value;
  const cells: Record<string, FlagCell> = {
    "m365-eligible-workload": workload?.name ?? "No",
    "m365-association": r.association,
    "m365-active-share": ratio,
    "m365-deployment": yesNo(deployment),
  };
  for (let k = 0; k < rules.tracks.length; k++) cells[shared.eligibleIds[k]] = yesNo((bits & TRACK_BIT[rules.tracks[k].id]) !== 0);
  flags.cells = cells;

  // The reason is set on this row's own object: a copy per row would be a million more objects to collect.
  const duplicate = c.model.duplicateOf[i];
  if (duplicate >= 0) {
    flags.reason = `Modern Work: duplicate of row ${usageColumns(data).row[duplicate]} (same tenant, workload, association and month); counted once.`;
    return flags;
  }
  if (!workload) {
    flags.reason = shared.intern(`Modern Work: workload "${r.workload}" is not eligible.`);
    return flags;
  }
  let tracks = shared.tracksOf.get(r.association);
  if (!tracks) shared.tracksOf.set(r.association, (tracks = rules.tracks.filter((t) => t.associations.value.includes(r.association))));
  if (!tracks.length) {
    flags.reason = shared.intern(
      `Modern Work: association "${r.associationLabel}" is not eligible (${rules.tracks.map((t) => `${t.label}: ${t.associations.value.join(", ")}`).join("; ")}).`
    );
    return flags;
  }

  let reasons: string[] | null = null;
  for (const track of tracks) {
    const effect = effectIndex[rules.tracks.indexOf(track)].get(key!);
    const reason = countsFor(track, r, deployment, bits, c, effect, c.model.countsForCustomers(workload), shared, flags.countsToward);
    if (reason) (reasons ??= []).push(reason);
  }
  if (!flags.countsToward.length && reasons) flags.reason = shared.intern(reasons.length === 1 ? reasons[0] : [...new Set(reasons)].join(" "));
  return flags;
}

/** Whether the track's metric has a target for the association type (asked per row: looked up once). */
function hasTarget(track: TrackRule, metricId: string, association: AssociationType, shared: Shared): boolean {
  const key = `${track.id}|${metricId}|${association}`;
  let has = shared.targets.get(key);
  if (has === undefined) {
    const metric = track.metrics.find((m) => m.id === metricId);
    shared.targets.set(key, (has = metric?.target.kind === "per-association" && metric.target.targets[association] !== undefined));
  }
  return has;
}

/** The metrics' text, made once per track, association, month and set of metrics. */
function metricsText(
  track: TrackRule,
  r: UsageRecord,
  c: UsageComputation,
  isClaimBaseline: boolean,
  shared: Shared,
  customers: boolean,
  deployments: boolean,
  growth: boolean
): string | undefined {
  if (!customers && !deployments && !growth) return undefined;
  const key = `${track.id}|${r.association}|${r.month}|${isClaimBaseline ? 1 : 0}|${customers ? 1 : 0}${deployments ? 1 : 0}${growth ? 1 : 0}`;
  let found = shared.texts.get(key);
  if (found === undefined) {
    const when = r.month === c.asOf ? "" : isClaimBaseline ? `claim baseline ${monthLabel(r.month)}` : `baseline ${monthLabel(r.month)}`;
    const name = (metric: string, perAssociation: boolean) => {
      const notes = [...(perAssociation ? [r.association] : []), ...(when ? [when] : [])];
      return notes.length ? `${metric} (${notes.join(", ")})` : metric;
    };
    const metrics = [
      ...(customers ? [name("net customer adds", false)] : []),
      ...(deployments ? [name("deployments", true)] : []),
      ...(growth ? [name("usage growth", true)] : []),
    ];
    shared.texts.set(key, (found = countsTowardText(DESIGNATION, track.label, metrics)));
  }
  return found;
}

/** What the row counts toward on one track, pushed onto `countsToward`; or why it counts toward nothing there (returned). */
function countsFor(
  track: TrackRule,
  r: UsageRecord,
  deployment: boolean,
  bits: number,
  c: UsageComputation,
  effect: ServiceEffect | undefined,
  customerWorkload: boolean,
  shared: Shared,
  countsToward: string[]
): string | undefined {
  const eligible = (bits & TRACK_BIT[track.id]) !== 0;
  // The row makes its tenant a customer: a net-customer-adds workload (2026: not Teams Premium) in the band,
  // or above the SMB band of a tenant promoted out of SMB in the last year (2026), which still counts as SMB.
  const atMost = track.paidUnits.atMost.value;
  const customerRow =
    customerWorkload &&
    (c.model.customerEligibility(r.tenant, r.month) & TRACK_BIT[track.id]) !== 0 &&
    (inPaidBand(track, r.pau) || (atMost !== null && r.pau > atMost));
  const baseline = effect?.baseline;
  const isClaimBaseline = baseline?.kind === "claim" && baseline.month === r.month && r.month !== c.asOf;
  const counts = (customers: boolean, deployments: boolean, growth: boolean) => {
    const text = metricsText(track, r, c, isClaimBaseline, shared, customers, deployments, growth);
    if (text) countsToward.push(text);
  };

  if (baseline?.kind === "claimed-after-as-of" && r.month >= c.trailing)
    return `Modern Work: claimed ${monthLabel(baseline.claimMonth)}, after the as-of month ${monthLabel(c.asOf)}; it does not count yet.`;
  if (r.month !== c.asOf && r.month !== c.trailing && !isClaimBaseline) return notComparedReason(monthLabel(c.asOf), monthLabel(c.trailing));
  if (isClaimBaseline && !effect?.eligibleNow)
    return `Modern Work: claimed in the trailing ${c.asOf - c.trailing} months, but the tenant does not count for ${track.label} in ${monthLabel(c.asOf)}.`;
  if (r.month === c.trailing && baseline?.kind === "claim") {
    counts(customerRow, false, false);
    return `Modern Work: before the claim month ${monthLabel(baseline.claimMonth)}; usage from before a claim is not credited.`;
  }
  if (!eligible && !isClaimBaseline) {
    // The most common reason, one text per track and month.
    const key = `not eligible|${track.id}|${r.month}`;
    let reason = shared.texts.get(key);
    if (reason === undefined)
      shared.texts.set(
        key,
        (reason = `Modern Work ${track.label}: the tenant has no eligible workload with ${bandText(track)} paid units under ${track.associations.value.join(" or ")} in ${monthLabel(r.month)}.`)
      );
    return reason;
  }
  counts(
    customerRow && !isClaimBaseline,
    deployment && hasTarget(track, "deployments", r.association, shared),
    hasTarget(track, "usage-growth", r.association, shared)
  );
  return undefined;
}

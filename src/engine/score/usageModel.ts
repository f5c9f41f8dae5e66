import type { AssociationType } from "../parse/associations";
import { looseKey } from "../parse/keys";
import type { MonthIndex } from "../parse/months";
import type { UsageData, UsageRecord } from "../input/usage";
import type { ModernWorkRuleSet, TrackRule, WorkloadRule } from "../rules/types";

/** Track bits in a tenant-month eligibility mask. */
export const TRACK_BIT = { enterprise: 1, smb: 2 } as const;

/** A service: one eligible workload of one tenant under one association type, month by month. */
export interface ServiceGroup {
  tenant: number;
  workload: WorkloadRule;
  association: AssociationType;
  /** Summed MAU and whether any row reached the deployment ratio, per month. */
  months: Map<MonthIndex, { mau: number; deployed: boolean }>;
  /** Claim month from DateAssociated (the as-of month's row wins), or null. */
  claimMonth: MonthIndex | null;
}

/**
 * What every metric needs, computed once from the rows: the canonical workload of each row, which rows
 * are duplicates, which tenants are eligible for which track in which month, and the service groups.
 */
export interface UsageModel {
  workloadOf: (r: UsageRecord) => WorkloadRule | null;
  /** For each record index, the index of the earlier identical row it duplicates, or -1. */
  duplicateOf: Int32Array;
  /** Track bits of a tenant in a month. */
  eligibility: (tenant: number, month: MonthIndex) => number;
  groups: Map<string, ServiceGroup>;
  groupKey: (tenant: number, workload: WorkloadRule, association: AssociationType) => string;
  months: MonthIndex[];
}

export function workloadResolver(rules: ModernWorkRuleSet): (key: string) => WorkloadRule | null {
  const byKey = new Map<string, WorkloadRule>();
  for (const w of rules.workloads.value) for (const name of [w.id, w.name, ...w.aliases]) byKey.set(looseKey(name), w);
  return (key) => byKey.get(key) ?? null;
}

export function inPaidBand(track: TrackRule, pau: number): boolean {
  const atMost = track.paidUnits.atMost.value;
  return pau > track.paidUnits.above.value && (atMost === null || pau <= atMost);
}

export function buildUsageModel(data: UsageData, rules: ModernWorkRuleSet, asOf: MonthIndex): UsageModel {
  const resolve = workloadResolver(rules);
  const workloadByKey = new Map<string, WorkloadRule | null>();
  const workloadOf = (r: UsageRecord) => {
    let w = workloadByKey.get(r.workloadKey);
    if (w === undefined) {
      w = resolve(r.workloadKey);
      workloadByKey.set(r.workloadKey, w);
    }
    return w;
  };
  const ratio = rules.deploymentRatio.value;
  const records = data.records;
  const duplicateOf = new Int32Array(records.length).fill(-1);
  const firstSeen = new Map<string, number>();
  const mask = new Map<string, number>();
  const groups = new Map<string, ServiceGroup>();
  const monthSet = new Set<MonthIndex>();
  const groupKey = (tenant: number, workload: WorkloadRule, association: AssociationType) => `${tenant}\u0000${workload.id}\u0000${association}`;

  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    monthSet.add(r.month);
    // The same tenant, workload, association text and month twice is one row exported twice.
    const dupKey = `${r.tenant}\u0000${r.workloadKey}\u0000${r.associationRaw}\u0000${r.month}`;
    const seen = firstSeen.get(dupKey);
    if (seen !== undefined) {
      duplicateOf[i] = seen;
      continue;
    }
    firstSeen.set(dupKey, i);
    const workload = workloadOf(r);
    if (!workload) continue;
    let bits = 0;
    for (const track of rules.tracks)
      if (track.associations.value.includes(r.association) && inPaidBand(track, r.pau)) bits |= TRACK_BIT[track.id];
    if (bits) {
      const mk = `${r.tenant}\u0000${r.month}`;
      mask.set(mk, (mask.get(mk) ?? 0) | bits);
    }
    if (r.association === "OTHER" || r.association === "PAL") continue;
    const gk = groupKey(r.tenant, workload, r.association);
    let g = groups.get(gk);
    if (!g) {
      g = { tenant: r.tenant, workload, association: r.association, months: new Map(), claimMonth: null };
      groups.set(gk, g);
    }
    const cell = g.months.get(r.month) ?? { mau: 0, deployed: false };
    cell.mau += r.mau;
    cell.deployed ||= r.pau > 0 && r.mau / r.pau >= ratio;
    g.months.set(r.month, cell);
    if (r.claimMonth !== null && (g.claimMonth === null || r.month === asOf)) g.claimMonth = r.claimMonth;
  }
  return {
    workloadOf,
    duplicateOf,
    eligibility: (tenant, month) => mask.get(`${tenant}\u0000${month}`) ?? 0,
    groups,
    groupKey,
    months: [...monthSet].sort((a, b) => a - b),
  };
}

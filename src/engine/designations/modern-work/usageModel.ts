import type { AssociationType } from "../../parse/associations";
import { looseKey } from "../../parse/keys";
import type { MonthIndex } from "../../parse/months";
import type { UsageData } from "../../input/usage";
import { NO_CLAIM, usageColumns, type UsageColumns } from "../../input/usageColumns";
import { ServiceGroup, ServiceTable } from "./serviceTable";
import type { ModernWorkRuleSet, TrackRule, WorkloadRule } from "../../model/ruleTypes";

export type { ServiceGroup } from "./serviceTable";

/** Track bits in a tenant-month eligibility mask. */
export const TRACK_BIT = { enterprise: 1, smb: 2 } as const;

/** Kept as a name for the usage model's rules: the 2026 fields now live on ModernWorkRuleSet. */
export type ModernWorkUsageRules = ModernWorkRuleSet;

// Mask layout, one byte per tenant and month. Bits 0–1: track bits from any eligible workload (usage
// growth, deployments). Bits 2–3: the same from net-customer-adds workloads only. Bits 4 and 5: a
// workload above the SMB band under an SMB association (any / net-customer-adds workload), which a
// promoted tenant needs (see eligibilityOf).
const CUSTOMER_SHIFT = 2;
const ABOVE_SMB_ANY = 16;
const ABOVE_SMB_CUSTOMER = 32;

/**
 * What every metric needs, computed once from the rows: the canonical workload of each row, which rows
 * are duplicates, which tenants are eligible for which track in which month, and the service groups.
 */
export interface UsageModel {
  workloadOf: (r: { workloadKey: string }) => WorkloadRule | null;
  /** For each record index, the index of the earlier identical row it duplicates, or -1. */
  duplicateOf: Int32Array;
  /** Track bits of a tenant in a month, for usage growth and deployments. */
  eligibility: (tenant: number, month: MonthIndex) => number;
  /** Track bits of a tenant in a month, for net customer adds (2026: without Teams Premium). */
  customerEligibility: (tenant: number, month: MonthIndex) => number;
  /** Whether a workload makes a tenant a customer for net customer adds (false: usage growth and deployments only). */
  countsForCustomers: (workload: WorkloadRule) => boolean;
  /** The services, as columns. */
  services: ServiceTable;
  /** Service g of the table. */
  group: (g: number) => ServiceGroup;
  /** Every service (made on first use: a score reads the table). */
  readonly groups: ServiceGroup[];
  groupKey: (tenant: number, workload: WorkloadRule, association: AssociationType) => string;
}

// One per rule set: explaining computes thousands of single tenants with the same rules.
const resolvers = new WeakMap<ModernWorkUsageRules, (key: string) => WorkloadRule | null>();

/** Every eligible workload of the rule set by loose name (a name on both lists is the net-customer-adds workload). */
export function workloadResolver(rules: ModernWorkUsageRules): (key: string) => WorkloadRule | null {
  let resolve = resolvers.get(rules);
  if (!resolve) {
    const byKey = new Map<string, WorkloadRule>();
    for (const w of [...(rules.extraWorkloadsForUsage?.value ?? []), ...rules.workloads.value])
      for (const name of [w.id, w.name, ...w.aliases]) byKey.set(looseKey(name), w);
    resolvers.set(rules, (resolve = (key) => byKey.get(key) ?? null));
  }
  return resolve;
}

export function inPaidBand(track: TrackRule, pau: number): boolean {
  const atMost = track.paidUnits.atMost.value;
  return pau > track.paidUnits.above.value && (atMost === null || pau <= atMost);
}

/**
 * A small integer per distinct (workload text, association text, month): exports repeat a few hundred
 * such combinations over a million rows, so rows compare by one number instead of a built string.
 */
class ComboIds {
  private readonly ids = new Map<string, Map<string, Map<number, number>>>();
  private next = 0;

  of(workloadKey: string, associationRaw: string, month: MonthIndex): number {
    let byAssociation = this.ids.get(workloadKey);
    if (!byAssociation) this.ids.set(workloadKey, (byAssociation = new Map()));
    let byMonth = byAssociation.get(associationRaw);
    if (!byMonth) byAssociation.set(associationRaw, (byMonth = new Map()));
    let id = byMonth.get(month);
    if (id === undefined) byMonth.set(month, (id = this.next++));
    return id;
  }
}

/**
 * The last model per export and rule set: the history scores six months of one export, and only a
 * claim month (DateAssociated) depends on the as-of month, so without claims one model serves them all.
 * One entry each (replaced when its key changes), so a cached model never outlives its use by much; keyed
 * by the rows' count as well, in case rows are added to an export.
 */
const models = new WeakMap<UsageData, WeakMap<ModernWorkUsageRules, { count: number; claims: boolean; asOf: MonthIndex; model: UsageModel }>>();

export function buildUsageModel(data: UsageData, rules: ModernWorkUsageRules, asOf: MonthIndex): UsageModel {
  let byRules = models.get(data);
  if (!byRules) models.set(data, (byRules = new WeakMap()));
  const last = byRules.get(rules);
  const rows = usageColumns(data);
  const count = rows.length;
  const claims = last?.count === count ? last.claims : rows.claimMonth.subarray(0, count).some((m) => m !== NO_CLAIM);
  if (last && last.count === count && (!claims || last.asOf === asOf)) return last.model;
  const model = modelOf(rows, data.tenants.length, rules, asOf);
  byRules.set(rules, { count, claims, asOf, model });
  return model;
}

function modelOf(rows: UsageColumns, tenants: number, rules: ModernWorkUsageRules, asOf: MonthIndex): UsageModel {
  const resolve = workloadResolver(rules);
  const usageOnly = new Set(rules.extraWorkloadsForUsage?.value ?? []);
  const countsForCustomers = (w: WorkloadRule) => !usageOnly.has(w);
  const workloadByKey = new Map<string, WorkloadRule | null>();
  const workloadOf = (r: { workloadKey: string }) => {
    let w = workloadByKey.get(r.workloadKey);
    if (w === undefined) {
      w = resolve(r.workloadKey);
      workloadByKey.set(r.workloadKey, w);
    }
    return w;
  };
  const ratio = rules.deploymentRatio.value;
  const duplicateOf = new Int32Array(rows.length).fill(-1);
  // Per tenant, the (workload key, association text, month) combinations seen and the groups: a tenant
  // has a few dozen rows, so a linear scan of a small array beats one Map of a million keys.
  const combos = new ComboIds();
  const seenByTenant: Array<number[] | undefined> = new Array(tenants);
  const groupsByTenant: Array<number[] | undefined> = new Array(tenants);
  const masks = new Map<MonthIndex, Uint8Array>();
  const services = new ServiceTable(Math.min(rows.length, 1024));
  const trackBits = rules.tracks.map((t) => TRACK_BIT[t.id]);
  const smbTrack = rules.tracks.find((t) => t.id === "smb");
  const groupKey = (tenant: number, workload: WorkloadRule, association: AssociationType) => `${tenant}\u0000${workload.id}\u0000${association}`;

  for (let i = 0; i < rows.length; i++) {
    const r = rows.kinds[rows.kind[i]];
    const tenant = rows.tenant[i];
    const month = rows.month[i];
    // The same tenant, workload, association text and month twice is one row exported twice.
    const combo = combos.of(r.workloadKey, r.associationRaw, month);
    let seen = seenByTenant[tenant];
    if (!seen) seenByTenant[tenant] = seen = [];
    let first = -1;
    for (let k = 0; k < seen.length; k += 2)
      if (seen[k] === combo) {
        first = seen[k + 1];
        break;
      }
    if (first >= 0) {
      duplicateOf[i] = first;
      continue;
    }
    seen.push(combo, i);
    const workload = workloadOf(r);
    if (!workload) continue;
    const pau = rows.pau[i];
    let bits = 0;
    for (let t = 0; t < rules.tracks.length; t++) {
      const track = rules.tracks[t];
      if (track.associations.value.includes(r.association) && inPaidBand(track, pau)) bits |= trackBits[t];
    }
    if (smbTrack && aboveBand(smbTrack, pau) && smbTrack.associations.value.includes(r.association)) bits |= ABOVE_SMB_ANY;
    if (countsForCustomers(workload)) bits |= ((bits & 3) << CUSTOMER_SHIFT) | (bits & ABOVE_SMB_ANY ? ABOVE_SMB_CUSTOMER : 0);
    if (bits) {
      let mask = masks.get(month);
      if (!mask) masks.set(month, (mask = new Uint8Array(tenants)));
      mask[tenant] |= bits;
    }
    if (r.association === "OTHER" || r.association === "PAL") continue;
    let list = groupsByTenant[tenant];
    if (!list) groupsByTenant[tenant] = list = [];
    let g = -1;
    for (const x of list)
      if (services.workload[x] === workload && services.association[x] === r.association) {
        g = x;
        break;
      }
    if (g < 0) list.push((g = services.add(tenant, workload, r.association)));
    const mau = rows.mau[i];
    services.addRow(g, month, mau, pau > 0 && mau / pau >= ratio);
    const claimMonth = rows.claimMonth[i];
    if (claimMonth !== NO_CLAIM && (services.claimMonth[g] === NO_CLAIM || month === asOf)) services.claimMonth[g] = claimMonth;
  }
  const promotion = rules.smbStaysEligibleAfterPromotion?.value === true ? rules.trailingMonths.value : 0;
  const raw = (tenant: number, month: MonthIndex) => masks.get(month)?.[tenant] ?? 0;
  let groups: ServiceGroup[] | undefined;
  return {
    workloadOf,
    duplicateOf,
    eligibility: (tenant, month) => eligibilityOf(raw, tenant, month, 0, ABOVE_SMB_ANY, promotion),
    customerEligibility: (tenant, month) => eligibilityOf(raw, tenant, month, CUSTOMER_SHIFT, ABOVE_SMB_CUSTOMER, promotion),
    countsForCustomers,
    services,
    group: (g) => new ServiceGroup(services, g),
    get groups() {
      return (groups ??= Array.from({ length: services.length }, (_, g) => new ServiceGroup(services, g)));
    },
    groupKey,
  };
}

function aboveBand(track: TrackRule, pau: number): boolean {
  const atMost = track.paidUnits.atMost.value;
  return atMost !== null && pau > atMost;
}

/**
 * Track bits of a tenant in a month. With the 2026 promotion rule, a tenant that outgrew the SMB band
 * (a workload above it under an SMB association) still counts for SMB when it was SMB-eligible in the
 * same month a year before: "A customer tenant promoted to Enterprise remains eligible for SMB if it
 * was classified as SMB in the previous year" (RULES.md §2.2). `yearBefore` is 0 when the rule set has no
 * such rule. A tenant that left, or moved to Enterprise-only associations, is not promoted.
 */
function eligibilityOf(
  raw: (t: number, m: MonthIndex) => number,
  tenant: number,
  month: MonthIndex,
  shift: number,
  aboveSmb: number,
  yearBefore: number
): number {
  const mask = raw(tenant, month);
  const bits = (mask >> shift) & 3;
  if (!yearBefore || bits & TRACK_BIT.smb || !(mask & aboveSmb)) return bits;
  return (raw(tenant, month - yearBefore) >> shift) & TRACK_BIT.smb ? bits | TRACK_BIT.smb : bits;
}

import type { UsageData } from "../../input/usage";
import { usageColumns } from "../../input/usageColumns";
import type { AssociationType } from "../../parse/associations";
import type { MonthIndex } from "../../parse/months";
import type { Band, SecurityM365Rule, SecurityRuleSet } from "./types";
import { aboveBand, inBand } from "./bands";
import { bump } from "../../model/tally";
import { emptyStats, nowAndBefore, type RowStats, type SecurityHalf, type Tally } from "./half";
import { nameMatcher } from "../../model/matching";

/** Paid (PAU) and active (MAU) seats of one eligible workload of one tenant in one month. */
export interface Seats {
  pau: number;
  mau: number;
  /** The record (index into UsageData.records) the seats were taken from (the row flags name it). */
  record: number;
}

/**
 * The months a Security M365 rule reads, with t = trailingMonths: M, its baseline M − t, and M − 2t
 * (the baseline's own year-earlier month, for the SMB "promoted tenant" reading). They are kept in
 * slots 0, 1 and 2 (the offset over t); other months are not read.
 */
const SLOTS = 3;
export function slotOf(offset: number, trailing: number): number {
  if (offset < 0 || offset % trailing !== 0) return -1;
  const i = offset / trailing;
  return i < SLOTS ? i : -1;
}

/** Per tenant: for M, M − t and M − 2t, eligible workload id → seats. */
export type M365Ledger = Map<number, Map<string, Seats>[]>;

export interface M365Read {
  ledgers: Map<string, M365Ledger>;
  stats: RowStats;
}

export const ledgerKey = (associations: readonly AssociationType[]): string => [...associations].sort().join("+");

/**
 * One pass over the M365 usage export. A workload seen under several counted association rows in one
 * month (CPOR and CSP Tier 1, or an exported duplicate) is taken once, from the row with most paid
 * seats: those rows describe the same tenant's licences, so adding them would count seats twice.
 */
export function readM365(data: UsageData, rules: SecurityRuleSet, asOf: MonthIndex): M365Read {
  const workload = nameMatcher(rules.m365Workloads.value);
  const trailing = rules.trailingMonths.value;
  const sets = new Map<string, { types: Set<AssociationType>; ledger: M365Ledger }>();
  for (const track of rules.tracks) {
    const key = ledgerKey(track.m365.associations.value);
    if (!sets.has(key)) sets.set(key, { types: new Set(track.m365.associations.value), ledger: new Map() });
  }
  const all = [...sets.values()];
  const stats = emptyStats();
  const rows = usageColumns(data);
  for (let index = 0; index < rows.length; index++) {
    const kind = rows.kinds[rows.kind[index]];
    const month = rows.month[index];
    stats.rows++;
    stats.months.add(month);
    const id = workload(kind.workloadKey);
    if (id === null) bump(stats.ineligible, kind.workload);
    const at = slotOf(asOf - month, trailing);
    let counted = false;
    for (const s of all) {
      if (!s.types.has(kind.association)) continue;
      counted = true;
      if (id === null || at < 0) continue;
      const tenant = rows.tenant[index];
      const pau = rows.pau[index];
      const mau = rows.mau[index];
      let months = s.ledger.get(tenant);
      if (!months) s.ledger.set(tenant, (months = Array.from({ length: SLOTS }, () => new Map())));
      const seen = months[at].get(id);
      if (!seen || pau > seen.pau || (pau === seen.pau && mau > seen.mau)) months[at].set(id, { pau, mau, record: index });
    }
    if (!counted) bump(stats.otherAssociations, kind.associationLabel || "(blank)");
  }
  const ledgers = new Map<string, M365Ledger>();
  for (const [key, s] of sets) ledgers.set(key, s.ledger);
  return { ledgers, stats };
}

export function m365LedgerFor(read: M365Read, rule: SecurityM365Rule): M365Ledger {
  return read.ledgers.get(ledgerKey(rule.associations.value)) ?? new Map();
}

/** Active paid seats of one workload: users both paid for and active (MAU above PAU is not a paid seat). */
export const activePaid = (s: Seats): number => Math.min(s.mau, s.pau);

/** The tenant has a workload whose paid seats are in the band at this slot. */
export function tenantInBand(months: Map<string, Seats>[], band: Band, i: number): boolean {
  if (i < 0 || i >= SLOTS) return false;
  for (const s of months[i].values()) if (inBand(band, s.pau)) return true;
  return false;
}

/**
 * Whether a workload's paid seats at slot `i` count for the band. With `keepPromoted`, seats above the
 * band's top still count for a tenant that was in the band a year (one slot) earlier (2026 SMB).
 */
export function seatsFit(band: Band, pau: number, months: Map<string, Seats>[], i: number, keepPromoted: boolean): boolean {
  if (inBand(band, pau)) return true;
  return keepPromoted && aboveBand(band, pau) && tenantInBand(months, band, i + 1);
}

function customers(ledger: M365Ledger, band: Band, i: number, keepPromoted: boolean): Tally {
  const tenants: number[] = [];
  for (const [tenant, months] of ledger) {
    for (const s of months[i].values())
      if (seatsFit(band, s.pau, months, i, keepPromoted)) {
        tenants.push(tenant);
        break;
      }
  }
  return { value: tenants.length, tenants };
}

/** Tenants with a workload in the seat band whose active share (MAU / PAU) is at least the rule's. */
function deployments(ledger: M365Ledger, rule: SecurityM365Rule["deployment"], i: number, keepPromoted: boolean): Tally {
  const tenants: number[] = [];
  for (const [tenant, months] of ledger) {
    for (const s of months[i].values())
      if (s.pau > 0 && seatsFit(rule.seats, s.pau, months, i, keepPromoted) && s.mau / s.pau >= rule.activeShare.value) {
        tenants.push(tenant);
        break;
      }
  }
  return { value: tenants.length, tenants };
}

/**
 * Protected users: per tenant, the most active paid seats on any one eligible workload (a user covered
 * by several security workloads is one protected user), summed over the growth tenants. The tenants
 * behind the sum are those with at least one protected user.
 */
function protectedUsers(ledger: M365Ledger, band: Band | null, i: number, keepPromoted: boolean): Tally {
  let sum = 0;
  const tenants: number[] = [];
  for (const [tenant, months] of ledger) {
    const workloads = months[i];
    let eligible = band === null;
    let most = 0;
    for (const s of workloads.values()) {
      if (!eligible && seatsFit(band!, s.pau, months, i, keepPromoted)) eligible = true;
      most = Math.max(most, activePaid(s));
    }
    if (eligible) {
      sum += most;
      if (most !== 0) tenants.push(tenant);
    }
  }
  return { value: sum, tenants };
}

/** The M365 half of a track: eligible customers, deployed tenants and protected users, at M (slot 0) and at its baseline (slot 1). */
export function m365Half(ledger: M365Ledger, rule: SecurityM365Rule, keepPromoted: boolean): SecurityHalf {
  const both = (at: (slot: number) => Tally) => nowAndBefore(at(0), at(1));
  return {
    customers: both((i) => customers(ledger, rule.customer, i, keepPromoted)),
    deployments: both((i) => deployments(ledger, rule.deployment, i, keepPromoted)),
    growth: both((i) => protectedUsers(ledger, rule.growthTenants, i, keepPromoted)),
  };
}

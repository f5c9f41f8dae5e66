import type { MeasureData } from "../../input/measures";
import { measureColumns } from "../../input/measureColumns";
import type { AssociationType } from "../../parse/associations";
import type { MonthIndex } from "../../parse/months";
import type { Band, SecurityAzureRule, SecurityRuleSet } from "./types";
import { aboveBand, inBand } from "./bands";
import { bump } from "../../model/tally";
import { emptyStats, nowAndBefore, type RowStats, type SecurityHalf, type Tally } from "./half";
import { nameMatcher, offerExcluder } from "../../model/matching";

/**
 * Months kept per tenant, newest first (index 0 = M), with t = trailingMonths: the TTM at the
 * baseline M − t reaches back to M − 2t + 1, and the SMB "promoted tenant" reading looks at the TTM
 * a year before that, at M − 2t (back to M − 3t + 1). The TTM is as long as the distance to the
 * baseline: the "previous TTM" is the twelve months before the current one.
 */
const windowOf = (trailing: number): number => 3 * trailing;

/** Eligible security ACR per tenant and month offset (0 = M, 1 = M − 1, …), for one set of association types. */
export type AzureLedger = Map<number, Float64Array>;

export interface AzureRead {
  /** Keyed by the association types counted (tracks with the same types share one ledger). */
  ledgers: Map<string, AzureLedger>;
  stats: RowStats;
}

const ledgerKey = (associations: readonly AssociationType[]): string => [...associations].sort().join("+");

/**
 * One pass over the Azure export: eligible services, eligible offers, the association types of each
 * track. ACR is summed (several rows of one tenant, service and month are separate charges).
 */
export function readAzure(data: MeasureData, rules: SecurityRuleSet, asOf: MonthIndex): AzureRead {
  const service = nameMatcher(rules.azureServices.value);
  const excludedOffer = offerExcluder(rules.excludedOffers.value);
  const window = windowOf(rules.trailingMonths.value);
  const sets = new Map<string, { types: Set<AssociationType>; ledger: AzureLedger }>();
  for (const track of rules.tracks) {
    const key = ledgerKey(track.azure.associations.value);
    if (!sets.has(key)) sets.set(key, { types: new Set(track.azure.associations.value), ledger: new Map() });
  }
  const all = [...sets.values()];
  const stats = emptyStats();
  const rows = measureColumns(data);
  for (let i = 0; i < rows.length; i++) {
    const r = rows.kinds[rows.kind[i]];
    const month = rows.month[i];
    stats.rows++;
    stats.months.add(month);
    const eligible = service(r.itemKey) !== null;
    if (!eligible) bump(stats.ineligible, r.item);
    const offer = excludedOffer(r.offer);
    if (offer !== null) bump(stats.excludedOffers, r.offer!);
    const offset = asOf - month;
    const kept = eligible && offer === null && offset >= 0 && offset < window;
    let counted = false;
    for (const s of all) {
      if (!s.types.has(r.association)) continue;
      counted = true;
      if (!kept) continue;
      let months = s.ledger.get(rows.tenant[i]);
      if (!months) s.ledger.set(rows.tenant[i], (months = new Float64Array(window)));
      months[offset] += rows.value[i];
    }
    if (!counted) bump(stats.otherAssociations, r.associationLabel || "(blank)");
  }
  const ledgers = new Map<string, AzureLedger>();
  for (const [key, s] of sets) ledgers.set(key, s.ledger);
  return { ledgers, stats };
}

export function ledgerFor(read: AzureRead, rule: SecurityAzureRule): AzureLedger {
  return read.ledgers.get(ledgerKey(rule.associations.value)) ?? new Map();
}

/** Trailing ACR over `length` months (trailingMonths) ending `offset` months before M (offset 0: M − length + 1..M). */
export function ttm(months: Float64Array, offset: number, length: number): number {
  let sum = 0;
  for (let i = offset; i < offset + length && i < months.length; i++) sum += months[i];
  return sum;
}

/**
 * Band test for one tenant at an offset. With `keepPromoted`, a tenant above the band's top that was
 * in the band a year (trailingMonths) earlier still counts (2026 SMB: "remains eligible for SMB if it
 * was classified as SMB in the previous year").
 */
export function fits(band: Band, months: Float64Array, offset: number, trailing: number, keepPromoted: boolean): boolean {
  const value = ttm(months, offset, trailing);
  if (inBand(band, value)) return true;
  return keepPromoted && aboveBand(band, value) && inBand(band, ttm(months, offset + trailing, trailing));
}

function count(ledger: AzureLedger, band: Band, offset: number, trailing: number, keepPromoted: boolean): Tally {
  const tenants: number[] = [];
  for (const [tenant, months] of ledger) if (fits(band, months, offset, trailing, keepPromoted)) tenants.push(tenant);
  return { value: tenants.length, tenants };
}

/** The TTM ACR of the tenants in the band (every tenant when null); the tenants behind it are those with a non-zero TTM. */
function securityAcr(ledger: AzureLedger, band: Band | null, offset: number, trailing: number, keepPromoted: boolean): Tally {
  let sum = 0;
  const tenants: number[] = [];
  for (const [tenant, months] of ledger)
    if (band === null || fits(band, months, offset, trailing, keepPromoted)) {
      const acr = ttm(months, offset, trailing);
      sum += acr;
      if (acr !== 0) tenants.push(tenant);
    }
  return { value: sum, tenants };
}

/**
 * The Azure half of a track. Customers: tenants whose TTM ACR is in the customer band, at M and at
 * the baseline M − trailing. Deployments: the same with the deployment band. Growth: the TTM ACR of
 * the growth tenants (the whole customer base in 2023), at M and at the baseline.
 */
export function azureHalf(ledger: AzureLedger, rule: SecurityAzureRule, trailing: number, keepPromoted: boolean): SecurityHalf {
  const both = (at: (offset: number) => Tally) => nowAndBefore(at(0), at(trailing));
  return {
    customers: both((o) => count(ledger, rule.customer, o, trailing, keepPromoted)),
    deployments: both((o) => count(ledger, rule.deployment, o, trailing, keepPromoted)),
    growth: both((o) => securityAcr(ledger, rule.growthTenants, o, trailing, keepPromoted)),
  };
}

import type { MonthIndex } from "../../parse/months";
import type { MetricSides } from "../../model/results";
import { side, sides } from "../../model/sides";

/**
 * One quantity in the as-of month M and in its baseline M − trailingMonths ("same month last
 * year", "previous TTM"), with the tenants behind each side (ledger keys: indexes into the
 * export's tenants): the tenants counted, or those with a non-zero part of a sum.
 */
export interface NowAndBefore {
  now: number;
  before: number;
  tenants: { now: number[]; before: number[] };
}

/** A quantity and the tenants behind it, at one month. */
export interface Tally {
  value: number;
  tenants: number[];
}

export const nowAndBefore = (now: Tally, before: Tally): NowAndBefore => ({
  now: now.value,
  before: before.value,
  tenants: { now: now.tenants, before: before.tenants },
});

/**
 * One half (Azure or M365) of a Security track. Each metric is the change from the baseline to M:
 * eligible customers (net customer adds), deployed tenants (deployments), and security ACR in USD
 * or protected users (usage growth).
 */
export interface SecurityHalf {
  customers: NowAndBefore;
  deployments: NowAndBefore;
  growth: NowAndBefore;
}

export const change = (x: NowAndBefore): number => x.now - x.before;

/** Both sides of one half's metric: the value is their difference (now − baseline). */
export function halfSides(measure: string, x: NowAndBefore, asOf: MonthIndex, trailing: number, name: (tenant: number) => string): MetricSides {
  return sides(measure, "difference", side(asOf, x.now, x.tenants.now.map(name)), side(asOf - trailing, x.before, x.tenants.before.map(name)));
}

/** Rows that count toward nothing, by the reason a user can act on. */
export interface RowStats {
  rows: number;
  /** Service / workload text → rows not on an eligible service or workload. */
  ineligible: Map<string, number>;
  /** Association label → rows under an association type no track of the rule set counts. */
  otherAssociations: Map<string, number>;
  /** Offer text → rows under an excluded offer (Azure only). */
  excludedOffers: Map<string, number>;
  /** Every month the export has rows for. */
  months: Set<number>;
}

export function emptyStats(): RowStats {
  return { rows: 0, ineligible: new Map(), otherAssociations: new Map(), excludedOffers: new Map(), months: new Set() };
}

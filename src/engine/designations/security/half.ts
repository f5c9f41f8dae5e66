/** One quantity in the as-of month M and in its baseline M − 12 ("same month last year", "previous TTM"). */
export interface NowAndBefore {
  now: number;
  before: number;
}

/**
 * One half (Azure or M365) of a Security track. Each metric is the change from M − 12 to M:
 * eligible customers (net customer adds), deployed tenants (deployments), and security ACR in USD
 * or protected users (usage growth).
 */
export interface SecurityHalf {
  customers: NowAndBefore;
  deployments: NowAndBefore;
  growth: NowAndBefore;
}

export const change = (x: NowAndBefore): number => x.now - x.before;

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

export function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

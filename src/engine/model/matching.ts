import { looseKey } from "../parse/keys";
import type { WorkloadRule } from "./ruleTypes";

// One per rule list: explaining scores thousands of single tenants with the same rules.
const matchers = new WeakMap<readonly WorkloadRule[], (key: string) => string | null>();

/** Looks up an export's service or workload text (any spelling: case, spaces, punctuation) → the rule's id. */
export function nameMatcher(rules: readonly WorkloadRule[]): (key: string) => string | null {
  let matcher = matchers.get(rules);
  if (!matcher) {
    const map = new Map<string, string>();
    for (const rule of rules) for (const name of [rule.name, ...rule.aliases]) map.set(looseKey(name), rule.id);
    matchers.set(rules, (matcher = (key) => map.get(key) ?? null));
  }
  return matcher;
}

/**
 * An offer the rules exclude: its text contains one of the excluded words ("Free Trial", "Azure
 * Internal Consumption", "Support Plan"). An empty offer (no OfferType column) counts.
 */
export function offerExcluder(excluded: readonly string[]): (offer: string | undefined) => string | null {
  const keys = excluded.map((name) => [looseKey(name), name] as const);
  const cache = new Map<string, string | null>();
  return (offer) => {
    if (!offer) return null;
    let hit = cache.get(offer);
    if (hit === undefined) {
      const key = looseKey(offer);
      hit = keys.find(([k]) => key.includes(k))?.[1] ?? null;
      if (cache.size < 10_000) cache.set(offer, hit);
    }
    return hit;
  };
}

import { tenantMatchKey } from "../input/withoutTenants";
import type { TenantRef } from "../input/tenantDirectory";

export interface CustomerMatches {
  /** Best first: a name or id starting with the text, then containing it; by name. */
  tenants: TenantRef[];
  /** How many match in all (more than `tenants` when cut at the limit). */
  total: number;
}

/**
 * Search over customers (in the order given) by name or id as typed: a name or id starting with the
 * text first, then containing it. Pure and quick: the pane runs it on its own thread as the user types.
 */
export function tenantSearch(tenants: readonly TenantRef[]): (text: string, limit?: number) => CustomerMatches {
  const keys = tenants.map((t) => ({ name: tenantMatchKey(t.name), id: tenantMatchKey(t.key) }));
  return (text, limit = 20) => {
    const q = tenantMatchKey(text);
    if (!q) return { tenants: [], total: 0 };
    const starts: TenantRef[] = [];
    const contains: TenantRef[] = [];
    keys.forEach((k, i) => {
      if (k.name.startsWith(q) || k.id.startsWith(q)) starts.push(tenants[i]);
      else if (k.name.includes(q) || k.id.includes(q)) contains.push(tenants[i]);
    });
    const all = [...starts, ...contains];
    return { tenants: all.slice(0, limit), total: all.length };
  };
}

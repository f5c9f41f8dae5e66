import type { ParsedInput } from "./collector";
import type { MeasureData } from "./measures";
import type { Tenant, UsageData } from "./usage";
import { usageWithout } from "./usageColumns";
import { measureWithout } from "./measureColumns";

/** The exports whose rows belong to customer tenants (skilling rows belong to people). */
export type TenantExport = "usage" | "azure" | "bizAppsUsage" | "bizAppsRevenue";

export const TENANT_EXPORTS: readonly TenantExport[] = ["usage", "azure", "bizAppsUsage", "bizAppsRevenue"];

/** Tenant indices per export (indices into that export's `tenants`). */
export type TenantIndices = Partial<Record<TenantExport, readonly number[]>>;

type TenantData = UsageData | MeasureData;

/** The tenants and rows of one export, or null when the input has no such export. */
export function tenantData(input: ParsedInput, exp: TenantExport): TenantData | null {
  return exp === "usage" ? input.usage : input[exp];
}

/** How a typed tenant is compared with an export's id or name: case and spaces do not matter. */
export function tenantMatchKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "");
}

export interface TenantMatch {
  indices: TenantIndices;
  /** The texts that matched a tenant in some export, and those that matched none (as given). */
  matched: string[];
  unmatched: string[];
}

/** Which tenants of which export the texts name: by tenant id (key) or by name. */
export function matchTenants(input: ParsedInput, tenants: readonly string[]): TenantMatch {
  const wanted = new Map<string, string>();
  for (const t of tenants) if (tenantMatchKey(t)) wanted.set(tenantMatchKey(t), t);
  const hit = new Set<string>();
  const indices: TenantIndices = {};
  for (const exp of TENANT_EXPORTS) {
    const data = tenantData(input, exp);
    if (!data) continue;
    const found: number[] = [];
    data.tenants.forEach((tenant: Tenant, i) => {
      let any = false;
      for (const k of new Set([tenantMatchKey(tenant.key), tenantMatchKey(tenant.name)]))
        if (wanted.has(k)) {
          hit.add(k);
          any = true;
        }
      if (any) found.push(i);
    });
    if (found.length) indices[exp] = found;
  }
  const matched: string[] = [];
  const unmatched: string[] = [];
  for (const [k, text] of wanted) (hit.has(k) ? matched : unmatched).push(text);
  return { indices, matched, unmatched };
}

function withoutIn<D extends TenantData>(data: D, drop: readonly number[] | undefined, fromColumns: (data: D, left: Set<number>) => D | null): D {
  if (!drop?.length) return data;
  const left = new Set(drop);
  // Tenant lists are kept as they are: records name tenants by index, so the indices stay valid.
  return fromColumns(data, left) ?? ({ ...data, records: (data.records as { tenant: number }[]).filter((r) => !left.has(r.tenant)) } as D);
}

/**
 * A copy of the input without any row of the given tenants (per export). The input is not changed;
 * exports the tenants are not in are shared with it, the others get a new, filtered record list.
 */
export function withoutTenantIndices(input: ParsedInput, indices: TenantIndices): ParsedInput {
  return {
    ...input,
    usage: withoutIn(input.usage, indices.usage, usageWithout),
    azure: input.azure && withoutIn(input.azure, indices.azure, measureWithout),
    bizAppsUsage: input.bizAppsUsage && withoutIn(input.bizAppsUsage, indices.bizAppsUsage, measureWithout),
    bizAppsRevenue: input.bizAppsRevenue && withoutIn(input.bizAppsRevenue, indices.bizAppsRevenue, measureWithout),
  };
}

/**
 * The input as if these customers had left: every row of the named tenants is left out of every
 * export (M365 usage, Azure, Business Applications usage and revenue). A tenant is named by its id or
 * its name, regardless of case and spaces. The tenant lists stay as they are (rows refer to tenants by
 * index), so a left-out tenant is still listed, with no rows. The input itself is not changed.
 */
export function withoutTenants(input: ParsedInput, tenants: readonly string[]): { input: ParsedInput; matched: string[]; unmatched: string[] } {
  const match = matchTenants(input, tenants);
  return { input: withoutTenantIndices(input, match.indices), matched: match.matched, unmatched: match.unmatched };
}

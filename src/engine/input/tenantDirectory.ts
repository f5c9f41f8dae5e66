import type { ParsedInput } from "./collector";
import { exportColumns } from "./exportColumns";
import { TENANT_EXPORTS, tenantData, tenantMatchKey, type TenantExport, type TenantIndices } from "./withoutTenants";

/** A customer as the explanations name it: one tenant, whichever exports it appears in. */
export interface TenantRef {
  /** The tenant id (the name where the export has no id column). */
  key: string;
  name: string;
  /** The exports holding its rows. */
  exports: TenantExport[];
}

export interface TenantEntry {
  ref: TenantRef;
  /** Its tenant indices per export (usually one; two when an export spells the id in two ways). */
  indices: Record<TenantExport, number[]>;
  /** Its rows per export (record indices), and how many in all. */
  records: Record<TenantExport, number[]>;
  rows: number;
}

export interface TenantDirectory {
  entries: TenantEntry[];
  entryOf(exp: TenantExport, tenant: number): TenantEntry | undefined;
}

const emptyByExport = (): Record<TenantExport, number[]> => ({ usage: [], azure: [], bizAppsUsage: [], bizAppsRevenue: [] });

/**
 * Every tenant of every export, one entry per customer: tenants of different exports are one customer
 * when their ids match, or their names match (case and spaces ignored). The M365 export often has names
 * only, while Azure and Business Applications exports carry ids and names.
 */
export function tenantDirectory(input: ParsedInput, { records = true }: { records?: boolean } = {}): TenantDirectory {
  const entries: TenantEntry[] = [];
  const byKey = new Map<string, TenantEntry>();
  const byName = new Map<string, TenantEntry>();
  const byIndex = new Map<TenantExport, (TenantEntry | undefined)[]>();
  for (const exp of TENANT_EXPORTS) {
    const data = tenantData(input, exp);
    if (!data) continue;
    const slots: (TenantEntry | undefined)[] = new Array(data.tenants.length);
    byIndex.set(exp, slots);
    data.tenants.forEach((tenant, i) => {
      const key = tenantMatchKey(tenant.key);
      const name = tenantMatchKey(tenant.name);
      let entry = byKey.get(key) ?? byKey.get(name) ?? byName.get(key);
      // A name shared with a tenant of another export is that tenant; within one export, two ids are two tenants.
      const sameName = byName.get(name);
      if (!entry && sameName && !sameName.indices[exp].length) entry = sameName;
      if (!entry) {
        entry = { ref: { key: tenant.key, name: tenant.name, exports: [] }, indices: emptyByExport(), records: emptyByExport(), rows: 0 };
        entries.push(entry);
      } else if (entry.ref.key === entry.ref.name && tenant.key !== tenant.name) {
        // Prefer an export with an id and a name over one whose name stands in for the id.
        entry.ref.key = tenant.key;
        entry.ref.name = tenant.name;
      }
      entry.indices[exp].push(i);
      if (!entry.ref.exports.includes(exp)) entry.ref.exports.push(exp);
      if (!byKey.has(key)) byKey.set(key, entry);
      if (!byName.has(name)) byName.set(name, entry);
      slots[i] = entry;
    });
    // Each row's index per tenant (explanations pick a tenant's rows): a pass over every row, left out when only the tenants are asked for.
    if (records) {
      const { tenant, length } = exportColumns(input, exp)!;
      for (let index = 0; index < length; index++) {
        const entry = slots[tenant[index]];
        if (!entry) continue;
        entry.records[exp].push(index);
        entry.rows++;
      }
    }
  }
  return { entries, entryOf: (exp, tenant) => byIndex.get(exp)?.[tenant] };
}

/** The entry's tenant indices, in the form withoutTenantIndices takes. */
export function indicesOf(entry: TenantEntry): TenantIndices {
  const out: TenantIndices = {};
  for (const exp of TENANT_EXPORTS) if (entry.indices[exp].length) out[exp] = entry.indices[exp];
  return out;
}

import type { ParsedInput } from "../input/collector";
import type { MeasureData } from "../input/measures";
import type { UsageData } from "../input/usage";
import { TENANT_EXPORTS, tenantData, type TenantExport } from "../input/withoutTenants";
import type { TenantEntry } from "../input/tenantDirectory";
import { exportColumns } from "../input/exportColumns";

type Data = UsageData | MeasureData;

/**
 * An input holding one customer's rows and nothing else, its tenants renumbered from 0, so that
 * scoring it costs what its own rows cost. `extra` names further record indices of `input` that belong
 * to it (rows a scenario appended). Skilling is left out: no tenant metric reads it.
 */
export function singleTenantInput(input: ParsedInput, entry: TenantEntry, extra: Partial<Record<TenantExport, number[]>> = {}): ParsedInput {
  const pick = (exp: TenantExport): Data | null => {
    const data = tenantData(input, exp);
    if (!data) return null;
    const renumber = new Map<number, number>();
    entry.indices[exp].forEach((t, i) => renumber.set(t, i));
    // From the columns: the export's records need not all be made to pick a tenant's.
    const rows = exportColumns(input, exp)!;
    const records = [...entry.records[exp], ...(extra[exp] ?? [])].map((i) => {
      const r = rows.record(i);
      r.tenant = renumber.get(r.tenant) ?? 0;
      return r;
    });
    return { files: data.files, tenants: entry.indices[exp].map((t) => data.tenants[t]), records, rejected: [] } as Data;
  };
  const [usage, azure, bizAppsUsage, bizAppsRevenue] = TENANT_EXPORTS.map(pick);
  return {
    usage: (usage as UsageData | null) ?? { files: [], tenants: [], records: [], rejected: [] },
    azure: azure as MeasureData | null,
    bizAppsUsage: bizAppsUsage as MeasureData | null,
    bizAppsRevenue: bizAppsRevenue as MeasureData | null,
    skilling: null,
    tables: [],
    issues: [],
  };
}

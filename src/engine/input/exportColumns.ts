import type { ParsedInput } from "./collector";
import { measureColumns } from "./measureColumns";
import type { RowColumns } from "./rowColumns";
import { usageColumns } from "./usageColumns";
import type { TenantExport } from "./withoutTenants";
import type { UsageRecord } from "./usage";
import type { MeasureRecord } from "./measures";

/** A tenant export's rows as columns, or null when the input has no such export. */
export function exportColumns(input: ParsedInput, exp: TenantExport): RowColumns<unknown, UsageRecord | MeasureRecord> | null {
  if (exp === "usage") return usageColumns(input.usage);
  const data = input[exp];
  return data ? measureColumns(data) : null;
}

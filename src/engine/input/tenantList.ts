import type { ParsedInput } from "./collector";
import { tenantDirectory, type TenantRef } from "./tenantDirectory";

/**
 * Every customer tenant of the exports, once (ids and names matched across exports), sorted by name:
 * what the pane offers to pick from ("Leave out a tenant"), so only real tenants can be named.
 */
export function tenantList(input: ParsedInput): TenantRef[] {
  return tenantDirectory(input, { records: false })
    .entries.map((e) => ({ ...e.ref, exports: [...e.ref.exports] }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.key.localeCompare(b.key));
}

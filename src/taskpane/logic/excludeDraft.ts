import { tenantMatchKey, type TenantRef } from "../../engine";

/** A tenant the picker offers: its name and id, as the exports spell them. */
export type TenantOption = Pick<TenantRef, "key" | "name">;

/** How typed text is compared with a tenant's name or id: the engine's own matching (case and spaces do not matter). */
const loose = tenantMatchKey;

/** The picker's line for a tenant: "Contoso (a1b2…)", the id shortened; the name alone when the export has no id. */
export function tenantLabel(t: TenantOption): string {
  if (t.key === t.name) return t.name;
  return `${t.name} (${t.key.length > 13 ? `${t.key.slice(0, 8)}…` : t.key})`;
}

/** The tenants whose name or id contains the text, names starting with it first; at most `limit` (long exports have thousands). */
export function matchingTenants(text: string, tenants: readonly TenantOption[], limit = 50): TenantOption[] {
  const k = loose(text);
  if (!k) return tenants.slice(0, limit);
  const hits = tenants.filter((t) => loose(t.name).includes(k) || loose(t.key).includes(k));
  const starts = hits.filter((t) => loose(t.name).startsWith(k));
  return [...starts, ...hits.filter((t) => !starts.includes(t))].slice(0, limit);
}

/** The tenant the text names exactly (by name or id), or null. */
export function findTenant(text: string, tenants: readonly TenantOption[]): TenantOption | null {
  const k = loose(text);
  if (!k) return null;
  return tenants.find((t) => loose(t.name) === k || loose(t.key) === k) ?? null;
}

/**
 * A tenant to leave out of the simulation ("what if this customer leaves"): one of the exports' tenants,
 * not listed yet. It is sent by name, or by id when another tenant has the same name.
 */
export function excludeFromDraft(text: string, listed: readonly string[], tenants: readonly TenantOption[]): { tenant: string | null; error?: string } {
  const typed = text.trim();
  if (!typed) return { tenant: null, error: "Choose a tenant from the list, or type its name or id." };
  const hit = findTenant(typed, tenants);
  if (!hit) return { tenant: null, error: `No tenant "${typed}" in the exports: choose one from the list.` };
  const shared = tenants.filter((t) => loose(t.name) === loose(hit.name)).length > 1;
  if (shared && loose(typed) !== loose(hit.key)) return { tenant: null, error: `Several tenants are named ${hit.name}: choose one from the list.` };
  const tenant = shared ? hit.key : hit.name;
  const same = (s: string) => loose(s) === loose(tenant) || loose(s) === loose(hit.key) || (!shared && loose(s) === loose(hit.name));
  if (listed.some(same)) return { tenant: null, error: `${hit.name} is already left out.` };
  return { tenant };
}

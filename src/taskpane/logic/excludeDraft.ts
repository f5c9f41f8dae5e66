/** A tenant to leave out of the simulation ("what if this customer leaves"), checked against those already listed. */
export function excludeFromDraft(text: string, listed: readonly string[]): { tenant: string | null; error?: string } {
  const tenant = text.trim();
  if (!tenant) return { tenant: null, error: "Type the tenant's name or id." };
  if (listed.some((t) => t.toLowerCase() === tenant.toLowerCase())) return { tenant: null, error: `${tenant} is already left out.` };
  return { tenant };
}

/**
 * Partner association (attach / attribution) types. Exports spell them many ways ("CSP Tier1",
 * "CSP Tier 1", "CSP T1", "CSP Tier-2", "DAP", "Partner Admin Link"); rules speak of the type.
 */
export type AssociationType = "CPOR" | "DPOR" | "CSP" | "PAL" | "OTHER";

export interface Association {
  type: AssociationType;
  /** Normalised label shown back to the user, e.g. "CSP Tier 1", "DPOR", or the raw text for OTHER. */
  label: string;
}

const cache = new Map<string, Association>();

export function normaliseAssociation(raw: string): Association {
  const hit = cache.get(raw);
  if (hit) return hit;
  const result = classify(raw);
  if (cache.size < 10_000) cache.set(raw, result);
  return result;
}

function classify(raw: string): Association {
  const key = raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (key === "") return { type: "OTHER", label: "(blank)" };
  if (key.startsWith("CPOR") || key.startsWith("CLAIMINGPARTNEROFRECORD") || key.startsWith("CLAIMEDPARTNEROFRECORD"))
    return { type: "CPOR", label: key === "CPOR" ? "CPOR" : raw.trim() };
  if (key === "DPOR" || key === "DAP" || key === "DIGITALPARTNEROFRECORD" || key === "DIRECTPARTNEROFRECORD") return { type: "DPOR", label: "DPOR" };
  if (key === "PAL" || key === "PARTNERADMINLINK") return { type: "PAL", label: "PAL" };
  if (key.startsWith("CSP") || key.startsWith("CLOUDSOLUTIONPROVIDER")) {
    const tier = key.replace(/^(CSP|CLOUDSOLUTIONPROVIDER)/, "");
    if (/^(TIER1|T1|1T|1|DIRECT|DIRECTBILL)$/.test(tier)) return { type: "CSP", label: "CSP Tier 1" };
    if (/^(TIER2|T2|2T|2|INDIRECT|INDIRECTRESELLER|RESELLER)$/.test(tier)) return { type: "CSP", label: "CSP Tier 2" };
    return { type: "CSP", label: "CSP" };
  }
  return { type: "OTHER", label: raw.trim() };
}

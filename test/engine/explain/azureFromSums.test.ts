/**
 * Explaining Azure tenants from the export's sums (method "from-sums") against scoring the export again
 * without each tenant, on generated exports: every association, segment, growth and service mix.
 */
import { explainTenants, type ParsedInput } from "../../../src/engine";
import { generatedAzure as generated } from "../../helpers/azure";

const AZURE = ["infrastructure", "data-ai", "digital-app-innovation"] as ("infrastructure" | "data-ai" | "digital-app-innovation")[];

/** Per designation and tenant: the counting track, total and qualification without it, to the 9th decimal. */
function outcomes(input: ParsedInput, options: Parameters<typeof explainTenants>[1]): Map<string, string> {
  const r = explainTenants(input, options);
  const out = new Map<string, string>();
  for (const d of r.designations)
    for (const e of d.tenants)
      out.set(
        `${d.designation}|${e.tenant.key}`,
        JSON.stringify([Math.round(e.points * 1e9), Math.round(e.designationPoints * 1e9), e.countingTrackWithout ?? null, e.qualification ?? null, e.summary])
      );
  return out;
}

describe("Azure explanations from the export's sums", () => {
  // Small exports have services only one tenant uses (a deployment that goes with it); larger ones the classification's margins.
  it.each([
    [1, "2023", 4_000],
    [2, "2026", 4_000],
    [3, "2026", 4_000],
    [4, "2023", 700],
    [5, "2026", 700],
  ] as const)(
    "agree with scoring again without each tenant (seed %d, %s rules, %d rows)",
    (seed, ruleSet, rows) => {
      const input = generated(seed, rows);
      const options = { designations: AZURE, ruleSet };
      const fast = outcomes(input, options);
      const slow = outcomes(input, { ...options, method: "leave-one-out" });
      expect(fast.size).toBeGreaterThan(rows / 100);
      expect([...fast].filter(([k, v]) => slow.get(k) !== v)).toEqual([]);
    },
    120_000
  );
});

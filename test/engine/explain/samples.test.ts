import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputCollector, readCsvText, type ParsedInput } from "../../../src/engine";
import { explainTenants, findNearMisses, type TenantEffects } from "../../../src/engine/explain";

const SAMPLES = join(__dirname, "../../../samples");
function samples(...names: string[]): ParsedInput {
  const c = new InputCollector();
  for (const n of names) readCsvText(c, n, readFileSync(join(SAMPLES, n), "utf8"));
  return c.result();
}
const ALL = ["modern-work-usage.csv", "azure-usage.csv", "bizapps-usage.csv", "bizapps-revenue.csv", "skilling.csv"];

/** Per designation, tenant, track and metric: units and points, rounded past float noise. */
function flatten(r: TenantEffects): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of r.designations)
    for (const e of d.tenants) {
      const metrics = e.tracks.map((t) => [
        t.track,
        Math.round(t.points * 1e9),
        t.metrics.map((m) => [m.metric, JSON.stringify(m.units, (_k, v) => (typeof v === "number" ? Math.round(v * 1e6) : v)), Math.round(m.points * 1e9)]),
      ]);
      out.set(`${d.designation}|${e.tenant.key}`, JSON.stringify([metrics, e.countingTrackWithout ?? null, e.qualification ?? null]));
    }
  return out;
}

describe("explain on the samples", () => {
  const input = samples(...ALL);

  it("gives Modern Work and Security from each tenant's own rows exactly what scoring again without the tenant gives", () => {
    const options = { designations: ["modern-work", "security"] as ("modern-work" | "security")[] };
    const fast = flatten(explainTenants(input, options));
    const slow = flatten(explainTenants(input, { ...options, method: "leave-one-out" }));
    // 246 M365 tenants (Modern Work and Security) + 61 Azure tenants (Security).
    expect(fast.size).toBe(246 + 307);
    expect([...fast].filter(([k, v]) => slow.get(k) !== v)).toEqual([]);
  }, 120_000);

  it("ranks the tenants that moved each score", () => {
    const r = explainTenants(input);
    const top = (id: string) => r.designations.find((d) => d.designation === id)!.tenants[0];
    // Modern Work SMB: 69EC10E37CD4351CE77E (CSP, 290 → 301 paid units) left the SMB band: −1 add, −652 MAU, −3 deployments (capped).
    expect(top("modern-work").tenant.key).toBe("69EC10E37CD4351CE77E");
    expect(top("modern-work").points).toBeCloseTo(-11.78, 9);
    // Business Applications: Humongous Insurance, lost, costs 14.5 points; without it the designation would qualify.
    expect(top("business-applications").tenant.name).toBe("Humongous Insurance AB");
    expect(top("business-applications").qualification).toBe("qualifies-only-without-it");
    // Infrastructure: only the growth points move (net customer adds are capped at 30): Pinecrest Hotels, new in 2025.
    expect(top("infrastructure").tenant.name).toBe("Pinecrest Hotels AB");
  });

  it("finds the near misses the samples were written for", () => {
    const r = findNearMisses(input);
    const find = (key: string) => r.nearMisses.find((n) => n.tenant.key === key || n.tenant.name === key);
    // PAU exactly 10 (one unit short of an SMB customer) and Windows-365-only tenant's Exchange at 8 paid units.
    expect(find("391FE278E8D46BBAC816")).toMatchObject({ kind: "paid-units", current: 10, more: 1 });
    expect(find("501289E778EA2013BE46")).toMatchObject({ kind: "paid-units", current: 8, more: 3 });
    // Umbra Lighting: $985.40 in Sep-2025 is $14.60 short of two consecutive $1,000 months; worth 0 (adds capped at 30).
    expect(find("Umbra Lighting LLC")).toMatchObject({ kind: "azure-customer-acr", item: "Sep-2025", more: 14.6, points: 0 });
  });
});

describe("explain on Azure exports: each tenant's terms taken from the export's sums", () => {
  const azure = samples("azure-usage.csv", "skilling.csv");
  const AZURE = ["infrastructure", "data-ai", "digital-app-innovation"] as ("infrastructure" | "data-ai" | "digital-app-innovation")[];

  it.each([
    ["the 2023 rules", { ruleSet: "2023" as const }],
    ["the 2026 rules (classified Enterprise or SMB)", { ruleSet: "2026" as const }],
    ["the 2026 rules, SMB given", { ruleSet: "2026" as const, tracks: { infrastructure: "smb", "data-ai": "smb", "digital-app-innovation": "smb" } as const }],
    ["trailing-12-month growth", { ruleSet: "2023" as const, options: ["growth-ttm"] }],
    ["an as-of month with months missing", { ruleSet: "2026" as const, asOf: "2024-12" }],
  ])(
    "gives exactly what scoring again without the tenant gives, with %s",
    (_what, extra) => {
      const options = { designations: AZURE, ...extra };
      const fast = explainTenants(azure, options);
      const slow = explainTenants(azure, { ...options, method: "leave-one-out" });
      expect(fast.designations.flatMap((d) => d.tenants.map((e) => e.method))).toEqual(expect.arrayContaining(["from-sums"]));
      expect(fast.designations.flatMap((d) => d.tenants.filter((e) => e.method === "leave-one-out"))).toEqual([]);
      const [a, b] = [flatten(fast), flatten(slow)];
      expect(a.size).toBe(61 * 3);
      expect([...a].filter(([k, v]) => b.get(k) !== v)).toEqual([]);
      // The texts say the same too.
      expect(fast.tenants.map((t) => t.text)).toEqual(slow.tenants.map((t) => t.text));
      // No designation scored again per tenant: one scoring of the base, whatever the number of tenants.
      expect(fast.stats).toEqual({ rescores: 0, tenantScores: 0 });
      expect(slow.stats.rescores).toBeGreaterThanOrEqual(61);
    },
    120_000
  );
});

describe("explain with rule options in force that only some designations have", () => {
  it("scores each designation again with its own options only (growth-ttm is Azure's, nca-smb-500 Business Applications')", () => {
    const input = samples(...ALL);
    const options = { options: ["growth-ttm", "nca-smb-500"] };
    const r = explainTenants(input, { ...options, tenants: ["Pinecrest Hotels AB", "69EC10E37CD4351CE77E"] });
    expect(r.unmatched).toEqual([]);
    expect(r.tenants).toHaveLength(2);
    expect(r.designations.map((d) => d.designation).sort()).toEqual(
      ["business-applications", "data-ai", "digital-app-innovation", "infrastructure", "modern-work", "security"].sort()
    );
    // Modern Work's tenant is scored alone with no option, Azure's with growth-ttm: the same effect as scoring again.
    const slow = explainTenants(input, { ...options, tenants: ["Pinecrest Hotels AB", "69EC10E37CD4351CE77E"], method: "leave-one-out" });
    expect(flatten(r)).toEqual(flatten(slow));
    expect(() => findNearMisses(input, options)).not.toThrow();
  });
});

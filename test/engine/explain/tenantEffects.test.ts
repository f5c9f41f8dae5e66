import { InputCollector, readCsvText, type ParsedInput } from "../../../src/engine";
import { explainTenants, type DesignationEffect, type TenantEffects } from "../../../src/engine/explain";
import { azureCsv, monthly } from "../../helpers/azure";
import { usageCsv, type UsageRow } from "../../helpers/score";

function read(files: Record<string, string>): ParsedInput {
  const c = new InputCollector();
  for (const [name, text] of Object.entries(files)) readCsvText(c, name, text);
  return c.result();
}

const effect = (r: TenantEffects, designation: string, tenant: string): DesignationEffect => {
  const e = r.designations.find((d) => d.designation === designation)!.tenants.find((t) => t.tenant.name === tenant);
  if (!e) throw new Error(`no ${tenant} in ${designation}`);
  return e;
};

// SMB track of the 2023 rules: net customer adds 20 points at 10 (2 per add); usage growth CSP 30 points at
// 2,000 MAU (0.015 per MAU); deployments CSP 25 points at 10 (2.5 each).
describe("explainTenants: Modern Work, a capped metric", () => {
  // Twelve new tenants with one deployed CSP service each (20 of 40 paid units active = 50 %), and L,
  // lost since Oct-2024 (a deployed service, 50 MAU).
  const rows: UsageRow[] = [["L", "CSP Tier 1", "Exchange", "Oct-2024", 50, 100]];
  for (let i = 1; i <= 12; i++) rows.push([`N${String(i).padStart(2, "0")}`, "CSP Tier 1", "Exchange", "Oct-2025", 20, 40]);
  const input = read({ "usage.csv": usageCsv(rows) });

  // With everyone: adds 12 − 1 = 11 (capped: 20); growth 12 × 20 − 50 = 190 MAU (2.85); deployments 12 − 1 = 11 (capped: 25).
  // Without L:   adds 12 (20), growth 240 (3.6), deployments 12 (25): L is worth −0.75 points, all of it usage growth.
  // Without N01: adds 10 (20), growth 170 (2.55), deployments 10 (25): N01 is worth +0.3.
  for (const method of ["auto", "leave-one-out"] as const)
    it(`gives units and points per metric, and says when a capped metric's points do not move (${method})`, () => {
      const r = explainTenants(input, { method });
      const l = effect(r, "modern-work", "L");
      expect(l.countingTrack).toBe("smb");
      expect(l.points).toBeCloseTo(-0.75, 12);
      expect(l.method).toBe(method === "auto" ? "per-tenant" : "leave-one-out");
      const smb = l.tracks.find((t) => t.track === "smb")!;
      expect(smb.metrics.map((m) => [m.metric, m.units, Math.round(m.points * 1e9) / 1e9])).toEqual([
        ["net-customer-adds", -1, 0],
        ["usage-growth", { CSP: -50 }, -0.75],
        ["deployments", { CSP: -1 }, 0],
      ]);
      expect(l.text).toBe(
        "L: −1 net customer add (0 points: already capped at 20 points either way (12 or 11 of 10)), −50 CSP MAU growth (−0.75 points), " +
          "−1 CSP deployment (0 points: already capped at 25 points either way (CSP 12 or 11 of 10))"
      );
      // CSP counts for SMB only: nothing moves on the Enterprise track.
      expect(l.tracks.find((t) => t.track === "enterprise")!.metrics).toEqual([]);
      const n = effect(r, "modern-work", "N01");
      expect(n.points).toBeCloseTo(0.3, 12);
      expect(n.text).toBe(
        "N01: +1 net customer add (0 points: already capped at 20 points either way (10 or 11 of 10)), +20 CSP MAU growth (+0.3 points), " +
          "+1 CSP deployment (0 points: already capped at 25 points either way (CSP 10 or 11 of 10))"
      );
      // Sorted by the effect on the counting track's total (|−0.75| first), then units, then name.
      expect(
        r.designations
          .find((d) => d.designation === "modern-work")!
          .tenants.map((e) => e.tenant.name)
          .slice(0, 3)
      ).toEqual(["L", "N01", "N02"]);
    });
});

describe("explainTenants: a tenant that decides qualification", () => {
  // L lost 300 MAU; twelve new tenants add 20 MAU each; Big (300 paid units: SMB) adds 250. Certified people typed in: 2 intermediate
  // (10 points) and 1 advanced (15 points) on SMB.
  const rows: UsageRow[] = [
    ["L", "CSP Tier 1", "Exchange", "Oct-2024", 300, 300],
    ["Big", "CSP Tier 1", "Exchange", "Oct-2025", 250, 300],
  ];
  for (let i = 1; i <= 12; i++) rows.push([`N${String(i).padStart(2, "0")}`, "CSP Tier 1", "Exchange", "Oct-2025", 20, 40]);
  const input = read({ "usage.csv": usageCsv(rows) });

  it("says the designation would no longer qualify without it", () => {
    const r = explainTenants(input, { intermediate: 2, advanced: 1 });
    // SMB with Big: adds 13 − 1 = 12 (capped 20) + 10 + 15 + growth 240 + 250 − 300 = 190 MAU (2.85) + deployments 12 (capped 25)
    // = 72.85: Qualified. Without Big: adds 11 (20), growth −60 (0 points), deployments 11 (25): 70 with a metric at 0, not qualified.
    const big = effect(r, "modern-work", "Big");
    expect(big.points).toBeCloseTo(2.85, 12);
    expect(big.qualification).toBe("qualifies-only-with-it");
    expect(big.text).toBe(
      "Big: +1 net customer add (0 points: already capped at 20 points either way (11 or 12 of 10)), +250 CSP MAU growth (+2.85 points), " +
        "+1 CSP deployment (0 points: already capped at 25 points either way (CSP 11 or 12 of 10)); without it Modern Work would no longer qualify"
    );
    // L: growth 190 with it, 490 without (7.35 points): −4.5; adds 12 or 13 and deployments 12 or 13 are capped either way.
    const l = effect(r, "modern-work", "L");
    expect(l.points).toBeCloseTo(-4.5, 12);
    expect(l.qualification).toBeUndefined();
  });
});

describe("explainTenants: a tenant in two designations", () => {
  // Contoso is in the M365 export by name and in the Azure export as tid-Contoso / Contoso: one customer.
  const input = read({
    "usage.csv": usageCsv([
      ["Contoso", "CSP Tier 1", "Exchange", "Oct-2025", 20, 40],
      ["Other", "CSP Tier 1", "Exchange", "Oct-2024", 50, 100],
      ["Other", "CSP Tier 1", "Exchange", "Oct-2025", 50, 100],
    ]),
    "azure.csv": azureCsv([
      ...monthly("Fabrikam", "Storage", "2024-09", "2025-10", 1000),
      ...monthly("Contoso", "Azure SQL Database", "2025-09", "2025-10", 1200),
    ]),
  });
  const options = { designations: ["infrastructure", "modern-work"] as ("infrastructure" | "modern-work")[] };

  for (const method of ["auto", "leave-one-out"] as const)
    it(`explains it in each designation whose exports hold its rows (${method})`, () => {
      const r = explainTenants(input, { ...options, method });
      const contoso = r.tenants.find((t) => t.tenant.name === "Contoso")!;
      expect(contoso.tenant).toEqual({ key: "tid-Contoso", name: "Contoso", exports: ["usage", "azure"] });
      // Infrastructure (2023): with Contoso, customers ≥ $1,000 in Sep and Oct: 2 now − 1 (Fabrikam) in 2024 = 1 add (10 points);
      // ACR Oct-2025 2,200 vs Oct-2024 1,000 = 120 % (capped at 20); services Storage + SQL = 2 (4 points).
      // Without it: 0 adds (0), 0 % (0), 1 service (2). Effect: +1 (+10), +120 pp (+20), +1 service (+2) = +32.
      // Modern Work SMB: with Contoso 1 add (2), CSP growth 20 MAU (0.3), 1 CSP deployment (2.5); without it 0, 0, 0: +4.8.
      expect(contoso.designations.map((d) => [d.designation, Math.round(d.points * 1e9) / 1e9])).toEqual([
        ["infrastructure", 32],
        ["modern-work", 4.8],
      ]);
      expect(contoso.points).toBe(32);
      expect(contoso.text).toBe(
        "Contoso: Infrastructure: +1 net customer add (+10 points), +120 percentage points of ACR growth (+20 points), +1 deployed Azure service (+2 points); " +
          "Modern Work (SMB): +1 net customer add (+2 points), +20 CSP MAU growth (+0.3 points), +1 CSP deployment (+2.5 points)"
      );
      // Only the designations that read a tenant's exports are scored for it.
      expect(r.tenants.find((t) => t.tenant.name === "Fabrikam")!.designations.map((d) => d.designation)).toEqual(["infrastructure"]);
      expect(r.tenants.find((t) => t.tenant.name === "Other")!.designations.map((d) => d.designation)).toEqual(["modern-work"]);
      // auto: the two Azure tenants' terms come from the export's sums, the two M365 tenants' from Modern Work's base score: nothing scored again.
      expect(r.stats).toEqual(method === "auto" ? { rescores: 0, tenantScores: 0 } : { rescores: 3, tenantScores: 0 });
      expect(contoso.designations.find((d) => d.designation === "infrastructure")!.method).toBe(method === "auto" ? "from-sums" : "leave-one-out");
    });

  it("explains the only tenant of an export: without it the designation has nothing in its tenant metrics", () => {
    // Contoso alone in the Azure export: 1 add (10 points), growth blocked (no Oct-2024 ACR: 0), 1 service (2 points).
    // Without it nothing is left to score: 0 adds, 0 services. Effect +12, and the growth moves neither units nor points.
    const alone = read({ "azure.csv": azureCsv(monthly("Contoso", "Azure SQL Database", "2025-09", "2025-10", 1200)) });
    const e = explainTenants(alone, { designations: ["infrastructure"] }).tenants[0].designations[0];
    expect(e.method).toBe("leave-one-out");
    expect(e.points).toBe(12);
    expect(e.summary).toBe("+1 net customer add (+10 points), +1 deployed Azure service (+2 points)");
  });

  it("takes a list of tenants (unknown ones reported) or a limit (those with most rows first)", () => {
    const listed = explainTenants(input, { ...options, tenants: ["CONTOSO", "Nobody"] });
    expect(listed.tenants.map((t) => t.tenant.name)).toEqual(["Contoso"]);
    expect(listed.unmatched).toEqual(["Nobody"]);
    // Rows: Fabrikam 14, Contoso 3, Other 2.
    const limited = explainTenants(input, { ...options, limit: 2 });
    expect(limited.tenants.map((t) => t.tenant.name).sort()).toEqual(["Contoso", "Fabrikam"]);
    expect(limited.leftOut).toBe(1);
  });

  it("explains a baseline customer: without it, ACR growth would have no baseline", () => {
    // Infrastructure with everyone: 1 add (10) + 120 % growth (20) + 2 services (4) = 34 performance points.
    // Without Fabrikam: customers now {Contoso} − in 2024 {} = 1 (10, unchanged); Oct-2024 ACR 0 is under the $1,000
    // minimum, so growth scores 0; 1 service (2). Fabrikam is worth 34 − 12 = +22: +120 pp (+20) and +1 service (+2).
    const f = explainTenants(input, { ...options, tenants: ["Fabrikam"] }).tenants[0].designations[0];
    expect(f.points).toBeCloseTo(22, 12);
    expect(f.tracks[0].metrics.map((m) => [m.metric, m.units, m.points])).toEqual([
      ["usage-growth", 120, 20],
      ["deployments", 1, 2],
    ]);
  });
});

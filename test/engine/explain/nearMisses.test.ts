import { InputCollector, readCsvText, type ParsedInput } from "../../../src/engine";
import { findNearMisses, type NearMiss } from "../../../src/engine/explain";
import { azureCsv as azureExportCsv, monthly } from "../../helpers/azure";
import { bizUsageCsv, revenueCsv } from "../../helpers/bizApps";
import { usageCsv, type UsageRow } from "../../helpers/score";
import { azureCsv as securityAzureCsv } from "../../helpers/security";

function read(files: Record<string, string>): ParsedInput {
  const c = new InputCollector();
  for (const [name, text] of Object.entries(files)) readCsvText(c, name, text);
  return c.result();
}

const byTenant = (list: NearMiss[]) => Object.fromEntries(list.map((n) => [n.tenant.name, n]));
const round = (n: number) => Math.round(n * 1e9) / 1e9;

describe("near misses: Modern Work deployment ratio (40 %, window down to 30 %)", () => {
  // Four new SMB tenants (100 paid units each, CSP) in Oct-2025. SMB now: adds 4 (8 points); CSP growth 30 + 39 + 40 + 29 = 138 MAU
  // (138 × 30 / 2,000 = 2.07); deployments CSP 1 (T40 at exactly 40 %: 2.5 points).
  const rows: UsageRow[] = [30, 39, 40, 29].map((mau) => [`T${mau}`, "CSP Tier 1", "Exchange", "Oct-2025", mau, 100]);
  const r = findNearMisses(read({ "usage.csv": usageCsv(rows) }), { designations: ["modern-work"] });

  it("finds 30 % and 39 %, not 29 % (outside the window) nor 40 % (a deployment)", () => {
    expect(r.nearMisses.map((n) => n.tenant.name)).toEqual(["T30", "T39"]);
    const t = byTenant(r.nearMisses);
    // T30: 10 more users reach 40 of 100: +1 CSP deployment (2.5) and +10 MAU growth (0.15) = 2.65.
    expect(t.T30).toMatchObject({ kind: "deployment-ratio", item: "Exchange (CSP Tier 1)", current: 30, more: 10, unit: "active users", tracks: ["smb"] });
    expect(t.T30.threshold).toMatchObject({ value: 0.4, rule: "deploymentRatio", ruleSet: "modern-work-2023", source: "seed-004" });
    expect(round(t.T30.points)).toBe(2.65);
    // T39: 1 more user: +2.5 + 0.015 = 2.515.
    expect(t.T39.more).toBe(1);
    expect(round(t.T39.points)).toBe(2.515);
    expect(t.T39.text).toBe(
      "T39: Exchange (CSP Tier 1) has 39 of 100 paid units active in Oct-2025 (39 %); 1 more active user reaches the 40 % deployment ratio: +2.52 points " +
        "(Modern Work (SMB): +2.52 points, +1 CSP MAU growth (+0.02 points), +1 CSP deployment (+2.5 points))"
    );
  });
});

describe("near misses: Modern Work paid units (SMB: more than 10, window 8–10)", () => {
  // Exchange under CSP in Oct-2025. Only P11 is an SMB customer now: adds 1 (2 points), CSP growth 11 MAU (0.165), 1 deployment (2.5).
  const rows: UsageRow[] = [
    ["P7", "CSP Tier 1", "Exchange", "Oct-2025", 7, 7],
    ["P8", "CSP Tier 1", "Exchange", "Oct-2025", 8, 8],
    ["P10", "CSP Tier 1", "Exchange", "Oct-2025", 3, 10],
    ["P11", "CSP Tier 1", "Exchange", "Oct-2025", 11, 11],
  ];
  const r = findNearMisses(read({ "usage.csv": usageCsv(rows) }), { designations: ["modern-work"] });

  it("finds 8 and 10 paid units, with what reaching 11 is worth", () => {
    const t = byTenant(r.nearMisses);
    expect(Object.keys(t).sort()).toEqual(["P10", "P8"]);
    // P8 → 11 paid units: a customer (+2), its 8 MAU count (+0.12), 8 of 11 active is a deployment (+2.5) = 4.62.
    expect(t.P8).toMatchObject({ kind: "paid-units", current: 8, more: 3, unit: "paid units", tracks: ["smb"] });
    expect(t.P8.threshold).toMatchObject({ value: 10, rule: "tracks[1].paidUnits.above" });
    expect(round(t.P8.points)).toBe(4.62);
    // P10 → 11: a customer (+2) and 3 MAU (+0.045, shown rounded as 0.04 by formatPoints); 3 of 11 active (27 %) is no deployment: 2.045.
    expect(t.P10.more).toBe(1);
    expect(round(t.P10.points)).toBe(2.045);
    expect(r.nearMisses.map((n) => n.tenant.name)).toEqual(["P8", "P10"]);
    expect(t.P10.text).toBe(
      "P10: Exchange (CSP Tier 1) has 10 paid units in Oct-2025; the SMB track needs more than 10: 1 more paid unit makes it an SMB customer: +2.05 points " +
        "(Modern Work (SMB): +2.05 points, +1 net customer add (+2 points), +3 CSP MAU growth (+0.04 points))"
    );
  });

  it("takes the windows as options", () => {
    const wide = findNearMisses(read({ "usage.csv": usageCsv(rows) }), { designations: ["modern-work"], windows: { paidUnits: 0.3 } });
    expect(wide.nearMisses.map((n) => n.tenant.name).sort()).toEqual(["P10", "P7", "P8"]);
  });
});

describe("near misses: Azure net-customer-add ACR ($1,000 in both of the last two months, window 10 %)", () => {
  // Fabrikam is a customer at both ends (adds 0: 0 points). Everyone runs Storage, so deployments stay 1 service.
  // Oct-2025 ACR 1,000 + 900 + 899.99 + 950 = 3,749.99 against 1,000 in Oct-2024: growth capped at 20.
  const input = read({
    "azure.csv": azureExportCsv([
      ...monthly("Fabrikam", "Storage", "2024-09", "2025-10", 1000),
      ...monthly("A900", "Storage", "2025-09", "2025-10", 900),
      ...monthly("A899", "Storage", "2025-09", "2025-10", 899.99),
      ["A950", "Storage", "2025-09", 1000],
      ["A950", "Storage", "2025-10", 950],
    ]),
  });
  const r = findNearMisses(input, { designations: ["infrastructure"] });

  it("finds exactly 10 % below in both months and one month short, not 10.001 % below", () => {
    const t = byTenant(r.nearMisses);
    expect(Object.keys(t).sort()).toEqual(["A900", "A950"]);
    // Each crossing is one more net customer add: 0 → 1 of 3 = +10 points. The $50 adds 50 / 1,000 = 5 percentage points
    // of growth (274.999 % → 279.999 %), capped at 20 points either way.
    expect(t.A950).toMatchObject({ kind: "azure-customer-acr", item: "Oct-2025", current: 950, more: 50, unit: "USD ACR", designations: ["infrastructure"] });
    expect(t.A950.threshold).toMatchObject({ value: 1000, rule: "tracks[0].ncaMinMonthlyAcr" });
    expect(t.A900).toMatchObject({ item: "Oct-2025, Sep-2025", more: 200 });
    expect(round(t.A950.points)).toBe(10);
    expect(round(t.A900.points)).toBe(10);
    // Equal worth: the smaller shortfall first ($50 of $1,000 before $200).
    expect(r.nearMisses.map((n) => n.tenant.name)).toEqual(["A950", "A900"]);
    expect(t.A950.text).toBe(
      "A950: ACR $950 in Oct-2025, $1,000 in Sep-2025; a customer needs $1,000 in both of the last two months: $50 more in Oct-2025 makes it one: +10 points " +
        "(Infrastructure: +10 points, +1 net customer add (+10 points), +5 percentage points of ACR growth (0 points: already capped at 20 points either way (275 or 280 of 20)))"
    );
  });
});

describe("near misses: Security's Azure half (2023: customer ≥ $100, deployment ≥ $12,000 over 12 months)", () => {
  // PAL Sentinel. S90: $90 in Oct-2025 (exactly 10 % under $100); S89: $89.99; D: $1,080 a month Jan–Oct 2025 = $10,800 (10 % under $12,000).
  const rows: [string, string, string, number, string][] = [
    ["S90", "Sentinel", "2025-10", 90, "PAL"],
    ["S89", "Sentinel", "2025-10", 89.99, "PAL"],
  ];
  for (let m = 1; m <= 10; m++) rows.push(["D", "Sentinel", `2025-${String(m).padStart(2, "0")}`, 1080, "PAL"]);
  const r = findNearMisses(read({ "azure.csv": securityAzureCsv(rows) }), { designations: ["security"] });

  it("finds the tenants exactly 10 % under a band, priced by the engine's rule", () => {
    // Now: 1 Azure customer (D) − 0 a year before = 1 add (2 points); growth 10,979.99 USD (8.78 points); 0 deployments.
    // D + $1,200: 1 deployment (3.33 points) + $1,200 growth (0.96) = 4.2933…; S90 + $10: 1 more add (2) + $10 growth (0.008) = 2.008.
    // (The raise carries a millionth of a dollar so float sums of cents cross the band: ~1e-9 points, hence 6 decimals.)
    expect(r.nearMisses.map((n) => [n.tenant.name, n.item, n.more])).toEqual([
      ["D", "deployment band", 1200],
      ["S90", "customer band", 10],
    ]);
    expect(r.nearMisses[0].points).toBeCloseTo(1 / 0.3 + 0.96, 6);
    expect(r.nearMisses[1].points).toBeCloseTo(2.008, 6);
    // S89 at $89.99 is just outside the window.
    expect(r.nearMisses.some((n) => n.tenant.name === "S89")).toBe(false);
    expect(r.nearMisses[0].threshold).toMatchObject({ value: 12000, rule: "tracks[0].azure.deployment.atLeast" });
  });
});

describe("near misses: Business Applications (SMB: revenue ≥ $250 a month, MCV ≥ 5,000)", () => {
  // B is steady (Sales $300 in both Octobers; Finance 60 MAU × 100 = 6,000 MCV in both): adds 0, deployments 0.
  // T1 Sales $225 (10 % under $250), T2 $224.99; U1 Finance 45 MAU = 4,500 MCV (10 % under 5,000), U2 44 MAU = 4,400.
  const input = read({
    "revenue.csv": revenueCsv([
      ["B", "Sales", "2024-10", 300, "CSP Tier 1"],
      ["B", "Sales", "2025-10", 300, "CSP Tier 1"],
      ["T1", "Sales", "2025-10", 225, "CSP Tier 1"],
      ["T2", "Sales", "2025-10", 224.99, "CSP Tier 1"],
    ]),
    "bizusage.csv": bizUsageCsv([
      ["B", "Finance", "2024-10", 60, "CPOR OSU"],
      ["B", "Finance", "2025-10", 60, "CPOR OSU"],
      ["U1", "Finance", "2025-10", 45, "CPOR OSU"],
      ["U2", "Finance", "2025-10", 44, "CPOR OSU"],
    ]),
  });
  const r = findNearMisses(input, { designations: ["business-applications"] });

  it("finds the revenue and the MCV exactly 10 % under, and says growth is blocked", () => {
    // U1 + 5 MAU: 1 net deployment (20 / 5 = 4 points); MCV growth 148.33 % → 156.67 % but the 6,000 baseline is under the
    // 25,000 the SMB track needs (0 points). T1 + $25: 1 net customer add (15 / 5 = 3 points).
    expect(r.nearMisses.map((n) => [n.tenant.key, n.kind, n.more, round(n.points)])).toEqual([
      ["U1", "bizapps-mcv", 5, 4],
      ["T1", "bizapps-revenue", 25, 3],
    ]);
    const growth = r.nearMisses[0].worth[0].tracks.find((t) => t.track === "smb")!.metrics.find((m) => m.metric === "usage-growth")!;
    expect(growth.points).toBe(0);
    expect(growth.note).toMatch(/^scores 0 either way: baseline MCV in Oct-2024 is 6,000, under the 25,000 the SMB track needs/);
  });
});

import { securityModule } from "../../../src/engine/designations/security/module";
import { security2023 } from "../../../src/engine/designations/security/rules2023";
import type { SecurityRuleSet } from "../../../src/engine/designations/security/types";
import type { MetricResult, MetricSides } from "../../../src/engine/model/results";
import { monthIndex } from "../../../src/engine/parse/months";
import { everyMonth, scoreSecurity, securityInput, securityMetric, type AzureRow, type UsageRow } from "../../helpers/security";

/**
 * The two sides of Security's numbers: per part (Azure, M365), the figure at the as-of month and at
 * its baseline, and the tenants behind each. Every expected value is worked out by hand below.
 */

const part = (m: MetricResult, key: "azure" | "m365"): MetricSides => {
  expect(m.sides).toBeDefined();
  return m.sides![key];
};

/** "now → baseline" in one line: value and tenants of each side. */
const brief = (s: MetricSides) => ({
  measure: s.measure,
  change: s.change,
  now: [s.now.month, s.now.value, s.now.tenants],
  baseline: [s.baseline.month, s.baseline.value, s.baseline.tenants],
  note: s.note,
});

// 2023, as of Oct-2025: TTM at M = Nov-2024..Oct-2025; baseline Oct-2024, TTM Nov-2023..Oct-2024.
const OPTIONS = { asOf: "2025-10", ruleSet: "2023" };
// $0 rows in all 24 months: Zulu has no ACR, so it is behind no side (not even the ACR sums).
const FILLER: AzureRow[] = everyMonth("2023-11", "2025-10", (m) => ["Zulu", "Sentinel", m, 0, "PAL"]);

const AZURE: AzureRow[] = [
  ...FILLER,
  ["Alpha", "Sentinel", "2025-05", 150, "PAL"], // now $150: a customer now
  ["Bravo", "Key Vault", "2024-06", 13000, "PAL"], // baseline $13,000: customer and deployment a year ago only
  ["Charlie", "Sentinel", "2024-10", 200, "PAL"], // baseline $200: a customer
  ["Charlie", "Sentinel", "2025-10", 12500, "PAL"], // now $12,500: a customer and a deployment
  ["Delta", "Sentinel", "2025-01", 50, "PAL"], // now $50: no customer, but part of the security ACR
  ["Foxtrot", "Azure Firewall", "2025-08", 100, "PAL"], // now $100 exactly: a customer
  ["Echo", "Sentinel", "2025-03", 5000, "CSP Tier 1"], // CSP does not count in 2023
];

const M365: UsageRow[] = [
  ["Tango", "CPOR", "Intune", "Oct-2025", 10, 30], // now: 30 seats, 33 % active: customer, deployed; 10 protected
  ["Uniform", "CPOR", "MDO", "Oct-2024", 20, 40], // baseline: customer, deployed; 20 protected
  ["Victor", "CPOR", "Intune", "Oct-2025", 2, 24], // now: 24 seats, no customer; 2 protected
  ["Whiskey", "CPOR", "MDE", "Oct-2024", 50, 100], // baseline: customer, deployed (50 %); 50 protected
  ["Whiskey", "CPOR", "MDE", "Oct-2025", 3, 100], // now: customer, not deployed (3 %); 3 protected
  ["Xray", "CSP Tier 1", "Intune", "Oct-2025", 100, 100], // CSP does not count in 2023
  ["Yankee", "CPOR", "Intune", "Oct-2025", 0, 50], // now: customer, not deployed; 0 protected: behind no sum
];

describe("Security 2023: the two sides of each part", () => {
  const r = scoreSecurity({ azure: AZURE, m365: M365 }, OPTIONS);

  test("net customer adds: the customers now and a year ago, by part", () => {
    const m = securityMetric(r, "single", "net-customer-adds");
    // Azure: Alpha, Charlie, Foxtrot now; Bravo, Charlie a year ago: 3 − 2 = 1.
    expect(brief(part(m, "azure"))).toEqual({
      measure: "Azure customers",
      change: "difference",
      now: ["2025-10", 3, ["Alpha", "Charlie", "Foxtrot"]],
      baseline: ["2024-10", 2, ["Bravo", "Charlie"]],
      note: undefined,
    });
    // M365: Tango, Whiskey, Yankee now (Victor's 24 seats fall short); Uniform, Whiskey a year ago: 3 − 2 = 1.
    expect(brief(part(m, "m365"))).toEqual({
      measure: "M365 customers",
      change: "difference",
      now: ["2025-10", 3, ["Tango", "Whiskey", "Yankee"]],
      baseline: ["2024-10", 2, ["Uniform", "Whiskey"]],
      note: undefined,
    });
    expect(m.value).toEqual({ azure: 1, m365: 1 });
  });

  test("deployments: the deployed tenants now and a year ago, by part", () => {
    const m = securityMetric(r, "single", "deployments");
    // Azure: Charlie ($12,500) now; Bravo ($13,000) a year ago: 1 − 1 = 0.
    expect(brief(part(m, "azure"))).toEqual({
      measure: "Azure deployments",
      change: "difference",
      now: ["2025-10", 1, ["Charlie"]],
      baseline: ["2024-10", 1, ["Bravo"]],
      note: undefined,
    });
    // M365: Tango (33 %) now; Uniform (50 %) and Whiskey (50 %) a year ago: 1 − 2 = −1.
    expect(brief(part(m, "m365"))).toEqual({
      measure: "M365 deployments",
      change: "difference",
      now: ["2025-10", 1, ["Tango"]],
      baseline: ["2024-10", 2, ["Uniform", "Whiskey"]],
      note: undefined,
    });
    expect(m.value).toEqual({ azure: 0, m365: -1 });
  });

  test("usage growth: security ACR and protected users now and a year ago, with the tenants that make them", () => {
    const m = securityMetric(r, "single", "usage-growth");
    // Azure: 150 + 12,500 + 50 + 100 = 12,800 now; 13,000 + 200 = 13,200 a year ago: −400. Zulu's $0 is behind neither.
    expect(brief(part(m, "azure"))).toEqual({
      measure: "Azure security ACR over 12 months (USD)",
      change: "difference",
      now: ["2025-10", 12800, ["Alpha", "Charlie", "Delta", "Foxtrot"]],
      baseline: ["2024-10", 13200, ["Bravo", "Charlie"]],
      note: undefined,
    });
    // M365: 10 + 2 + 3 + 0 = 15 now (Yankee's 0 is behind nothing); 20 + 50 = 70 a year ago: −55.
    expect(brief(part(m, "m365"))).toEqual({
      measure: "M365 protected users",
      change: "difference",
      now: ["2025-10", 15, ["Tango", "Victor", "Whiskey"]],
      baseline: ["2024-10", 70, ["Uniform", "Whiskey"]],
      note: undefined,
    });
    expect(m.value).toEqual({ azure: -400, m365: -55 });
  });

  test("every part's value is its now side minus its baseline side; certifications have no sides", () => {
    for (const m of r.report.designations[0].tracks[0].metrics) {
      if (m.id === "intermediate-certifications") {
        expect(m.sides).toBeUndefined();
        continue;
      }
      const value = m.value as Record<string, number>;
      expect(Object.keys(m.sides!).sort()).toEqual(Object.keys(value).sort());
      for (const [key, s] of Object.entries(m.sides!)) expect(s.now.value - s.baseline.value).toBeCloseTo(value[key], 9);
    }
  });

  test("a missing export gives its part two empty sides", () => {
    const only = scoreSecurity({ m365: M365 }, OPTIONS);
    const s = part(securityMetric(only, "single", "usage-growth"), "azure");
    expect(brief(s)).toEqual({
      measure: "Azure security ACR over 12 months (USD)",
      change: "difference",
      now: ["2025-10", 0, []],
      baseline: ["2024-10", 0, []],
      note: undefined,
    });
  });
});

describe("Security 2026: sides per track (issue 10's promoted-tenant case)", () => {
  // As of Oct-2026. p1's TTM ACR: $9,600 a year ago (SMB band), $15,000 now (above it: promoted, still SMB).
  // u1: 200 paid seats a year ago (SMB band), 400 now (promoted, still SMB).
  const r = scoreSecurity(
    {
      azure: [
        ["p1", "Key Vault", "2025-10", 9600, "PAL"],
        ["p1", "Key Vault", "2026-10", 15000, "PAL"],
      ],
      m365: [
        ["u1", "CPOR", "Intune", "Oct-2025", 100, 200],
        ["u1", "CPOR", "Intune", "Oct-2026", 200, 400],
      ],
    },
    { asOf: "2026-10" }
  );

  test("SMB: the promoted tenant is behind both sides: +5,400 USD and +100 protected users", () => {
    const m = securityMetric(r, "smb", "usage-growth");
    expect(brief(part(m, "azure"))).toEqual({
      measure: "Azure security ACR over 12 months (USD)",
      change: "difference",
      now: ["2026-10", 15000, ["p1"]],
      baseline: ["2025-10", 9600, ["p1"]],
      note: undefined,
    });
    expect(brief(part(m, "m365"))).toEqual({
      measure: "M365 protected users",
      change: "difference",
      now: ["2026-10", 200, ["u1"]],
      baseline: ["2025-10", 100, ["u1"]],
      note: undefined,
    });
    expect(m.value).toEqual({ azure: 5400, m365: 100 });
    // A customer and a deployment on both sides: no change.
    const d = securityMetric(r, "smb", "deployments");
    expect([part(d, "azure").now.tenants, part(d, "azure").baseline.tenants, part(d, "m365").now.tenants, part(d, "m365").baseline.tenants]).toEqual([
      ["p1"],
      ["p1"],
      ["u1"],
      ["u1"],
    ]);
  });

  test("Enterprise: the tenants enter the band now, so the baseline side is empty", () => {
    const m = securityMetric(r, "enterprise", "usage-growth");
    // Azure: > $12,000 now only; M365: > 300 seats now only (200 active paid seats).
    expect(brief(part(m, "azure"))).toEqual({
      measure: "Azure security ACR over 12 months (USD)",
      change: "difference",
      now: ["2026-10", 15000, ["p1"]],
      baseline: ["2025-10", 0, []],
      note: undefined,
    });
    expect(brief(part(m, "m365"))).toEqual({
      measure: "M365 protected users",
      change: "difference",
      now: ["2026-10", 200, ["u1"]],
      baseline: ["2025-10", 0, []],
      note: undefined,
    });
    const nca = securityMetric(r, "enterprise", "net-customer-adds");
    // Azure customers (≥ $600) on both sides; the M365 customer (> 300 seats) now only.
    expect(brief(part(nca, "azure")).baseline).toEqual(["2025-10", 1, ["p1"]]);
    expect(brief(part(nca, "m365")).baseline).toEqual(["2025-10", 0, []]);
    expect(nca.value).toEqual({ azure: 0, m365: 1 });
  });
});

describe("Security: the baseline and the ACR window follow the rule set's trailingMonths", () => {
  test("with 6 trailing months, the baseline is M − 6 and the ACR sums six months", () => {
    const rules: SecurityRuleSet = { ...security2023, trailingMonths: { ...security2023.trailingMonths, value: 6 } };
    const input = securityInput({
      azure: [
        ["Alpha", "Sentinel", "2025-05", 150, "PAL"], // in May..Oct-2025: a customer now
        ["Bravo", "Sentinel", "2025-04", 150, "PAL"], // in Nov-2024..Apr-2025: a customer at the baseline only (with 12 months, on both sides)
      ],
      m365: [
        ["Tango", "CPOR", "Intune", "Apr-2025", 30, 30], // the baseline month Apr-2025
        ["Tango", "CPOR", "Intune", "Oct-2025", 30, 30],
        ["Uniform", "CPOR", "Intune", "Oct-2024", 30, 30], // twelve months back: not read
      ],
    });
    const score = securityModule.score(input, rules, { asOf: monthIndex(2025, 10), counts: {}, options: [], rows: false });
    const nca = score.tracks[0].metrics.find((m) => m.id === "net-customer-adds")!;
    expect(brief(part(nca, "azure"))).toEqual({
      measure: "Azure customers",
      change: "difference",
      now: ["2025-10", 1, ["Alpha"]],
      baseline: ["2025-04", 1, ["Bravo"]],
      note: undefined,
    });
    expect(brief(part(nca, "m365"))).toEqual({
      measure: "M365 customers",
      change: "difference",
      now: ["2025-10", 1, ["Tango"]],
      baseline: ["2025-04", 1, ["Tango"]],
      note: undefined,
    });
    expect(
      part(
        score.tracks[0].metrics.find((m) => m.id === "usage-growth")!,
        "azure"
      ).measure
    ).toBe("Azure security ACR over 6 months (USD)");
    // The Azure export's 12 months Nov-2024..Oct-2025 lack all but two; the M365 baseline month is there.
    const codes = score.warnings.map((w) => w.code);
    expect(codes).toContain("security-azure-ttm-months-missing");
    expect(codes).not.toContain("security-m365-no-baseline");
    expect(score.warnings.find((w) => w.code === "security-azure-ttm-months-missing")!.message).toMatch(
      /of the 12 months Nov-2024\.\.Oct-2025\): the trailing-6-month ACR at Oct-2025 and at Apr-2025/
    );
  });
});

import { everyMonth, scoreSecurity, securityMetric, warningCodes, type AzureRow, type UsageRow } from "../../helpers/security";

// As-of M = Oct-2025, baseline M − 12 = Oct-2024. TTM at M = Nov-2024..Oct-2025; TTM at M − 12 = Nov-2023..Oct-2024.
const OPTIONS = { asOf: "2025-10", ruleSet: "2023" };

// A $0 row in each of the 24 months so the TTM windows are complete (no missing-month warning).
const FILLER: AzureRow[] = everyMonth("2023-11", "2025-10", (m) => ["Z", "Sentinel", m, 0, "PAL"]);

const AZURE: AzureRow[] = [
  ...FILLER,
  ["A", "Sentinel", "2025-10", 100, "PAL"], // TTM(M) = $100 exactly: a customer
  ["B", "Key Vault", "2025-05", 99.99, "PAL"], // TTM(M) = $99.99: not a customer
  ["C", "Azure Firewall", "2024-03", 50, "PAL"], // TTM(M−12) = $50 + $50 = $100: a customer a year ago, lost
  ["C", "Azure Firewall", "2024-10", 50, "PAL"],
  ["D", "Sentinel", "2025-01", 20000, "CSP Tier 1"], // CSP does not count in 2023
  ["E", "Virtual Machines", "2025-06", 50000, "PAL"], // not a security service
  ["F", "Azure AD B2C", "2025-02", 6000, "PAL"], // aliases of Azure Active Directory B2C and Azure Defender:
  ["F", "Security Center", "2025-03", 6000, "PAL"], // TTM(M) = $12,000 exactly: "a total of $12,000" deploys
  ["G", "Microsoft Defender for Cloud", "2024-06", 12000, "PAL"], // TTM(M−12) = $12,000: deployed a year ago
  ["G", "Microsoft Defender for Cloud", "2025-06", 13000, "PAL"], // TTM(M) = $13,000: deployed now
  ["H", "Azure Front Door", "2025-07", 20000, "PAL", "Free Trial"], // excluded offer
];

const M365: UsageRow[] = [
  ["T1", "CPOR", "Intune", "Oct-2025", 10, 25], // 25 paid seats exactly: a customer; 40 % active: deployed
  ["T2", "CPOR", "MDO", "Oct-2025", 24, 24], // 24 seats: neither; its 24 active paid seats are still protected users
  ["T3", "CPOR", "Azure AD Premium", "Oct-2025", 3, 20],
  ["T3", "CPOR", "MDE", "Oct-2025", 30, 200], // 30 / 200 = 15 % exactly: deployed
  ["T4", "CPOR", "Microsoft Defender for Identity", "Oct-2025", 29, 200], // 14.5 %: a customer, not deployed
  ["T5", "CPOR", "Exchange", "Oct-2025", 500, 500], // not a security workload
  ["T6", "CSP Tier 1", "Intune", "Oct-2025", 100, 100], // CSP does not count in 2023
  ["T7", "CPOR", "Intune", "Oct-2024", 50, 100], // customer and deployed both years
  ["T7", "CPOR", "Intune", "Oct-2025", 60, 100],
  ["T8", "CPOR", "Information Protection", "Oct-2024", 40, 40], // customer and deployed a year ago only
];

describe("Security 2023: Azure half", () => {
  const r = scoreSecurity({ azure: AZURE }, OPTIONS);

  test("net customer adds: tenants with ≥ $100 TTM security ACR under PAL, at M minus at M − 12", () => {
    // Customers at M: A ($100), F ($12,000), G ($13,000) = 3; at M − 12: C ($100), G ($12,000) = 2. 3 − 2 = 1 add × 2 points.
    const m = securityMetric(r, "single", "net-customer-adds");
    expect(m.value).toEqual({ azure: 1, m365: 0 });
    expect(m.points).toBe(2);
  });

  test("deployments: tenants with a total of $12,000 TTM ACR ($12,000 exactly counts)", () => {
    // At M: F ($12,000), G ($13,000) = 2; at M − 12: G = 1. 1 deployment × 20 / 6 = 3.33 points.
    const m = securityMetric(r, "single", "deployments");
    expect(m.value).toEqual({ azure: 1, m365: 0 });
    expect(m.points).toBeCloseTo(20 / 6, 10);
  });

  test("usage growth: TTM security ACR across the customer base, 1 point per $1,250", () => {
    // At M: 100 + 99.99 + 12,000 + 13,000 = 25,199.99; at M − 12: C 100 + G 12,000 = 12,100.
    // Growth 13,099.99 / 1,250 = 10.479992 points. CSP, VM and trial rows count toward nothing.
    const m = securityMetric(r, "single", "usage-growth");
    expect((m.value as Record<string, number>).azure).toBeCloseTo(13099.99, 6);
    expect(m.points).toBeCloseTo(10.479992, 6);
  });

  test("rows outside the rules are named in warnings", () => {
    const codes = warningCodes(r);
    expect(codes).toEqual(
      expect.arrayContaining(["security-no-m365", "security-azure-ineligible-associations", "security-ineligible-services", "security-excluded-offers"])
    );
    expect(codes).not.toContain("security-azure-ttm-months-missing");
    const associations = r.report.warnings.find((w) => w.code === "security-azure-ineligible-associations")!;
    expect(associations.message).toMatch(/counts PAL\)/);
    expect(associations.message).toMatch(/CSP Tier 1 \(1 row\)/);
  });
});

describe("Security 2023: M365 half", () => {
  const r = scoreSecurity({ m365: M365 }, OPTIONS);

  test("net customer adds: tenants with ≥ 25 paid seats on an eligible workload under CPOR (25 counts, 24 does not)", () => {
    // At M: T1 (25), T3 (200), T4 (200), T7 (100) = 4; at M − 12: T7, T8 = 2. 2 adds × 2 = 4 points.
    const m = securityMetric(r, "single", "net-customer-adds");
    expect(m.value).toEqual({ azure: 0, m365: 2 });
    expect(m.points).toBe(4);
  });

  test("deployments: ≥ 25 paid seats and ≥ 15 % of them active on one workload (15 % exactly counts)", () => {
    // At M: T1 (40 %), T3 (MDE 15 %), T7 (60 %) = 3, not T4 (14.5 %); at M − 12: T7, T8 = 2. 1 × 20 / 6.
    const m = securityMetric(r, "single", "deployments");
    expect(m.value).toEqual({ azure: 0, m365: 1 });
    expect(m.points).toBeCloseTo(20 / 6, 10);
  });

  test("usage growth: protected users = per tenant the most active paid seats on one workload, 1 point per 125", () => {
    // At M: T1 min(10, 25) = 10, T2 24, T3 max(3, 30) = 30, T4 29, T7 60 → 153; at M − 12: T7 50 + T8 40 = 90.
    // Growth 63 / 125 = 0.504 points.
    const m = securityMetric(r, "single", "usage-growth");
    expect(m.value).toEqual({ azure: 0, m365: 63 });
    expect(m.points).toBeCloseTo(0.504, 10);
  });

  test("CSP rows and non-security workloads are named in warnings", () => {
    const codes = warningCodes(r);
    expect(codes).toEqual(expect.arrayContaining(["security-no-azure", "security-m365-ineligible-associations", "security-ineligible-workloads"]));
    expect(r.report.warnings.find((w) => w.code === "security-ineligible-workloads")!.message).toMatch(/Exchange \(1 row\)/);
  });
});

describe("Security 2023: both halves total into each metric", () => {
  test("each half is computed apart and the points added", () => {
    const r = scoreSecurity({ azure: AZURE, m365: M365 }, OPTIONS);
    // NCA: Azure 1 + M365 2 adds = 3 × 2 = 6. Deployments: 1 + 1 = 2 × 20 / 6 = 6.67. Growth: 10.479992 + 0.504.
    expect(securityMetric(r, "single", "net-customer-adds").points).toBe(6);
    expect(securityMetric(r, "single", "deployments").points).toBeCloseTo(40 / 6, 10);
    expect(securityMetric(r, "single", "usage-growth").points).toBeCloseTo(10.983992, 6);
    expect(securityMetric(r, "single", "net-customer-adds").pointsBy).toEqual({ azure: 2, m365: 4 });
    expect(r.report.designations[0].trackChoice).toBe("single");
  });

  test("the combined points are capped at 20", () => {
    const azure: AzureRow[] = [...FILLER];
    const m365: UsageRow[] = [];
    // 7 Azure customers ($2,000 TTM each) + 5 M365 customers (50 seats, 100 % active): 12 adds × 2 = 24 → 20.
    for (let i = 0; i < 7; i++) azure.push([`AZ${i}`, "Sentinel", "2025-09", 2000, "PAL"]);
    for (let i = 0; i < 5; i++) m365.push([`M${i}`, "CPOR", "Intune", "Oct-2025", 50, 50]);
    // 4 Azure deployments ($12,500 each) + the 5 M365 tenants: 9 × 20 / 6 = 30 → 20.
    for (let i = 0; i < 4; i++) azure.push([`AD${i}`, "Key Vault", "2025-08", 12500, "PAL"]);
    const r = scoreSecurity({ azure, m365 }, OPTIONS);
    const nca = securityMetric(r, "single", "net-customer-adds");
    expect(nca.value).toEqual({ azure: 11, m365: 5 }); // the 4 deployed tenants are customers too
    expect(nca.points).toBe(20);
    expect(nca.gaps).toEqual([]);
    const deployments = securityMetric(r, "single", "deployments");
    expect(deployments.value).toEqual({ azure: 4, m365: 5 });
    expect(deployments.points).toBe(20);
    // Growth: 7 × 2,000 + 4 × 12,500 = $64,000 → 51.2 points, capped; M365 250 users → 2 points.
    const growth = securityMetric(r, "single", "usage-growth");
    expect(growth.value).toEqual({ azure: 64000, m365: 250 });
    expect(growth.pointsBy).toEqual({ azure: 51.2, m365: 2 });
    expect(growth.points).toBe(20);
  });

  test("gaps name what either half alone still needs", () => {
    const r = scoreSecurity({ azure: AZURE, m365: M365 }, OPTIONS);
    // NCA at 6 of 20: 14 points more = 7 adds from either half (0.5 adds per point).
    const gaps = securityMetric(r, "single", "net-customer-adds").gaps;
    expect(gaps.map((g) => g.text)).toEqual(["7 more Azure net customer adds: +14 points", "7 more M365 net customer adds: +14 points"]);
  });

  test("a negative half scores 0 and does not cancel the other half", () => {
    // Azure: one customer lost (C at M − 12 only) = −1; M365: one customer added = +1 → 0 + 2 points.
    const r = scoreSecurity(
      {
        azure: [...FILLER, ["C", "Sentinel", "2024-05", 500, "PAL"]],
        m365: [
          ["T", "CPOR", "Intune", "Oct-2025", 30, 30],
          ["X", "CPOR", "Intune", "Oct-2024", 1, 1],
        ],
      },
      OPTIONS
    );
    const m = securityMetric(r, "single", "net-customer-adds");
    expect(m.value).toEqual({ azure: -1, m365: 1 });
    expect(m.points).toBe(2);
  });
});

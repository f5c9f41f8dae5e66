import { inBand } from "../../../src/engine/designations/security/bands";
import { everyMonth, scoreSecurity, securityMetric, securityTrack, warningCodes, type AzureRow, type SkillRow, type UsageRow } from "../../helpers/security";

// As-of M = Oct-2026 (security-2026 in force), baseline M − 12 = Oct-2025.
// TTM at M = Nov-2025..Oct-2026; TTM at M − 12 = Nov-2024..Oct-2025.
const OPTIONS = { asOf: "2026-10" };

const FILLER: AzureRow[] = everyMonth("2024-11", "2026-10", (m) => ["Z", "Sentinel", m, 0, "PAL"]);

const AZURE: AzureRow[] = [
  ...FILLER,
  ["A", "Sentinel", "2026-10", 600, "PAL"], // $600 exactly: a customer (both tracks); SMB growth tenant
  ["B", "Key Vault", "2026-09", 750, "CSP Tier 2"], // $750 exactly: SMB deployment (CSP counts in 2026)
  ["C", "Microsoft Entra", "2026-08", 12000, "PAL"], // $12,000 exactly: SMB deployment, not Enterprise
  ["D", "Azure Firewall", "2026-07", 12000.01, "PAL"], // > $12,000: Enterprise deployment
  ["E", "Network Watcher", "2026-10", 5000, "PAL"], // eligible in 2023, not in 2026
  ["F", "Sentinel", "2026-10", 5000, "CPOR"], // CPOR does not count for Azure
  ["G", "Sentinel", "2025-10", 20000, "PAL"], // a year ago: customer, Enterprise deployment, Enterprise growth; lost
  ["H", "Key Vault", "2025-05", 599, "PAL"], // a year ago: not a customer (< $600), SMB growth tenant
];

const M365: UsageRow[] = [
  ["U1", "CPOR", "Intune", "Oct-2026", 46, 301], // 301 > 300: Enterprise; 46 / 301 = 15.3 % active
  ["U2", "CSP Tier 1", "MDO", "Oct-2026", 300, 300], // 300: SMB (5–300), not Enterprise
  ["U3", "CPOR", "Microsoft Defender for Identity", "Oct-2026", 5, 5], // 5: SMB
  ["U4", "CPOR", "Intune", "Oct-2026", 4, 4], // 4: neither track
  ["U5", "CPOR", "Intune", "Oct-2026", 100, 400], // Enterprise workload (25 % active) ...
  ["U5", "CPOR", "MDO", "Oct-2026", 20, 50], // ... and an SMB workload (40 %): the tenant counts in both tracks
  ["U6", "CPOR", "Defender for Endpoint P1", "Oct-2026", 500, 500], // 2026: Defender for Endpoint P2 only
  ["U7", "CPOR", "Defender for Endpoint P2", "Oct-2026", 200, 400], // Enterprise, 50 % active
  ["U8", "DPOR", "Intune", "Oct-2026", 100, 100], // DPOR does not count
  ["U9", "CPOR", "Entra ID P1", "Oct-2025", 100, 200], // a year ago: SMB customer, deployed; gone now
];

describe("Security 2026: Azure half", () => {
  const r = scoreSecurity({ azure: AZURE }, OPTIONS);

  test("rule set and tracks", () => {
    const d = r.report.designations[0];
    expect(d.ruleSet.id).toBe("security-2026");
    expect(d.trackChoice).toBe("best");
    expect(d.tracks.map((t) => t.id)).toEqual(["enterprise", "smb"]);
  });

  test("net customer adds: ≥ $600 TTM under PAL or CSP, 2 points each (Enterprise), 4 each (SMB)", () => {
    // Customers at M: A, B, C, D = 4; at M − 12: G = 1. 3 adds: Enterprise 3 × 2 = 6, SMB 3 × 4 = 12.
    expect(securityMetric(r, "enterprise", "net-customer-adds").value).toEqual({ azure: 3, m365: 0 });
    expect(securityMetric(r, "enterprise", "net-customer-adds").points).toBe(6);
    expect(securityMetric(r, "smb", "net-customer-adds").value).toEqual({ azure: 3, m365: 0 });
    expect(securityMetric(r, "smb", "net-customer-adds").points).toBe(12);
  });

  test("deployments: Enterprise > $12,000 TTM; SMB $750–$12,000 inclusive", () => {
    // Enterprise: D at M, G at M − 12 → 0. SMB: B ($750), C ($12,000) at M, none at M − 12 (H $599) → 2 × 20 / 6.
    expect(securityMetric(r, "enterprise", "deployments").value).toEqual({ azure: 0, m365: 0 });
    expect(securityMetric(r, "enterprise", "deployments").points).toBe(0);
    expect(securityMetric(r, "smb", "deployments").value).toEqual({ azure: 2, m365: 0 });
    expect(securityMetric(r, "smb", "deployments").points).toBeCloseTo(40 / 6, 10);
  });

  test("usage growth: Enterprise $1,250 a point over tenants > $12,000; SMB $750 a point over tenants with 0 < TTM ≤ $12,000", () => {
    // Enterprise: D 12,000.01 at M − G 20,000 at M − 12 = −7,999.99 → 0 points.
    const ent = securityMetric(r, "enterprise", "usage-growth");
    expect((ent.value as Record<string, number>).azure).toBeCloseTo(-7999.99, 6);
    expect(ent.points).toBe(0);
    // SMB: A 600 + B 750 + C 12,000 = 13,350 at M − H 599 at M − 12 = 12,751 / 750 = 17.0013 points.
    const smb = securityMetric(r, "smb", "usage-growth");
    expect(smb.value).toEqual({ azure: 12751, m365: 0 });
    expect(smb.points).toBeCloseTo(12751 / 750, 10);
  });

  test("services dropped in 2026 and CPOR rows are named in warnings", () => {
    expect(warningCodes(r)).toEqual(expect.arrayContaining(["security-ineligible-services", "security-azure-ineligible-associations"]));
    expect(r.report.warnings.find((w) => w.code === "security-ineligible-services")!.message).toMatch(/Network Watcher/);
    expect(r.report.warnings.find((w) => w.code === "security-azure-ineligible-associations")!.message).toMatch(/counts PAL, CSP Tier 1\/2\).*CPOR/);
  });
});

describe("Security 2026: M365 half", () => {
  const r = scoreSecurity({ m365: M365 }, OPTIONS);

  test("net customer adds: Enterprise a workload > 300 paid licences, SMB 5–300; a tenant may count in both", () => {
    // Enterprise at M: U1, U5, U7 = 3; none a year ago → 3 × 2 = 6.
    expect(securityMetric(r, "enterprise", "net-customer-adds").value).toEqual({ azure: 0, m365: 3 });
    expect(securityMetric(r, "enterprise", "net-customer-adds").points).toBe(6);
    // SMB at M: U2 (300), U3 (5), U5 (MDO 50) = 3; at M − 12: U9 → 2 × 4 = 8.
    expect(securityMetric(r, "smb", "net-customer-adds").value).toEqual({ azure: 0, m365: 2 });
    expect(securityMetric(r, "smb", "net-customer-adds").points).toBe(8);
  });

  test("deployments: ≥ 15 % active on a workload in the track's licence band", () => {
    // Enterprise at M: U1 (15.3 %), U5 (Intune 25 %), U7 (50 %) = 3 → 3 × 20 / 6 = 10.
    expect(securityMetric(r, "enterprise", "deployments").value).toEqual({ azure: 0, m365: 3 });
    expect(securityMetric(r, "enterprise", "deployments").points).toBeCloseTo(10, 10);
    // SMB at M: U2, U3, U5 (MDO 40 %) = 3; at M − 12: U9 (50 %) → 2 × 20 / 6.
    expect(securityMetric(r, "smb", "deployments").value).toEqual({ azure: 0, m365: 2 });
    expect(securityMetric(r, "smb", "deployments").points).toBeCloseTo(40 / 6, 10);
  });

  test("usage growth: protected users of the track's tenants; Enterprise 125 a point, SMB 50", () => {
    // Enterprise: U1 46 + U5 max(100, 20) = 100 + U7 200 = 346 → 346 / 125 = 2.768.
    expect(securityMetric(r, "enterprise", "usage-growth").value).toEqual({ azure: 0, m365: 346 });
    expect(securityMetric(r, "enterprise", "usage-growth").points).toBeCloseTo(2.768, 10);
    // SMB: U2 300 + U3 5 + U5 100 = 405 at M − U9 100 at M − 12 = 305 → 305 / 50 = 6.1.
    expect(securityMetric(r, "smb", "usage-growth").value).toEqual({ azure: 0, m365: 305 });
    expect(securityMetric(r, "smb", "usage-growth").points).toBeCloseTo(6.1, 10);
  });

  test("Defender for Endpoint P1 and DPOR rows count toward nothing", () => {
    expect(r.report.warnings.find((w) => w.code === "security-ineligible-workloads")!.message).toMatch(/Defender for Endpoint P1/);
    expect(r.report.warnings.find((w) => w.code === "security-m365-ineligible-associations")!.message).toMatch(/DPOR \(1 row\)/);
  });
});

describe("Security 2026: both halves, both tracks, best total", () => {
  // Enterprise 2/2/3 people = 20 points; SMB 4 + 4 + 3 × 8 = 32 (RULES.md §3.4 examples).
  const SKILLS: SkillRow[] = [
    ["P1", "Microsoft Certified: Azure Security Engineer Associate"],
    ["P2", "Microsoft Certified: Cloud and AI Security Engineer Associate"],
    ["P3", "Microsoft Certified: Security Operations Analyst Associate"],
    ["P4", "Security Operations Analyst Associate"],
    ["P5", "Microsoft Certified: Cybersecurity Architect Expert"],
    ["P6", "Microsoft Certified: Identity and Access Administrator Associate"],
    ["P7", "Microsoft Certified: Information Security Administrator Associate"],
  ];

  test("each track totals its halves; the better track total counts", () => {
    const r = scoreSecurity({ azure: AZURE, m365: M365, skilling: SKILLS }, OPTIONS);
    // Enterprise: NCA (3 + 3) × 2 = 12; certs 20; growth 0 + 2.768; deployments (0 + 3) × 20 / 6 = 10 → 44.768.
    const ent = securityTrack(r, "enterprise");
    expect(ent.metrics.map((m) => m.id)).toEqual(["net-customer-adds", "intermediate-certifications", "usage-growth", "deployments"]);
    expect(securityMetric(r, "enterprise", "net-customer-adds").points).toBe(12);
    expect(securityMetric(r, "enterprise", "intermediate-certifications").points).toBeCloseTo(20, 10);
    expect(ent.total).toBeCloseTo(44.768, 10);
    // SMB: NCA 12 + 8 = 20; certs 32; growth 17.0013 + 6.1 = 23.1 → 20; deployments (2 + 2) × 20 / 6 = 13.33 → 85.33.
    const smb = securityTrack(r, "smb");
    expect(securityMetric(r, "smb", "net-customer-adds").points).toBe(20);
    expect(securityMetric(r, "smb", "usage-growth").points).toBe(20);
    expect(securityMetric(r, "smb", "deployments").points).toBeCloseTo(80 / 6, 10);
    expect(smb.total).toBeCloseTo(72 + 80 / 6, 10);
    const d = r.report.designations[0];
    expect(d.bestTrack).toBe("smb");
    expect(d.total).toBeCloseTo(72 + 80 / 6, 10);
    expect(d.qualified).toBe(true);
    expect(d.status).toBe("Qualified");
  });

  test("Enterprise wins when the customers are large", () => {
    // 4 tenants with 400 licences, 100 % active: Enterprise NCA 4 × 2 = 8, deployments 4 × 20 / 6 = 13.3,
    // growth 1,600 / 125 = 12.8; SMB has none of them. Certs as above: Enterprise 20 vs SMB 32.
    const m365: UsageRow[] = ["L1", "L2", "L3", "L4"].map((t) => [t, "CPOR", "Intune", "Oct-2026", 400, 400]);
    const r = scoreSecurity({ m365, skilling: SKILLS }, OPTIONS);
    expect(securityTrack(r, "enterprise").total).toBeCloseTo(8 + 20 + 12.8 + 80 / 6, 10);
    expect(securityTrack(r, "smb").total).toBe(32);
    expect(r.report.designations[0].bestTrack).toBe("enterprise");
  });
});

describe("Security 2026: SMB keeps a promoted tenant by default (RULES.md §3.4)", () => {
  // Tenant P: $5,000 TTM a year ago (SMB), $20,000 now (Enterprise). M365 tenant Q: 200 licences a year ago, 400 now.
  const azure: AzureRow[] = [...FILLER, ["P", "Sentinel", "2025-06", 5000, "PAL"], ["P", "Sentinel", "2026-06", 20000, "PAL"]];
  const m365: UsageRow[] = [
    ["Q", "CPOR", "Intune", "Oct-2025", 100, 200],
    ["Q", "CPOR", "Intune", "Oct-2026", 100, 400],
  ];

  test("by default a tenant that outgrows the SMB band stays in SMB for the year", () => {
    const r = scoreSecurity({ azure, m365 }, OPTIONS);
    // SMB growth: Azure 20,000 − 5,000 = 15,000 (→ 20 points); M365 100 − 100 = 0. Customers: 1 − 1 = 0.
    expect(securityMetric(r, "smb", "usage-growth").value).toEqual({ azure: 15000, m365: 0 });
    expect(securityMetric(r, "smb", "usage-growth").points).toBe(20);
    expect(securityMetric(r, "smb", "net-customer-adds").value).toEqual({ azure: 0, m365: 0 });
    // Enterprise is unchanged: P and Q are Enterprise tenants now.
    expect(securityMetric(r, "enterprise", "usage-growth").value).toEqual({ azure: 20000, m365: 100 });
    expect(r.report.designations[0].ruleSet.options).toEqual([]);
  });

  test("with security-smb-drops-promoted SMB counts only tenants in the band in each month", () => {
    const r = scoreSecurity({ azure, m365 }, { ...OPTIONS, options: ["security-smb-drops-promoted"] });
    // SMB growth: Azure 0 − 5,000; M365 0 − 100. SMB customers: M365 0 − 1.
    expect(securityMetric(r, "smb", "usage-growth").value).toEqual({ azure: -5000, m365: -100 });
    expect(securityMetric(r, "smb", "net-customer-adds").value).toEqual({ azure: 0, m365: -1 });
    expect(r.report.designations[0].ruleSet.options).toEqual(["security-smb-drops-promoted"]);
  });

  test("the old id security-smb-keeps-promoted is still accepted and changes nothing", () => {
    const plain = scoreSecurity({ azure, m365 }, OPTIONS);
    const r = scoreSecurity({ azure, m365 }, { ...OPTIONS, options: ["security-smb-keeps-promoted"] });
    expect(securityTrack(r, "smb")).toEqual(securityTrack(plain, "smb"));
    expect(securityTrack(r, "enterprise")).toEqual(securityTrack(plain, "enterprise"));
    expect(r.report.designations[0].ruleSet.options).toEqual([]);
  });
});

describe("Security 2026, issue case: a promoted tenant's growth counts on the SMB track", () => {
  // --rules 2026, as of 2026-10. M365 u1: 100 active of 200 paid a year ago (SMB band), 200 of 400 now.
  // Azure p1: $9,600 TTM a year ago (SMB band), $15,000 now (above $12,000).
  const m365: UsageRow[] = [
    ["u1", "CPOR", "Intune", "Oct-2025", 100, 200],
    ["u1", "CPOR", "Intune", "Oct-2026", 200, 400],
  ];
  const azure: AzureRow[] = [
    ["p1", "Key Vault", "2025-10", 9600, "PAL"],
    ["p1", "Key Vault", "2026-10", 15000, "PAL"],
  ];

  test("SMB usage growth +$5,400 and +100 protected users = 7.2 + 2 = 9.2 points; no change in customers or deployments", () => {
    const r = scoreSecurity({ azure, m365 }, { asOf: "2026-10", ruleSet: "2026" });
    const growth = securityMetric(r, "smb", "usage-growth");
    expect(growth.value).toEqual({ azure: 5400, m365: 100 });
    // $5,400 / $750 a point = 7.2; 100 / 50 protected users a point = 2.
    expect(growth.points).toBeCloseTo(9.2, 10);
    expect(securityMetric(r, "smb", "net-customer-adds").value).toEqual({ azure: 0, m365: 0 });
    expect(securityMetric(r, "smb", "deployments").value).toEqual({ azure: 0, m365: 0 });
  });
});

describe("Security bands and summed cents", () => {
  test("a twelve-month total of cents that is $750.00 on paper is in a band that starts at $750", () => {
    // Twelve monthly amounts that add up to 750 on paper: in floating point the sum can be a hair off.
    const band = { atLeast: { value: 750, source: "t" } };
    const total = [62.1, 62.9, 62.3, 62.7, 62.4, 62.6, 62.2, 62.8, 62.5, 62.5, 62.45, 62.55].reduce((a, b) => a + b, 0);
    expect(Math.abs(total - 750)).toBeLessThan(1e-9);
    expect(inBand(band, total)).toBe(true);
    expect(inBand(band, 749.99)).toBe(false);
    expect(inBand({ above: { value: 10, source: "t" } }, 10)).toBe(false);
  });
});

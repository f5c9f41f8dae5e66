import { metric, score, track, type UsageRow } from "../../helpers/score";

const M = "Oct-2025";
const P = "Oct-2024";

describe("deployments", () => {
  test.each([
    [40, 100, 1],
    [39, 100, 0],
    [399, 1000, 0],
    [400, 1000, 1],
    [0, 0, 0],
  ])("MAU %i / PAU %i → %i deployment (≥ 40 %%, PAU > 0)", (mau, pau, expected) => {
    const rows: UsageRow[] = [
      ["A", "CSP Tier1", "Exchange", M, 10, 20], // keeps the tenant SMB-eligible even when PAU is 0
      ["A", "CSP Tier1", "Teams", M, mau, pau],
    ];
    const r = score(rows);
    expect((metric(r, "smb", "deployments").value as Record<string, number>).CSP).toBe(1 + expected);
  });

  test("a deployment is a service (tenant × workload): net new services against a year ago, per association type", () => {
    const r = score([
      ["A", "CSP Tier1", "Exchange", P, 10, 20],
      ["A", "CSP Tier1", "Exchange", M, 10, 20],
      ["A", "CSP Tier1", "Teams", M, 10, 20],
      ["A", "CSP Tier1", "SharePoint", M, 10, 20],
      ["B", "CPOR", "Exchange", M, 10, 20],
      ["C", "CPOR", "Exchange", P, 10, 20],
      ["C", "CPOR", "Exchange", M, 1, 20],
    ]);
    expect(metric(r, "smb", "deployments").value).toEqual({ CPOR: 1 - 1, CSP: 3 - 1 });
  });

  test("ineligible workloads and tenants outside the band are not deployments", () => {
    const r = score([
      ["A", "CSP Tier1", "Skype for Business", M, 20, 20],
      ["A", "CSP Tier1", "Exchange", M, 1, 20],
      ["B", "CSP Tier1", "Exchange", M, 10, 10],
    ]);
    expect(metric(r, "smb", "deployments").value).toEqual({ CPOR: 0, CSP: 0 });
  });

  test("CSP 6 deployments → 15 points, and the gap reads '4 more CSP deployments: +10 points'", () => {
    const rows: UsageRow[] = Array.from({ length: 6 }, (_, i) => [`T${i}`, "CSP Tier1", "Exchange", M, 10, 20]);
    const r = score(rows);
    const d = metric(r, "smb", "deployments");
    expect(d.points).toBe(15);
    expect(d.bestAssociation).toBe("CSP");
    expect(d.gaps.map((g) => g.text)).toContain("4 more CSP deployments: +10 points");
    expect(track(r, "smb").missing).toContain("Deployments: 4 more CSP deployments: +10 points");
  });

  test("Enterprise DPOR: 2.5 points per deployment, full 25 at 10", () => {
    const rows: UsageRow[] = Array.from({ length: 12 }, (_, i) => [`T${i}`, "DPOR", "Exchange", M, 400, 1000]);
    expect(metric(score(rows.slice(0, 3)), "enterprise", "deployments").points).toBe(7.5);
    expect(metric(score(rows), "enterprise", "deployments").points).toBe(25);
  });
});

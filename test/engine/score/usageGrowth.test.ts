import { metric, score, type UsageRow } from "../../helpers/score";

const M = "Oct-2025";
const P = "Oct-2024";

describe("usage growth", () => {
  test("RULES.md §2.7 example: Enterprise DPOR growth 2,000 → 15 points; CPOR 1,500 → capped at 30; the better counts", () => {
    const dporOnly = score([
      ["E1", "DPOR", "Exchange", P, 1000, 5000],
      ["E1", "DPOR", "Exchange", M, 3000, 5000],
    ]);
    const ug = metric(dporOnly, "enterprise", "usage-growth");
    expect(ug.value).toEqual({ CPOR: 0, DPOR: 2000 });
    expect(ug.points).toBe(15);
    expect(ug.bestAssociation).toBe("DPOR");

    const both = score([
      ["E1", "DPOR", "Exchange", P, 1000, 5000],
      ["E1", "DPOR", "Exchange", M, 3000, 5000],
      ["E2", "CPOR", "Teams", M, 1500, 2000],
    ]);
    const best = metric(both, "enterprise", "usage-growth");
    expect(best.pointsBy).toEqual({ CPOR: 30, DPOR: 15 });
    expect(best.points).toBe(30);
    expect(best.bestAssociation).toBe("CPOR");
  });

  test("sums MAU over a tenant's eligible workloads; ineligible workloads add nothing", () => {
    const r = score([
      ["S1", "CSP Tier1", "Exchange", M, 40, 50],
      ["S1", "CSP Tier1", "Teams", M, 30, 50],
      ["S1", "CSP Tier1", "Skype for Business", M, 1000, 50],
      ["S1", "CSP Tier1", "Exchange", P, 10, 50],
    ]);
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: 60 });
    expect(metric(r, "smb", "usage-growth").points).toBeCloseTo((60 / 2000) * 30, 12);
  });

  test("only eligible tenants count: MAU of a tenant below the PAU band is not growth, and a lost tenant takes its MAU away", () => {
    const r = score([
      ["small", "CSP Tier1", "Exchange", M, 9, 10], // PAU 10: not eligible
      ["lost", "CSP Tier1", "Exchange", P, 100, 200],
      ["kept", "CSP Tier1", "Exchange", P, 100, 200],
      ["kept", "CSP Tier1", "Exchange", M, 150, 200],
    ]);
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: 150 - 200 });
    expect(metric(r, "smb", "usage-growth").points).toBe(0);
  });

  test("CSP Tier 1 and Tier 2 rows are one association type", () => {
    const r = score([
      ["A", "CSP Tier1", "Exchange", M, 100, 200],
      ["B", "CSP Tier 2", "Exchange", M, 100, 200],
      ["C", "CSP Tier-2", "Exchange", M, 100, 200],
    ]);
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: 300 });
  });

  test("months other than M and M−12 do not count", () => {
    const r = score(
      [
        ["A", "CPOR", "Exchange", "Apr-2025", 500, 200],
        ["A", "CPOR", "Exchange", M, 100, 200],
      ],
      { asOf: "2025-10" }
    );
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 100, CSP: 0 });
  });
});

describe("claim date (DateAssociated) inside the trailing year", () => {
  const claimed = (claim: string): UsageRow[] => [
    ["A", "CPOR", "Exchange", P, 10, 100, ""],
    ["A", "CPOR", "Exchange", "Mar-2025", 60, 100, ""],
    ["A", "CPOR", "Exchange", M, 90, 100, claim],
  ];

  test("growth and deployments count only from the claim month", () => {
    const r = score(claimed("2025-03-15"));
    // baseline is Mar-2025 (60 MAU, already a deployment), not Oct-2024 (10 MAU, not deployed)
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 30, CSP: 0 });
    expect(metric(r, "smb", "deployments").value).toEqual({ CPOR: 0, CSP: 0 });
  });

  test("a claim at or before M−12 changes nothing", () => {
    const r = score(claimed("2024-09-01"));
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 80, CSP: 0 });
    expect(metric(r, "smb", "deployments").value).toEqual({ CPOR: 1, CSP: 0 });
  });

  test("net customer adds ignore the claim date", () => {
    const r = score(claimed("2025-03-15"));
    expect(metric(r, "smb", "net-customer-adds").value).toBe(0);
  });

  test("a claim month missing from the export is measured from the next month present, with a warning", () => {
    const r = score([
      ["A", "CPOR", "Exchange", P, 10, 100, ""],
      ["A", "CPOR", "Exchange", "Jun-2025", 50, 100, ""],
      ["A", "CPOR", "Exchange", M, 90, 100, "2025-02-01"],
    ]);
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 40, CSP: 0 });
    expect(r.report.warnings.map((w) => w.code)).toContain("claim-month-missing");
  });

  test("a claim after the as-of month does not count yet", () => {
    const r = score(
      [
        ["A", "CPOR", "Exchange", P, 10, 100, ""],
        ["A", "CPOR", "Exchange", M, 90, 100, "2025-12-01"],
      ],
      { asOf: "2025-10" }
    );
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: 0 });
  });
});

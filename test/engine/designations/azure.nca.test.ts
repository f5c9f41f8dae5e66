import { designation, filler, metric, scoreAzure, warning } from "../../helpers/azure";

// As-of Oct-2025 (2023 rules). The filler keeps Sep-2024, Oct-2024, Sep-2025 and Oct-2025 present.
const months = filler("2024-09", "2025-10");

describe("Azure net customer adds (2023: $1,000 in two consecutive months, seed 001)", () => {
  test("ACR of exactly $1,000 in M and M−1 counts; $999.99 does not; rows of one tenant/service/month are summed", () => {
    const r = scoreAzure({
      rows: [
        ...months,
        ["A", "Storage", "2025-09", 1000],
        ["A", "Storage", "2025-10", 1000], // exactly the threshold both months: counts
        ["B", "Storage", "2025-09", 999.99],
        ["B", "Storage", "2025-10", 999.99], // a cent short: does not count
        ["C", "Storage", "2025-09", 600],
        ["C", "Azure SQL Database", "2025-09", 400], // tenant-level ACR summed over services: 1,000
        ["C", "Storage", "2025-10", 500],
        ["C", "Storage", "2025-10", 500], // two rows of the same tenant/service/month: 1,000
      ],
    });
    const nca = metric(r, "net-customer-adds");
    // Eligible at Oct-2025: A, C (2); at Oct-2024: none (the filler has $1) → NCA 2 → 2 × 10 = 20 points.
    expect(nca.value).toBe(2);
    expect(nca.points).toBe(20);
    expect(nca.target).toBe(3);
    expect(nca.gaps[0].text).toBe("1 more net customer add: +10 points");
  });

  test("the two-month rule vs the nca-either-month option", () => {
    const rows: Parameters<typeof scoreAzure>[0]["rows"] = [
      ...months,
      ["A", "Storage", "2025-10", 5000], // only in M
      ["B", "Storage", "2025-09", 2000],
      ["B", "Storage", "2025-10", 100], // only in M−1
      ["D", "Storage", "2024-09", 1500],
      ["D", "Storage", "2024-10", 1500], // eligible at the baseline (M−12 and M−13) under both readings
    ];
    // Default (both months): eligible now {} − baseline {D} = −1 → 0 points (a net loss earns nothing).
    const both = scoreAzure({ rows });
    expect(metric(both, "net-customer-adds").value).toBe(-1);
    expect(metric(both, "net-customer-adds").points).toBe(0);
    expect(designation(both).ruleSet.options).toEqual([]);
    // Either month: now {A, B} − baseline {D} = 1 → 10 points.
    const either = scoreAzure({ rows }, { options: ["nca-either-month"] });
    expect(metric(either, "net-customer-adds").value).toBe(1);
    expect(metric(either, "net-customer-adds").points).toBe(10);
    expect(designation(either).ruleSet.options).toEqual(["nca-either-month"]);
  });

  test("NCA compares counts, not tenants: a customer lost and another gained is 0", () => {
    const r = scoreAzure({
      rows: [
        ...months,
        ...[
          ["2024-09", "Old"],
          ["2024-10", "Old"],
          ["2025-09", "New"],
          ["2025-10", "New"],
        ].map(([m, t]) => [t, "Storage", m, 3000] as [string, string, string, number]),
      ],
    });
    expect(metric(r, "net-customer-adds").value).toBe(0); // |{New}| − |{Old}| = 0
  });

  test("only CSP, DPOR and PAL rows count; excluded offers do not count; both are reported with counts", () => {
    const r = scoreAzure({
      rows: [
        ...months.map(([tenant, service, month, acr]) => ({ tenant, service, month, acr })),
        { tenant: "A", service: "Storage", month: "2025-09", acr: 5000, association: "CPOR" },
        { tenant: "A", service: "Storage", month: "2025-10", acr: 5000, association: "CPOR" },
        { tenant: "A", service: "Storage", month: "2025-10", acr: 5000, association: "" },
        { tenant: "B", service: "Storage", month: "2025-09", acr: 5000, association: "PAL", offer: "Azure Free Trial" },
        { tenant: "B", service: "Storage", month: "2025-10", acr: 5000, association: "PAL", offer: "Trial" },
        { tenant: "C", service: "Storage", month: "2025-09", acr: 1000, association: "DPOR", offer: "Pay-As-You-Go" },
        { tenant: "C", service: "Storage", month: "2025-10", acr: 1000, association: "Partner Admin Link", offer: "" },
        { tenant: "E", service: "Storage", month: "2025-09", acr: 1000, association: "CSP Tier 2", offer: "Support" },
        { tenant: "E", service: "Storage", month: "2025-10", acr: 1000, association: "CSP Tier 2" },
      ],
    });
    // Only C is eligible (DPOR + PAL rows, eligible offers); E lacks Sep (its Support row is left out).
    expect(metric(r, "net-customer-adds").value).toBe(1);
    expect(warning(r, "azure-association-not-counted")).toBe(
      "Infrastructure: 3 rows under association types that do not count were left out (CPOR: 2, (blank): 1); only CSP Tier 1/2, DPOR and PAL count."
    );
    expect(warning(r, "azure-offer-not-counted")).toBe(
      "Infrastructure: 3 rows with offers that do not count were left out (Azure Free Trial: 1, Support: 1, Trial: 1); Support, Internal, Benefit Program and Trial offers do not count."
    );
  });

  test("2026: one of the last two months, $1,000 for Enterprise and $500 for SMB", () => {
    const r = scoreAzure(
      {
        rows: [
          ...filler("2025-05", "2026-06"),
          ["A", "Storage", "2026-06", 500], // SMB only (exactly $500)
          ["B", "Storage", "2026-05", 1200], // both tracks, from M−1 alone
          ["C", "Storage", "2026-06", 499.99], // neither
        ],
      },
      { asOf: "2026-06" }
    );
    // Enterprise: {B} − {} = 1 → 10 points; SMB: {A, B} − {} = 2 → 20 points.
    expect(metric(r, "net-customer-adds", "enterprise").value).toBe(1);
    expect(metric(r, "net-customer-adds", "enterprise").points).toBe(10);
    expect(metric(r, "net-customer-adds", "smb").value).toBe(2);
    expect(metric(r, "net-customer-adds", "smb").points).toBe(20);
  });
});

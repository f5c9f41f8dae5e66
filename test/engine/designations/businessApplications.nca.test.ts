import { bizMetric, scoreBizApps, warning, type RevenueRow } from "../../helpers/bizApps";

// M = Oct-2025 (the latest month), baseline M−12 = Oct-2024.
const M = "2025-10";
const P = "2024-10";

/**
 * Enterprise counts a tenant workload with ≥ $1,500 in the month, SMB with ≥ $250.
 *   T1 Sales        M 1,500.00 CPOR RevRec           Ent ✓ SMB ✓ (exactly $1,500 counts)
 *   T2 Finance      M 1,499.99 DPOR                  Ent ✗ SMB ✓
 *   T3 Power BI     M   250.00 CSP Tier 1            Ent ✗ SMB ✓ (exactly $250 counts)
 *   T4 Bus. Central M   249.99 CSP Tier 2            none
 *   T5 Cust.Service M 3,000    CPOR OSU              not counted (OSU is a customer-success association)
 *   T6 Field Service M and P 2,000 CPOR OSA          Ent ✓ SMB ✓ in both months
 *   T7 Marketing    P   400    DPOR                  SMB baseline only
 *   T8 Sales        M   500    CPOR RevRec Performance  SMB ✓ (≥ 250) but not "> 500"
 * Enterprise: M {T1, T6} = 2, P {T6} = 1 → net 1 → 3 points.
 * SMB: M {T1, T2, T3, T6, T8} = 5, P {T6, T7} = 2 → net 3 → 9 points.
 */
const rows: RevenueRow[] = [
  ["T1", "Sales", M, 1500, "CPOR RevRec"],
  ["T2", "Finance", M, 1499.99, "DPOR"],
  ["T3", "Power BI", M, 250, "CSP Tier 1"],
  ["T4", "Business Central", M, 249.99, "CSP Tier 2"],
  ["T5", "Customer Service", M, 3000, "CPOR OSU"],
  ["T6", "Field Service", M, 2000, "CPOR OSA"],
  ["T6", "Field Service", P, 2000, "CPOR OSA"],
  ["T7", "Marketing", P, 400, "DPOR"],
  ["T8", "Sales", M, 500, "CPOR RevRec Performance"],
];

describe("Business Applications net customer adds", () => {
  test("counts tenant workloads at the track's revenue threshold, M minus M−12, 3 points each", () => {
    const result = scoreBizApps({ revenue: rows });
    const ent = bizMetric(result, "enterprise", "net-customer-adds");
    expect(ent.value).toBe(1);
    expect(ent.points).toBe(3);
    expect(ent.gaps[0].text).toBe("4 more net customer adds (tenant workloads): +12 points");
    const smb = bizMetric(result, "smb", "net-customer-adds");
    expect(smb.value).toBe(3);
    expect(smb.points).toBe(9);
  });

  test("revenue under an association that does not count for net customer adds is named in a warning", () => {
    const result = scoreBizApps({ revenue: rows });
    expect(warning(result, "revenue-ineligible-associations")?.message).toContain("CPOR OSU (1 row)");
  });

  test("nca-smb-500: SMB needs more than $500, so exactly $500 no longer counts", () => {
    // SMB: M {T1 1,500, T2 1,499.99, T6 2,000} = 3 (T3 250 and T8 500 out), P {T6} = 1 (T7 400 out) → net 2 → 6 points.
    const result = scoreBizApps({ revenue: rows }, { options: ["nca-smb-500"] });
    expect(bizMetric(result, "smb", "net-customer-adds").value).toBe(2);
    expect(bizMetric(result, "smb", "net-customer-adds").points).toBe(6);
    // Enterprise is unchanged: net 1 → 3 points.
    expect(bizMetric(result, "enterprise", "net-customer-adds").points).toBe(3);
    expect(result.report.designations[0].ruleSet.options).toEqual(["nca-smb-500"]);
    // $500.01 is more than $500: counts under the option.
    const above = scoreBizApps(
      {
        revenue: [
          ["T1", "Sales", M, 500.01, "DPOR"],
          ["T0", "Sales", P, 1, "DPOR"],
        ],
      },
      { options: ["nca-smb-500"] }
    );
    expect(bizMetric(above, "smb", "net-customer-adds").value).toBe(1);
  });

  test("rows of one tenant, workload and month sum across eligible associations and workload spellings", () => {
    // T1: "Dynamics 365 Sales" $800 (CPOR RevRec) + "Sales Professional" $700 (DPOR) = $1,500 on one Sales unit.
    // Enterprise: 1 unit (not 0); SMB: 1 unit (not 2). Baseline: T9 has only $100 → no unit. Net 1 on both tracks.
    const result = scoreBizApps({
      revenue: [
        ["T1", "Dynamics 365 Sales", M, 800, "CPOR RevRec"],
        ["T1", "Sales Professional", M, 700, "DPOR"],
        ["T9", "Sales", P, 100, "DPOR"],
      ],
    });
    expect(bizMetric(result, "enterprise", "net-customer-adds").value).toBe(1);
    expect(bizMetric(result, "smb", "net-customer-adds").value).toBe(1);
  });

  test("five net adds give the full 15, six stay at 15, fewer at M than M−12 give 0", () => {
    const five: RevenueRow[] = ["A", "B", "C", "D", "E"].map((t) => [t, "Sales", M, 2000, "DPOR"]);
    five.push(["Z", "Sales", P, 10, "DPOR"]);
    expect(bizMetric(scoreBizApps({ revenue: five }), "enterprise", "net-customer-adds").points).toBe(15);
    const six: RevenueRow[] = [...five, ["F", "Finance", M, 2000, "CSP"]];
    const sixResult = bizMetric(scoreBizApps({ revenue: six }), "enterprise", "net-customer-adds");
    expect([sixResult.value, sixResult.points, sixResult.gaps]).toEqual([6, 15, []]);
    // M {A} = 1, P {A, B, C} = 3 → net −2 → 0 points; 7 more for the full 15.
    const fewer = bizMetric(
      scoreBizApps({
        revenue: [
          ["A", "Sales", M, 2000, "DPOR"],
          ["A", "Sales", P, 2000, "DPOR"],
          ["B", "Sales", P, 2000, "DPOR"],
          ["C", "Sales", P, 2000, "DPOR"],
        ],
      }),
      "enterprise",
      "net-customer-adds"
    );
    expect([fewer.value, fewer.points, fewer.gaps[0].more]).toEqual([-2, 0, 7]);
  });

  test("workloads off the net-customer-adds list count toward nothing and are named", () => {
    // Fraud Protection is on the 2023 list (counts) and off the 2026 list (does not).
    const data: RevenueRow[] = [
      ["A", "Fraud Protection", M, 2000, "DPOR"],
      ["B", "Azure Synapse", M, 2000, "DPOR"],
      ["Z", "Sales", P, 1, "DPOR"],
    ];
    const r2023 = scoreBizApps({ revenue: data });
    expect(bizMetric(r2023, "enterprise", "net-customer-adds").value).toBe(1);
    expect(warning(r2023, "revenue-ineligible-workloads")?.message).toContain("Azure Synapse (1 row)");
    const r2026 = scoreBizApps({ revenue: data }, { ruleSet: "2026" });
    expect(bizMetric(r2026, "enterprise", "net-customer-adds").value).toBe(0);
    expect(warning(r2026, "revenue-ineligible-workloads")?.message).toContain("Fraud Protection (1 row)");
  });

  test("bare CPOR counts for net customer adds; PAL and unknown CPOR sub-types do not", () => {
    const result = scoreBizApps({
      revenue: [
        ["A", "Sales", M, 2000, "CPOR"],
        ["B", "Sales", M, 2000, "PAL"],
        ["C", "Sales", M, 2000, "CPOR Other"],
        ["D", "Sales", M, 2000, "Claiming Partner of Record RevRec"],
        ["Z", "Sales", P, 1, "DPOR"],
      ],
    });
    // A and D count: net 2 → 6 points.
    expect(bizMetric(result, "enterprise", "net-customer-adds").points).toBe(6);
    expect(warning(result, "revenue-ineligible-associations")?.message).toMatch(/PAL \(1 row\).*CPOR Other \(1 row\)|CPOR Other \(1 row\).*PAL \(1 row\)/);
  });
});

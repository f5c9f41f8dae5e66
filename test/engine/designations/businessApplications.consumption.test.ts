import { InputCollector, readCsvText } from "../../../src/engine";
import { businessApplicationsModule } from "../../../src/engine/designations/business-applications/module";
import { bizMetric, bizUsageCsv, designation, scoreBizApps, warning, type BizUsageRow } from "../../helpers/bizApps";
import { monthIndex } from "../../../src/engine/parse/months";

const M = "2025-10";
const P = "2024-10";

/** The MCV details the scorer reports for a usage export (M = Oct-2025 unless given). */
function mcv(rows: BizUsageRow[], ruleSet: "2023" | "2026" = "2023") {
  const c = new InputCollector();
  readCsvText(c, "usage.csv", bizUsageCsv(rows));
  const rules = businessApplicationsModule.ruleSets.find((r) => r.edition === ruleSet)!;
  const score = businessApplicationsModule.score(c.result(), rules, { asOf: monthIndex(2025, 10), counts: {}, options: [], rows: false });
  return (score.details as { usage: { mcvAsOf: number; mcvBaseline: number } }).usage;
}

describe("Business Applications monthly consumption value (rate card)", () => {
  test("the Learn example: 10 Business Central MAU × 1,000 + 50,000 Customer Insights profiles × 0.2 = 20,000 MCV", () => {
    expect(
      mcv([
        ["A", "Business Central", M, 10, "DPOR"],
        ["B", "Customer Insights", M, 50_000, "PAL"],
      ]).mcvAsOf
    ).toBe(20_000);
  });

  test("Customer Engagement workloads (Sales, Sales Insights, Customer Service, Field Service) are 200 per MAU in both editions", () => {
    // (10 + 10 + 10 + 10) MAU × 200 = 8,000 MCV.
    const rows: BizUsageRow[] = ["Sales", "Sales Insights", "Customer Service", "Field Service"].map((w) => ["A", w, M, 10, "CPOR OSU"]);
    expect(mcv(rows, "2023").mcvAsOf).toBe(8000);
    expect(mcv(rows, "2026").mcvAsOf).toBe(8000);
  });

  test("the other rates: F&O family 100, Power Platform 200, Portals / Power Pages 100, MR and HR 1,000, Retail / Commerce 100", () => {
    // Finance 1 × 100 + Project Operations 1 × 100 + Supply Chain 1 × 100 = 300 (dynamics, DPOR)
    // Guides, Remote Assist, Talent Attract, Talent Onboard, Core HR: 5 × 1,000 = 5,000 (dynamics, DPOR)
    // Retail 1 × 100 + Commerce 1 × 100 = 200 (dynamics, DPOR)
    // Power Apps, Power Automate, Power BI: 3 × 200 = 600; Portals 1 × 100 + Power Pages 1 × 100 = 200 (PAL)
    // Total 300 + 5,000 + 200 + 600 + 200 = 6,300.
    const dynamics = [
      "Finance",
      "Project Operations",
      "Supply Chain",
      "Guides",
      "Remote Assist",
      "Talent Attract",
      "Talent Onboard",
      "Core HR",
      "Retail",
      "Commerce",
    ];
    const platform = ["Power Apps", "Power Automate", "Power BI", "Portals", "Power Pages"];
    const rows: BizUsageRow[] = [
      ...dynamics.map((w): BizUsageRow => [`D-${w}`, w, M, 1, "DPOR"]),
      ...platform.map((w): BizUsageRow => [`P-${w}`, w, M, 1, "PAL"]),
    ];
    expect(mcv(rows).mcvAsOf).toBe(6300);
  });

  test("Contact Center has a rate (200) only in 2026; workloads with no rate add nothing and are listed", () => {
    const rows: BizUsageRow[] = [
      ["A", "Contact Center", M, 10, "DPOR"],
      ["B", "AI Builder", M, 10, "PAL"],
    ];
    expect(mcv(rows, "2023").mcvAsOf).toBe(0);
    expect(mcv(rows, "2026").mcvAsOf).toBe(2000);
    const r2023 = scoreBizApps({ usage: rows });
    expect(warning(r2023, "workloads-without-rate")?.message).toBe(
      "Business Applications: workloads with no rate on the rate card add no MCV: AI Builder (1 row), Contact Center (1 row)."
    );
    const r2026 = scoreBizApps({ usage: rows }, { ruleSet: "2026" });
    expect(warning(r2026, "workloads-without-rate")?.message).toContain("AI Builder (1 row).");
  });

  test("trial rows do not count", () => {
    // Paid 10 × 1,000 = 10,000; the trial row's 40 MAU would have made it 50,000.
    const rows: BizUsageRow[] = [
      ["A", "Business Central", M, 10, "DPOR", "Paid"],
      ["A", "Business Central", M, 40, "DPOR", "Trial"],
    ];
    expect(mcv(rows).mcvAsOf).toBe(10_000);
    expect(warning(scoreBizApps({ usage: rows }), "trial-rows")?.message).toContain("1 row of the usage export is a trial (MetricType) and was not counted");
  });
});

describe("Business Applications usage growth", () => {
  test("30 % growth over a baseline of exactly 50,000 gives 30 points on both tracks", () => {
    // P: 50 BC MAU × 1,000 = 50,000 (exactly the Enterprise prerequisite). M: 65 × 1,000 = 65,000.
    // (65,000 − 50,000) × 100 / 50,000 = 30 % → 30 points.
    const result = scoreBizApps({
      usage: [
        ["A", "Business Central", P, 50, "CPOR OSU"],
        ["A", "Business Central", M, 65, "CPOR OSU"],
      ],
    });
    for (const track of ["enterprise", "smb"] as const) {
      const m = bizMetric(result, track, "usage-growth");
      expect([m.value, m.points, m.gaps]).toEqual([30, 30, []]);
    }
  });

  test("a baseline of 49,999 gives Enterprise 0 points with the reason in the gap; SMB (25,000) still scores", () => {
    // P: 49 BC MAU × 1,000 + 4,995 Customer Insights profiles × 0.2 = 49,000 + 999 = 49,999.
    // M: 65 BC MAU = 65,000. Growth (65,000 − 49,999) × 100 / 49,999 = 30.0026 % → SMB 30 points.
    const usage: BizUsageRow[] = [
      ["A", "Business Central", P, 49, "DPOR"],
      ["B", "Customer Insights", P, 4995, "PAL"],
      ["A", "Business Central", M, 65, "DPOR"],
    ];
    const result = scoreBizApps({ usage });
    const ent = bizMetric(result, "enterprise", "usage-growth");
    expect(ent.points).toBe(0);
    expect(ent.value).toBeCloseTo(30.0026, 4);
    expect(ent.gaps).toHaveLength(1);
    expect(ent.gaps[0].text).toBe(
      "baseline MCV in Oct-2024 is 49,999, under the 50,000 the Enterprise track needs (1 short): usage growth scores 0 whatever the growth (MCV 65,000 in Oct-2025)"
    );
    expect(designation(result).tracks[0].missing).toContain(`Usage growth: ${ent.gaps[0].text}`);
    expect(bizMetric(result, "smb", "usage-growth").points).toBe(30);
  });

  test("partial growth scores 1 point per 1 %; a fall scores 0", () => {
    // 50,000 → 60,000: 20 % → 20 points, 10 more percentage points for the full 30.
    const up = bizMetric(
      scoreBizApps({
        usage: [
          ["A", "Power BI", P, 250, "PAL"],
          ["A", "Power BI", M, 300, "PAL"],
        ],
      }),
      "enterprise",
      "usage-growth"
    );
    expect([up.value, up.points, up.gaps[0].text]).toEqual([20, 20, "10 more percentage points of MCV growth: +10 points"]);
    // 50,000 → 40,000: −20 % → 0 points.
    const down = bizMetric(
      scoreBizApps({
        usage: [
          ["A", "Power BI", P, 250, "PAL"],
          ["A", "Power BI", M, 200, "PAL"],
        ],
      }),
      "enterprise",
      "usage-growth"
    );
    expect([down.value, down.points]).toEqual([-20, 0]);
  });

  test("2023 associations: Power BI counts under PAL, not under CPOR OSU; Business Central counts under CPOR OSU, not PAL", () => {
    // Counted: P Power BI (PAL) 150 × 200 = 30,000 and BC (CPOR OSU) 20 × 1,000 = 20,000 → 50,000.
    // M: Power BI (PAL) 200 × 200 = 40,000 + BC (CPOR OSU) 20 × 1,000 = 20,000 → 60,000. Growth 20 % → 20 points.
    // Left out: Power BI under CPOR OSU (+40,000 at M) and BC under PAL (+50,000 at M).
    const usage: BizUsageRow[] = [
      ["A", "Power BI", P, 150, "PAL"],
      ["A", "Business Central", P, 20, "CPOR OSU"],
      ["A", "Power BI", M, 200, "PAL"],
      ["A", "Business Central", M, 20, "CPOR OSU"],
      ["B", "Power BI", M, 200, "CPOR OSU"],
      ["C", "Business Central", M, 50, "PAL"],
    ];
    const result = scoreBizApps({ usage });
    expect(bizMetric(result, "enterprise", "usage-growth").points).toBe(20);
    expect(warning(result, "usage-ineligible-associations")?.message).toContain("Business Central under PAL (1 row), Power BI under CPOR OSU (1 row)");
    // Same in 2026: Power Platform still counts under PAL only.
    expect(bizMetric(scoreBizApps({ usage }, { ruleSet: "2026" }), "enterprise", "usage-growth").points).toBe(20);
  });

  test("Dynamics 365 under CSP counts (2023: shown as DPOR, with a warning; 2026: named); Customer Insights under DPOR does not", () => {
    // P: Sales 250 MAU (CSP Tier 1) × 200 = 50,000. M: 300 × 200 = 60,000 → 20 %. CI under DPOR is left out.
    const usage: BizUsageRow[] = [
      ["A", "Sales", P, 250, "CSP Tier 1"],
      ["A", "Sales", M, 300, "CSP Tier 1"],
      ["B", "Customer Insights", M, 1_000_000, "DPOR"],
    ];
    const r2023 = scoreBizApps({ usage });
    expect(bizMetric(r2023, "enterprise", "usage-growth").points).toBe(20);
    expect(warning(r2023, "csp-counted-as-dpor")?.message).toContain("2 rows of Dynamics 365 usage under CSP were counted");
    expect(warning(r2023, "usage-ineligible-associations")?.message).toContain("Customer Insights under DPOR (1 row)");
    const r2026 = scoreBizApps({ usage }, { ruleSet: "2026" });
    expect(bizMetric(r2026, "enterprise", "usage-growth").points).toBe(20);
    expect(warning(r2026, "csp-counted-as-dpor")).toBeUndefined();
  });
});

describe("Business Applications deployments", () => {
  /**
   * M: A Business Central 10 MAU = 10,000 (DPOR)        Ent ✓ SMB ✓ (exactly 10,000)
   *    B Power Apps 49 MAU × 200 = 9,800 (PAL)          SMB ✓
   *    C Guides 5 MAU × 1,000 = 5,000 (CPOR OSU)        SMB ✓ (exactly 5,000)
   *    D Sales 24 MAU × 200 = 4,800 (DPOR)              none
   *    E Customer Insights 50,000 profiles × 0.2 = 10,000 (PAL)  Ent ✓ SMB ✓
   * P: A Business Central 10 MAU = 10,000               Ent ✓ SMB ✓
   * Enterprise: M 2 − P 1 = 1 → 4 points. SMB: M 4 − P 1 = 3 → 12 points.
   */
  const usage: BizUsageRow[] = [
    ["A", "Business Central", M, 10, "DPOR"],
    ["B", "Power Apps", M, 49, "PAL"],
    ["C", "Guides", M, 5, "CPOR OSU"],
    ["D", "Sales", M, 24, "DPOR"],
    ["E", "Customer Insights", M, 50_000, "PAL"],
    ["A", "Business Central", P, 10, "DPOR"],
  ];

  test("a tenant workload at ≥ 10,000 MCV (Enterprise) / ≥ 5,000 (SMB), M minus M−12, 4 points each", () => {
    const result = scoreBizApps({ usage });
    const ent = bizMetric(result, "enterprise", "deployments");
    expect([ent.value, ent.points, ent.gaps[0].text]).toEqual([1, 4, "4 more net deployments (tenant workloads): +16 points"]);
    const smb = bizMetric(result, "smb", "deployments");
    expect([smb.value, smb.points]).toEqual([3, 12]);
  });

  test("Customer Engagement rows of one tenant are one workload: 30 Sales + 20 Customer Service MAU = 10,000 MCV, one deployment", () => {
    const result = scoreBizApps({
      usage: [
        ["A", "Sales", M, 30, "DPOR"],
        ["A", "Customer Service", M, 20, "DPOR"],
        ["Z", "Power BI", P, 1, "PAL"],
      ],
    });
    expect(bizMetric(result, "enterprise", "deployments").value).toBe(1);
    expect(bizMetric(result, "smb", "deployments").value).toBe(1);
  });

  test("five net deployments give the full 20", () => {
    const rows: BizUsageRow[] = ["A", "B", "C", "D", "E"].map((t) => [t, "Business Central", M, 10, "DPOR"]);
    rows.push(["Z", "Power BI", P, 1, "PAL"]);
    const m = bizMetric(scoreBizApps({ usage: rows }), "enterprise", "deployments");
    expect([m.value, m.points, m.gaps]).toEqual([5, 20, []]);
  });
});

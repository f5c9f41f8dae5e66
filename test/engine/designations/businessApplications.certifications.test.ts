import { bizMetric, designation, scoreBizApps, warning, type CertRow, type RevenueRow } from "../../helpers/bizApps";

// A revenue row puts data in the as-of month; certifications are what these tests look at.
const revenueAt = (month: string): RevenueRow[] => [["T1", "Sales", month, 100, "DPOR"]];

describe("Business Applications certifications (2023 lists)", () => {
  /**
   * Intermediate: Ana (two certifications, counted once), Ben (Data Analyst, written without the prefix), Cy = 3 people.
   *   Not counted: Gus (expired Jun-2025), Hal (an Azure certification), Ian (App Maker, not eligible after 30 Nov 2023).
   * Advanced: Dee, Eve, Fay = 3 people.
   */
  const skilling: CertRow[] = [
    ["Ana", "Microsoft Certified: Dynamics 365 Sales Functional Consultant Associate"],
    ["Ana", "Microsoft Certified: Power Platform Developer Associate"],
    ["Ben", "Data Analyst Associate"],
    ["Cy", "Microsoft Certified: Power Platform Functional Consultant Associate"],
    ["Gus", "Microsoft Certified: Power Platform Developer Associate", "2023-01-10", "2025-06-30"],
    ["Hal", "Microsoft Certified: Azure Administrator Associate"],
    ["Ian", "Microsoft Certified: Power Platform App Maker Associate"],
    ["Dee", "Microsoft Certified: Power Platform Solution Architect Expert"],
    ["Eve", "Microsoft Certified: Dynamics 365: Finance and Operations Apps Solution Architect Expert"],
    ["Fay", "Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Expert"],
  ];

  test("intermediate: 1 point per person on Enterprise (20 at 20), 4 on SMB (20 at 5)", () => {
    const result = scoreBizApps({ revenue: revenueAt("2025-10"), skilling });
    const ent = bizMetric(result, "enterprise", "intermediate-certifications");
    // 3 people × 1 = 3 points; 17 more for the full 20.
    expect([ent.value, ent.points, ent.target, ent.basis]).toEqual([3, 3, 20, "skilling-export"]);
    expect(ent.gaps.map((g) => g.text)).toEqual(["17 more intermediate certified people: +17 points"]);
    const smb = bizMetric(result, "smb", "intermediate-certifications");
    // 3 × 4 = 12 points; 2 more for 20.
    expect([smb.value, smb.points, smb.target]).toEqual([3, 12, 5]);
  });

  test("advanced: 15/7 ≈ 2.14 per person on Enterprise (15 at 7), 7.5 on SMB (15 at 2)", () => {
    const result = scoreBizApps({ revenue: revenueAt("2025-10"), skilling });
    const ent = bizMetric(result, "enterprise", "advanced-certifications");
    // 3 × 15/7 = 6.43 points.
    expect(ent.value).toBe(3);
    expect(ent.target).toBe(7);
    expect(ent.points).toBeCloseTo(6.4286, 4);
    // 3 × 7.5 = 22.5, capped at 15.
    const smb = bizMetric(result, "smb", "advanced-certifications");
    expect([smb.value, smb.points, smb.gaps]).toEqual([3, 15, []]);
    // Seven people give exactly the 15 on Enterprise.
    const seven: CertRow[] = Array.from({ length: 7 }, (_, i) => [`P${i}`, "Microsoft Certified: Power Platform Solution Architect Expert"]);
    const full = bizMetric(scoreBizApps({ revenue: revenueAt("2025-10"), skilling: seven }), "enterprise", "advanced-certifications");
    expect([full.points, full.gaps]).toEqual([15, []]);
  });

  test.each([
    [
      "Customer Service Functional Consultant (retired 30 Jun 2023, eligible through Jun 2024)",
      "Microsoft Certified: Dynamics 365 Customer Service Functional Consultant Associate",
      "2024-06",
      "2024-07",
      "intermediate-certifications",
    ],
    [
      "Power Platform App Maker (not eligible from 1 Dec 2023)",
      "Microsoft Certified: Power Platform App Maker Associate",
      "2023-11",
      "2023-12",
      "intermediate-certifications",
    ],
    [
      "Dynamics 365 + Power Platform Solution Architect Expert (not eligible from 1 Jul 2023)",
      "Microsoft Certified: Dynamics 365 + Power Platform Solution Architect Expert",
      "2023-06",
      "2023-07",
      "advanced-certifications",
    ],
  ])("%s: counts in its last month, not after", (_label, certification, last, after, metricId) => {
    const skillingRows: CertRow[] = [["Ana", certification, "2021-01-10"]];
    const inLast = scoreBizApps({ revenue: revenueAt(last), skilling: skillingRows }, { asOf: last });
    expect(designation(inLast).ruleSet.id).toBe("business-applications-2023");
    expect(bizMetric(inLast, "smb", metricId).value).toBe(1);
    const later = scoreBizApps({ revenue: revenueAt(after), skilling: skillingRows }, { asOf: after });
    expect(bizMetric(later, "smb", metricId).value).toBe(0);
  });

  test("counts given as options replace the skilling export's (prerequisite-free, so the count is the people)", () => {
    // Intermediate 5: Enterprise 5 × 1 = 5, SMB 5 × 4 = 20. Advanced 1: Enterprise 15/7 ≈ 2.14, SMB 7.5.
    const result = scoreBizApps({ revenue: revenueAt("2025-10"), skilling }, { counts: { "business-applications": { intermediate: 5, advanced: 1 } } });
    expect(bizMetric(result, "enterprise", "intermediate-certifications").points).toBe(5);
    expect(bizMetric(result, "smb", "intermediate-certifications").points).toBe(20);
    expect(bizMetric(result, "enterprise", "advanced-certifications").points).toBeCloseTo(2.1429, 4);
    expect(bizMetric(result, "smb", "advanced-certifications").points).toBe(7.5);
    expect(bizMetric(result, "smb", "advanced-certifications").basis).toBe("option");
    expect(warning(result, "counts-override-skilling")).toBeDefined();
  });

  test("no skilling export and no counts: both metrics 0, with a warning", () => {
    const result = scoreBizApps({ revenue: revenueAt("2025-10") });
    expect(bizMetric(result, "enterprise", "intermediate-certifications").points).toBe(0);
    expect(bizMetric(result, "smb", "advanced-certifications").basis).toBe("none");
    expect(warning(result, "no-skilling")?.message).toMatch(/^Business Applications: no skilling export/);
  });
});

describe("Business Applications certifications (2026 lists)", () => {
  const skilling: CertRow[] = [
    ["Ana", "Microsoft Certified: Dynamics 365 Sales AI Consultant Associate"],
    ["Ben", "Microsoft Certified: Dynamics 365 Sales Functional Consultant Associate"],
    ["Cy", "Microsoft Certified: Dynamics 365 Business Central Developer Associate"],
  ];

  test("the 2026 set counts the new certifications and drops retired ones; the 2023 set the other way round", () => {
    // As-of Jun-2026 picks the 2026 set: intermediate {Ana} = 1, advanced {Cy} = 1.
    const r2026 = scoreBizApps({ revenue: revenueAt("2026-06"), skilling });
    expect(designation(r2026).ruleSet.id).toBe("business-applications-2026");
    expect(bizMetric(r2026, "smb", "intermediate-certifications").value).toBe(1);
    expect(bizMetric(r2026, "smb", "advanced-certifications").value).toBe(1);
    // The 2023 set asked for by name: intermediate {Ben} = 1, no advanced.
    const r2023 = scoreBizApps({ revenue: revenueAt("2026-06"), skilling }, { ruleSet: "2023" });
    expect(designation(r2023).ruleSet.id).toBe("business-applications-2023");
    expect(bizMetric(r2023, "smb", "intermediate-certifications").value).toBe(1);
    expect(bizMetric(r2023, "smb", "advanced-certifications").value).toBe(0);
  });

  test("experts retiring 30 Jun 2026 stay valid for one year: counted in Jun-2027, not Jul-2027", () => {
    const rows: CertRow[] = [["Dee", "Microsoft Certified: Power Platform Solution Architect Expert", "2026-01-10"]];
    expect(bizMetric(scoreBizApps({ revenue: revenueAt("2027-06"), skilling: rows }), "smb", "advanced-certifications").value).toBe(1);
    expect(bizMetric(scoreBizApps({ revenue: revenueAt("2027-07"), skilling: rows }), "smb", "advanced-certifications").value).toBe(0);
  });
});

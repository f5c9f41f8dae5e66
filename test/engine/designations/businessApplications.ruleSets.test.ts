import { InputCollector, readCsvText, scoreDesignations } from "../../../src/engine";
import { needsOf } from "../../../src/engine/model/exportsRead";
import { BUSINESS_APPLICATIONS_RULE_SETS, businessApplicationsModule } from "../../../src/engine/designations/business-applications/module";
import { bizAppsWorkloadKey } from "../../../src/engine/designations/business-applications/workloads";
import { bizAppsAssociation } from "../../../src/engine/designations/business-applications/associations";
import { bizMetric, bizSkillingCsv, designation, scoreBizApps, warning, type BizUsageRow, type CertRow, type RevenueRow } from "../../helpers/bizApps";

const M = "2025-10";
const P = "2024-10";

describe("Business Applications rule sets", () => {
  test("the as-of month picks the set in force; an edition or an id overrides it", () => {
    const at = (asOf: string, ruleSet?: string) => designation(scoreBizApps({ revenue: [["T1", "Sales", asOf, 1, "DPOR"]] }, { asOf, ruleSet })).ruleSet;
    expect(at("2023-06").id).toBe("business-applications-2023");
    expect(at("2026-04").id).toBe("business-applications-2023");
    expect(at("2026-05")).toEqual({
      id: "business-applications-2026",
      edition: "2026",
      name: "Solutions Partner for Business Applications (2026 rules)",
      effectiveFrom: "2026-05-08",
      options: [],
    });
    expect(at("2025-10", "2026").id).toBe("business-applications-2026");
    expect(at("2026-06", "business-applications-2023").id).toBe("business-applications-2023");
    // Before the first set: the oldest applies.
    expect(at("2022-10").id).toBe("business-applications-2023");
  });

  test("both sets: the issue's points, classified tracks, 2022 names in the label notes, the open readings offered", () => {
    for (const rules of BUSINESS_APPLICATIONS_RULE_SETS) {
      expect(rules.trackChoice.value).toBe("classified");
      expect(rules.tracks.map((t) => [t.id, t.label, t.labelNote.value])).toEqual([
        ["enterprise", "Enterprise", "called Larger markets in 2022"],
        ["smb", "SMB", "called Other markets in 2022"],
      ]);
      for (const track of rules.tracks)
        expect(track.metrics.map((m) => [m.id, m.maxPoints.value])).toEqual([
          ["net-customer-adds", 15],
          ["intermediate-certifications", 20],
          ["advanced-certifications", 15],
          ["usage-growth", 30],
          ["deployments", 20],
        ]);
      expect(rules.alternatives.map((a) => a.id)).toEqual([
        "nca-smb-500",
        "nca-enterprise-over-1500",
        "bare-cpor-not-counted",
        "advanced-enterprise-2.14",
        "supply-chain-unrated",
        "commerce-unrated",
      ]);
    }
  });

  test("every number names a source the rule set lists", () => {
    for (const rules of BUSINESS_APPLICATIONS_RULE_SETS) {
      const ids = new Set(rules.sources.map((s) => s.id));
      const unknown: string[] = [];
      let sourced = 0;
      const walk = (node: unknown, path: string) => {
        if (!node || typeof node !== "object") return;
        const o = node as Record<string, unknown>;
        if ("value" in o && typeof o.source === "string") {
          sourced++;
          if (!ids.has(o.source)) unknown.push(`${path}: ${o.source}`);
        }
        for (const [k, v] of Object.entries(o)) if (k !== "sources") walk(v, `${path}.${k}`);
      };
      walk(rules, rules.id);
      expect(unknown).toEqual([]);
      expect(sourced).toBeGreaterThan(40);
    }
  });

  test("no two workloads of one list share a loose name", () => {
    for (const rules of BUSINESS_APPLICATIONS_RULE_SETS)
      for (const list of [rules.ncaWorkloads.value, rules.rateCard.value]) {
        const keys = list.flatMap((w) => [w.name, ...w.aliases].map(bizAppsWorkloadKey));
        expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
      }
  });

  test("export spellings: workloads with product prefixes, association sub-types", () => {
    expect(bizAppsWorkloadKey("Dynamics 365 Business Central")).toBe("businesscentral");
    expect(bizAppsWorkloadKey("Microsoft Power BI")).toBe("powerbi");
    expect(["CPOR RevRec", "CPOR-RevRec", "cpor (rev rec)"].map(bizAppsAssociation)).toEqual(["CPOR RevRec", "CPOR RevRec", "CPOR RevRec"]);
    expect(
      ["CPOR RevRec Performance", "CPOR OSA", "CPOR OSU", "CPOR", "CSP T1", "CSP Tier2", "Partner Admin Link", "DPOR", "Marketplace"].map(bizAppsAssociation)
    ).toEqual(["CPOR RevRec Performance", "CPOR OSA", "CPOR OSU", "CPOR", "CSP Tier 1", "CSP Tier 2", "PAL", "DPOR", "OTHER"]);
  });
});

describe("Business Applications exports", () => {
  test("needs(): neither export → not scored, and the message names both", () => {
    const c = new InputCollector();
    readCsvText(c, "skilling.csv", bizSkillingCsv([["Ana", "Microsoft Certified: Power Platform Developer Associate"]]));
    const d = scoreDesignations(c.result(), { asOf: M }, [businessApplicationsModule]).report.designations[0];
    expect(d.scored).toBe(false);
    expect(d.needs).toMatch(
      /^Needs the Business Applications revenue export \(.*AdjustedRevenueAmtCD.*\) or the Business Applications usage export \(.*MAU.*\)/
    );
    expect(needsOf(businessApplicationsModule, c.result())).not.toBeNull();
  });

  test("latestMonth(): the latest month across both exports", () => {
    const result = scoreBizApps({ revenue: [["T1", "Sales", "2025-09", 1, "DPOR"]], usage: [["T1", "Sales", "2025-10", 1, "DPOR"]] });
    expect(result.report.asOf).toBe("2025-10");
    const back = scoreBizApps({ revenue: [["T1", "Sales", "2025-11", 1, "DPOR"]], usage: [["T1", "Sales", "2025-10", 1, "DPOR"]] });
    expect(back.report.asOf).toBe("2025-11");
  });

  test("revenue only: usage growth and deployments 0 with a gap naming the usage export, and a warning", () => {
    const revenue: RevenueRow[] = [
      ["T1", "Sales", M, 2000, "DPOR"],
      ["T0", "Sales", P, 1, "DPOR"],
    ];
    const result = scoreBizApps({ revenue });
    for (const id of ["usage-growth", "deployments"]) {
      const m = bizMetric(result, "enterprise", id);
      expect(m.points).toBe(0);
      expect(m.gaps[0].text).toMatch(/^needs the usage export: add it to score/);
    }
    expect(bizMetric(result, "enterprise", "net-customer-adds").points).toBe(3);
    expect(warning(result, "no-usage-export")?.message).toBe(
      "Business Applications: no usage export: usage growth and deployments score 0 on both tracks. Add the Business Applications usage export (FiscalMonthName, CustomerTenantID, Workload, MAU, PartnerAssociationType, MetricType)."
    );
    expect(warning(result, "no-revenue-export")).toBeUndefined();
    // Classified from the revenue export: 0 tenant workloads over $5,000 in both months → SMB.
    expect(designation(result).classification?.track).toBe("smb");
  });

  test("usage only: net customer adds 0 with a gap naming the revenue export, and a warning", () => {
    const usage: BizUsageRow[] = [
      ["T1", "Business Central", M, 10, "DPOR"],
      ["T0", "Power BI", P, 1, "PAL"],
    ];
    const result = scoreBizApps({ usage });
    const nca = bizMetric(result, "smb", "net-customer-adds");
    expect(nca.points).toBe(0);
    expect(nca.gaps[0].text).toBe("needs the revenue export: add it to score net customer adds (+15 points possible)");
    expect(warning(result, "no-revenue-export")?.message).toMatch(
      /net customer adds score 0 on both tracks and the partner cannot be classified .*AdjustedRevenueAmtCD/
    );
    expect(bizMetric(result, "enterprise", "deployments").points).toBe(4);
  });

  test("baseline and as-of months missing from an export are warned about, per export", () => {
    const result = scoreBizApps(
      {
        revenue: [["T1", "Sales", M, 2000, "DPOR"]],
        usage: [
          ["T1", "Sales", P, 10, "DPOR"],
          ["T1", "Sales", "2025-11", 10, "DPOR"],
        ],
      },
      { asOf: M }
    );
    const messages = result.report.warnings.map((w) => `${w.code}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-baseline-rows: Business Applications: the revenue export has no rows for Oct-2024, 12 months before Oct-2025/),
        expect.stringMatching(/^no-rows-as-of: Business Applications: the usage export has no rows for the as-of month Oct-2025/),
        "rows-after-as-of: Business Applications: 1 row of the usage export is after the as-of month Oct-2025 and was not scored.",
      ])
    );
  });
});

describe("Business Applications end to end", () => {
  /**
   * An SMB partner that qualifies (2023 rules, M = Oct-2025):
   *   Revenue: 3 tenant workloads ≥ $250 at M, none at M−12 → NCA 3 → 9 points; nothing over $5,000 → SMB.
   *   Skilling: 3 intermediate people → 12 points; 1 advanced → 7.5 points.
   *   Usage: M: A BC 36 MAU × 1,000 = 36,000 (DPOR), B Power BI 30 × 200 = 6,000 (PAL), C Guides 5 × 1,000 = 5,000
   *          (CPOR OSU) → 47,000 MCV. P: A BC 30 MAU = 30,000 ≥ the SMB baseline 25,000.
   *          Growth (47,000 − 30,000) × 100 / 30,000 = 56.7 % → 30 points (capped).
   *          Deployments ≥ 5,000: M {A, B, C} = 3, P {A} = 1 → net 2 → 8 points.
   *   Total 9 + 12 + 7.5 + 30 + 8 = 66.5: not yet 70, every metric above 0 → In progress.
   */
  const revenue: RevenueRow[] = [
    ["A", "Business Central", M, 400, "CSP Tier 1"],
    ["B", "Power BI", M, 300, "CSP Tier 2"],
    ["C", "Mixed Reality", M, 260, "DPOR"],
    ["A", "Business Central", P, 100, "CSP Tier 1"],
  ];
  const usage: BizUsageRow[] = [
    ["A", "Business Central", P, 30, "DPOR"],
    ["A", "Business Central", M, 36, "DPOR"],
    ["B", "Power BI", M, 30, "PAL"],
    ["C", "Guides", M, 5, "CPOR OSU"],
  ];
  const skilling: CertRow[] = [
    ["Ana", "Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate"],
    ["Ben", "Microsoft Certified: Power Platform Functional Consultant Associate"],
    ["Cy", "Microsoft Certified: Data Analyst Associate"],
    ["Dee", "Microsoft Certified: Power Platform Solution Architect Expert"],
  ];

  test("every metric on the SMB track, hand-computed", () => {
    const result = scoreBizApps({ revenue, usage, skilling });
    const d = designation(result);
    expect(d.classification?.track).toBe("smb");
    const smb = d.tracks.find((t) => t.id === "smb")!;
    expect(smb.metrics.map((m) => [m.id, m.points])).toEqual([
      ["net-customer-adds", 9],
      ["intermediate-certifications", 12],
      ["advanced-certifications", 7.5],
      ["usage-growth", 30],
      ["deployments", 8],
    ]);
    expect(smb.metrics.find((m) => m.id === "usage-growth")!.value).toBeCloseTo(56.667, 3);
    expect([d.total, d.status, d.qualified]).toEqual([66.5, "InProgress", false]);
    expect(smb.pointsToQualify).toBe(3.5);
  });

  test("with two more intermediate people and one more advanced, the SMB partner qualifies", () => {
    // Intermediate 5 × 4 = 20, advanced 2 × 7.5 = 15: 9 + 20 + 15 + 30 + 8 = 82 ≥ 70.
    const more: CertRow[] = [
      ...skilling,
      ["Eve", "Microsoft Certified: Power Platform Developer Associate"],
      ["Fay", "Microsoft Certified: Dynamics 365 Finance Functional Consultant Associate"],
      ["Gus", "Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Expert"],
    ];
    const d = designation(scoreBizApps({ revenue, usage, skilling: more }));
    expect([d.bestTrack, d.total, d.status, d.qualified]).toEqual(["smb", 82, "Qualified", true]);
  });
});

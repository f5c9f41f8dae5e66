import { withAlternatives } from "../../../src/engine/model/ruleSelection";
import { BUSINESS_APPLICATIONS_RULE_SETS, businessApplicationsModule } from "../../../src/engine/designations/business-applications/module";
import { bizMetric, designation, scoreBizApps, warning, type BizUsageRow, type CertRow, type RevenueRow } from "../../helpers/bizApps";

/**
 * The two sides of every Business Applications number, and the open readings as named options, on
 * small exports where the tenants on each side are known by hand. The helper names tenant "A" "A Ltd".
 * M = Oct-2025, baseline Oct-2024 (2023 rules: trailing 12 months).
 */
const M = "2025-10";
const P = "2024-10";

/**
 * Revenue (net customer adds):
 *   A Sales M $1,600 (DPOR)          Enterprise ✓ (≥ $1,500), SMB ✓
 *   A Finance M $300 (CSP Tier 1)    SMB ✓
 *   B Power BI M $1,500 (CPOR RevRec) Enterprise ✓ (exactly $1,500), SMB ✓
 *   C Sales M $200 (DPOR)            neither
 *   C Sales P $400 (DPOR)            SMB baseline ✓
 *   D Business Central P $2,000 (CSP Tier 2) Enterprise and SMB baseline ✓
 *   E Sales M $5,000 (PAL)           not an NCA association: nowhere
 * Enterprise: now {A Sales, B Power BI} = 2 (A, B); baseline {D} = 1 (D) → 1.
 * SMB: now {A Sales, A Finance, B Power BI} = 3 (A, B); baseline {C, D} = 2 (C, D) → 1.
 */
const revenue: RevenueRow[] = [
  ["A", "Sales", M, 1600, "DPOR"],
  ["A", "Finance", M, 300, "CSP Tier 1"],
  ["B", "Power BI", M, 1500, "CPOR RevRec"],
  ["C", "Sales", M, 200, "DPOR"],
  ["C", "Sales", P, 400, "DPOR"],
  ["D", "Business Central", P, 2000, "CSP Tier 2"],
  ["E", "Sales", M, 5000, "PAL"],
];

/**
 * Usage (MCV = MAU × rate):
 *   A Business Central P 30 × 1,000 = 30,000; M 36 × 1,000 = 36,000 (DPOR)
 *   B Power BI M 30 × 200 = 6,000 (PAL)
 *   C Guides M 5 × 1,000 = 5,000 (CPOR OSU)
 *   D Power BI M 10 (CPOR OSU): Power Platform counts under PAL only → nothing
 *   G Supply Chain M 20 × 100 = 2,000 (read as Finance & Operations, DPOR)
 *   H Commerce P 10 × 100 = 1,000 (read as Retail, DPOR)
 * MCV now 36,000 + 6,000 + 5,000 + 2,000 = 49,000 (A, B, C, G); baseline 30,000 + 1,000 = 31,000 (A, H).
 * Growth (49,000 − 31,000) × 100 / 31,000 = 58.06 %: SMB (baseline ≥ 25,000) scores 30; Enterprise (< 50,000) 0.
 * Deployments SMB (≥ 5,000): now {A, B, C} = 3, baseline {A} = 1 → 2. Enterprise (≥ 10,000): {A} vs {A} → 0.
 */
const usage: BizUsageRow[] = [
  ["A", "Business Central", P, 30, "DPOR"],
  ["A", "Business Central", M, 36, "DPOR"],
  ["B", "Power BI", M, 30, "PAL"],
  ["C", "Guides", M, 5, "CPOR OSU"],
  ["D", "Power BI", M, 10, "CPOR OSU"],
  ["G", "Supply Chain", M, 20, "DPOR"],
  ["H", "Commerce", P, 10, "DPOR"],
];

const sidesOf = (result: ReturnType<typeof scoreBizApps>, track: "enterprise" | "smb", metric: string) => bizMetric(result, track, metric).sides?.[""];

describe("Business Applications: the two sides of each metric", () => {
  const result = scoreBizApps({ revenue, usage });

  test("net customer adds: tenant workloads over the track's revenue threshold, now and a year ago, with their tenants", () => {
    expect(sidesOf(result, "enterprise", "net-customer-adds")).toEqual({
      measure: "tenant workloads with at least $1,500 revenue",
      change: "difference",
      now: { month: M, value: 2, tenants: ["A Ltd", "B Ltd"] },
      baseline: { month: P, value: 1, tenants: ["D Ltd"] },
    });
    expect(sidesOf(result, "smb", "net-customer-adds")).toEqual({
      measure: "tenant workloads with at least $250 revenue",
      change: "difference",
      now: { month: M, value: 3, tenants: ["A Ltd", "B Ltd"] },
      baseline: { month: P, value: 2, tenants: ["C Ltd", "D Ltd"] },
    });
    for (const track of ["enterprise", "smb"] as const) {
      const m = bizMetric(result, track, "net-customer-adds");
      expect(m.value).toBe(m.sides![""].now.value - m.sides![""].baseline.value);
      expect(m.value).toBe(1);
    }
  });

  test("usage growth: MCV now and a year ago (percent), the tenants with MCV on each side", () => {
    for (const track of ["enterprise", "smb"] as const) {
      const m = bizMetric(result, track, "usage-growth");
      const s = m.sides![""];
      expect([s.measure, s.change, s.now, s.baseline]).toEqual([
        "MCV",
        "percent",
        { month: M, value: 49_000, tenants: ["A Ltd", "B Ltd", "C Ltd", "G Ltd"] },
        { month: P, value: 31_000, tenants: ["A Ltd", "H Ltd"] },
      ]);
      expect(m.value).toBeCloseTo(((49_000 - 31_000) * 100) / 31_000, 9);
      expect(m.value).toBeCloseTo(((s.now.value - s.baseline.value) * 100) / s.baseline.value, 9);
    }
    expect(bizMetric(result, "smb", "usage-growth").points).toBe(30);
    expect(sidesOf(result, "smb", "usage-growth")!.note).toBeUndefined();
    // Enterprise: the baseline is under the prerequisite, and the sides say so.
    expect(bizMetric(result, "enterprise", "usage-growth").points).toBe(0);
    expect(sidesOf(result, "enterprise", "usage-growth")!.note).toBe("baseline MCV under the 50,000 the Enterprise track needs: growth cannot score");
  });

  test("deployments: tenant workloads over the track's MCV threshold, now and a year ago", () => {
    expect(sidesOf(result, "smb", "deployments")).toEqual({
      measure: "tenant workloads with at least 5,000 MCV",
      change: "difference",
      now: { month: M, value: 3, tenants: ["A Ltd", "B Ltd", "C Ltd"] },
      baseline: { month: P, value: 1, tenants: ["A Ltd"] },
    });
    expect(bizMetric(result, "smb", "deployments").value).toBe(2);
    expect(sidesOf(result, "enterprise", "deployments")).toEqual({
      measure: "tenant workloads with at least 10,000 MCV",
      change: "difference",
      now: { month: M, value: 1, tenants: ["A Ltd"] },
      baseline: { month: P, value: 1, tenants: ["A Ltd"] },
    });
    expect(bizMetric(result, "enterprise", "deployments").value).toBe(0);
  });

  test("a tenant with two counted workloads is named once on its side", () => {
    // SMB now: A Sales and A Finance are two tenant workloads of one tenant.
    const s = sidesOf(result, "smb", "net-customer-adds")!;
    expect(s.now.value).toBe(3);
    expect(s.now.tenants).toEqual(["A Ltd", "B Ltd"]);
  });

  test("certification metrics have no sides (people now, no baseline)", () => {
    for (const id of ["intermediate-certifications", "advanced-certifications"]) expect(bizMetric(result, "smb", id).sides).toBeUndefined();
  });

  test("no baseline MCV: growth cannot score, and the sides say so", () => {
    const only = scoreBizApps({ usage: [["A", "Business Central", M, 10, "DPOR"]], revenue: [["A", "Sales", P, 1, "DPOR"]] }, { asOf: M });
    const s = sidesOf(only, "smb", "usage-growth")!;
    expect([s.now.value, s.baseline.value, s.baseline.tenants, s.note]).toEqual([10_000, 0, [], "no baseline: growth cannot score"]);
    expect(bizMetric(only, "smb", "usage-growth").value).toBe(0);
  });

  test("a missing export: both sides empty, and the note names the export", () => {
    const revenueOnly = scoreBizApps({ revenue });
    for (const id of ["usage-growth", "deployments"]) {
      const s = sidesOf(revenueOnly, "smb", id)!;
      expect([s.now, s.baseline, s.note]).toEqual([{ month: M, value: 0, tenants: [] }, { month: P, value: 0, tenants: [] }, "no usage export"]);
    }
    const usageOnly = scoreBizApps({ usage });
    expect(sidesOf(usageOnly, "enterprise", "net-customer-adds")).toEqual({
      measure: "tenant workloads with at least $1,500 revenue",
      change: "difference",
      now: { month: M, value: 0, tenants: [] },
      baseline: { month: P, value: 0, tenants: [] },
      note: "no revenue export",
    });
  });
});

describe("Business Applications: the open readings as named options", () => {
  test("nca-enterprise-over-1500: exactly $1,500 no longer counts for Enterprise; SMB unchanged", () => {
    const over = scoreBizApps({ revenue }, { options: ["nca-enterprise-over-1500"] });
    expect(designation(over).ruleSet.options).toEqual(["nca-enterprise-over-1500"]);
    // Enterprise now {A Sales} = 1 (B's $1,500 is not more than $1,500); baseline {D} = 1 → 0.
    expect(sidesOf(over, "enterprise", "net-customer-adds")).toEqual({
      measure: "tenant workloads with more than $1,500 revenue",
      change: "difference",
      now: { month: M, value: 1, tenants: ["A Ltd"] },
      baseline: { month: P, value: 1, tenants: ["D Ltd"] },
    });
    expect(bizMetric(over, "enterprise", "net-customer-adds").points).toBe(0);
    expect(bizMetric(over, "smb", "net-customer-adds").value).toBe(1);
    // $1,500.01 counts under both readings.
    const cent = scoreBizApps(
      {
        revenue: [
          ["B", "Power BI", M, 1500.01, "CPOR RevRec"],
          ["X", "Sales", P, 1, "DPOR"],
        ],
      },
      { options: ["nca-enterprise-over-1500"] }
    );
    expect(bizMetric(cent, "enterprise", "net-customer-adds").value).toBe(1);
  });

  test("nca-smb-500 and nca-enterprise-over-1500 set the same setting: the calibrator never combines them", () => {
    for (const rules of BUSINESS_APPLICATIONS_RULE_SETS) {
      const keys = (id: string) => Object.keys(rules.alternatives.find((a) => a.id === id)!.set);
      expect(keys("nca-smb-500")).toEqual(keys("nca-enterprise-over-1500"));
    }
  });

  test("bare-cpor-not-counted: a bare CPOR counts for net customer adds and Dynamics 365 MCV by default, nowhere with the option", () => {
    const rows = {
      revenue: [
        ["F", "Sales", M, 800, "CPOR"],
        ["X", "Sales", P, 1, "DPOR"],
      ] as RevenueRow[],
      usage: [
        ["F", "Sales", M, 30, "CPOR"],
        ["F", "Sales", P, 25, "DPOR"],
      ] as BizUsageRow[],
    };
    // Default: SMB NCA now {F} = 1; MCV now 30 × 200 = 6,000 (F), baseline 25 × 200 = 5,000 → +20 %.
    const byDefault = scoreBizApps(rows);
    expect(bizMetric(byDefault, "smb", "net-customer-adds").value).toBe(1);
    expect(sidesOf(byDefault, "smb", "usage-growth")!.now).toEqual({ month: M, value: 6000, tenants: ["F Ltd"] });
    expect(bizMetric(byDefault, "smb", "usage-growth").value).toBeCloseTo(20, 9);
    // Option: the CPOR rows count nowhere (and the warnings list them); MCV now 0 → −100 %.
    const strict = scoreBizApps(rows, { options: ["bare-cpor-not-counted"] });
    expect(bizMetric(strict, "smb", "net-customer-adds").value).toBe(0);
    expect(sidesOf(strict, "smb", "usage-growth")!.now).toEqual({ month: M, value: 0, tenants: [] });
    expect(bizMetric(strict, "smb", "usage-growth").value).toBe(-100);
    expect(warning(strict, "revenue-ineligible-associations")?.message).toContain("CPOR (1 row)");
    expect(warning(strict, "usage-ineligible-associations")?.message).toContain("Sales under CPOR (1 row)");
    // Sub-typed CPOR rows still count under the option.
    const typed = scoreBizApps(
      {
        revenue: [
          ["F", "Sales", M, 800, "CPOR RevRec"],
          ["X", "Sales", P, 1, "DPOR"],
        ],
      },
      { options: ["bare-cpor-not-counted"] }
    );
    expect(bizMetric(typed, "smb", "net-customer-adds").value).toBe(1);
  });

  test("advanced-enterprise-2.14: seven people give 14.98 on the Enterprise track instead of 15; SMB unchanged", () => {
    const experts: CertRow[] = ["Ana", "Ben", "Cy", "Dee", "Eve", "Fay", "Gus"].map((p) => [
      p,
      "Microsoft Certified: Power Platform Solution Architect Expert",
    ]);
    const exact = scoreBizApps({ revenue, skilling: experts });
    const printed = scoreBizApps({ revenue, skilling: experts }, { options: ["advanced-enterprise-2.14"] });
    expect(bizMetric(exact, "enterprise", "advanced-certifications").points).toBe(15);
    expect(bizMetric(printed, "enterprise", "advanced-certifications").points).toBeCloseTo(14.98, 9);
    expect(bizMetric(printed, "smb", "advanced-certifications").points).toBe(15);
    // One person: 15/7 = 2.142857… vs 2.14.
    const one = scoreBizApps({ revenue, skilling: experts.slice(0, 1) }, { options: ["advanced-enterprise-2.14"] });
    expect(bizMetric(one, "enterprise", "advanced-certifications").points).toBeCloseTo(2.14, 9);
  });

  test("supply-chain-unrated and commerce-unrated: their usage adds no MCV and is listed as without a rate", () => {
    // Supply Chain off: now 47,000 (A, B, C); Commerce off: baseline 30,000 (A). Both: (47,000 − 30,000) × 100 / 30,000.
    const supply = scoreBizApps({ usage }, { options: ["supply-chain-unrated"] });
    expect(sidesOf(supply, "smb", "usage-growth")!.now).toEqual({ month: M, value: 47_000, tenants: ["A Ltd", "B Ltd", "C Ltd"] });
    expect(sidesOf(supply, "smb", "usage-growth")!.baseline.value).toBe(31_000);
    expect(warning(supply, "workloads-without-rate")?.message).toContain("Supply Chain (1 row)");
    const commerce = scoreBizApps({ usage }, { options: ["commerce-unrated"] });
    expect(sidesOf(commerce, "smb", "usage-growth")!.baseline).toEqual({ month: P, value: 30_000, tenants: ["A Ltd"] });
    expect(sidesOf(commerce, "smb", "usage-growth")!.now.value).toBe(49_000);
    const both = scoreBizApps({ usage }, { options: ["supply-chain-unrated", "commerce-unrated"] });
    expect(designation(both).ruleSet.options).toEqual(["supply-chain-unrated", "commerce-unrated"]);
    expect(bizMetric(both, "smb", "usage-growth").value).toBeCloseTo(((47_000 - 30_000) * 100) / 30_000, 9);
    // Spellings with a product prefix are the same workload.
    const prefixed = scoreBizApps(
      {
        usage: [
          ["G", "Dynamics 365 Supply Chain Management", M, 20, "DPOR"],
          ["A", "Business Central", P, 1, "DPOR"],
        ],
      },
      { options: ["supply-chain-unrated"] }
    );
    expect(sidesOf(prefixed, "smb", "usage-growth")!.now.value).toBe(0);
  });

  test("the simulator's rate card follows the settings", () => {
    const rules = BUSINESS_APPLICATIONS_RULE_SETS[0];
    expect(businessApplicationsModule.simulator(rules).rateOf!("Supply Chain")).toBe(100);
    expect(businessApplicationsModule.simulator(rules).rateOf!("Commerce")).toBe(100);
    const off = withAlternatives(rules, ["supply-chain-unrated", "commerce-unrated"]).rules;
    expect(businessApplicationsModule.simulator(off).rateOf!("Supply Chain")).toBeUndefined();
    expect(businessApplicationsModule.simulator(off).rateOf!("Commerce")).toBeUndefined();
    expect(businessApplicationsModule.simulator(off).rateOf!("Finance")).toBe(100);
  });

  test("every option is offered by both rule sets, and the defaults are unchanged", () => {
    for (const rules of BUSINESS_APPLICATIONS_RULE_SETS) {
      expect(rules.settings.bareCporCounts.value).toBe(true);
      expect(rules.settings.supplyChainAsFinanceOperations.value).toBe(true);
      expect(rules.settings.commerceAsRetail.value).toBe(true);
      expect(rules.settings.advancedPointsPerPerson).toBeUndefined();
      expect([rules.settings.ncaRevenue.enterprise.min.value, rules.settings.ncaRevenue.enterprise.inclusive]).toEqual([1500, true]);
      for (const a of rules.alternatives) expect(rules.sources.map((s) => s.id)).toContain(a.source);
    }
  });
});

describe("Business Applications: one skilling warning for every designation", () => {
  test("no skilling export and no counts: code no-skilling, the shared wording", () => {
    expect(warning(scoreBizApps({ revenue }), "no-skilling")?.message).toBe(
      "Business Applications: no skilling export and no certified-people counts: its certification metrics score 0. Add the skilling export or give the counts."
    );
  });
});

describe("an option that changes a track's numbers reaches every reader of the rule set", () => {
  test("advanced-enterprise-2.14: the rule set the simulator and the cheapest path read carries 2.14 points per person", () => {
    const perPerson = (result: ReturnType<typeof scoreBizApps>) => {
      const rules = result.outcomes[0].rules!;
      const metric = rules.tracks.find((t) => t.id === "enterprise")!.metrics.find((m) => m.id === "advanced-certifications")!;
      if (metric.target.kind !== "steps") throw new Error("steps expected");
      return metric.target.steps[metric.target.steps.length - 1].pointsPerPerson.value;
    };
    expect(perPerson(scoreBizApps({ revenue }, { asOf: M }))).toBeCloseTo(15 / 7, 12);
    expect(perPerson(scoreBizApps({ revenue }, { asOf: M, options: ["advanced-enterprise-2.14"] }))).toBe(2.14);
  });
});

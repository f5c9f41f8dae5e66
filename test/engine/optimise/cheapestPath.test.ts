/**
 * The cheapest path on hand-made tracks of the real rule sets, with the arithmetic in the comments.
 * Default weights: new customer 10, deployment 5, intermediate person 3, advanced person 5,
 * 1 per 100 MAU, 2 per percentage point, 1 per $1,000, 1 per 100 protected users.
 */
import { cheapestPath } from "../../../src/engine/optimise/cheapestPath";
import type { MetricResult } from "../../../src/engine/model/results";
import { dataAi2023 } from "../../../src/engine/designations/data-ai/rules2023";
import { modernWork2023 } from "../../../src/engine/designations/modern-work/rules2023";
import { security2023 } from "../../../src/engine/designations/security/rules2023";
import type { GenericTrackRule, MetricRule } from "../../../src/engine/model/ruleTypes";
import { rescoreTrack } from "../../../src/engine/model/metricSpace";
import { metricResult, trackResult, type MetricValue } from "../../../src/engine/model/trackResult";

const mwSmb = modernWork2023.tracks.find((t) => t.id === "smb")!;
const dataAi = dataAi2023.tracks[0];
const security = security2023.tracks[0];

function track(rule: GenericTrackRule, values: MetricValue[], overrides: Partial<Record<number, Partial<MetricResult>>> = {}) {
  const metrics = rule.metrics.map((m: MetricRule, i) => ({ ...metricResult(m, values[i]), ...(overrides[i] ?? {}) }));
  return trackResult(rule, metrics, 70);
}

const steps = (path: ReturnType<typeof cheapestPath>) => (path.plan ?? []).map((s) => [s.metric, s.lever, s.units, s.kind]);

describe("a Modern Work track (SMB, 2023 rules)", () => {
  // NCA 6/10 × 20 = 12; intermediate 1/2 × 10 = 5; advanced 0; growth CPOR 100/500 × 30 = 6,
  // CSP 800/2000 × 30 = 12 → 12; deployments CPOR 1/5 × 25 = 5, CSP 4/10 × 25 = 10 → 10. Total 39.
  const before = track(mwSmb, [6, 1, 0, { CPOR: 100, CSP: 800 }, { CPOR: 1, CSP: 4 }]);

  it("starts at 39 points with advanced certifications at 0", () => {
    expect(before.total).toBe(39);
    expect(before.status).toBe("InProgress");
  });

  it("adds the advanced person it must have, then the exact CPOR MAU for the rest", () => {
    // Advanced must be above 0: 1 person = +15 for 5 → 54. 16 points to go. Cheapest points are CPOR
    // MAU: 6 points per 100 MAU for 1 (once CPOR passes CSP's 12 at 200). 28 growth points need
    // 28/30 × 500 = 466.67 → 467 CPOR MAU, +367 for 3.67 (366 gives 69.96). An intermediate person
    // (+5 for 3) instead of 100 MAU (+6 for 1) never pays. 5 + 3.67 = 8.67.
    const path = cheapestPath(mwSmb, before, 70);
    expect(path.outcome).toBe("plan");
    expect(steps(path)).toEqual([
      ["advanced-certifications", undefined, 1, "advanced-certified-person"],
      ["usage-growth", "CPOR", 367, "mau"],
    ]);
    expect(path.cost).toBeCloseTo(8.67, 10);
    // 12 + 5 + 15 + 467/500 × 30 (28.02) + 10 = 70.02
    expect(path.after!.total).toBeCloseTo(70.02, 10);
    expect(path.after!.status).toBe("Qualified");
    expect(path.text).toBe("Cheapest path: 1 advanced certified person + 367 CPOR MAU growth → 70.02 points");
    expect(path.plan![1]).toMatchObject({ leverLabel: "CPOR", metricLabel: "Usage growth", text: "367 CPOR MAU growth", cost: 3.67 });
  });

  it("the plan is a list of unit changes rescoreTrack takes as they are", () => {
    const path = cheapestPath(mwSmb, before, 70);
    expect(rescoreTrack(mwSmb, before, path.plan!, 70)).toEqual(path.after);
  });

  it("custom weights change the plan: MAU at 10 per 100 makes deployments and certifications cheaper", () => {
    // MAU now 10 per 6 points (1.67 per point). Still 16 points after the advanced person (5).
    // Intermediate person +5 for 3. CPOR deployments: CPOR must pass CSP's 10 → 3 (+5 for 10),
    // 4 (+10 for 15), 5 (+15 for 20). 11 left after the intermediate person: 4 more CPOR deployments
    // (+15, 20) beats 3 more (+10, 15) plus anything for the last point (a customer +2 for 10, or
    // 117 MAU for 11.7), and 284 MAU (28.4). Total 5 + 3 + 20 = 28 → 12 + 10 + 15 + 12 + 25 = 74.
    const path = cheapestPath(mwSmb, before, 70, { weights: { mau: 10 } });
    expect(steps(path)).toEqual([
      ["intermediate-certifications", undefined, 1, "intermediate-certified-person"],
      ["advanced-certifications", undefined, 1, "advanced-certified-person"],
      ["deployments", "CPOR", 4, "deployment"],
    ]);
    expect(path.cost).toBe(28);
    expect(path.after!.total).toBe(74);
    expect(path.text).toBe("Cheapest path: 1 intermediate certified person + 1 advanced certified person + 4 CPOR deployments → 74 points");
  });

  it("a weight of 0 makes that lever free: 0 per customer fills net customer adds first", () => {
    // Customers free: 4 more → NCA 20 (+8) for 0 → 47; advanced person (5) → 62; 8 points left:
    // CPOR MAU to 14 growth points (+2 → CPOR 233.33 → 234, i.e. +134 for 1.34)? No: 8 points on
    // growth → 20 → CPOR 333.33 → 334 (+234 MAU, 2.34). 5 + 2.34 = 7.34.
    const path = cheapestPath(mwSmb, before, 70, { weights: { "new-customer": 0 } });
    expect(steps(path)).toEqual([
      ["net-customer-adds", undefined, 4, "new-customer"],
      ["advanced-certifications", undefined, 1, "advanced-certified-person"],
      ["usage-growth", "CPOR", 234, "mau"],
    ]);
    expect(path.cost).toBeCloseTo(7.34, 10);
  });

  it("partial (70+ points with a metric at 0): the plan lifts that metric", () => {
    // 20 + 10 + 0 + 30 + 25 = 85 with advanced at 0: status Partial; 1 advanced person → 100.
    const partial = track(mwSmb, [10, 2, 0, { CPOR: 0, CSP: 2000 }, { CPOR: 0, CSP: 10 }]);
    expect(partial.status).toBe("Partial");
    const path = cheapestPath(mwSmb, partial, 70);
    expect(steps(path)).toEqual([["advanced-certifications", undefined, 1, "advanced-certified-person"]]);
    expect(path.cost).toBe(5);
    expect(path.text).toBe("Cheapest path: 1 advanced certified person → 100 points");
  });

  it("already qualified: an empty plan with cost 0", () => {
    // 16 + 10 + 15 + 20.1 + 25 = 86.1, every metric above 0 (the samples' SMB track).
    const qualified = track(mwSmb, [8, 3, 1, { CPOR: -158, CSP: 1340 }, { CPOR: 2, CSP: 49 }]);
    const path = cheapestPath(mwSmb, qualified, 70);
    expect(path.outcome).toBe("already-qualified");
    expect(path.plan).toEqual([]);
    expect(path.cost).toBe(0);
    expect(path.after).toBe(qualified);
    expect(path.text).toBe("Already qualified: 86.1 points");
  });
});

describe("a parts track (Security 2023: Azure + M365 halves)", () => {
  // NCA (4 + 3) / 0.5 = 14; Step 3 six people (gates met) → 40; growth $5,000 / 1,250 = 4, M365
  // −500 users → 0; deployments 0. Total 58, deployments at 0.
  const before = track(security, [
    { azure: 4, m365: 3 },
    { "step-1": 1, "step-2": 1, "step-3": 6 },
    { azure: 5000, m365: -500 },
    { azure: 0, m365: 0 },
  ]);

  it("starts at 58 points", () => {
    expect(before.total).toBe(58);
  });

  it("one deployment (it must have one) and the exact USD of Azure growth for the rest", () => {
    // A deployment is 1/0.3 = 3.33 points for 5 (1.5 per point); growth 1 point per $1,250 for
    // 1 per $1,000 (1.25 per point, up to 16 more); M365 users first make up the −500 (wasted).
    // d deployments + USD: d = 1: 8.67 points of growth → 15,833.33 → $15,834 (+10,834) → 5 + 10.834
    // = 15.834; d = 2: 10 + 6.667 = 16.667; d = 3: 15 + 2.5 = 17.5. A customer (+2 for 10) never pays.
    // Azure and M365 deployments cost and score the same: the first part, Azure, is named.
    const path = cheapestPath(security, before, 70);
    expect(steps(path)).toEqual([
      ["usage-growth", "azure", 10834, "acr-usd"],
      ["deployments", "azure", 1, "deployment"],
    ]);
    expect(path.cost).toBeCloseTo(15.834, 10);
    // 14 + 40 + 15,834/1,250 (12.6672) + 3.3333 = 70.0005
    expect(path.after!.total).toBeCloseTo(70.0005, 4);
    expect(path.text).toBe("Cheapest path: $10,834 of Azure security ACR growth + 1 Azure deployment → 70 points");
    expect(path.plan!.map((s) => s.leverLabel)).toEqual(["Azure", "Azure"]);
  });

  it("with USD and deployments dear, the M365 half carries the growth", () => {
    // $1,000 at 5 (6.25 per point), a deployment at 8. Users: 1.25 per point once past the −500.
    // d = 1 (8): growth ≥ 8.67 → 1,083.33 → 1,084 users, +1,584 (15.84) → 23.84;
    // d = 2 (16): growth ≥ 5.33 → 667 users, +1,167 (11.67) → 27.67; d = 4 (32) alone → 32;
    // USD instead of users: 8.67 × 1,250 → +10,834 at 5 per 1,000 = 54.17. 23.84 wins.
    const path = cheapestPath(security, before, 70, { weights: { "acr-usd": 5, deployment: 8 } });
    expect(steps(path)).toEqual([
      ["usage-growth", "m365", 1584, "protected-users"],
      ["deployments", "azure", 1, "deployment"],
    ]);
    expect(path.cost).toBeCloseTo(23.84, 10);
    expect(path.plan![0].text).toBe("1,584 M365 protected users of growth");
  });
});

describe("a steps track (Data & AI 2023: two prerequisite steps before the scoring step)", () => {
  // NCA 3 → 30; steps: Step 1 has 1 of 2 people → 0 points; growth 10 % → 10; deployments 5 → 10. Total 50.
  const before = track(dataAi, [3, { "step-1": 1, "step-2": 2, "step-3": 3 }, 10, 5]);

  it("opens the missing prerequisite and adds scoring people", () => {
    // 1 Step 1 person (3) opens the scoring step: 3 × 4 = 12 → 62; two more scoring people (6)
    // → 70. Growth points (2 each) cost more than people (3 per 4 points). 3 + 6 = 9.
    expect(before.total).toBe(50);
    const path = cheapestPath(dataAi, before, 70);
    expect(steps(path)).toEqual([
      ["intermediate-certifications", "step-1", 1, "intermediate-certified-person"],
      ["intermediate-certifications", "step-3", 2, "intermediate-certified-person"],
    ]);
    expect(path.cost).toBe(9);
    expect(path.after!.total).toBe(70);
    expect(path.text).toBe("Cheapest path: 1 person with Azure Solutions Architect Expert (Step 1 prerequisite) + 2 intermediate certified people → 70 points");
  });
});

describe("infeasible tracks", () => {
  it("a blocked metric at 0 points: no plan, and the reason says why", () => {
    const blocked = "Baseline ACR in Oct-2024 is $500, under the $1,000 minimum: usage growth scores 0 until the baseline reaches $1,000";
    const before = track(dataAi, [3, { "step-1": 2, "step-2": 2, "step-3": 10 }, 12, 5], { 2: { points: 0, blocked } });
    expect(before.total).toBe(80);
    expect(before.status).toBe("Partial");
    const path = cheapestPath(dataAi, before, 70);
    expect(path.outcome).toBe("infeasible");
    expect(path.plan).toBeNull();
    expect(path.cost).toBeNull();
    expect(path.after).toBeNull();
    if (path.outcome !== "infeasible") throw new Error("expected infeasible");
    expect(path.reason).toBe(`Usage growth cannot score: ${blocked}`);
    expect(path.text).toBe(`No path to qualification: Usage growth cannot score: ${blocked}`);
  });

  it("a track whose metrics cannot add up to the minimum", () => {
    const small: GenericTrackRule = { id: "single", label: "Small", metrics: dataAi.metrics.filter((m) => m.id !== "intermediate-certifications") };
    // 30 + 20 + 10 = 60 at most, under 70.
    const before = trackResult(
      small,
      small.metrics.map((m) => metricResult(m, 1)),
      70
    );
    const path = cheapestPath(small, before, 70);
    expect(path.outcome).toBe("infeasible");
    expect(path.outcome === "infeasible" && path.reason).toBe(
      "even with every metric raised as far as units can raise it, the track reaches 60 of the 70 points it needs"
    );
  });
});

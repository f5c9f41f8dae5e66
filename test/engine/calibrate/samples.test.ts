/**
 * Calibration on the sample exports: score them under known options, type the scorecard back in as
 * Partner Center would print it, and calibration must name exactly those options.
 */
import { calibrate, scoreDesignations, type Observation } from "../../../src/engine";
import { samplesInput } from "../simulate/samplesInput";
import { designationOf, observationsFrom } from "./printed";

const input = samplesInput();
const AZURE = { designations: ["infrastructure" as const] };

describe("calibrate on the samples (Azure 2023: nca-either-month, growth-ttm)", () => {
  const cases: string[][] = [[], ["nca-either-month"], ["growth-ttm"], ["nca-either-month", "growth-ttm"]];
  test.each(cases.map((c) => [c.join(" + ") || "default reading", c]))("scored with %s, calibration finds exactly those options", (_, known) => {
    const truth = scoreDesignations(input, { ...AZURE, options: known as string[] });
    const observed = observationsFrom(designationOf(truth, "infrastructure"), { metrics: ["net-customer-adds", "usage-growth"] });
    const result = calibrate(input, observed, {}, { explain: false });
    expect(result.groups).toHaveLength(1);
    const g = result.groups[0];
    expect(g.designations).toEqual(["infrastructure"]);
    expect(g.options.map((o) => o.id)).toEqual(["nca-either-month", "growth-ttm"]);
    expect(g.tried).toBe(4);
    expect(g.status).toBe("matched");
    expect(g.matching).toEqual([known]);
    expect(g.best!.options).toEqual(known);
    expect(result.byDesignation.infrastructure).toEqual(known);
    expect(result.options).toEqual(known);
    // The other Azure designations share the options: the choice applies to them too.
    if (known.length) expect(g.alsoAffects).toEqual(["data-ai", "digital-app-innovation"]);
    // The default reading does not reproduce values the options change.
    const def = g.combinations.find((c) => c.options.length === 0)!;
    expect(def.current).toBe(true);
    expect(def.matches).toBe(known.length === 0);
  });

  test("usage growth typed to 2 decimals matches within ±0.005; the default reading is 1.13 points of growth off", () => {
    const ttm = scoreDesignations(input, { ...AZURE, options: ["growth-ttm"] });
    const growth = designationOf(ttm, "infrastructure").tracks[0].metrics.find((m) => m.id === "usage-growth")!.value as number;
    expect(growth).toBeCloseTo(20.2553, 3);
    const result = calibrate(
      input,
      [{ designation: "infrastructure", track: "single", metric: "usage-growth", kind: "value", value: 20.26 }],
      {},
      { explain: false }
    );
    const g = result.groups[0];
    // Net customer adds were not given: nca-either-month moves none of the values given, so it is not tried.
    expect(g.status).toBe("matched");
    expect(g.matching).toEqual([["growth-ttm"]]);
    expect(g.best!.options).toEqual(["growth-ttm"]);
    expect(g.ignored.map((o) => o.id)).toEqual(["nca-either-month"]);
    expect(g.ignored[0].why).toMatch(/moves none of the values given/);
    const def = g.combinations.find((c) => c.current)!;
    expect(def.checks[0].difference).toBeCloseTo(1.13, 2);
  });

  test("three Azure designations observed together are one group: an option switches them all", () => {
    const truth = scoreDesignations(input, { options: ["nca-either-month"] });
    const observed: Observation[] = ["data-ai", "infrastructure", "digital-app-innovation"].flatMap((id) =>
      observationsFrom(designationOf(truth, id), { metrics: ["net-customer-adds", "usage-growth"] })
    );
    const result = calibrate(input, observed, {}, { explain: false });
    expect(result.groups.map((g) => g.designations)).toEqual([["data-ai", "infrastructure", "digital-app-innovation"]]);
    expect(result.groups[0].options.map((o) => [o.id, o.designations])).toEqual([
      ["nca-either-month", ["data-ai", "infrastructure", "digital-app-innovation"]],
      ["growth-ttm", ["data-ai", "infrastructure", "digital-app-innovation"]],
    ]);
    expect(result.groups[0].matching).toEqual([["nca-either-month"]]);
    expect(result.groups[0].alsoAffects).toEqual([]);
  });

  test("Business Applications on the samples: nca-smb-500 gives 4 SMB net customer adds, the default 3", () => {
    const truth = scoreDesignations(input, { designations: ["business-applications"], options: ["nca-smb-500"] });
    const observed = observationsFrom(designationOf(truth, "business-applications"));
    const result = calibrate(input, observed);
    const g = result.groups[0];
    expect(g.status).toBe("matched");
    expect(g.matching).toEqual([["nca-smb-500"]]);
    const def = g.combinations.find((c) => c.current)!;
    expect(def.checks.filter((c) => !c.matches).map((c) => [c.address, c.engine, c.observed])).toEqual([["business-applications/smb/net-customer-adds", 3, 4]]);
    // The tenants the two readings count differently: their effect on SMB net customer adds.
    const e = g.explanations.find((x) => x.address === "business-applications/smb/net-customer-adds")!;
    expect(e.comparedWith).toEqual([]);
    expect([e.comparedValue, e.bestValue]).toEqual([3, 4]);
    expect(e.tenantsDiffering).toBeGreaterThan(0);
    // Each tenant's effect under both readings (with it − without it) and how it moves.
    for (const t of e.tenants) expect(t.difference).toBe(t.best - t.compared);
  });

  test("the score options pick the rule set: --rules 2026 offers the 2026 alternatives", () => {
    const truth = scoreDesignations(input, { designations: ["infrastructure"], ruleSet: "2026", options: ["growth-ttm"] });
    const observed = observationsFrom(designationOf(truth, "infrastructure"), { tracks: ["enterprise"], metrics: ["usage-growth"] });
    const result = calibrate(input, observed, { ruleSet: "2026" }, { explain: false });
    const g = result.groups[0];
    expect(g.ruleSets).toEqual([{ designation: "infrastructure", id: "infrastructure-2026", asOf: "2025-10" }]);
    expect([...g.options, ...g.ignored].map((o) => o.id).sort()).toEqual(["growth-ttm", "smb-under-1m"]);
    expect(g.options.map((o) => o.id)).toContain("growth-ttm");
    expect(g.matching).toContainEqual(["growth-ttm"]);
    expect(g.matching.every((m) => m.includes("growth-ttm"))).toBe(true);
  });
});

describe("options that change nothing", () => {
  test("Security 2026: security-smb-keeps-promoted (the default, kept for old command lines) is not tried", () => {
    const r = calibrate(
      input,
      [{ designation: "security", track: "smb", metric: "net-customer-adds", kind: "points", value: 20 }],
      { ruleSet: "2026" },
      { explain: false }
    );
    const g = r.groups[0];
    // On the samples no tenant is promoted, so the other reading moves nothing either: one combination.
    expect(g.options.map((o) => o.id)).toEqual([]);
    expect(g.ignored.map((o) => o.id)).toEqual(["security-smb-keeps-promoted", "security-smb-drops-promoted"]);
    expect(g.ignored[0].why).toMatch(/changes nothing in these rules/);
    expect(g.tried).toBe(1);
  });
});

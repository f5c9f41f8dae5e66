/**
 * Calibration on a generated Business Applications revenue export where nca-smb-500 moves three
 * tenants (the rows of test/engine/designations/businessApplications.nca.test.ts).
 */
import { InputCollector, calibrate, readCsvText, scoreDesignations, type Observation, type ParsedInput } from "../../../src/engine";
import { revenueCsv, type RevenueRow } from "../../helpers/bizApps";
import { usageCsv } from "../../helpers/score";
import { designationOf, observationsFrom } from "./printed";

const M = "2025-10";
const P = "2024-10";

// SMB (≥ $250): M {T1, T2, T3, T6, T8} = 5, P {T6, T7} = 2 → 3. nca-smb-500 (> $500): M {T1, T2, T6} = 3, P {T6} = 1 → 2.
const rows: RevenueRow[] = [
  ["T1", "Sales", M, 1500, "CPOR RevRec"],
  ["T2", "Finance", M, 1499.99, "DPOR"],
  ["T3", "Power BI", M, 250, "CSP Tier 1"],
  ["T4", "Business Central", M, 249.99, "CSP Tier 2"],
  ["T6", "Field Service", M, 2000, "CPOR OSA"],
  ["T6", "Field Service", P, 2000, "CPOR OSA"],
  ["T7", "Marketing", P, 400, "DPOR"],
  ["T8", "Sales", M, 500, "CPOR RevRec Performance"],
];

function exportsInput(extra: Record<string, string> = {}): ParsedInput {
  const c = new InputCollector();
  readCsvText(c, "bizapps-revenue.csv", revenueCsv(rows));
  for (const [name, text] of Object.entries(extra)) readCsvText(c, name, text);
  return c.result();
}

const input = exportsInput();
const nca = (value: number, kind: "value" | "points" = "value"): Observation => ({
  designation: "business-applications",
  track: "smb",
  metric: "net-customer-adds",
  kind,
  value,
});

describe("calibrate: Business Applications nca-smb-500", () => {
  test("values scored under nca-smb-500 and typed back: exactly nca-smb-500 matches, the default does not", () => {
    const truth = scoreDesignations(input, { options: ["nca-smb-500"] });
    const result = calibrate(input, observationsFrom(designationOf(truth, "business-applications"), { tracks: ["smb"], metrics: ["net-customer-adds"] }));
    const g = result.groups[0];
    expect(g.name).toBe("Business Applications");
    expect(g.ruleSets[0].id).toBe("business-applications-2023");
    expect(g.status).toBe("matched");
    expect(g.matching).toEqual([["nca-smb-500"]]);
    expect(g.combinations.map((c) => [c.label, c.matches, c.current, c.checks[0].engine])).toEqual([
      ["nca-smb-500", true, false, 2],
      ["default reading", false, true, 3],
    ]);
    expect(result.byDesignation).toEqual({ "business-applications": ["nca-smb-500"] });
    // The tenants behind the change: T3 ($250) and T8 ($500) no longer count in M, T7 ($400) no longer in P.
    const e = g.explanations[0];
    expect(e.address).toBe("business-applications/smb/net-customer-adds");
    expect(e.comparedLabel).toBe("default reading");
    expect([e.comparedValue, e.bestValue]).toEqual([3, 2]);
    expect(e.tenants.map((t) => [t.key, t.compared, t.best])).toEqual([
      ["T3", 1, 0],
      ["T7", -1, 0],
      ["T8", 1, 0],
    ]);
    expect(e.tenantsDiffering).toBe(3);
  });

  test("the default reading's value matches only the default reading; points work as well as values", () => {
    expect(calibrate(input, [nca(3)], {}, { explain: false }).groups[0].matching).toEqual([[]]);
    // 2 net customer adds × 3 points = 6 points (Partner Center's "Points earned").
    expect(calibrate(input, [nca(6, "points")], {}, { explain: false }).groups[0].matching).toEqual([["nca-smb-500"]]);
    // The track total: Partner Center prints it to 2 decimals.
    const truth = scoreDesignations(input, { options: ["nca-smb-500"] });
    const total = designationOf(truth, "business-applications").tracks.find((t) => t.id === "smb")!.total;
    const r = calibrate(
      input,
      [{ designation: "business-applications", track: "smb", metric: "total", kind: "points", value: Math.round(total * 100) / 100 }],
      {},
      { explain: false }
    );
    expect(r.groups[0].matching).toEqual([["nca-smb-500"]]);
  });

  test("the current reading comes from the base options: with nca-smb-500 given, the default reading is the change", () => {
    const result = calibrate(input, [nca(3)], { options: ["nca-smb-500"] });
    const g = result.groups[0];
    expect(result.baseOptions).toEqual(["nca-smb-500"]);
    expect(g.best!.options).toEqual([]);
    expect(g.combinations.find((c) => c.current)!.options).toEqual(["nca-smb-500"]);
    expect(result.options).toEqual([]);
    expect(g.explanations[0].comparedWith).toEqual(["nca-smb-500"]);
    expect(g.explanations[0].tenants.map((t) => t.key)).toEqual(["T3", "T7", "T8"]);
  });

  test("nothing matches: the closest combination, the metric that differs and by how much, and the tenants the other reading moves", () => {
    const result = calibrate(input, [
      nca(7),
      { designation: "business-applications", track: "enterprise", metric: "net-customer-adds", kind: "value", value: 1 },
    ]);
    const g = result.groups[0];
    expect(g.status).toBe("no-match");
    expect(g.matching).toEqual([]);
    // Default: 3 (4 short of 7); nca-smb-500: 2 (5 short). Enterprise (1) matches under both.
    expect(g.best!.options).toEqual([]);
    expect(g.differences).toEqual([
      { address: "business-applications/smb/net-customer-adds", kind: "value", unit: "count", observed: 7, engine: 3, difference: -4, matches: false },
    ]);
    // The best is the current reading: the explanation compares it with the reading that moves the metric.
    const e = g.explanations.find((x) => x.address === "business-applications/smb/net-customer-adds")!;
    expect(e.comparedWith).toEqual(["nca-smb-500"]);
    expect([e.comparedValue, e.bestValue]).toEqual([2, 3]);
    expect(e.tenants.map((t) => [t.key, t.compared, t.best, t.difference])).toEqual([
      ["T3", 0, 1, 1],
      ["T7", 0, -1, -1],
      ["T8", 0, 1, 1],
    ]);
    // The saved choice is still the closest reading, marked as not matching.
    expect(result.byDesignation["business-applications"]).toEqual([]);
  });

  test("a metric no option moves: the difference is reported with the reason, and no tenants", () => {
    const result = calibrate(input, [{ designation: "business-applications", track: "smb", metric: "usage-growth", kind: "value", value: 12.5 }]);
    const g = result.groups[0];
    expect(g.status).toBe("no-match");
    expect(g.differences[0].address).toBe("business-applications/smb/usage-growth");
    expect(g.explanations[0].comparedWith).toBeNull();
    expect(g.explanations[0].note).toMatch(/no option moves this metric/);
  });

  test("Modern Work has no alternatives: one combination, the default reading, checked", () => {
    const mw = exportsInput({
      "usage.csv": usageCsv([
        ["Contoso", "CSP Tier 1", "Exchange", "Oct-2025", 50, 100],
        ["Fabrikam", "CSP Tier 1", "Exchange", "Oct-2025", 20, 100],
      ]),
    });
    const result = calibrate(mw, [
      { designation: "Modern Work", track: "SMB", metric: "Net customer adds", kind: "value", value: 2 },
      { designation: "modern-work", track: "smb", metric: "deployments", part: "csp", kind: "value", value: 1 },
    ]);
    const g = result.groups.find((x) => x.designations[0] === "modern-work")!;
    expect(g.options).toEqual([]);
    expect(g.tried).toBe(1);
    expect(g.status).toBe("matched");
    expect(g.observations.map((o) => o.address)).toEqual(["modern-work/smb/net-customer-adds", "modern-work/smb/deployments/CSP"]);
  });

  test("too many options for one group: skipped and said so", () => {
    const result = calibrate(input, [nca(2)], {}, { maxOptions: 0 });
    const g = result.groups[0];
    expect(g.status).toBe("skipped");
    expect(g.tried).toBe(0);
    expect(g.skipped).toMatch(/^\d+ options? appl(y|ies) \([^)]*nca-smb-500[^)]*\); at most 0 are tried together/);
    expect(result.options).toEqual([]);
  });
});

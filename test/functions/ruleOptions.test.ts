/**
 * The SPD.* worksheet functions and the rule options saved in the workbook ("Use these options").
 * The functions take a metric's value as an argument, so most options (how the exports' rows are
 * counted into values) change nothing they compute; an option that changes what a value is worth
 * (Business Applications' advanced-enterprise-2.14) must reach them. They read the options in force
 * from the shared runtime's state (src/functions/ruleOptions.ts) that the pane's adapter and the
 * functions' start-up read publish.
 */
import {
  DESIGNATIONS,
  isNoOpAlternative,
  scoreDesignations,
  type DesignationId,
  type MetricResult,
  type RuleAlternative,
  type RuleSetBase,
} from "../../src/engine";
import * as spd from "../../src/functions/spdFunctions";
import { functionRuleOptions, setFunctionRuleOptions } from "../../src/functions/ruleOptions";
import { samplesInput } from "../engine/simulate/samplesInput";

afterEach(() => setFunctionRuleOptions([]));

describe("SPD.* with the rule options in force", () => {
  test("advanced-enterprise-2.14: an advanced certified person is worth 2.14 points (seven 14.98), else 15/7", () => {
    const track = "business-applications/enterprise";
    expect(functionRuleOptions()).toEqual([]);
    const plain = spd.points(track, "advanced-certifications", [[1], [7]]);
    const smb = spd.points("business-applications/smb", "advanced", [[1], [3]]);
    expect(plain[0][0]).toBeCloseTo(15 / 7, 9);
    expect(plain[1][0]).toBeCloseTo(15, 9);
    expect(setFunctionRuleOptions(["advanced-enterprise-2.14"])).toBe(true);
    const switched = spd.points(track, "advanced-certifications", [[1], [7]]);
    expect(switched[0][0]).toBeCloseTo(2.14, 9);
    expect(switched[1][0]).toBeCloseTo(14.98, 9);
    expect(spd.simulate(track, [["advanced-certifications"]], [[7]])).toBeCloseTo(14.98, 9);
    // The same rule set named by id; SMB keeps its own points per person.
    expect(spd.points("business-applications-2023/enterprise", "advanced", [[1]])[0][0]).toBeCloseTo(2.14, 9);
    expect(spd.points("business-applications/smb", "advanced", [[1], [3]])).toEqual(smb);
    expect(setFunctionRuleOptions(["advanced-enterprise-2.14"])).toBe(false);
    setFunctionRuleOptions([]);
    expect(spd.points(track, "advanced-certifications", [[1]])[0][0]).toBeCloseTo(15 / 7, 9);
  });

  test("options of other designations, and options that only change how rows are counted, change nothing SPD.* computes", () => {
    const before = [
      spd.points("smb", "deployments", [[3]], "CSP"),
      spd.target("infrastructure/smb", "usage-growth"),
      spd.points("business-applications/smb", "net-customer-adds", [[4]]),
    ];
    setFunctionRuleOptions(["growth-ttm", "nca-smb-500", "nca-either-month"]);
    expect([
      spd.points("smb", "deployments", [[3]], "CSP"),
      spd.target("infrastructure/smb", "usage-growth"),
      spd.points("business-applications/smb", "net-customer-adds", [[4]]),
    ]).toEqual(before);
  });
});

/**
 * On the samples, option by option: the points the engine scores for a metric's value are the points
 * SPD.* give for that value with the same option in force. Should an option ever change what a
 * value is worth somewhere SPD.* do not read it from, this fails.
 */
describe("SPD.* agree with the engine under every option (samples)", () => {
  const input = samplesInput();
  const cases = DESIGNATIONS.flatMap((d) =>
    d.ruleSets.flatMap((rules: RuleSetBase) => {
      const alternatives = ((rules as RuleSetBase & { alternatives?: RuleAlternative<object>[] }).alternatives ?? []).filter((a) => !isNoOpAlternative(a));
      return alternatives.map((a) => [`${rules.id}: ${a.id}`, d.id as DesignationId, rules.id, a.id] as const);
    })
  );

  /** SPD's points for the metric's value: one number (certified people in the last step, prerequisites met), or one per association type or part. */
  function spdPoints(ruleSet: string, track: string, m: MetricResult): number | null {
    if (m.blocked) return null;
    if (m.steps && m.steps.slice(0, -1).some((s) => !s.met)) return null;
    if (typeof m.value === "number") return spd.simulate(`${ruleSet}/${track}`, [[m.id]], [[m.steps ? m.steps[m.steps.length - 1].people : m.value]]);
    const keys = Object.keys(m.value);
    if (!keys.length) return null;
    return spd.simulate(
      `${ruleSet}/${track}`,
      keys.map((k) => [`${m.id}/${k}`]),
      keys.map((k) => [(m.value as Record<string, number>)[k]])
    );
  }

  test("there are options to check", () => {
    expect(cases.length).toBeGreaterThan(3);
  });

  test.each(cases)("%s", (_, designation, ruleSet, option) => {
    const report = scoreDesignations(input, { designations: [designation], ruleSet, options: [option] }).report.designations[0];
    if (!report.scored) return;
    setFunctionRuleOptions([option]);
    const differing: string[] = [];
    let compared = 0;
    for (const track of report.tracks)
      for (const m of track.metrics) {
        const points = spdPoints(ruleSet, track.id, m);
        if (points === null) continue;
        compared++;
        if (Math.abs(points - m.points) > 1e-9) differing.push(`${track.id}/${m.id} ${JSON.stringify(m.value)}: engine ${m.points}, SPD ${points}`);
      }
    expect(differing).toEqual([]);
    expect(compared).toBeGreaterThan(0);
  });
});

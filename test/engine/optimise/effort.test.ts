/** Effort kinds per lever of the real rule sets, the editable weights, and the plan steps' words. */
import { DEFAULT_EFFORT_WEIGHTS, EFFORT_KINDS, EffortWeightError, effortCost, effortKindOf, effortWeights } from "../../../src/engine/optimise/effort";
import { leverLabel, leverText } from "../../../src/engine/optimise/leverText";
import { dataAi2023 } from "../../../src/engine/designations/data-ai/rules2023";
import { businessApplications2023 } from "../../../src/engine/designations/business-applications/rules2023";
import { modernWork2023 } from "../../../src/engine/designations/modern-work/rules2023";
import { security2026 } from "../../../src/engine/designations/security/rules2026";
import type { GenericTrackRule, MetricId } from "../../../src/engine/model/ruleTypes";
import { leversOf } from "../../../src/engine/model/metricSpace";

/** "metric/lever → kind" for every lever of a track. */
function kinds(track: GenericTrackRule): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of track.metrics) for (const lever of leversOf(m)) out[lever ? `${m.id}/${lever}` : m.id] = effortKindOf(m, lever);
  return out;
}

const metric = (track: GenericTrackRule, id: MetricId) => track.metrics.find((m) => m.id === id)!;

describe("effort kind of each lever", () => {
  it("Modern Work: customers, people by level, MAU per association, deployments", () => {
    expect(kinds(modernWork2023.tracks[1])).toEqual({
      "net-customer-adds": "new-customer",
      "intermediate-certifications": "intermediate-certified-person",
      "advanced-certifications": "advanced-certified-person",
      "usage-growth/CPOR": "mau",
      "usage-growth/CSP": "mau",
      "deployments/CPOR": "deployment",
      "deployments/CSP": "deployment",
    });
  });

  it("Security 2026: growth is USD of ACR (Azure) or protected users (M365); every step's people are intermediate", () => {
    expect(kinds(security2026.tracks[0])).toEqual({
      "net-customer-adds/azure": "new-customer",
      "net-customer-adds/m365": "new-customer",
      "intermediate-certifications/step-1": "intermediate-certified-person",
      "intermediate-certifications/step-2": "intermediate-certified-person",
      "intermediate-certifications/step-3": "intermediate-certified-person",
      "usage-growth/azure": "acr-usd",
      "usage-growth/m365": "protected-users",
      "deployments/azure": "deployment",
      "deployments/m365": "deployment",
    });
  });

  it("Azure and Business Applications: growth in percentage points", () => {
    expect(effortKindOf(metric(dataAi2023.tracks[0], "usage-growth"), undefined)).toBe("growth-point");
    expect(effortKindOf(metric(businessApplications2023.tracks[0], "usage-growth"), undefined)).toBe("growth-point");
    expect(effortKindOf(metric(businessApplications2023.tracks[0], "advanced-certifications"), "advanced")).toBe("advanced-certified-person");
  });
});

describe("effort weights", () => {
  it("defaults: every kind has a weight, a unit size and a label", () => {
    expect(Object.keys(DEFAULT_EFFORT_WEIGHTS).sort()).toEqual(Object.keys(EFFORT_KINDS).sort());
    expect(DEFAULT_EFFORT_WEIGHTS.mau).toEqual({ weight: 1, per: 100 });
    expect(DEFAULT_EFFORT_WEIGHTS["acr-usd"]).toEqual({ weight: 1, per: 1000 });
    expect(DEFAULT_EFFORT_WEIGHTS["new-customer"]).toEqual({ weight: 10, per: 1 });
  });

  it("cost is weight × units / per: 367 MAU at 1 per 100 = 3.67; 2 people at 3 = 6", () => {
    expect(effortCost(DEFAULT_EFFORT_WEIGHTS.mau, 367)).toBeCloseTo(3.67, 12);
    expect(effortCost(DEFAULT_EFFORT_WEIGHTS["intermediate-certified-person"], 2)).toBe(6);
  });

  it("edits: a number changes the weight, an object the weight and/or the unit size; the defaults stay as they are", () => {
    const w = effortWeights({ mau: 4, "acr-usd": { per: 500 }, deployment: { weight: 2, per: 1 } });
    expect(w.mau).toEqual({ weight: 4, per: 100 });
    expect(w["acr-usd"]).toEqual({ weight: 1, per: 500 });
    expect(w.deployment).toEqual({ weight: 2, per: 1 });
    expect(w["new-customer"]).toEqual(DEFAULT_EFFORT_WEIGHTS["new-customer"]);
    expect(DEFAULT_EFFORT_WEIGHTS.mau).toEqual({ weight: 1, per: 100 });
  });

  it("rejects a negative weight, a unit size that is not a whole number ≥ 1, and an unknown kind, with what to type", () => {
    expect(() => effortWeights({ mau: -1 })).toThrow(new EffortWeightError('The weight of "Monthly active users of growth" must be 0 or more, not -1.'));
    expect(() => effortWeights({ mau: { per: 0 } })).toThrow(EffortWeightError);
    expect(() => effortWeights({ mau: { per: 2.5 } })).toThrow(/per a whole number of MAU/);
    expect(() => effortWeights({ meetings: 1 } as never)).toThrow(/Unknown effort kind "meetings"/);
  });
});

describe("plan step words", () => {
  const mw = modernWork2023.tracks[1];
  const sec = security2026.tracks[0];
  const dai = dataAi2023.tracks[0];

  it("single targets use the metric's noun, singular or plural", () => {
    expect(leverText(metric(mw, "net-customer-adds"), undefined, 1)).toBe("1 net customer add");
    expect(leverText(metric(mw, "intermediate-certifications"), undefined, 2)).toBe("2 intermediate certified people");
    expect(leverText(metric(dai, "usage-growth"), undefined, 3)).toBe("3 percentage points of ACR growth");
  });

  it("per-association targets name the association; parts their part; large counts get separators", () => {
    expect(leverText(metric(mw, "deployments"), "CSP", 3)).toBe("3 CSP deployments");
    expect(leverText(metric(mw, "usage-growth"), "CPOR", 1250)).toBe("1,250 CPOR MAU growth");
    expect(leverText(metric(sec, "deployments"), "m365", 1)).toBe("1 M365 deployment");
    expect(leverLabel(metric(sec, "deployments"), "m365")).toBe("M365");
    expect(leverLabel(metric(mw, "deployments"), "CSP")).toBe("CSP");
    expect(leverLabel(metric(mw, "net-customer-adds"), undefined)).toBeUndefined();
  });

  it("a prerequisite step names its certifications; the scoring step uses the metric's noun", () => {
    expect(leverText(metric(dai, "intermediate-certifications"), "step-2", 2)).toBe("2 people with Azure Administrator Associate (Step 2 prerequisite)");
    expect(leverText(metric(dai, "intermediate-certifications"), "step-3", 1)).toBe("1 intermediate certified person");
    expect(leverLabel(metric(dai, "intermediate-certifications"), "step-2")).toBe("Step 2");
  });
});

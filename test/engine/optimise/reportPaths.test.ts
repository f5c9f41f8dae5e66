/** The report runner: which tracks count, which path is the designation's, and designations left out. */
import { cheapestPaths } from "../../../src/engine/optimise/reportPaths";
import type { DesignationResult, Report, TrackResult } from "../../../src/engine/model/results";
import { dataAi2026 } from "../../../src/engine/designations/data-ai/rules2026";
import { modernWork2023 } from "../../../src/engine/designations/modern-work/rules2023";
import type { GenericTrackRule, RuleSetBase } from "../../../src/engine/model/ruleTypes";
import { metricResult, trackResult, type MetricValue } from "../../../src/engine/model/trackResult";

function track(rule: GenericTrackRule, values: MetricValue[], blockedAt?: number): TrackResult {
  const metrics = rule.metrics.map((m, i) => {
    const r = metricResult(m, values[i]);
    return i === blockedAt ? { ...r, points: 0, blocked: "Baseline ACR in Oct-2025 is $400, under the $1,000 minimum" } : r;
  });
  return trackResult(rule, metrics, 70);
}

function designation(rules: RuleSetBase, tracks: TrackResult[], countingTrack: DesignationResult["countingTrack"]): DesignationResult {
  const counting = tracks.find((t) => t.id === countingTrack)!;
  return {
    id: rules.designation,
    name: rules.name,
    scored: true,
    qualified: false,
    countingTrack,
    qualifyingTotal: rules.qualification.minTotal.value,
    trackChoice: rules.trackChoice.value,
    total: counting.total,
    status: counting.status,
    ruleSet: { id: rules.id, edition: rules.edition, name: rules.name, effectiveFrom: rules.effectiveFrom, options: [] },
    tracks,
  };
}

const report = (designations: DesignationResult[]): Report => ({
  asOf: "2026-10",
  baseline: "2025-10",
  designations,
  microsoftCloud: { attained: false, qualified: [], missing: [] },
  inputs: [],
  warnings: [],
});

const [ent, smb] = dataAi2026.tracks;
// Data & AI 2026, classified SMB. Enterprise: NCA 3 → 30, steps met with 6 scoring people → 24, growth 10, deployments 2 → 4: 68.
// SMB: the same but growth blocked (baseline under $1,000) → 0 points.
const dataAi = designation(
  dataAi2026,
  [track(ent, [3, { "step-1": 2, "step-2": 2, "step-3": 6 }, 10, 2]), track(smb, [3, { "step-1": 1, "step-2": 1, "step-3": 6 }, 10, 2], 2)],
  "smb"
);

describe("cheapestPaths over a report", () => {
  it("a classified partner: only the classified track qualifies the designation; if it cannot, that is the answer", () => {
    const [paths] = cheapestPaths(report([dataAi]), [{ id: "data-ai", rules: dataAi2026 }]);
    const [e, s] = paths.tracks;
    // Enterprise (not the partner's track) has a plan: one more scoring person (+4 for 3) → 72,
    // cheaper than two growth points (4) or a deployment (+2 for 5).
    expect(e.outcome).toBe("plan");
    expect(e.text).toBe("Cheapest path: 1 intermediate certified person → 72 points");
    expect([e.counting, e.qualifiesDesignation]).toEqual([false, false]);
    expect(s.outcome).toBe("infeasible");
    expect([s.counting, s.qualifiesDesignation]).toEqual([true, true]);
    expect(paths.cheapest).toBe(s);
    expect(paths.text).toBe("SMB: No path to qualification: Usage growth cannot score: Baseline ACR in Oct-2025 is $400, under the $1,000 minimum");
  });

  it("best track counts: the cheaper track's plan is the designation's, even when that track is behind now", () => {
    const [mwEnt, mwSmb] = modernWork2023.tracks;
    // Enterprise: NCA 5 → 20, intermediate 4 → 10, advanced 2 → 15, growth CPOR 900 → 27, deployments CPOR 0 → 0: 72, Partial;
    // one CPOR deployment (+5 for 5) qualifies it. SMB: 20 + 10 + 15 + 0 + 5 = 50 with growth at 0: 20 growth
    // points are 333.33 → 334 CPOR MAU (3.34) → 70.04, cheaper than Enterprise's deployment.
    const enterprise = track(mwEnt, [5, 4, 2, { CPOR: 900, DPOR: 0 }, { CPOR: 0, DPOR: 0 }]);
    const small = track(mwSmb, [10, 2, 1, { CPOR: 0, CSP: 0 }, { CPOR: 1, CSP: 0 }]);
    expect([enterprise.total, small.total]).toEqual([72, 50]);
    const mw = designation(modernWork2023, [enterprise, small], "enterprise");
    const [paths] = cheapestPaths(report([mw]), [{ id: "modern-work", rules: modernWork2023 }]);
    expect(paths.tracks.map((t) => t.qualifiesDesignation)).toEqual([true, true]);
    expect(paths.tracks[0].text).toBe("Cheapest path: 1 CPOR deployment → 77 points");
    expect(paths.tracks[0].cost).toBe(5);
    expect(paths.cheapest!.track).toBe("smb");
    expect(paths.cheapest!.counting).toBe(false);
    expect(paths.cheapest!.cost).toBeCloseTo(3.34, 10);
    expect(paths.text).toBe("SMB: Cheapest path: 334 CPOR MAU growth → 70.04 points");
  });

  it("designations not scored, or without their rule set, are left out", () => {
    const missing: DesignationResult = { ...dataAi, id: "security", scored: false, tracks: [] };
    const paths = cheapestPaths(report([missing, dataAi]), [
      { id: "security", rules: null },
      { id: "data-ai", rules: dataAi2026 },
    ]);
    expect(paths.map((p) => p.designation)).toEqual(["data-ai"]);
  });

  it("custom weights reach every track", () => {
    // Intermediate people at 10: Enterprise's 2 missing points are cheapest as 2 growth points (4).
    const [paths] = cheapestPaths(report([dataAi]), [{ id: "data-ai", rules: dataAi2026 }], { weights: { "intermediate-certified-person": 10 } });
    expect(paths.tracks[0].text).toBe("Cheapest path: 2 percentage points of ACR growth → 70 points");
    expect(paths.tracks[0].cost).toBe(4);
  });
});

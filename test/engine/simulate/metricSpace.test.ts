import { scoreDesignations } from "../../../src/engine";
import { rescoreTrack, metricValue, UnknownLeverError } from "../../../src/engine/model/metricSpace";
import { samplesInput } from "./samplesInput";

describe("scoring a track again in metric space", () => {
  const { report, outcomes } = scoreDesignations(samplesInput());

  it("with no changes gives back every track of every designation exactly", () => {
    let tracks = 0;
    for (const d of report.designations) {
      const rules = outcomes.find((o) => o.id === d.id)!.rules!;
      for (const t of d.tracks) {
        const rule = rules.tracks.find((r) => r.id === t.id)!;
        const again = rescoreTrack(rule, t, [{ metric: t.metrics[0].id, units: 0 }], rules.qualification.minTotal.value);
        expect(again.total).toBeCloseTo(t.total, 9);
        expect(again.metrics.map((m) => m.points)).toEqual(t.metrics.map((m) => m.points));
        tracks++;
      }
    }
    // Three Azure designations, Security: one track each; Business Applications and Modern Work: two.
    expect(tracks).toBe(8);
  });

  it("adds units to the named lever and scores with the rule set's targets", () => {
    const mw = report.designations.find((d) => d.id === "modern-work")!;
    const rules = outcomes.find((o) => o.id === "modern-work")!.rules!;
    const enterprise = mw.tracks.find((t) => t.id === "enterprise")!;
    const rule = rules.tracks.find((r) => r.id === "enterprise")!;
    // Enterprise deployments: CPOR 0 of 5, DPOR 5 of 10 (12.5 of 25). +5 CPOR makes CPOR 5/5 → 25 points.
    const again = rescoreTrack(rule, enterprise, [{ metric: "deployments", lever: "CPOR", units: 5 }], 70);
    const deployments = again.metrics.find((m) => m.id === "deployments")!;
    expect(metricValue(deployments)).toEqual({ CPOR: 5, DPOR: 5 });
    expect(deployments.points).toBe(25);
    expect(again.total).toBeCloseTo(enterprise.total + 12.5, 9);
    expect(() => rescoreTrack(rule, enterprise, [{ metric: "deployments", lever: "CSP", units: 1 }], 70)).toThrow(UnknownLeverError);
  });

  it("certification steps: people go to the named step, and a met prerequisite unlocks the scoring step", () => {
    const security = report.designations.find((d) => d.id === "security")!;
    const rules = outcomes.find((o) => o.id === "security")!.rules!;
    const [track] = security.tracks;
    // Step 2 lacks one person, so Step 3's 3 people earn nothing; +1 in Step 2 unlocks them: 3 of 6 people × 40 = 20.
    const certs = track.metrics.find((m) => m.id === "intermediate-certifications")!;
    expect(certs.points).toBe(0);
    const again = rescoreTrack(rules.tracks[0], track, [{ metric: "intermediate-certifications", lever: "step-2", units: 1 }], 70);
    expect(again.metrics.find((m) => m.id === "intermediate-certifications")!.points).toBe(20);
  });
});

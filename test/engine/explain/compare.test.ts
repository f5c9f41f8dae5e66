import { metricEffect } from "../../../src/engine/explain/compare";
import { signed, signedPoints } from "../../../src/engine/model/text";
import { infrastructure2023 } from "../../../src/engine/designations/infrastructure/rules2023";
import { modernWork2023 } from "../../../src/engine/designations/modern-work/rules2023";
import { security2023 } from "../../../src/engine/designations/security/rules2023";
import type { MetricId, MetricRule } from "../../../src/engine/model/ruleTypes";
import { metricResult, type MetricValue } from "../../../src/engine/model/trackResult";

const smb = modernWork2023.tracks.find((t) => t.id === "smb")!;
const rule = (metrics: MetricRule[], id: MetricId) => metrics.find((m) => m.id === id)!;
const effect = (r: MetricRule, after: MetricValue, before: MetricValue, extra = {}) =>
  metricEffect(r, metricResult(r, after, extra), metricResult(r, before, extra))!;

describe("metric effects: why units move and points do not", () => {
  it("another association type earns the points", () => {
    // SMB usage growth: CPOR 100 of 500 → 6 points, CSP 1,000 of 2,000 → 15 points: CSP counts. CPOR 90 → 5.4, still under CSP.
    const e = effect(rule(smb.metrics, "usage-growth"), { CPOR: 100, CSP: 1000 }, { CPOR: 90, CSP: 1000 });
    expect(e.units).toEqual({ CPOR: 10 });
    expect(e.points).toBe(0);
    expect(e.text).toBe("+10 CPOR MAU growth (0 points: CPOR earns fewer points than CSP, and only the association type that earns most counts)");
  });

  it("a value at or below 0 earns 0 either way", () => {
    // SMB net customer adds −3 → −2: 0 points both ways.
    expect(effect(rule(smb.metrics, "net-customer-adds"), -2, -3).text).toBe(
      "+1 net customer add (0 points: 0 points either way: the value stays at or below 0 (−3 or −2 of 10))"
    );
    // Security 2023 usage growth: the M365 part (125 users a point) is floored at 0 per part; Azure earns the points.
    const growth = rule(security2023.tracks[0].metrics, "usage-growth");
    const e = effect(growth, { azure: 2500, m365: -31 }, { azure: 2500, m365: -16 });
    expect(e.text).toBe("−15 M365 protected users of growth (0 points: M365 stays at or below 0 either way and earns no points (M365 −16 or −31 of 2,500))");
  });

  it("a blocked metric says why it scores 0", () => {
    const growth = rule(infrastructure2023.tracks[0].metrics, "usage-growth");
    const blocked = "Baseline ACR in Oct-2024 is $500, under the $1,000 minimum: usage growth scores 0 until the baseline reaches $1,000";
    const e = metricEffect(
      growth,
      { ...metricResult(growth, 40), points: 0, blocked, gaps: [] },
      { ...metricResult(growth, 30), points: 0, blocked, gaps: [] }
    )!;
    expect(e.text).toBe(`+10 percentage points of ACR growth (0 points: scores 0 either way: ${blocked})`);
  });

  it("points that move show with their sign; a tiny effect is not shown as 0", () => {
    // SMB deployments CSP 3 → 4 of 10: +2.5 points.
    expect(effect(rule(smb.metrics, "deployments"), { CSP: 4 }, { CSP: 3 }).text).toBe("+1 CSP deployment (+2.5 points)");
    expect(signedPoints(-0.0048)).toBe("−0.005 points");
    expect(signedPoints(1)).toBe("+1 point");
    // No change at all: no effect.
    expect(
      metricEffect(
        rule(smb.metrics, "deployments"),
        metricResult(rule(smb.metrics, "deployments"), { CSP: 3 }),
        metricResult(rule(smb.metrics, "deployments"), { CSP: 3 })
      )
    ).toBeNull();
  });

  it("units that move a little show with one significant digit, not as 0 beside the points they earn", () => {
    // $1,157 more ACR on a $40M base: +0.0029 percentage points of growth, +0.003 points (1 point per point).
    const growth = rule(infrastructure2023.tracks[0].metrics, "usage-growth");
    expect(effect(growth, 5.0029, 5).text).toBe("+0.003 percentage points of ACR growth (+0.003 points)");
    expect(effect(growth, 5, 5.0029).text).toBe("−0.003 percentage points of ACR growth (−0.003 points)");
    expect(signed(0.004)).toBe("+0.004");
    expect(signed(0.0149)).toBe("+0.01");
    // Under a millionth it is the sums' rounding: 0, never "1e-7".
    expect(signed(1e-7)).toBe("0");
    expect(signedPoints(5e-7)).toBe("0 points");
  });
});

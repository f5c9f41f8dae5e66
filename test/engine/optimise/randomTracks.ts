/**
 * Small random tracks for the brute-force comparison: every metric kind (single, per-association,
 * parts, steps with zero-point and capped prerequisites), random current values (negatives too),
 * random weights, sometimes a blocked metric. Seeded, so a failure can be replayed.
 */
import type { MetricResult, TrackResult } from "../../../src/engine/model/results";
import type { CertStepRule, GenericTrackRule, MetricId, MetricRule, MetricTarget, Sourced } from "../../../src/engine/model/ruleTypes";
import { metricResult, trackResult } from "../../../src/engine/model/trackResult";
import { DEFAULT_EFFORT_WEIGHTS, type EffortKind, type EffortWeights } from "../../../src/engine/optimise/effort";

/** The samples' seeded PRNG (mulberry32), so a failing case can be replayed. */
export { mulberry32 as prng } from "../../../scripts/samples/prng";

const s = <T>(value: T): Sourced<T> => ({ value, source: "test" });
const IDS: MetricId[] = ["net-customer-adds", "intermediate-certifications", "advanced-certifications", "usage-growth", "deployments"];

export interface RandomCase {
  rule: GenericTrackRule;
  track: TrackResult;
  minTotal: number;
  weights: EffortWeights;
}

export function randomCase(random: () => number, options: { maxPer?: number } = {}): RandomCase {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const count = int(2, 4);
  const ids = [...IDS].sort(() => random() - 0.5).slice(0, count);
  const metrics: MetricRule[] = [];
  const results: MetricResult[] = [];
  for (const id of ids) {
    const max = pick([10, 15, 20, 25, 30]);
    const kind = pick(["single", "per-association", "parts", "steps"] as const);
    let target: MetricTarget;
    let value: number | Record<string, number>;
    switch (kind) {
      case "single":
        target = { kind, target: s(int(1, 5)) };
        value = int(-2, 4);
        break;
      case "per-association":
        target = { kind, targets: { CPOR: s(int(1, 4)), CSP: s(int(2, 6)) } };
        value = { CPOR: int(-1, 2), CSP: int(0, 3) };
        break;
      case "parts":
        target = {
          kind,
          parts: [
            // Full points from 3 to 6 units of one part alone.
            { id: "azure", label: "Azure", unit: ["Azure unit", "Azure units"], unitsPerPoint: s(int(3, 6) / max) },
            { id: "m365", label: "M365", unit: ["M365 unit", "M365 units"], unitsPerPoint: s(int(3, 6) / max) },
          ],
        };
        value = { azure: int(-1, 2), m365: int(0, 2) };
        break;
      case "steps": {
        const gates = int(0, 2);
        const steps: CertStepRule[] = [];
        for (let g = 0; g < gates; g++) {
          const capped = random() < 0.4;
          steps.push({
            id: `step-${g + 1}`,
            label: `Step ${g + 1}`,
            certifications: s([{ name: `Gate ${g + 1} certification`, aliases: [] }]),
            minPeople: s(int(1, 2)),
            pointsPerPerson: s(capped ? 4 : 0),
            ...(capped ? { cap: s(4) } : {}),
          });
        }
        steps.push({
          id: `step-${gates + 1}`,
          label: `Step ${gates + 1}`,
          certifications: s([{ name: "Scoring certification", aliases: [] }]),
          minPeople: s(int(0, 1)),
          pointsPerPerson: s(max / int(2, 5)),
        });
        target = { kind, steps };
        value = Object.fromEntries(steps.map((st) => [st.id, int(0, 2)]));
        break;
      }
    }
    const rule: MetricRule = { id, label: id, unit: ["unit", "units"], maxPoints: s(max), target };
    metrics.push(rule);
    let result = metricResult(rule, value);
    if (random() < 0.08) result = { ...result, points: 0, blocked: "baseline under the minimum" };
    results.push(result);
  }
  const rule: GenericTrackRule = { id: "single", label: "Random", metrics };
  const sumMax = metrics.reduce((a, m) => a + m.maxPoints.value, 0);
  // Mostly reachable minimums, sometimes one past every metric's maximum.
  const minTotal = random() < 0.1 ? sumMax + 1 : Math.round(sumMax * (0.4 + random() * 0.55));
  const weights = Object.fromEntries(
    (Object.keys(DEFAULT_EFFORT_WEIGHTS) as EffortKind[]).map((k) => [k, { weight: int(0, 9) + pick([0, 0.5, 0.25]), per: int(1, options.maxPer ?? 1) }])
  ) as EffortWeights;
  return { rule, track: trackResult(rule, results, minTotal), minTotal, weights };
}

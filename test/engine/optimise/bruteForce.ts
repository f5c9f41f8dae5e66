/**
 * Brute force for the optimiser tests: every combination of units on every lever of every metric
 * (several associations of one metric at once too), each lever from 0 to a bound past full points,
 * scored with the engine's rescoreMetric; the cheapest that qualifies. Independent of the
 * optimiser's shortcuts (one association per metric, steps' tops, grids, Pareto pruning).
 */
import type { MetricResult, TrackResult } from "../../../src/engine/model/results";
import type { GenericTrackRule, MetricRule } from "../../../src/engine/model/ruleTypes";
import { trackStatus } from "../../../src/engine/model/points";
import { addUnits, leversOf, metricValue, rescoreMetric, rescoreTrack, type UnitChange } from "../../../src/engine/model/metricSpace";
import { effortCost, effortKindOf, type EffortWeights } from "../../../src/engine/optimise/effort";

export interface BruteResult {
  cost: number;
  changes: UnitChange[];
  total: number;
}

/** Units past which a lever can add nothing, with slack: scan up until the lever alone gives full points. */
function leverBound(rule: MetricRule, result: MetricResult, lever: string | undefined): number {
  if (rule.target.kind === "steps") {
    const step = rule.target.steps.find((s) => s.id === lever)!;
    const people = result.steps?.find((s) => s.id === lever)?.people ?? 0;
    const deficit = Math.max(0, step.minPeople.value - people);
    return deficit + (step.pointsPerPerson.value > 0 ? Math.ceil(rule.maxPoints.value / step.pointsPerPerson.value) : 0) + 1;
  }
  for (let u = 0; u < 10_000; u++) {
    const points = rescoreMetric(rule, result, addUnits(rule, result, metricValue(result), lever, u)).points;
    if (points >= rule.maxPoints.value) return u + 1;
  }
  throw new Error("lever never reaches full points");
}

/** Amounts tried on one lever: every integer up to the bound, or (grid) only multiples of `step` and the bound. */
function amounts(bound: number, step: number): number[] {
  const out: number[] = [];
  for (let u = 0; u <= bound; u += step) out.push(u);
  if (out[out.length - 1] !== bound) out.push(bound);
  return out;
}

interface Outcome {
  changes: UnitChange[];
  cost: number;
  points: number;
}

function metricOutcomes(rule: MetricRule, result: MetricResult, weights: EffortWeights, grid: boolean): Outcome[] {
  if (result.blocked) return [{ changes: [], cost: 0, points: result.points }];
  const levers = leversOf(rule);
  let combos: UnitChange[][] = [[]];
  for (const lever of levers) {
    const weight = weights[effortKindOf(rule, lever)];
    const list = amounts(leverBound(rule, result, lever), grid ? weight.per : 1);
    combos = combos.flatMap((c) => list.map((u) => (u > 0 ? [...c, { metric: rule.id, lever, units: u }] : c)));
  }
  return combos.map((changes) => {
    let value = metricValue(result);
    for (const c of changes) value = addUnits(rule, result, value, c.lever, c.units);
    const points = changes.length ? rescoreMetric(rule, result, value).points : result.points;
    const cost = changes.reduce((sum, c) => sum + effortCost(weights[effortKindOf(rule, c.lever)], c.units), 0);
    return { changes, cost, points };
  });
}

/**
 * The cheapest qualifying combination, or null. `grid`: each lever only at multiples of its `per`
 * (and its bound), the candidate grid the optimiser must do at least as well as.
 */
export function bruteForce(rule: GenericTrackRule, track: TrackResult, minTotal: number, weights: EffortWeights, grid = false): BruteResult | null {
  // Cheapest first, so a branch stops as soon as it costs as much as the best plan found (costs are ≥ 0).
  const lists = track.metrics.map((m) =>
    metricOutcomes(
      rule.metrics.find((r) => r.id === m.id)!,
      m,
      weights,
      grid
    ).sort((a, b) => a.cost - b.cost)
  );
  let best: { cost: number; picks: Outcome[] } | null = null;
  const picks: Outcome[] = [];
  const walk = (i: number, cost: number, points: number) => {
    if (best && cost >= best.cost) return;
    if (i === lists.length) {
      if (points >= minTotal && picks.every((p) => p.points > 0)) best = { cost, picks: [...picks] };
      return;
    }
    for (const o of lists[i]) {
      if (best && cost + o.cost >= best.cost) break;
      picks.push(o);
      walk(i + 1, cost + o.cost, points + o.points);
      picks.pop();
    }
  };
  walk(0, 0, 0);
  if (!best) return null;
  const found = best as { cost: number; picks: Outcome[] };
  const changes = found.picks.flatMap((p) => p.changes);
  const after = rescoreTrack(rule, track, changes, minTotal);
  if (
    trackStatus(
      after.total,
      after.metrics.map((m) => m.points),
      minTotal
    ) !== "Qualified"
  )
    throw new Error("brute force plan does not qualify");
  return { cost: found.cost, changes, total: after.total };
}

import type { MetricOption } from "./metricOptions";
import { paretoFront } from "./pareto";

/** A plan for the metrics seen so far, as a chain back to the first metric's option. */
export interface PartialPlan {
  cost: number;
  points: number;
  option: MetricOption | null;
  prev: PartialPlan | null;
}

/**
 * The partial plans worth keeping over these metrics, cheapest first: one option per metric, and no
 * plan that another beats on both effort and points (a beaten one can never become the cheapest,
 * since the metrics are scored independently and points add). Plans at `minTotal` or more are all
 * equally good, so only the cheapest of them is kept. Points are added in the order given from 0, as
 * `trackResult` adds them.
 */
export function planFront(perMetric: readonly (readonly MetricOption[])[], minTotal: number): PartialPlan[] {
  let front: PartialPlan[] = [{ cost: 0, points: 0, option: null, prev: null }];
  for (const options of perMetric) {
    const next: PartialPlan[] = [];
    for (const plan of front)
      for (const option of options) next.push({ cost: plan.cost + option.cost, points: plan.points + option.points, option, prev: plan });
    front = paretoFront(next, minTotal);
  }
  return front;
}

/** The options a partial plan chose, first metric first. */
export function chosenOptions(plan: PartialPlan): MetricOption[] {
  const chosen: MetricOption[] = [];
  for (let p: PartialPlan | null = plan; p?.option; p = p.prev) chosen.unshift(p.option);
  return chosen;
}

/**
 * The cheapest choice of one option per metric whose points total at least `minTotal`, or null: a
 * dynamic programme over the metrics in track order, exact over the options.
 */
export function cheapestCombination(perMetric: readonly (readonly MetricOption[])[], minTotal: number): MetricOption[] | null {
  const best = planFront(perMetric, minTotal).find((p) => p.points >= minTotal);
  return best ? chosenOptions(best) : null;
}

/** The most points any choice reaches (each metric at its best option): to say by how much a track falls short. */
export function mostPoints(perMetric: readonly (readonly MetricOption[])[]): number {
  return perMetric.reduce((sum, options) => sum + Math.max(0, ...options.map((o) => o.points)), 0);
}

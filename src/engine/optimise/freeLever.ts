import { chosenOptions, planFront } from "./combine";
import { effortCost } from "./effort";
import type { MetricChoices, MetricOption } from "./metricOptions";
import { fewestUnits } from "./unitSearch";

/**
 * Levers counted on a grid (MAU, USD, protected users: `per` > 1) fitted exactly. For each metric
 * with such a lever, every partial plan of the other metrics (their Pareto front) is completed with
 * the fewest whole units of that lever that qualify the track. The grid plan's effort is the bound to
 * beat, so most partial plans are skipped unseen. With one grid lever in the plan (Modern Work's MAU
 * on one association) the result is the exact integer optimum; with two (Security's USD and users in
 * one metric) one of them is exact and the other on its grid, then trimmed (cheapestPath.ts).
 *
 * Returns the cheaper options per metric (in track order) and their effort, or null when nothing
 * beats `bound`. Points are added here in another order than `trackResult`'s; the caller re-scores.
 */
export function fitFreeLevers(choices: readonly MetricChoices[], minTotal: number, bound: number): { options: MetricOption[]; cost: number } | null {
  let best: { options: MetricOption[]; cost: number } | null = null;
  let limit = bound;
  choices.forEach((choice, i) => {
    if (!choice.free.length) return;
    const others = choices.filter((_, j) => j !== i).map((c) => c.options);
    for (const partial of planFront(others, minTotal)) {
      if (partial.cost >= limit) break;
      for (const free of choice.free) {
        const start = partial.cost + free.baseCost;
        if (start >= limit) continue;
        const ok = (u: number) => {
          const p = free.points(u);
          return p > 0 && partial.points + p >= minTotal;
        };
        // Bracket on the grid (already scored): the exact amount is above the last grid amount that is not enough.
        let below = -1;
        let above = free.top;
        for (const g of free.grid) {
          if (ok(g)) {
            above = g;
            break;
          }
          below = g;
        }
        if (!ok(above) || start + effortCost(free.weight, below + 1) >= limit) continue;
        const units = fewestUnits(ok, above, below + 1)!;
        const own = free.baseCost + effortCost(free.weight, units);
        const cost = partial.cost + own;
        if (cost >= limit) continue;
        const option: MetricOption = {
          metric: free.metric,
          units: [...free.base, ...(units > 0 ? [{ lever: free.lever, units }] : [])],
          cost: own,
          points: free.points(units),
        };
        const rest = chosenOptions(partial);
        limit = cost;
        best = { options: [...rest.slice(0, i), option, ...rest.slice(i)], cost };
      }
    }
  });
  return best;
}

import type { TrackResult } from "../model/results";
import type { GenericTrackRule } from "../model/ruleTypes";
import { formatPoints, trackStatus } from "../model/points";
import { leversOf, rescoreTrack } from "../model/metricSpace";
import { cheapestCombination, mostPoints } from "./combine";
import { effortCost, effortKindOf, effortWeights, type EffortWeightEdits, type EffortWeights } from "./effort";
import { leverLabel, leverText } from "./leverText";
import { fitFreeLevers } from "./freeLever";
import { metricChoices, type MetricOption } from "./metricOptions";
import type { CheapestPath, PlanStep } from "./types";
import { fewestUnits } from "./unitSearch";

export interface CheapestPathOptions {
  /** Edits to the default effort weights (DEFAULT_EFFORT_WEIGHTS). */
  weights?: EffortWeightEdits;
}

const qualifies = (track: TrackResult, minTotal: number) =>
  trackStatus(
    track.total,
    track.metrics.map((m) => m.points),
    minTotal
  ) === "Qualified";

function planStep(
  rule: GenericTrackRule,
  metric: MetricOption["metric"],
  lever: string | undefined,
  units: number,
  weights: EffortWeights,
  metricLabel: string
): PlanStep {
  const metricRule = rule.metrics.find((m) => m.id === metric)!;
  const kind = effortKindOf(metricRule, lever);
  const label = leverLabel(metricRule, lever);
  return {
    metric,
    ...(lever !== undefined ? { lever } : {}),
    units,
    metricLabel,
    ...(label !== undefined ? { leverLabel: label } : {}),
    kind,
    cost: effortCost(weights[kind], units),
    text: leverText(metricRule, lever, units),
  };
}

const totalCost = (plan: readonly PlanStep[]) => plan.reduce((sum, s) => sum + s.cost, 0);

/** The chosen options as plan steps, in the track's metric order and each metric's lever order. */
function planSteps(rule: GenericTrackRule, before: TrackResult, options: readonly MetricOption[], weights: EffortWeights): PlanStep[] {
  const steps: PlanStep[] = [];
  for (const metric of before.metrics) {
    const metricRule = rule.metrics.find((m) => m.id === metric.id);
    const option = options.find((o) => o.metric === metric.id);
    if (!metricRule || !option) continue;
    const levers = leversOf(metricRule);
    const units = [...option.units].sort((a, b) => levers.indexOf(a.lever) - levers.indexOf(b.lever));
    for (const u of units) steps.push(planStep(rule, metric.id, u.lever, u.units, weights, metric.label));
  }
  return steps;
}

/**
 * Each step down to the fewest units that still qualify, dearest unit first (trimming a free lever
 * first would spend the slack a dear one could give back). Only grid levers (MAU, USD) overshoot:
 * the grid amount may be more than the other steps leave to do.
 */
function trim(rule: GenericTrackRule, before: TrackResult, plan: PlanStep[], minTotal: number, weights: EffortWeights): PlanStep[] {
  const steps = [...plan];
  const order = steps.map((s, i) => ({ i, perUnit: effortCost(weights[s.kind], 1) })).sort((a, b) => b.perUnit - a.perUnit);
  for (const { i } of order) {
    const step = steps[i];
    const withUnits = (u: number) => steps.map((s, j) => (j === i ? { ...s, units: u } : s)).filter((s) => s.units > 0);
    const fewest = fewestUnits((u) => qualifies(rescoreTrack(rule, before, withUnits(u), minTotal), minTotal), step.units);
    if (fewest !== null && fewest < step.units) steps[i] = planStep(rule, step.metric, step.lever, fewest, weights, step.metricLabel);
  }
  return steps.filter((s) => s.units > 0);
}

export function pathText(plan: readonly PlanStep[], after: TrackResult): string {
  return `Cheapest path: ${plan.map((s) => s.text).join(" + ")} → ${formatPoints(after.total)} points`;
}

/**
 * The least-effort units that make one track qualify: total ≥ `minTotal` and every metric above 0,
 * as the engine scores it (`rescoreMetric` / `rescoreTrack`). `before` is the track from the report,
 * `rule` the rule set's track; `minTotal` is `rules.qualification.minTotal.value`.
 */
export function cheapestPath(rule: GenericTrackRule, before: TrackResult, minTotal: number, options: CheapestPathOptions = {}): CheapestPath {
  const weights = effortWeights(options.weights);
  const base = { track: before.id, trackLabel: before.label, minTotal, before };
  if (qualifies(before, minTotal))
    return { ...base, outcome: "already-qualified", plan: [], cost: 0, after: before, text: `Already qualified: ${formatPoints(before.total)} points` };

  const choices = before.metrics.map((m) =>
    metricChoices(
      rule.metrics.find((r) => r.id === m.id),
      m,
      { weights, alone: minTotal - (before.total - m.points) }
    )
  );
  const stuck = choices.filter((c) => c.reason);
  const noPlan = (reason: string): CheapestPath => ({
    ...base,
    outcome: "infeasible",
    plan: null,
    cost: null,
    after: null,
    reason,
    text: `No path to qualification: ${reason}`,
  });
  if (stuck.length) return noPlan(stuck.map((c) => c.reason).join("; "));

  const perMetric = choices.map((c) => c.options);
  const chosen = cheapestCombination(perMetric, minTotal);
  if (!chosen)
    return noPlan(
      `even with every metric raised as far as units can raise it, the track reaches ${formatPoints(mostPoints(perMetric))} of the ${formatPoints(minTotal)} points it needs`
    );

  const toPlan = (options: MetricOption[]) => trim(rule, before, planSteps(rule, before, options, weights), minTotal, weights);
  let plan = toPlan(chosen);
  let cost = totalCost(plan);
  // Grid levers (MAU, USD, users) at any whole amount: kept only when cheaper and it re-scores as qualified.
  const fitted = fitFreeLevers(choices, minTotal, cost);
  if (fitted) {
    const exact = toPlan(fitted.options);
    if (totalCost(exact) < cost && qualifies(rescoreTrack(rule, before, exact, minTotal), minTotal)) {
      plan = exact;
      cost = totalCost(exact);
    }
  }
  const after = rescoreTrack(rule, before, plan, minTotal);
  // The combination adds points exactly as trackResult does; a plan that does not qualify is a bug.
  if (!qualifies(after, minTotal)) throw new Error(`cheapest path for ${before.label} does not qualify when re-scored (${after.total})`);
  return { ...base, outcome: "plan", plan, cost, after, text: pathText(plan, after) };
}

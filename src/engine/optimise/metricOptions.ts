import type { MetricResult } from "../model/results";
import type { MetricId, MetricRule } from "../model/ruleTypes";
import { addUnits, leversOf, metricValue, rescoreMetric } from "../model/metricSpace";
import { effortCost, effortKindOf, type EffortWeight, type EffortWeights } from "./effort";
import { paretoFront } from "./pareto";
import { fewestUnits } from "./unitSearch";

/**
 * Candidate amounts per metric, scored with the engine's own rule (`rescoreMetric`).
 *
 * Which amounts are tried, per lever (association type, part or certification step):
 * - every multiple of the lever's `per` (1 person, 1 customer, 1 deployment, 1 percentage point,
 *   100 MAU, $1,000, 100 protected users by default) from 0 up to the amount that gives full points;
 * - and always the exact amounts that give full points, that first lift the metric above 0, and that
 *   alone (other metrics unchanged) bring the track to the minimum total.
 * Levers counted in whole units (`per` 1) are thus tried at every amount: the optimum over them is
 * exact. Levers counted in hundreds (MAU, USD, users) are tried on their grid and those exact amounts;
 * each is also offered as a "free lever" (any whole amount, the metric's other levers fixed on their
 * grid) that freeLever.ts fits exactly against every partial plan of the other metrics. Past MAX_GRID
 * steps the grid widens (only with a `per` edited far below the default).
 *
 * Metric kinds: single and per-association targets use one lever at a time (per-association points
 * are the best association's, so two associations never beat one); parts (Security's Azure + M365)
 * combine their parts' amounts; certification steps combine their steps' people, each step from 0 up
 * to the people past which it adds nothing (its minimum, or what gives full points).
 */

export const MAX_GRID = 100;

/** Units on one lever of a metric. */
export interface LeverUnits {
  lever: string | undefined;
  units: number;
}

/** One way to raise a metric: the units per lever, their effort and the metric's points after. */
export interface MetricOption {
  metric: MetricId;
  units: LeverUnits[];
  cost: number;
  points: number;
}

/**
 * A lever whose grid skips whole amounts (`per` > 1: MAU, USD, users), with the metric's other levers
 * fixed: freeLever.ts gives it any whole amount up to `top`.
 */
export interface FreeLever {
  metric: MetricId;
  lever: string | undefined;
  /** The metric's other levers' units (this lever left out). */
  base: LeverUnits[];
  baseCost: number;
  /** Units that give full points alone (so with the base too): no more is ever worth trying. */
  top: number;
  /** The lever's grid up to `top`, ascending, already scored: it brackets the exact search. */
  grid: number[];
  weight: EffortWeight;
  /** The metric's points with `units` on this lever and the base on the others. */
  points: (units: number) => number;
}

export interface MetricChoices {
  metric: MetricResult;
  /** Grid levers to fit exactly (none for certification steps: people are tried one by one unless `per` is edited above 1). */
  free: FreeLever[];
  /** The options that can be part of a cheapest plan (points > 0, none beaten on cost and points), cheapest first. */
  options: MetricOption[];
  /** Why the metric cannot score above 0, when `options` is empty. */
  reason?: string;
}

/** Points of the metric with `amounts[i]` units on lever i; memoised, since the searches ask again. */
function scorer(rule: MetricRule, result: MetricResult, levers: readonly (string | undefined)[]) {
  const base = metricValue(result);
  const memo = new Map<string, number>();
  return (amounts: readonly number[]): number => {
    if (amounts.every((a) => a === 0)) return result.points;
    const key = amounts.join(",");
    let points = memo.get(key);
    if (points === undefined) {
      let value = base;
      amounts.forEach((a, i) => {
        if (a > 0) value = addUnits(rule, result, value, levers[i], a);
      });
      points = rescoreMetric(rule, result, value).points;
      memo.set(key, points);
    }
    return points;
  };
}

/** 0, step, 2 step, … below `top`, then `top` and the extra amounts (each at most `top`). */
function amountGrid(per: number, top: number, extra: readonly (number | null)[]): number[] {
  const step = Math.max(per, Math.ceil(top / MAX_GRID));
  const set = new Set<number>();
  for (let u = 0; u < top; u += step) set.add(u);
  set.add(top);
  for (const e of extra) if (e !== null && e >= 0 && e <= top) set.add(e);
  return [...set].sort((a, b) => a - b);
}

/** A grid that leaves out whole amounts (`per` > 1, or widened past MAX_GRID): its lever is fitted exactly by freeLever.ts. */
const skipsAmounts = (list: readonly number[]) => list.length < list[list.length - 1] + 1;

/**
 * Every combination of one amount per list (the cartesian product), the first list varying fastest:
 * where two combinations cost and score the same, the one on the earlier lever (Azure before M365)
 * comes first and is the one kept.
 */
function combinations(lists: readonly number[][]): number[][] {
  let out: number[][] = [[]];
  for (const list of lists) out = list.flatMap((a) => out.map((prefix) => [...prefix, a]));
  return out;
}

export interface ChoiceContext {
  weights: EffortWeights;
  /** Points this metric needs for the track to reach the minimum with every other metric unchanged. */
  alone: number;
}

/** The report's gap for a lever: a starting point for the searches. */
function hintFor(result: MetricResult, lever: string | undefined): number {
  const gap = result.gaps.find((g) => g.lever === lever) ?? (lever === undefined ? result.gaps[0] : undefined);
  return gap && gap.more > 0 ? gap.more : 1;
}

/** The amounts to try on one lever with the others at `fixed` (lever i free). */
function leverAmounts(points: (a: number[]) => number, fixed: number[], i: number, per: number, max: number, context: ChoiceContext, hint: number): number[] {
  const at = (u: number) => points(fixed.map((f, j) => (j === i ? u : f)));
  const full = fewestUnits((u) => at(u) >= max, hint);
  if (full === null) return [0];
  const first = at(0) > 0 ? null : fewestUnits((u) => at(u) > 0, full);
  const alone = context.alone > at(0) && context.alone <= max ? fewestUnits((u) => at(u) >= context.alone, full) : null;
  return amountGrid(per, full, [first, alone]);
}

interface Amounts {
  amounts: number[][];
  /** [lever index, the other levers' amounts, the lever's grid] for each grid lever to fit exactly. */
  free: [number, number[], number[]][];
}

function singleOrAssociationAmounts(
  rule: MetricRule,
  result: MetricResult,
  levers: (string | undefined)[],
  points: (a: number[]) => number,
  context: ChoiceContext
): Amounts {
  const zero = levers.map(() => 0);
  const out: number[][] = [zero];
  const free: [number, number[], number[]][] = [];
  levers.forEach((lever, i) => {
    const per = context.weights[effortKindOf(rule, lever)].per;
    const list = leverAmounts(points, zero, i, per, rule.maxPoints.value, context, hintFor(result, lever));
    for (const u of list) if (u > 0) out.push(levers.map((_, j) => (j === i ? u : 0)));
    if (skipsAmounts(list)) free.push([i, zero, list]);
  });
  return { amounts: out, free };
}

/**
 * Parts add up: every combination of the parts' amounts. A grid part is also a free lever for each
 * amount of the others, so freeLever.ts finds the exact rest it needs.
 */
function partsAmounts(
  rule: MetricRule,
  result: MetricResult,
  levers: (string | undefined)[],
  points: (a: number[]) => number,
  context: ChoiceContext
): Amounts {
  const zero = levers.map(() => 0);
  const lists = levers.map((lever, i) =>
    leverAmounts(points, zero, i, context.weights[effortKindOf(rule, lever)].per, rule.maxPoints.value, context, hintFor(result, lever))
  );
  const free: [number, number[], number[]][] = [];
  lists.forEach((_, i) => {
    if (skipsAmounts(lists[i])) for (const fixed of combinations(lists.map((list, j) => (j === i ? [0] : list)))) free.push([i, fixed, lists[i]]);
  });
  return { amounts: combinations(lists), free };
}

/**
 * Steps: people per step, every combination. A step's top is the people past which more add nothing,
 * probed with the other steps at their minimum (the most the scoring step can need) and with the
 * other steps well stocked (what a prerequisite needs to open the scoring step).
 */
function stepsAmounts(
  rule: MetricRule,
  result: MetricResult,
  levers: (string | undefined)[],
  points: (a: number[]) => number,
  context: ChoiceContext
): Amounts {
  if (rule.target.kind !== "steps") return { amounts: [levers.map(() => 0)], free: [] };
  const steps = rule.target.steps;
  const max = rule.maxPoints.value;
  const value = metricValue(result);
  const people = (id: string) => (typeof value === "number" ? 0 : (value[id] ?? 0));
  const deficit = steps.map((s) => Math.max(0, Math.ceil(s.minPeople.value - people(s.id))));
  const stocked = steps.map((s, k) => deficit[k] + (s.pointsPerPerson.value > 0 ? Math.ceil(max / s.pointsPerPerson.value) : 0));
  const lists = steps.map((s, k) => {
    const topWith = (others: number[]) => {
      const at = (a: number) => points(others.map((o, j) => (j === k ? a : o)));
      const most = at(stocked[k]);
      return fewestUnits((a) => at(a) >= most, stocked[k]) ?? stocked[k];
    };
    const top = Math.max(topWith(deficit), topWith(stocked));
    const per = context.weights[effortKindOf(rule, s.id)].per;
    return amountGrid(per, top, [deficit[k]]);
  });
  return { amounts: combinations(lists), free: [] };
}

/** The options worth combining for one metric of a track. */
export function metricChoices(rule: MetricRule | undefined, result: MetricResult, context: ChoiceContext): MetricChoices {
  const current: MetricOption = { metric: result.id, units: [], cost: 0, points: result.points };
  if (!rule || result.blocked) {
    const options = result.points > 0 ? [current] : [];
    const reason = result.blocked ? `${result.label} cannot score: ${result.blocked}` : `${result.label} has no rule to add units to`;
    return { metric: result, free: [], options, ...(options.length ? {} : { reason }) };
  }
  const levers = leversOf(rule);
  const points = scorer(rule, result, levers);
  const { amounts, free } =
    rule.target.kind === "parts"
      ? partsAmounts(rule, result, levers, points, context)
      : rule.target.kind === "steps"
        ? stepsAmounts(rule, result, levers, points, context)
        : singleOrAssociationAmounts(rule, result, levers, points, context);
  const unitsOf = (a: number[]) => a.flatMap((u, i) => (u > 0 ? [{ lever: levers[i], units: u }] : []));
  const costOf = (units: LeverUnits[]) => units.reduce((sum, l) => sum + effortCost(context.weights[effortKindOf(rule, l.lever)], l.units), 0);
  const options: MetricOption[] = [];
  const seen = new Set<string>();
  for (const a of amounts) {
    const key = a.join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    const p = points(a);
    if (!(p > 0)) continue;
    const units = unitsOf(a);
    options.push({ metric: result.id, units, cost: costOf(units), points: p });
  }
  const front = paretoFront(options);
  if (!front.length) return { metric: result, free: [], options: [], reason: `${result.label} cannot rise above 0 points by adding units` };
  const freeLevers = free.flatMap(([i, fixed, list]): FreeLever[] => {
    const at = (u: number) => points(fixed.map((f, j) => (j === i ? u : f)));
    const top = list[list.length - 1];
    if (!(top > 0) || at(0) >= rule.maxPoints.value) return [];
    const base = unitsOf(fixed);
    return [
      {
        metric: result.id,
        lever: levers[i],
        base,
        baseCost: costOf(base),
        top,
        grid: list,
        weight: context.weights[effortKindOf(rule, levers[i])],
        points: at,
      },
    ];
  });
  return { metric: result, free: freeLevers, options: front };
}

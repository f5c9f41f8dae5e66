import type { MetricResult, TrackResult, Gap, PerAssociation, StepResult } from "./results";
import type { CertStepRule, GenericTrackRule, MetricRule, PartRule } from "./ruleTypes";
import { formatPoints, linearPoints, trackStatus, qualificationOf, type Qualification } from "./points";
import { grouped, moreOf } from "./text";

/**
 * A metric's raw value: a number (single target), a number per association type or per part, or
 * people per certification step (keyed by step id).
 */
export type MetricValue = number | PerAssociation;

function plural(n: number, unit: [string, string]): string {
  return n === 1 ? unit[0] : unit[1];
}

function formatCount(n: number): string {
  return grouped(n);
}

/** Units still needed for full points on one target, rounded up to whole units. */
function unitsNeeded(value: number, target: number): number {
  return Math.max(0, Math.ceil(target - value - 1e-9));
}

/** The association type, part or step a gap is for; `association` is its earlier JSON name. */
function lever(id: string | undefined): Pick<Gap, "lever" | "association"> {
  return id === undefined ? {} : { lever: id, association: id };
}

function gap(metric: MetricRule, value: number, target: number, points: number, association?: string): Gap | null {
  const max = metric.maxPoints.value;
  const more = unitsNeeded(value, target);
  if (more === 0 || points >= max) return null;
  const gain = max - points;
  const perUnit = Math.min(gain, max / target);
  const unit = plural(more, metric.unit);
  const what = association ? `${association} ${unit}` : unit;
  return { ...lever(association), more, points: gain, perUnit, text: `${formatCount(more)} more ${what}: +${formatPoints(gain)} points` };
}

/** A value's part for one association, part or step (0 for a single number or a missing key). */
export const num = (value: MetricValue, key: string): number => (typeof value === "number" ? 0 : (value[key] ?? 0));

export function metricResult(metric: MetricRule, value: MetricValue, extra: Partial<MetricResult> = {}): MetricResult {
  const max = metric.maxPoints.value;
  const target = metric.target;
  switch (target.kind) {
    case "single": {
      const t = target.target.value;
      const v = typeof value === "number" ? value : 0;
      const points = linearPoints(v, t, max);
      const g = gap(metric, v, t, points);
      return { id: metric.id, label: metric.label, value: v, target: t, points, maxPoints: max, gaps: g ? [g] : [], ...extra };
    }
    case "per-association": {
      const values: PerAssociation = {};
      const targets: PerAssociation = {};
      const pointsBy: PerAssociation = {};
      let best: string | undefined;
      for (const [association, t] of Object.entries(target.targets)) {
        values[association] = num(value, association);
        targets[association] = t!.value;
        pointsBy[association] = linearPoints(values[association], t!.value, max);
        if (best === undefined || pointsBy[association] > pointsBy[best]) best = association;
      }
      const points = best === undefined ? 0 : pointsBy[best];
      const gaps = Object.keys(targets)
        .map((a) => gap(metric, values[a], targets[a], points, a))
        .filter((g): g is Gap => g !== null)
        .sort((x, y) => x.more - y.more);
      return { id: metric.id, label: metric.label, value: values, target: targets, points, maxPoints: max, bestAssociation: best, pointsBy, gaps, ...extra };
    }
    case "parts":
      return partsResult(metric, target.parts, value, extra);
    case "steps":
      return stepsResult(metric, target.steps, value, extra);
  }
}

/**
 * Σ max(0, part / units-per-point), capped. Each part's gap is what that part alone needs for full
 * points, the other parts' points kept: a negative part (customers lost) first has to climb back to 0,
 * so its gap counts those units too (M365 net customer adds at −1 with 4 adds for 20 points: 5 more
 * make 4, 16 points; 6 more make the 20).
 */
function partsResult(metric: MetricRule, parts: PartRule[], value: MetricValue, extra: Partial<MetricResult>): MetricResult {
  const max = metric.maxPoints.value;
  const values: PerAssociation = {};
  const targets: PerAssociation = {};
  const pointsBy: PerAssociation = {};
  let sum = 0;
  for (const part of parts) {
    const per = part.unitsPerPoint.value;
    values[part.id] = num(value, part.id);
    targets[part.id] = per * max;
    pointsBy[part.id] = per > 0 ? Math.max(0, values[part.id] / per) : 0;
    sum += pointsBy[part.id];
  }
  const points = Math.min(max, sum);
  const gaps: Gap[] = [];
  if (points < max)
    for (const part of parts) {
      const per = part.unitsPerPoint.value;
      if (!(per > 0)) continue;
      const own = values[part.id];
      const others = sum - pointsBy[part.id];
      // The part's value at which the capped sum reaches max points, and the units from here to it.
      const more = Math.max(0, Math.ceil((max - others) * per - own - 1e-9));
      if (more === 0) continue;
      const gain = max - points;
      const oneMore = Math.min(max, others + Math.max(0, (own + 1) / per)) - points;
      gaps.push({
        ...lever(part.id),
        more,
        points: gain,
        perUnit: Math.max(0, oneMore),
        text: `${moreOf(more, plural(more, part.unit))}: +${formatPoints(gain)} points`,
      });
    }
  gaps.sort((x, y) => x.more / targets[x.lever!] - y.more / targets[y.lever!]);
  return { id: metric.id, label: metric.label, value: values, target: targets, points, maxPoints: max, pointsBy, gaps, ...extra };
}

function stepPoints(step: CertStepRule, people: number): number {
  const raw = people * step.pointsPerPerson.value;
  return step.cap ? Math.min(step.cap.value, raw) : raw;
}

/** Points (uncapped) from people per step: a step scores only while every step up to it has its people. */
function stepsEarned(rules: CertStepRule[], people: readonly number[]): number {
  let earned = 0;
  for (const [i, rule] of rules.entries()) {
    if (people[i] < rule.minPeople.value) break;
    earned += stepPoints(rule, people[i]);
  }
  return earned;
}

const listed = (labels: string[]): string => (labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}` : labels[0]);

/**
 * Certification steps: a step's points count only when all earlier steps have their people. Value
 * and target are the scoring (last) step's people; gaps name missing prerequisites first.
 */
function stepsResult(metric: MetricRule, rules: CertStepRule[], value: MetricValue, extra: Partial<MetricResult>): MetricResult {
  const max = metric.maxPoints.value;
  const steps: StepResult[] = [];
  let open = true;
  let earned = 0;
  for (const rule of rules) {
    const people = num(value, rule.id);
    const min = rule.minPeople.value;
    const met = open && people >= min;
    const points = open && people >= min ? stepPoints(rule, people) : 0;
    steps.push({ id: rule.id, label: rule.label, people, minPeople: min, met, points });
    earned += points;
    if (people < min) open = false;
  }
  const points = Math.min(max, earned);
  const last = rules[rules.length - 1];
  const lastPeople = steps[steps.length - 1].people;
  // People in the scoring step for full points, once every prerequisite step is met.
  const fromGates = rules.slice(0, -1).reduce((sum, r) => sum + stepPoints(r, r.minPeople.value), 0);
  const per = last.pointsPerPerson.value;
  const target = per > 0 ? Math.max(last.minPeople.value, Math.ceil((max - fromGates) / per - 1e-9)) : last.minPeople.value;

  // Each gap's points are what its units alone give (the simulator ticks a gap on its own): while
  // another prerequisite still lacks people, the steps after it score nothing, and the text says so.
  const gaps: Gap[] = [];
  const people = steps.map((s) => s.people);
  const gainWith = (i: number, more: number): number =>
    Math.min(
      max,
      stepsEarned(
        rules,
        people.map((p, j) => (j === i ? p + more : p))
      )
    ) - points;
  const lacking = steps.slice(0, -1).filter((s) => s.people < s.minPeople);
  for (const [i, step] of steps.entries()) {
    if (i === steps.length - 1 || step.people >= step.minPeople) continue;
    const more = step.minPeople - step.people;
    const what = `${plural(more, ["person", "people"])} with ${rules[i].certifications.value.map((c) => c.name).join(" or ")}`;
    const gain = gainWith(i, more);
    const others = lacking
      .filter((s) => s !== step)
      .map((s) => `${s.minPeople - s.people} more ${plural(s.minPeople - s.people, ["person", "people"])} in ${s.label}`);
    const also = others.length ? `; also ${listed(others)}` : "";
    gaps.push({
      ...lever(step.id),
      more,
      points: gain,
      perUnit: 0,
      text: `${more} more ${what} (prerequisite ${step.label})${gain > 0 ? `: unlocks +${formatPoints(gain)} points` : ""}${also}`,
    });
  }
  const moreLast = unitsNeeded(lastPeople, target);
  if (moreLast > 0 && points < max) {
    const gain = gainWith(steps.length - 1, moreLast);
    const unit = `${moreLast} more ${plural(moreLast, metric.unit)}`;
    if (gain > 0) gaps.push({ ...lever(last.id), more: moreLast, points: gain, perUnit: Math.min(gain, per), text: `${unit}: +${formatPoints(gain)} points` });
    else if (lacking.length) {
      // Worth nothing until the prerequisites have their people: said, but not offered as points.
      const filled = people.map((p, j) => (j === steps.length - 1 ? p + moreLast : Math.max(p, rules[j].minPeople.value)));
      const later = Math.min(max, stepsEarned(rules, filled)) - points;
      const wait = `${listed(lacking.map((s) => s.label))} ${lacking.length > 1 ? "have their" : "has its"} people`;
      gaps.push({
        ...lever(last.id),
        more: moreLast,
        points: 0,
        perUnit: 0,
        text: `${unit}: no points until ${wait} (with them, +${formatPoints(later)} points)`,
      });
    }
  }
  return { id: metric.id, label: metric.label, value: lastPeople, target, points, maxPoints: max, steps, gaps, ...extra };
}

export function trackResult(track: GenericTrackRule, metrics: MetricResult[], qualification: number | Qualification): TrackResult {
  const { minTotal } = qualificationOf(qualification);
  const total = metrics.reduce((sum, m) => sum + m.points, 0);
  return {
    id: track.id,
    label: track.label,
    ...(track.labelNote ? { note: track.labelNote.value } : {}),
    total,
    status: trackStatus(
      total,
      metrics.map((m) => m.points),
      qualification
    ),
    pointsToQualify: Math.max(0, minTotal - total),
    metrics,
    missing: metrics.filter((m) => m.gaps.length).map((m) => `${m.label}: ${m.gaps[0].text}`),
  };
}

import type { MetricRule } from "../model/ruleTypes";

/**
 * What one unit of a metric lever costs the partner. Units are the metric's own (people, customers,
 * deployments, MAU, percentage points, USD, protected users); a kind groups the levers that take the
 * same kind of work, whatever the designation.
 */
export type EffortKind =
  "new-customer" | "deployment" | "intermediate-certified-person" | "advanced-certified-person" | "mau" | "growth-point" | "acr-usd" | "protected-users";

/** `weight` effort for every `per` units: `{ weight: 1, per: 100 }` is "1 per 100 MAU". */
export interface EffortWeight {
  weight: number;
  /** Units the weight is for; also the step the optimiser tries amounts in (see metricOptions.ts). */
  per: number;
}

export type EffortWeights = Record<EffortKind, EffortWeight>;

/** Names for an editor of the weights: "New customer", and the unit the `per` counts. */
export const EFFORT_KINDS: Readonly<Record<EffortKind, { label: string; unit: string }>> = {
  "new-customer": { label: "New customer (net customer add)", unit: "customers" },
  deployment: { label: "Deployment", unit: "deployments" },
  "intermediate-certified-person": { label: "Intermediate certified person", unit: "people" },
  "advanced-certified-person": { label: "Advanced certified person", unit: "people" },
  mau: { label: "Monthly active users of growth", unit: "MAU" },
  "growth-point": { label: "Percentage point of consumption growth", unit: "percentage points" },
  "acr-usd": { label: "Azure consumed revenue (ACR) of growth", unit: "USD" },
  "protected-users": { label: "Protected users of growth", unit: "users" },
};

/**
 * Default weights, in rough person-days of the partner's work. They are a starting point to edit,
 * not data: no source prices these actions. Why each:
 * - new customer 10: a sale plus onboarding to the metric's threshold is the slowest thing to add;
 * - deployment 5: an existing customer brought to active use of one more workload or service;
 * - intermediate certified person 3: a few days of study and one associate exam;
 * - advanced certified person 5: expert / specialty exams take longer and often need an associate first;
 * - 100 MAU 1: adoption work in tenants already served (a day of change management per 100 users);
 * - 1 percentage point of growth 2: a point of a whole customer base's consumption is campaign work;
 * - $1,000 of ACR 1, 100 protected users 1: the security growth halves, priced like MAU growth.
 * With these, Modern Work SMB points cost least from certifications and MAU, then deployments, then
 * customers, the order partners usually work in.
 */
export const DEFAULT_EFFORT_WEIGHTS: Readonly<EffortWeights> = {
  "new-customer": { weight: 10, per: 1 },
  deployment: { weight: 5, per: 1 },
  "intermediate-certified-person": { weight: 3, per: 1 },
  "advanced-certified-person": { weight: 5, per: 1 },
  mau: { weight: 1, per: 100 },
  "growth-point": { weight: 2, per: 1 },
  "acr-usd": { weight: 1, per: 1000 },
  "protected-users": { weight: 1, per: 100 },
};

export class EffortWeightError extends Error {
  override name = "EffortWeightError";
}

/** A user's edits: a number changes the weight only; an object changes weight and/or `per`. */
export type EffortWeightEdits = Partial<Record<EffortKind, number | Partial<EffortWeight>>>;

/** The default weights with the user's edits, checked: weight ≥ 0, `per` a whole number ≥ 1. */
export function effortWeights(edits: EffortWeightEdits = {}): EffortWeights {
  const weights = { ...DEFAULT_EFFORT_WEIGHTS } as EffortWeights;
  for (const [kind, edit] of Object.entries(edits) as [EffortKind, number | Partial<EffortWeight> | undefined][]) {
    if (!(kind in DEFAULT_EFFORT_WEIGHTS)) throw new EffortWeightError(`Unknown effort kind "${kind}"; use ${Object.keys(DEFAULT_EFFORT_WEIGHTS).join(", ")}.`);
    if (edit === undefined) continue;
    const next = typeof edit === "number" ? { ...weights[kind], weight: edit } : { ...weights[kind], ...edit };
    if (!Number.isFinite(next.weight) || next.weight < 0)
      throw new EffortWeightError(`The weight of "${EFFORT_KINDS[kind].label}" must be 0 or more, not ${next.weight}.`);
    if (!Number.isInteger(next.per) || next.per < 1)
      throw new EffortWeightError(
        `"${EFFORT_KINDS[kind].label}" weights must be per a whole number of ${EFFORT_KINDS[kind].unit} (1 or more), not ${next.per}.`
      );
    weights[kind] = next;
  }
  return weights;
}

/**
 * The kind of work behind one lever, from the metric and the part or step: usage growth is MAU per
 * association type (Modern Work), USD of ACR or protected users per half (Security), else percentage
 * points (Azure, Business Applications). Certification steps take the metric's level.
 */
export function effortKindOf(rule: MetricRule, lever: string | undefined): EffortKind {
  switch (rule.id) {
    case "net-customer-adds":
      return "new-customer";
    case "deployments":
      return "deployment";
    case "intermediate-certifications":
      return "intermediate-certified-person";
    case "advanced-certifications":
      return "advanced-certified-person";
    case "usage-growth":
      switch (rule.target.kind) {
        case "per-association":
          return "mau";
        case "parts":
          return lever === "m365" ? "protected-users" : lever === "azure" ? "acr-usd" : "growth-point";
        default:
          return "growth-point";
      }
  }
}

/** Effort of `units` of a lever: weight × units / per. */
export function effortCost(weight: EffortWeight, units: number): number {
  return (weight.weight * units) / weight.per;
}

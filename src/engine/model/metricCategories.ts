import type { MetricId } from "./ruleTypes";

/**
 * Partner Center's scorecard groups every designation's metrics the same way (RULES.md §2–§7, the
 * scorecard screenshots S11): Performance is net customer adds, Skilling the certification metrics,
 * Customer success usage growth and deployments. The rule sets carry no category field, so the one
 * mapping lives here; a new metric id fails to compile until it is placed.
 */
export type MetricCategory = "performance" | "skilling" | "customer-success";

export const METRIC_CATEGORY: Readonly<Record<MetricId, MetricCategory>> = {
  "net-customer-adds": "performance",
  "intermediate-certifications": "skilling",
  "advanced-certifications": "skilling",
  "usage-growth": "customer-success",
  deployments: "customer-success",
};

/** In Partner Center's order. */
export const METRIC_CATEGORIES: readonly MetricCategory[] = ["performance", "skilling", "customer-success"];

export const CATEGORY_LABEL: Readonly<Record<MetricCategory, string>> = {
  performance: "Performance",
  skilling: "Skilling",
  "customer-success": "Customer success",
};

export interface CategoryGroup<M extends { id: MetricId; points: number; maxPoints: number }> {
  id: MetricCategory;
  label: string;
  /** The sum of the metrics' points, and of their maxima. */
  points: number;
  maxPoints: number;
  metrics: M[];
}

/** A track's metrics grouped as the scorecard shows them: categories in order, the metrics in the track's order; empty categories left out. */
export function categoryGroups<M extends { id: MetricId; points: number; maxPoints: number }>(metrics: readonly M[]): CategoryGroup<M>[] {
  return METRIC_CATEGORIES.map((id) => {
    const own = metrics.filter((m) => METRIC_CATEGORY[m.id] === id);
    return {
      id,
      label: CATEGORY_LABEL[id],
      points: own.reduce((s, m) => s + m.points, 0),
      maxPoints: own.reduce((s, m) => s + m.maxPoints, 0),
      metrics: own,
    };
  }).filter((g) => g.metrics.length > 0);
}

import { monthLabel, type MonthIndex } from "../../parse/months";
import type { Gap, MetricResult, MetricSides } from "../../model/results";
import type { MetricRule } from "../../model/ruleTypes";
import { metricResult } from "../../model/trackResult";
import { grouped } from "../../model/text";
import type { UsageGrowth } from "./consumption";
import type { BizAppsTrackRule } from "./types";

/**
 * The usage-growth metric of a track. Growth scores only over the track's baseline MCV; below it the
 * gap says so (the growth is still shown). The score gives the sides; the tracks with tenants left
 * out or a row raised (sums.ts) leave them out, as naming every tenant per tenant would be quadratic.
 */
export function usageGrowthMetric(
  metric: MetricRule,
  track: BizAppsTrackRule,
  growth: UsageGrowth,
  months: { asOf: MonthIndex; baseline: MonthIndex },
  both?: MetricSides
): MetricResult {
  const min = track.usageBaselineMinMcv.value;
  const result = metricResult(metric, growth.percent, both ? { sides: { "": both } } : {});
  if (growth.baselineMet) return result;
  const short = Math.ceil(min - growth.previous);
  const gap: Gap = {
    more: short,
    points: metric.maxPoints.value,
    perUnit: 0,
    text:
      `baseline MCV in ${monthLabel(months.baseline)} is ${grouped(growth.previous)}, under the ${grouped(min)} the ${track.label} track needs (${grouped(short)} short): ` +
      `usage growth scores 0 whatever the growth (MCV ${grouped(growth.current)} in ${monthLabel(months.asOf)})`,
  };
  const blocked = { ...result, points: 0, blocked: gap.text, gaps: [gap] };
  if (!both) return blocked;
  // A zero baseline keeps sides()' own note; a baseline under the prerequisite says that instead.
  const note = both.note ?? `baseline MCV under the ${grouped(min)} the ${track.label} track needs: growth cannot score`;
  return { ...blocked, sides: { "": { ...both, note } } };
}

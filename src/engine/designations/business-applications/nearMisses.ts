import { measureColumns } from "../../input/measureColumns";
import { monthLabel, parseIsoMonth } from "../../parse/months";
import type { BusinessApplicationsRuleSet } from "./types";
import type { MeasureRecord } from "../../input/measures";
import { consumptionUnits, usageRowReader } from "./consumption";
import { meetsRevenue, revenueRowReader, revenueUnits } from "./revenue";
import type { DesignationBase, ExplainContext } from "../../model/explainTypes";
import { count, usd } from "../../model/text";
import { largestRow, tracksThatCount } from "../../model/nearMiss/pick";
import { CROSSING_GUARD, centsToCross, thresholdOf, withinBelow } from "../../model/nearMiss/thresholds";
import type { NearMissCandidate, NearMissWindows } from "../../model/nearMiss/types";

const split = (key: string): [number, string] => {
  const bar = key.indexOf("|");
  return [Number(key.slice(0, bar)), key.slice(bar + 1)];
};

/**
 * Business Applications, for the track that counts: tenant workloads whose revenue in the as-of month
 * is inside the window under the net-customer-add threshold, and those whose monthly consumption value
 * is inside the window under the deployment threshold.
 */
export function businessApplicationsMisses(ctx: ExplainContext, d: DesignationBase, windows: NearMissWindows): NearMissCandidate[] {
  const rules = d.rules as BusinessApplicationsRuleSet;
  const asOf = parseIsoMonth(d.asOf)!;
  const out: NearMissCandidate[] = [];
  const revenue = ctx.input.bizAppsRevenue;
  const usage = ctx.input.bizAppsUsage;
  // A row's unit as the sums read it (null: they leave it out).
  const revenueReading = revenueRowReader(rules);
  const usageReading = usageRowReader(rules);
  const workloadOf = (r: MeasureRecord) => {
    const w = revenueReading(r);
    return typeof w === "string" ? null : w;
  };
  const rateOf = (r: MeasureRecord) => {
    const e = usageReading(r);
    return typeof e === "string" ? null : e;
  };
  const revenueNow = revenue && revenueUnits(revenue, rules, asOf).current;
  const usageNow = usage && consumptionUnits(usage, rules, asOf).current;
  for (const track of tracksThatCount(d, rules.tracks)) {
    const ti = rules.tracks.indexOf(track);
    if (revenue && revenueNow) {
      const threshold = rules.settings.ncaRevenue[track.id];
      for (const [key, value] of revenueNow) {
        if (meetsRevenue(value, threshold) || !withinBelow(value, threshold.min.value, windows.amount)) continue;
        const [tenant, workloadId] = split(key);
        const entry = ctx.directory.entryOf("bizAppsRevenue", tenant);
        const row = largestRow(measureColumns(revenue), entry?.records.bizAppsRevenue ?? [], tenant, asOf, (r) => workloadOf(r)?.id === workloadId);
        if (!row) continue;
        const more = centsToCross(value, threshold.min.value, threshold.inclusive);
        const workload = workloadOf(row)!.name;
        out.push({
          kind: "bizapps-revenue",
          designations: [d.id],
          tracks: [track.id],
          item: workload,
          threshold: thresholdOf(rules, `settings.ncaRevenue.${track.id}.min`, threshold.min),
          current: value,
          more,
          unit: "USD revenue",
          entryKey: { exp: "bizAppsRevenue", tenant },
          raises: [{ exp: "bizAppsRevenue", record: { ...row, value: more + CROSSING_GUARD } }],
          what:
            `${workload} earned ${usd(value)} in ${monthLabel(asOf)}; a net customer add (${track.label}) needs ${threshold.inclusive ? "at least" : "more than"} ${usd(threshold.min.value)}: ` +
            `${usd(more)} more makes it one`,
        });
      }
    }
    if (usage) {
      const min = track.deploymentMinMcv.value;
      for (const [key, value] of usageNow!) {
        if (value >= min - 1e-6 || !withinBelow(value, min, windows.amount)) continue;
        const [tenant, rateId] = split(key);
        const entry = ctx.directory.entryOf("bizAppsUsage", tenant);
        const row = largestRow(measureColumns(usage), entry?.records.bizAppsUsage ?? [], tenant, asOf, (r) => rateOf(r)?.id === rateId);
        if (!row) continue;
        const rate = rateOf(row)!;
        let users = Math.max(1, Math.ceil((min - value) / rate.rate - 1e-9));
        while (value + users * rate.rate < min - 1e-6) users++;
        out.push({
          kind: "bizapps-mcv",
          designations: [d.id],
          tracks: [track.id],
          item: rate.name,
          threshold: thresholdOf(rules, `tracks[${ti}].deploymentMinMcv`, track.deploymentMinMcv),
          current: value,
          more: users,
          unit: rate.unit === "profiles" ? "profiles" : "MAU",
          entryKey: { exp: "bizAppsUsage", tenant },
          raises: [{ exp: "bizAppsUsage", record: { ...row, value: users } }],
          what:
            `${rate.name} has a monthly consumption value of ${count(value)} in ${monthLabel(asOf)} (${count(value / rate.rate)} ${rate.unit} × ${count(rate.rate)}); ` +
            `a deployment (${track.label}) needs ${count(min)}: ${count(users)} more ${rate.unit} ${users === 1 ? "makes" : "make"} it one`,
        });
      }
    }
  }
  return out;
}

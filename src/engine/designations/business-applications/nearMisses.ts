import { measureColumns } from "../../input/measureColumns";
import { monthLabel, parseIsoMonth } from "../../parse/months";
import type { BusinessApplicationsRuleSet } from "./types";
import { bizAppsAssociation, countingAssociations } from "./associations";
import { consumptionUnits, customerSuccessAssociations, rateCardMatcher } from "./consumption";
import { meetsRevenue, revenueUnits } from "./revenue";
import { workloadMatcher } from "./workloads";
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
  const ncaWorkload = workloadMatcher(rules.ncaWorkloads.value);
  const rateOf = rateCardMatcher(rules);
  const ncaTypes = countingAssociations(rules.associations.netCustomerAdds.value, rules);
  const eligible = customerSuccessAssociations(rules);
  for (const track of tracksThatCount(d, rules.tracks)) {
    const ti = rules.tracks.indexOf(track);
    if (revenue) {
      const threshold = rules.settings.ncaRevenue[track.id];
      for (const [key, value] of revenueUnits(revenue, rules, asOf).current) {
        if (meetsRevenue(value, threshold) || !withinBelow(value, threshold.min.value, windows.amount)) continue;
        const [tenant, workloadId] = split(key);
        const entry = ctx.directory.entryOf("bizAppsRevenue", tenant);
        const row = largestRow(
          measureColumns(revenue),
          entry?.records.bizAppsRevenue ?? [],
          tenant,
          asOf,
          (r) => ncaWorkload(r.item)?.id === workloadId && ncaTypes.has(bizAppsAssociation(r.associationRaw))
        );
        if (!row) continue;
        const more = centsToCross(value, threshold.min.value, threshold.inclusive);
        const workload = ncaWorkload(row.item)!.name;
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
      for (const [key, value] of consumptionUnits(usage, rules, asOf).current) {
        if (value >= min - 1e-6 || !withinBelow(value, min, windows.amount)) continue;
        const [tenant, rateId] = split(key);
        const entry = ctx.directory.entryOf("bizAppsUsage", tenant);
        const row = largestRow(measureColumns(usage), entry?.records.bizAppsUsage ?? [], tenant, asOf, (r) => {
          const rate = rateOf(r.item);
          return !r.trial && rate?.id === rateId && eligible[rate.family].has(bizAppsAssociation(r.associationRaw));
        });
        if (!row) continue;
        const rate = rateOf(row.item)!;
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

import { measureColumns } from "../../input/measureColumns";
import type { MeasureRecord } from "../../input/measures";
import { monthLabel, parseIsoMonth, type MonthIndex } from "../../parse/months";
import type { AzureRuleSet } from "./types";
import { acrIn, readAzureConsumption } from "./consumption";
import { atLeast } from "./metrics";
import { offerExcluder } from "../../model/matching";
import type { DesignationBase, ExplainContext } from "../../model/explainTypes";
import { largestRow, tracksThatCount } from "../../model/nearMiss/pick";
import { usd } from "../../model/text";
import { CROSSING_GUARD, centsToCross, thresholdOf, withinBelow } from "../../model/nearMiss/thresholds";
import type { NearMissCandidate, NearMissWindows, Raise } from "../../model/nearMiss/types";

/**
 * Tenants that are not eligible Azure customers in the as-of month but whose monthly ACR is inside the
 * window under the track's net-customer-add threshold in every month they fall short in ("both" of the
 * last two months), or in one of them ("either"): raising those months makes a net customer add.
 * The three Azure designations read one rule here; one candidate serves them all.
 */
export function azureCustomerMisses(ctx: ExplainContext, ds: DesignationBase[], windows: NearMissWindows): NearMissCandidate[] {
  const azure = ctx.input.azure;
  if (!azure) return [];
  const found = new Map<string, NearMissCandidate>();
  for (const d of ds) {
    const rules = d.rules as AzureRuleSet;
    const asOf = parseIsoMonth(d.asOf)!;
    const c = readAzureConsumption(azure, rules, asOf);
    const mode = rules.settings.ncaMonths.value;
    const offerOut = offerExcluder(rules.excludedOffers.value);
    const counted = new Set<string>(rules.associations.value);
    const counts = (r: MeasureRecord) => counted.has(r.association) && offerOut(r.offer) === null;
    for (const track of tracksThatCount(d, rules.tracks)) {
      const t = track.ncaMinMonthlyAcr.value;
      const ti = rules.tracks.indexOf(track);
      for (const [tenant, months] of c.byTenant) {
        const acr = (m: MonthIndex) => acrIn(months, m);
        const last = [asOf, asOf - 1];
        const met = last.map((m) => atLeast(acr(m), t));
        if (mode === "both" ? met[0] && met[1] : met[0] || met[1]) continue;
        let raise: MonthIndex[];
        if (mode === "both") raise = last.filter((_, i) => !met[i]);
        else
          raise = [last.filter((m) => withinBelow(acr(m), t, windows.amount)).sort((a, b) => t - acr(a) - (t - acr(b)) || b - a)[0]].filter(
            (m) => m !== undefined
          );
        if (!raise.length || !raise.every((m) => withinBelow(acr(m), t, windows.amount))) continue;
        const key = `${tenant}|${t}|${mode}|${raise.join(",")}`;
        const seen = found.get(key);
        if (seen) {
          if (!seen.designations.includes(d.id)) seen.designations.push(d.id);
          if (!seen.tracks.includes(track.id)) seen.tracks.push(track.id);
          continue;
        }
        const entry = ctx.directory.entryOf("azure", tenant);
        const raises: Raise[] = [];
        for (const m of raise) {
          const row = largestRow(measureColumns(azure), entry?.records.azure ?? [], tenant, m, counts);
          if (!row) break;
          raises.push({ exp: "azure", record: { ...row, value: centsToCross(acr(m), t, true) + CROSSING_GUARD } });
        }
        if (raises.length !== raise.length) continue;
        const both = mode === "both" ? "in both of the last two months" : "in one of the last two months";
        const shortText = raises.map((r, i) => `${usd((r.record.value as number) - CROSSING_GUARD)} more in ${monthLabel(raise[i])}`).join(" and ");
        found.set(key, {
          kind: "azure-customer-acr",
          designations: [d.id],
          tracks: [track.id],
          item: raise.map(monthLabel).join(", "),
          threshold: thresholdOf(rules, `tracks[${ti}].ncaMinMonthlyAcr`, track.ncaMinMonthlyAcr),
          current: Math.min(...raise.map(acr)),
          more: raises.reduce((s, r) => s + (r.record.value as number) - CROSSING_GUARD, 0),
          unit: "USD ACR",
          entryKey: { exp: "azure", tenant },
          raises,
          what:
            `ACR ${last.map((m) => `${usd(acr(m))} in ${monthLabel(m)}`).join(", ")}; a customer needs ${usd(t)} ${both}` +
            `${rules.tracks.length > 1 ? ` (${track.label})` : ""}: ${shortText} makes it one`,
        });
      }
    }
  }
  return [...found.values()];
}

import { monthLabel, type MonthIndex } from "../../parse/months";
import type { Warning } from "../../model/results";
import type { AzureRuleSet } from "./types";
import type { TrackId } from "../../model/ruleTypes";
import type { AzureConsumption } from "./consumption";
import type { AzureClassification } from "./classification";
import type { Deployments, UsageGrowth } from "./metrics";
import { inferredSmbMaxTtmAcr } from "./classification";
import { countsByLabel, plural, sum } from "./text";
import { usd } from "../../model/text";

export interface AzureWarningFacts {
  consumption: AzureConsumption;
  rules: AzureRuleSet;
  asOf: MonthIndex;
  growth: UsageGrowth;
  deployments: Deployments;
  classification?: AzureClassification;
  givenTrack?: TrackId;
}

function listed(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}` : (items[0] ?? "");
}

/**
 * What the user must know about an Azure score: missing months, rows left out, assumptions made. (The
 * skilling warnings are every designation's, from model/warnings.)
 */
export function azureWarnings(name: string, f: AzureWarningFacts): Warning[] {
  const w: Warning[] = [];
  const say = (code: string, message: string) => w.push({ code, message: `${name}: ${message}` });
  const { consumption: c, asOf } = f;
  const trailing = f.rules.trailingMonths.value;
  const baseline = asOf - trailing;
  // The first month of the trailing window ending at a month (deployments, TTM sums).
  const windowFrom = (month: MonthIndex) => month - trailing + 1;
  const readsMonthBefore = f.rules.settings.ncaMonths.value === "both" ? "needs the tenant's ACR in it too" : "reads it as one of the last two months";

  const needed: [MonthIndex, string][] = [
    [asOf - 1, `the month before the as-of month: net customer adds ${readsMonthBefore}, so every tenant is taken as $0 in it`],
    [baseline, "the same month last year: the baseline of net customer adds and usage growth is taken as $0"],
    [baseline - 1, `the month before the baseline month: the baseline of net customer adds ${readsMonthBefore}, so every tenant is taken as $0 in it`],
  ];
  for (const [month, role] of needed)
    if (!c.monthsPresent.has(month))
      say(
        "azure-month-missing",
        `the Azure export has no rows for ${monthLabel(month)}, ${role}. Export at least ${monthLabel(baseline - 1)} to ${monthLabel(asOf)}.`
      );
  if (f.growth.basis === "ttm" && ![...c.monthsPresent].some((m) => m <= windowFrom(baseline)))
    say(
      "azure-ttm-baseline-partial",
      `usage growth compares trailing-${trailing}-month sums (option growth-ttm), but the export starts after ${monthLabel(windowFrom(baseline))}: the baseline TTM (${monthLabel(windowFrom(baseline))} to ${monthLabel(baseline)}) is partial.`
    );

  const associations = listed(f.rules.associations.value.map((a) => (a === "CSP" ? "CSP Tier 1/2" : a)));
  if (c.skippedAssociations.size)
    say(
      "azure-association-not-counted",
      `${plural(sum(c.skippedAssociations), "row", "rows")} under association types that do not count were left out (${countsByLabel(c.skippedAssociations)}); only ${associations} count.`
    );
  if (c.skippedOffers.size)
    say(
      "azure-offer-not-counted",
      `${plural(sum(c.skippedOffers), "row", "rows")} with offers that do not count were left out (${countsByLabel(c.skippedOffers)}); ${listed(f.rules.excludedOffers.value)} offers do not count.`
    );
  if (f.deployments.excludedRows)
    say(
      "azure-vm-not-deployment",
      `${plural(f.deployments.excludedRows, "row", "rows")} of ${f.deployments.excluded.join(", ")} in ${monthLabel(windowFrom(asOf))} to ${monthLabel(asOf)} are not deployments (Virtual Machines and Virtual Machines Licenses are excluded); they still count for net customer adds and usage growth.`
    );
  if (c.negativeRows) say("azure-negative-acr", `${plural(c.negativeRows, "row has", "rows have")} negative ACR (credits); they are included in the sums.`);
  if (c.rowsAfterAsOf) say("azure-after-as-of", `${plural(c.rowsAfterAsOf, "row is", "rows are")} after the as-of month ${monthLabel(asOf)} and not counted.`);
  if (!f.growth.scored)
    say(
      "azure-growth-baseline",
      `usage growth scores 0: ACR ${f.growth.basis === "ttm" ? `over the ${trailing} months to ${monthLabel(baseline)}` : `in ${monthLabel(baseline)}`} (the baseline) is ${usd(f.growth.baseline)}, under the ${usd(f.rules.growthMinBaselineAcr.value)} minimum.`
    );

  const cl = f.classification;
  if (cl && !cl.given && cl.customers && (!cl.segmentColumn || cl.inferredCustomers))
    say(
      "azure-segment-inferred",
      `the Enterprise/SMB classification is inferred: ${cl.segmentColumn ? `${plural(cl.inferredCustomers, "customer has", "customers have")} no CustomerSegment value` : "the export has no CustomerSegment column"}, so a customer with TTM ACR of ${usd(inferredSmbMaxTtmAcr(f.rules))} or less is taken as SMB. Add the CustomerSegment ${cl.segmentColumn ? "values" : "column"} or set the track Partner Center shows.`
    );
  if (f.givenTrack !== undefined && !f.rules.tracks.some((t) => t.id === f.givenTrack))
    say(
      "azure-track-ignored",
      `the track "${f.givenTrack}" was ignored: ${f.rules.tracks.length === 1 ? `the ${f.rules.edition} rules have one track for every partner` : `these rules have ${f.rules.tracks.map((t) => t.id).join(" and ")}`}.`
    );
  return w;
}

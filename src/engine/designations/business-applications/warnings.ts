import { monthLabel } from "../../parse/months";
import type { Warning } from "../../model/results";
import type { BusinessApplicationsRuleSet } from "./types";
import type { ConsumptionUnits } from "./consumption";
import type { RevenueUnits } from "./revenue";
import { plural, topCounts } from "../../model/tally";

const NAME = "Business Applications";
export const REVENUE_EXPORT =
  "the Business Applications revenue export (FiscalMonthName, CustomerTenantID, Workloads, AdjustedRevenueAmtCD, PartnerAssociationType)";
export const USAGE_EXPORT = "the Business Applications usage export (FiscalMonthName, CustomerTenantID, Workload, MAU, PartnerAssociationType, MetricType)";

const warn = (code: string, message: string): Warning => ({ code, message: `${NAME}: ${message}` });

const rows = (n: number): string => plural(n, "row", "rows");

/** "1 row … is", "2 rows … are". */
const be = (n: number, singular = "is", plural = "are") => (n === 1 ? singular : plural);

/** As-of month, baseline month and later rows, for one export. */
function monthWarnings(what: "revenue" | "usage", units: RevenueUnits | ConsumptionUnits, trailing: number, baselineEffect: string): Warning[] {
  const m = monthLabel(units.asOf);
  const p = monthLabel(units.baseline);
  const out: Warning[] = [];
  if (!units.rows.asOf)
    out.push(warn("no-rows-as-of", `the ${what} export has no rows for the as-of month ${m}: nothing counts as current. Pick a month the export covers.`));
  if (!units.rows.baseline)
    out.push(
      warn(
        "no-baseline-rows",
        `the ${what} export has no rows for ${p}, ${trailing} months before ${m}: ${baselineEffect}. Download the export covering the trailing ${trailing} months.`
      )
    );
  if (units.rows.after)
    out.push(
      warn(
        "rows-after-as-of",
        `${rows(units.rows.after)} of the ${what} export ${be(units.rows.after)} after the as-of month ${m} and ${be(units.rows.after, "was", "were")} not scored.`
      )
    );
  return out;
}

export function revenueWarnings(revenue: RevenueUnits | null, rules: BusinessApplicationsRuleSet): Warning[] {
  if (!revenue)
    return [
      warn(
        "no-revenue-export",
        `no revenue export: net customer adds score 0 on both tracks and the partner cannot be classified Enterprise or SMB (the better track counts). Add ${REVENUE_EXPORT}.`
      ),
    ];
  const out = monthWarnings(
    "revenue",
    revenue,
    rules.trailingMonths.value,
    "every qualifying tenant workload counts as a net customer add, and no tenant workload can make the partner Enterprise"
  );
  if (revenue.ineligibleWorkloads.size)
    out.push(
      warn(
        "revenue-ineligible-workloads",
        `revenue rows of workloads not on the net-customer-adds list, counted toward nothing: ${topCounts(revenue.ineligibleWorkloads)}.`
      )
    );
  if (revenue.ineligibleAssociations.size)
    out.push(
      warn(
        "revenue-ineligible-associations",
        `revenue rows under association types that do not count for net customer adds (CPOR RevRec, CPOR OSA, CPOR RevRec Performance, CSP Tier 1 and 2, DPOR), counted toward nothing: ${topCounts(revenue.ineligibleAssociations)}.`
      )
    );
  return out;
}

export function usageWarnings(usage: ConsumptionUnits | null, rules: BusinessApplicationsRuleSet): Warning[] {
  if (!usage) return [warn("no-usage-export", `no usage export: usage growth and deployments score 0 on both tracks. Add ${USAGE_EXPORT}.`)];
  const out = monthWarnings("usage", usage, rules.trailingMonths.value, "the baseline MCV is 0, so usage growth scores 0 and every deployment counts as new");
  if (usage.trialRows)
    out.push(
      warn(
        "trial-rows",
        `${rows(usage.trialRows)} of the usage export ${be(usage.trialRows, "is a trial", "are trials")} (MetricType) and ${be(usage.trialRows, "was", "were")} not counted; only paid usage counts.`
      )
    );
  if (usage.noRate.size) out.push(warn("workloads-without-rate", `workloads with no rate on the rate card add no MCV: ${topCounts(usage.noRate)}.`));
  if (usage.ineligibleAssociations.size) {
    const cs = rules.associations.customerSuccess;
    out.push(
      warn(
        "usage-ineligible-associations",
        `usage rows under an association type that does not count for their workload, counted toward nothing: ${topCounts(usage.ineligibleAssociations)}. ` +
          `Dynamics 365 counts under ${cs.dynamics.value.filter((a) => a !== "CPOR" && a !== "CSP").join(", ")}; Power Platform and Customer Insights under ${cs["power-platform"].value.join(", ")}.`
      )
    );
  }
  if (rules.cspShownAsDpor?.value && usage.cspDynamicsRows)
    out.push(
      warn(
        "csp-counted-as-dpor",
        `${rows(usage.cspDynamicsRows)} of Dynamics 365 usage under CSP ${be(usage.cspDynamicsRows, "was", "were")} counted for usage growth and deployments: the 2023 page lists CPOR OSU and DPOR, but notes that CSP attribution is counted and shown as DPOR.`
      )
    );
  return out;
}

export function trackWarning(): Warning {
  return warn(
    "track-not-applicable",
    `the track "single" does not apply (the tracks are Enterprise and SMB); the partner is classified from the revenue export.`
  );
}

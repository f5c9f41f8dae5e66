import { grouped } from "../../model/text";
import { monthLabel, type MonthIndex } from "../../parse/months";
import { formatPoints } from "../../model/points";
import type { TrackResult } from "../../model/results";
import type { BizAppsTrackId, BusinessApplicationsRuleSet } from "./types";
import { unitsAboveInBothMonths, type RevenueUnits } from "./revenue";

export interface BizAppsClassification {
  track: BizAppsTrackId;
  reason: string;
}

const usd = (n: number) => `$${grouped(n, 3)}`;

/** What the revenue export says, in words a partner can act on. */
function fromRevenue(revenue: RevenueUnits, rules: BusinessApplicationsRuleSet): BizAppsClassification {
  const { minUnits, revenueAbove } = rules.classification;
  const n = unitsAboveInBothMonths(revenue, revenueAbove.value);
  const track: BizAppsTrackId = n >= minUnits.value ? "enterprise" : "smb";
  const label = track === "enterprise" ? "Enterprise" : "SMB";
  const what = `${n} tenant ${n === 1 ? "workload" : "workloads"} over ${usd(revenueAbove.value)} in both ${monthLabel(revenue.asOf)} and ${monthLabel(revenue.baseline)}`;
  const rule = `${minUnits.value} or more makes the partner Enterprise`;
  return { track, reason: `${label}: ${what}; ${rule}${track === "smb" ? ` (${minUnits.value - n} more)` : ""}.` };
}

/**
 * The track that counts. The user's word (the track Partner Center shows) wins; else the revenue
 * export decides; without it the partner cannot be classified and the better total counts.
 */
export function classifyPartner(
  revenue: RevenueUnits | null,
  rules: BusinessApplicationsRuleSet,
  given: BizAppsTrackId | undefined,
  tracks: TrackResult[],
  asOf: MonthIndex
): BizAppsClassification {
  const label = (id: BizAppsTrackId) => rules.tracks.find((t) => t.id === id)?.label ?? id;
  const data = revenue ? fromRevenue(revenue, rules) : null;
  if (given)
    return {
      track: given,
      reason: `${label(given)} as given (the track Partner Center shows); ${data ? `the revenue export alone gives ${data.reason}` : "the revenue export is needed to classify from the data."}`,
    };
  if (data) return data;
  const [first, second] = tracks;
  const better = second && second.total > first.total ? second : first;
  const other = better === first ? second : first;
  const { minUnits, revenueAbove } = rules.classification;
  return {
    track: better.id as BizAppsTrackId,
    reason:
      `Not classified: the revenue export (AdjustedRevenueAmtCD) is needed to classify (${minUnits.value} or more tenant workloads over ${usd(revenueAbove.value)} ` +
      `in both ${monthLabel(asOf)} and ${monthLabel(asOf - rules.trailingMonths.value)} make the partner Enterprise). Counting the better track: ${better.label}, ${formatPoints(better.total)} points` +
      `${other ? ` (${other.label} ${formatPoints(other.total)})` : ""}.`,
  };
}

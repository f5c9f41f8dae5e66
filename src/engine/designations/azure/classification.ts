import { looseKey } from "../../parse/keys";
import { monthLabel, type MonthIndex } from "../../parse/months";
import type { AzureRuleSet } from "./types";
import type { TrackId } from "../../model/ruleTypes";
import { acrIn, trailingSum, type AzureConsumption, type MonthlyAcr } from "./consumption";
import { atLeast } from "./metrics";
import { usd } from "../../model/text";

export type AzureTrack = "enterprise" | "smb";

export interface AzureClassification {
  /** The track that counts: the one given by the user, else the one from the data. */
  track: AzureTrack;
  /** What the export says. */
  fromData: AzureTrack;
  given: boolean;
  reason: string;
  /** Tenants with ACR in the as-of month, and how many of them are SMB segment. */
  customers: number;
  smbCustomers: number;
  /** Customers whose segment was inferred from TTM ACR (no segment column, or a blank value). */
  inferredCustomers: number;
  segmentColumn: boolean;
  /** The partner's TTM ACR at the as-of month (the "smb-under-1m" reading reads it). */
  ttmAcr: number;
}

const TRACK_NAMES: Record<AzureTrack, string> = { enterprise: "Enterprise", smb: "SMB" };

/** Integer percent, unless rounding would put it on the other side of the threshold. */
function percent(share: number, threshold: number): string {
  const rounded = Math.round(share * 100);
  const exact = share * 100;
  return rounded >= threshold * 100 === atLeast(exact, threshold * 100) ? `${rounded} %` : `${exact.toFixed(1)} %`;
}

/** Without a CustomerSegment value, a customer is SMB segment when its TTM ACR is at most this (rule sets that classify say). */
export function inferredSmbMaxTtmAcr(rules: AzureRuleSet): number {
  const max = rules.settings.inferredSmbMaxTtmAcr;
  if (!max) throw new Error(`${rules.id} classifies partners but has no settings.inferredSmbMaxTtmAcr`);
  return max.value;
}

/**
 * 2026: SMB if at least 80 % of the customers (tenants with ACR in the as-of month) are SMB
 * segment. A customer's segment comes from the export's CustomerSegment; without one, from its TTM
 * ACR (settings.inferredSmbMaxTtmAcr). `given` (the track Partner Center shows) wins when set.
 */
export function classifyAzure(c: AzureConsumption, rules: AzureRuleSet, asOf: MonthIndex, given?: TrackId): AzureClassification {
  const term = classificationTerm(c, rules, asOf);
  const counts: ClassificationCounts = { customers: 0, smbCustomers: 0, inferredCustomers: 0, partnerTtm: 0 };
  for (const tenant of c.byTenant.keys()) addCounts(counts, term(tenant), 1);
  return classifyCounts(counts, c.segments !== null, rules, asOf, given);
}

/** What the classification counts: sums of one term per tenant, so a tenant left out is its term taken away. */
export interface ClassificationCounts {
  customers: number;
  smbCustomers: number;
  inferredCustomers: number;
  partnerTtm: number;
}

export function addCounts(into: ClassificationCounts, term: ClassificationCounts, sign: 1 | -1): void {
  into.customers += sign * term.customers;
  into.smbCustomers += sign * term.smbCustomers;
  into.inferredCustomers += sign * term.inferredCustomers;
  into.partnerTtm += sign * term.partnerTtm;
}

/** One tenant's part of the counts: a customer when it has ACR in the as-of month, SMB by segment or TTM ACR. */
export function classificationTerm(c: AzureConsumption, rules: AzureRuleSet, asOf: MonthIndex): (tenant: number) => ClassificationCounts {
  const term = tenantTerm(rules, asOf);
  return (tenant) => term(c.byTenant.get(tenant), c.segments?.get(tenant) ?? "");
}

/** The same term from a tenant's monthly ACR and segment ("" when it has none), for a tenant whose rows changed. */
export function tenantTerm(rules: AzureRuleSet, asOf: MonthIndex): (months: MonthlyAcr | undefined, segment: string) => ClassificationCounts {
  const words = rules.classification!.smbSegmentWords.value.map(looseKey).filter(Boolean);
  const inferredMax = inferredSmbMaxTtmAcr(rules);
  const trailing = rules.trailingMonths.value;
  return (months, segment) => {
    const tenantTtm = trailingSum(months, asOf, trailing);
    const term = { customers: 0, smbCustomers: 0, inferredCustomers: 0, partnerTtm: tenantTtm };
    if (!(acrIn(months, asOf) > 0)) return term;
    term.customers = 1;
    let smb: boolean;
    if (segment) smb = words.some((w) => looseKey(segment).includes(w));
    else {
      term.inferredCustomers = 1;
      smb = tenantTtm <= inferredMax + 1e-6;
    }
    if (smb) term.smbCustomers = 1;
    return term;
  };
}

/** The classification from the counts (and the track the user gave, which wins when set). */
export function classifyCounts(
  counts: ClassificationCounts,
  segmentColumn: boolean,
  rules: AzureRuleSet,
  asOf: MonthIndex,
  given?: TrackId
): AzureClassification {
  const rule = rules.classification!;
  const inferredMax = inferredSmbMaxTtmAcr(rules);
  const shareNeeded = rule.smbShare.value;
  const underOneMillion = rules.settings.smbRule?.value === "share-under-1m";
  const { customers, smbCustomers, inferredCustomers, partnerTtm } = counts;

  const share = customers ? smbCustomers / customers : 0;
  const month = monthLabel(asOf);
  const thresholdText = `${Math.round(shareNeeded * 100)} %`;
  const what = !segmentColumn
    ? `are SMB by TTM ACR of ${usd(inferredMax)} or less (inferred: the export has no CustomerSegment column)`
    : inferredCustomers
      ? `are SMB segment (${inferredCustomers} without a segment value counted by TTM ACR of ${usd(inferredMax)} or less)`
      : "are SMB segment";

  let fromData: AzureTrack;
  let because: string;
  if (customers === 0) {
    fromData = "enterprise";
    because = `no customer has ACR in ${month}, so there is no customer base to classify; Enterprise is the default. Check the as-of month and the association types in the export.`;
  } else {
    const counted = `${smbCustomers} of ${customers} customers (${percent(share, shareNeeded)}) ${what} in ${month}`;
    if (!underOneMillion) {
      fromData = atLeast(share, shareNeeded) ? "smb" : "enterprise";
      const needed = Math.ceil(shareNeeded * customers - 1e-9);
      because =
        fromData === "smb"
          ? `${counted}; ${thresholdText} or more makes the partner SMB.`
          : `${counted}; it takes ${thresholdText} or more (${needed} of ${customers}) to be SMB.`;
    } else {
      const max = rule.maxTtmAcr.value;
      const shareOk = share > shareNeeded + 1e-9;
      const acrOk = partnerTtm < max;
      fromData = shareOk && acrOk ? "smb" : "enterprise";
      const acrText = `TTM ACR is ${usd(partnerTtm)} (${acrOk ? "under" : "not under"} ${usd(max)})`;
      because =
        fromData === "smb"
          ? `${acrText} and ${counted}; under ${usd(max)} with more than ${thresholdText} SMB makes the partner SMB (option smb-under-1m).`
          : `${acrText} and ${counted}; SMB needs TTM ACR under ${usd(max)} and more than ${thresholdText} SMB customers (option smb-under-1m).`;
    }
  }
  const dataReason = `${TRACK_NAMES[fromData]}: ${because}`;
  const usable = given === "enterprise" || given === "smb";
  const track = usable ? given : fromData;
  const reason = usable ? `${TRACK_NAMES[given]}, as you set it (the track Partner Center shows); from the export it would be ${dataReason}` : dataReason;
  return { track, fromData, given: usable, reason, customers, smbCustomers, inferredCustomers, segmentColumn, ttmAcr: partnerTtm };
}

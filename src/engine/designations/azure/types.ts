import type { AssociationType } from "../../parse/associations";
import type { GenericTrackRule, RuleSetBase, Sourced, WithAlternatives } from "../../model/ruleTypes";

/** The three Azure designations share one page of rules (RULES.md §4); only their certifications differ. */
export type AzureDesignationId = "infrastructure" | "data-ai" | "digital-app-innovation";

/**
 * Readings of the Azure rules that the sources leave open; each has a named alternative
 * (`--option ID`) in the rule set.
 */
export interface AzureSettings {
  /**
   * Net customer adds: "both" = the tenant has the monthly ACR in M and in M−1 (seed 001, "2
   * consecutive months"); "either" = in M or in M−1 (Learn: "in one of the last two months").
   */
  ncaMonths: Sourced<"both" | "either">;
  /** Usage growth: ACR of the as-of month vs the same month last year, or trailing-12-month sums. */
  growthBasis: Sourced<"month" | "ttm">;
  /**
   * 2026 track classification: "share" = SMB when ≥ the SMB share of customers are SMB segment
   * (Learn 2026); "share-under-1m" = SMB when TTM ACR is under $1M and more than that share is SMB
   * (third-party reading, RULES.md §4.2).
   */
  smbRule?: Sourced<"share" | "share-under-1m">;
  /** Without a CustomerSegment value, a customer is SMB-segment when its TTM ACR is at most this (required where the rule set classifies). */
  inferredSmbMaxTtmAcr?: Sourced<number>;
}

/** A track of an Azure designation: its metrics and its net-customer-add threshold. */
export interface AzureTrackRule extends GenericTrackRule {
  /** A tenant is an eligible customer with at least this ACR in a month (see settings.ncaMonths). */
  ncaMinMonthlyAcr: Sourced<number>;
}

/** 2026: how the partner is put in the Enterprise or the SMB track. */
export interface AzureClassificationRule {
  /** Share of customers (tenants with ACR in the as-of month) that must be SMB segment. */
  smbShare: Sourced<number>;
  /** CustomerSegment values that mean SMB, matched loosely (contained in the value). */
  smbSegmentWords: Sourced<string[]>;
  /** The "share-under-1m" reading: the partner's TTM ACR must be under this. */
  maxTtmAcr: Sourced<number>;
}

export interface AzureRuleSet extends RuleSetBase, WithAlternatives<AzureSettings> {
  designation: AzureDesignationId;
  /** Association types whose rows count, for every metric. */
  associations: Sourced<AssociationType[]>;
  /** Offer types whose rows do not count (matched loosely), when the export has an offer column. */
  excludedOffers: Sourced<string[]>;
  /** Services (ServiceLevel2) that are not deployments; matched loosely. */
  deploymentExcludedServices: Sourced<string[]>;
  /** Usage growth scores only when the baseline ACR is at least this. */
  growthMinBaselineAcr: Sourced<number>;
  /** 2026: Enterprise / SMB classification (absent on single-track rule sets). */
  classification?: AzureClassificationRule;
  tracks: AzureTrackRule[];
}

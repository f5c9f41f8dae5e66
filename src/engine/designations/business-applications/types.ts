import type { GenericTrackRule, RuleSetBase, Sourced, WithAlternatives, WorkloadRule } from "../../model/ruleTypes";

/** Business Applications puts a partner in one of two tracks (2022: Larger markets / Other markets). */
export type BizAppsTrackId = "enterprise" | "smb";

/**
 * Association types as the Business Applications rules name them. The pages tell CPOR sub-types
 * apart (RevRec, OSA and RevRec Performance count for net customer adds; OSU for customer success),
 * so the export's raw text is read into one of these (see associations.ts). "CPOR" is a row
 * whose text names no sub-type (settings.bareCporCounts says whether it counts).
 */
export type BizAppsAssociation =
  "CPOR RevRec" | "CPOR RevRec Performance" | "CPOR OSA" | "CPOR OSU" | "CPOR" | "CSP Tier 1" | "CSP Tier 2" | "CSP" | "DPOR" | "PAL" | "OTHER";

/**
 * Customer-success association rules differ by workload family: Dynamics 365 (except Customer
 * Insights) vs Power Platform and Customer Insights.
 */
export type WorkloadFamily = "dynamics" | "power-platform";

/** One row of the rate card (RULES.md §5.5): MCV = usage × rate. Export workload names map to it loosely. */
export interface RateCardEntry extends WorkloadRule {
  rate: number;
  /** What the usage column holds for this workload: monthly active users, or profiles (Customer Insights). */
  unit: "MAU" | "profiles";
  family: WorkloadFamily;
}

/** A revenue a tenant workload needs in one month: at least `min` (inclusive) or more than `min`. */
export interface RevenueThreshold {
  min: Sourced<number>;
  inclusive: boolean;
}

/**
 * Readings the sources leave open, each with a named alternative (`--option ID`) that changes it.
 * Partner Center's own scorecard settles them (`spd calibrate`).
 */
export interface BizAppsSettings {
  /** Net customer adds: the monthly revenue a tenant workload needs to count, per track. */
  ncaRevenue: Record<BizAppsTrackId, RevenueThreshold>;
  /**
   * A bare "CPOR" (the export names no sub-type) counts where the page names a CPOR sub-type: for net
   * customer adds and the classification (as RevRec / OSA) and for Dynamics 365 customer success (as
   * OSU). False: it counts nowhere, as the lists name only sub-types.
   */
  bareCporCounts: Sourced<boolean>;
  /** Supply Chain usage (which the rate card does not name) is Finance & Operations usage, 100 per MAU; false: it has no rate. */
  supplyChainAsFinanceOperations: Sourced<boolean>;
  /** Commerce usage (the rate card names Retail, Commerce's former name) is Retail usage, 100 per MAU; false: it has no rate. */
  commerceAsRetail: Sourced<boolean>;
  /**
   * Advanced certifications: points per person that replace a track's (the page prints 2.14 for
   * Enterprise, which the track reads as 15/7). Absent: the track's own.
   */
  advancedPointsPerPerson?: Partial<Record<BizAppsTrackId, Sourced<number>>>;
}

export interface BizAppsTrackRule extends GenericTrackRule {
  id: BizAppsTrackId;
  /** The track's history, e.g. "called Larger markets in 2022". */
  labelNote: Sourced<string>;
  /** A tenant workload is a deployment with at least this MCV in a month. */
  deploymentMinMcv: Sourced<number>;
  /** Usage growth scores only when the baseline month's MCV is at least this. */
  usageBaselineMinMcv: Sourced<number>;
}

/** Enterprise when at least `minUnits` tenant workloads have revenue above `revenueAbove` in both M and its baseline (M − trailing months). */
export interface BizAppsClassificationRule {
  minUnits: Sourced<number>;
  revenueAbove: Sourced<number>;
}

export interface BusinessApplicationsRuleSet extends RuleSetBase, WithAlternatives<BizAppsSettings> {
  designation: "business-applications";
  tracks: BizAppsTrackRule[];
  classification: BizAppsClassificationRule;
  /** Workloads of the revenue export that count for net customer adds and the classification. */
  ncaWorkloads: Sourced<WorkloadRule[]>;
  /** The MCV rate card; usage rows of workloads not on it add no MCV. */
  rateCard: Sourced<RateCardEntry[]>;
  associations: {
    /** Revenue rows under these count for net customer adds and the classification ("CPOR" only while settings.bareCporCounts). */
    netCustomerAdds: Sourced<BizAppsAssociation[]>;
    /** Usage rows count for usage growth and deployments under these, per workload family ("CPOR" only while settings.bareCporCounts). */
    customerSuccess: Record<WorkloadFamily, Sourced<BizAppsAssociation[]>>;
  };
  /** 2023: "CSP attribution is counted … however it is appearing as DPOR" (the warning says so). */
  cspShownAsDpor?: Sourced<boolean>;
}

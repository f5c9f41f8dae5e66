import type { AssociationType } from "../../parse/associations";
import type { GenericTrackRule, RuleSetBase, Sourced, WithAlternatives, WorkloadRule } from "../../model/ruleTypes";

/**
 * A range a tenant's value must fall in, as the rules word it: "at least" (≥), "greater than" (>),
 * "at most" / "between … and" (≤). Unset bounds are open.
 */
export interface Band {
  atLeast?: Sourced<number>;
  above?: Sourced<number>;
  atMost?: Sourced<number>;
}

/** The Azure half of a Security track: tenants are judged by their security ACR over the trailing months (trailingMonths). */
export interface SecurityAzureRule {
  /** Association types whose ACR counts (2023: PAL; 2026: PAL, CSP Tier 1/2). */
  associations: Sourced<AssociationType[]>;
  /** Net customer adds: an eligible customer's TTM ACR. */
  customer: Band;
  /** Deployments: a deployed tenant's TTM ACR. */
  deployment: Band;
  /** Usage growth: the tenants whose TTM ACR makes up Security ACR (null: the whole customer base). */
  growthTenants: Band | null;
}

/** The M365 half of a Security track: tenants are judged by the paid seats (PAU) of one eligible workload. */
export interface SecurityM365Rule {
  /** Association types whose rows count (2023: CPOR; 2026: CPOR, CSP Tier 1/2). */
  associations: Sourced<AssociationType[]>;
  /** Net customer adds: paid seats of at least one eligible workload in the month. */
  customer: Band;
  /** Deployments: paid seats of one eligible workload, with at least `activeShare` of them active. */
  deployment: { seats: Band; activeShare: Sourced<number> };
  /** Usage growth: tenants whose protected users count (null: every tenant with eligible rows). */
  growthTenants: Band | null;
}

export interface SecurityTrackRule extends GenericTrackRule {
  azure: SecurityAzureRule;
  m365: SecurityM365Rule;
}

/** Readings that can be switched by name (`--option ID`). */
export interface SecuritySettings {
  /**
   * 2026 SMB: "a customer tenant promoted to Enterprise remains eligible for SMB if it was classified
   * as SMB in the previous year". On by default in 2026 (RULES.md §3.4); off in 2023 (one track).
   * `security-smb-drops-promoted` turns it off (see docs/rules-security.md).
   */
  smbKeepsPromotedTenants: Sourced<boolean>;
}

export interface SecurityRuleSet extends RuleSetBase, WithAlternatives<SecuritySettings> {
  designation: "security";
  azureServices: Sourced<WorkloadRule[]>;
  /** Offer types whose ACR does not count ("All offers except Support, Internal, Benefit Program and Trial"). */
  excludedOffers: Sourced<string[]>;
  m365Workloads: Sourced<WorkloadRule[]>;
  tracks: SecurityTrackRule[];
}

import type { TenantExport } from "../../input/withoutTenants";
import type { DesignationId, TrackId } from "../ruleTypes";
import type { TrackEffect } from "../effects";
import type { TenantRef } from "../../input/tenantDirectory";

/**
 * How far below a threshold a tenant may be to be a near miss. Each is relative to the rule set's own
 * threshold, so a rule change moves the window with it.
 */
export interface NearMissWindows {
  /** Ratio points under the deployment ratio (0.1: 30 %–40 % when the ratio is 40 %). */
  usageRatio: number;
  /** Share under a paid-units threshold (0.2: 8–10 paid units under "more than 10"). */
  paidUnits: number;
  /** Share under an amount threshold: ACR, revenue, MCV (0.1: within 10 %). */
  amount: number;
}

export const DEFAULT_WINDOWS: NearMissWindows = { usageRatio: 0.1, paidUnits: 0.2, amount: 0.1 };

export type NearMissKind =
  /** Modern Work: MAU / paid units under the deployment ratio on an eligible workload. */
  | "deployment-ratio"
  /** Modern Work: paid units just under a track's "more than N paid units". */
  | "paid-units"
  /** Azure designations: monthly ACR just under the net-customer-add threshold. */
  | "azure-customer-acr"
  /** Security, Azure half: trailing-12-month security ACR just under a customer or deployment band. */
  | "security-azure-acr"
  /** Business Applications: a tenant workload's monthly revenue just under the net-customer-add threshold. */
  | "bizapps-revenue"
  /** Business Applications: a tenant workload's monthly consumption value just under the deployment threshold. */
  | "bizapps-mcv";

/** The rule a near miss is measured against, as the rule set has it. */
export interface NearMissThreshold {
  value: number;
  /** Where in the rule set: "deploymentRatio", "tracks[smb].paidUnits.above", … */
  rule: string;
  /** The rule set and the source id the value comes from, and its wording. */
  ruleSet: string;
  source: string;
  note?: string;
}

/** What crossing is worth to one designation: its score with the tenant over the threshold minus now. */
export interface NearMissWorth {
  designation: DesignationId;
  name: string;
  /** Change of the designation's total (the track that counts after the change, against the one now). */
  points: number;
  countingTrack: TrackId;
  /** Every track's change (metrics that move only). */
  tracks: TrackEffect[];
  text: string;
}

export interface NearMiss {
  kind: NearMissKind;
  tenant: TenantRef;
  /** The designations whose threshold it is (the three Azure designations share theirs). */
  designations: DesignationId[];
  /** The track(s) whose threshold it is ("single" for one-track rule sets). */
  tracks: TrackId[];
  /** The workload, service or month concerned ("Exchange (CSP)", "Sep-2025"). */
  item: string;
  threshold: NearMissThreshold;
  /** Where the tenant stands, in `unit`, and how much more crosses the threshold. */
  current: number;
  more: number;
  unit: string;
  /** Per designation that would move, largest gain first. */
  worth: NearMissWorth[];
  /** The largest gain on any one designation's total. */
  points: number;
  /** "Contoso: Exchange (CSP) has 34 of 100 paid units active (34 %); 6 more active users reach the 40 % deployment ratio: +2.5 points (…)". */
  text: string;
}

/** A near miss before its worth is known. */
export type NearMissCandidate = Omit<NearMiss, "worth" | "points" | "text" | "tenant"> & {
  /** Entry of the tenant in the directory, and how the scenario raises its rows. */
  entryKey: { exp: TenantExport; tenant: number };
  raises: Raise[];
  /** The first half of the text: what is short and by how much. */
  what: string;
};

/** A row of the tenant raised: a record replaced (by index into its export) or a row added. */
export interface Raise {
  exp: TenantExport;
  /** Index of the replaced record; absent for an added row. */
  index?: number;
  record: { tenant: number } & Record<string, unknown>;
}

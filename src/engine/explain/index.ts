/** Explain each tenant (issue 5): per-tenant effects on every metric, and near misses. */
export {
  explainTenants,
  type ExplainTenantsOptions,
  type TenantEffects,
  type TenantExplanation,
  type DesignationEffect,
  type DesignationRanking,
} from "./tenantEffects";
export type { MetricEffect, TrackEffect } from "./compare";
export type { TenantRef } from "../input/tenantDirectory";
export type { ExplainScoreOptions } from "./context";
export { TENANT_EXPORTS, withoutTenants, matchTenants, tenantMatchKey, type TenantExport } from "../input/withoutTenants";
export { findNearMisses, type NearMissOptions, type NearMisses } from "./nearMisses/nearMisses";
export { DEFAULT_WINDOWS, type NearMiss, type NearMissKind, type NearMissThreshold, type NearMissWindows, type NearMissWorth } from "../model/nearMiss/types";

import type { ParsedInput } from "../../input/collector";
import type { MonthIndex } from "../../parse/months";
import type { TrackResult } from "../../model/results";
import type { TrackId } from "../../model/ruleTypes";
import { metricResult, trackResult } from "../../model/trackResult";
import { qualificationOf } from "../../model/points";
import { addCounts, classifyCounts, tenantTerm, type ClassificationCounts } from "./classification";
import { readAzureConsumption, trailingSum, type AzureConsumption, type MonthlyAcr } from "./consumption";
import { atLeast, growthReader, isEligible, isExcludedService } from "./metrics";
import { growthResult } from "./score";
import { AMOUNT_TOLERANCE, bump } from "../../model/tally";
import type { TracksFromSums } from "../../model/module";
import type { AzureRuleSet } from "./types";

// As the metrics compare sums of cents (metrics.ts): a hair above zero is not ACR.
const EPSILON = AMOUNT_TOLERANCE;

/** One tenant's rows changed: its monthly ACR and segment after the change, and what it adds to services' windows. */
export interface TenantChange {
  tenant: number;
  /** Counted ACR per month after the change (undefined: the tenant is gone). */
  months: MonthlyAcr | undefined;
  segment: string;
  /**
   * ACR it adds to (negative: takes from) each service's trailing window, by service key. Added to the
   * window's sum, not month by month as the score sums it: the last bit may differ, and the window is
   * only ever compared with $0.
   */
  windows: Map<string, number>;
}

/**
 * The export's sums behind every metric a tenant moves, computed once: customers per month and
 * threshold, the customer base's ACR, each service's trailing window and the classification's counts.
 * Every metric is a sum of per-tenant terms or a count of services whose window stays above zero, so a
 * tenant changed (left out, or a row of it raised) changes its own terms only: linear in the export,
 * instead of the export scored again per change (test/engine/explain checks both agree).
 */
export function azureSums(input: ParsedInput, rules: AzureRuleSet, asOf: MonthIndex, given: TrackId | undefined, base: TrackResult[]) {
  const c: AzureConsumption = readAzureConsumption(input.azure!, rules, asOf);
  const trailing = rules.trailingMonths.value;
  const before = asOf - trailing;
  const basis = rules.settings.growthBasis.value;
  const mode = rules.settings.ncaMonths.value;
  const read = growthReader(basis, trailing);
  const eligible = (months: MonthlyAcr | undefined, month: MonthIndex, threshold: number) => isEligible(months, month, threshold, mode);
  // A tenant's part of the net customer adds: eligible at M minus eligible at the baseline.
  const addOf = (months: MonthlyAcr | undefined, threshold: number) => Number(eligible(months, asOf, threshold)) - Number(eligible(months, before, threshold));
  const adds = new Map(rules.tracks.map((t) => [t.id, 0]));
  for (const months of c.byTenant.values()) for (const t of rules.tracks) adds.set(t.id, adds.get(t.id)! + addOf(months, t.ncaMinMonthlyAcr.value));
  const excluded = rules.deploymentExcludedServices.value;
  const windows = new Map<string, number>();
  for (const [key, service] of c.byService) if (!isExcludedService(key, excluded)) windows.set(key, trailingSum(service.months, asOf, trailing));
  let deployedBase = 0;
  for (const w of windows.values()) if (w > EPSILON) deployedBase++;
  const term = rules.classification ? tenantTerm(rules, asOf) : null;
  const segmentOf = (tenant: number) => c.segments?.get(tenant) ?? "";
  const counts: ClassificationCounts = { customers: 0, smbCustomers: 0, inferredCustomers: 0, partnerTtm: 0 };
  if (term) for (const [tenant, months] of c.byTenant) addCounts(counts, term(months, segmentOf(tenant)), 1);
  const qualification = qualificationOf(rules.qualification);

  /**
   * `added`: the ACR the changes add to the customer base (negative: take away), month by month in the
   * order the score would add the rows: raised rows go at the end of the export, so the total is the
   * very double the score sums.
   */
  const tracksWith = (changes: readonly TenantChange[], added: readonly (readonly [MonthIndex, number])[]): TracksFromSums => {
    const addsWith = new Map(adds);
    const total = new Map(c.total);
    for (const [month, acr] of added) bump(total, month, acr);
    const countsWith = { ...counts };
    const windowsWith = new Map<string, number>();
    for (const change of changes) {
      const was = c.byTenant.get(change.tenant);
      for (const t of rules.tracks) {
        const threshold = t.ncaMinMonthlyAcr.value;
        addsWith.set(t.id, addsWith.get(t.id)! + addOf(change.months, threshold) - addOf(was, threshold));
      }
      if (term) {
        if (was) addCounts(countsWith, term(was, segmentOf(change.tenant)), -1);
        if (change.months) addCounts(countsWith, term(change.months, change.segment), 1);
      }
      for (const [key, acr] of change.windows)
        if (!isExcludedService(key, excluded)) windowsWith.set(key, (windowsWith.get(key) ?? windows.get(key) ?? 0) + acr);
    }
    let deployed = deployedBase;
    for (const [key, window] of windowsWith) deployed += Number(window > EPSILON) - Number((windows.get(key) ?? 0) > EPSILON);
    const now = read(total, asOf);
    const prior = read(total, before);
    const growth = { basis, baseline: prior, percent: prior > 0 ? ((now - prior) * 100) / prior : 0, scored: atLeast(prior, rules.growthMinBaselineAcr.value) };
    const tracks = rules.tracks.map((track) => {
      const was = base.find((t) => t.id === track.id)!;
      const metrics = track.metrics.map((metric) => {
        switch (metric.id) {
          case "net-customer-adds":
            return metricResult(metric, addsWith.get(track.id)!);
          case "usage-growth":
            return growthResult(metric, growth, rules, asOf);
          case "deployments":
            return metricResult(metric, deployed);
          default:
            // Certifications: no tenant moves them.
            return was.metrics.find((m) => m.id === metric.id)!;
        }
      });
      return trackResult(track, metrics, qualification);
    });
    const classification = term ? { track: classifyCounts(countsWith, c.segments !== null, rules, asOf, given).track } : undefined;
    return { tracks, ...(classification ? { classification } : {}) };
  };
  return { consumption: c, segmentOf, tracksWith };
}

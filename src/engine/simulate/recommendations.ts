import type { DesignationOutcome } from "../scoring/scoreDesignations";
import { qualificationOf } from "../model/points";
import { designationVerdict } from "../model/verdict";
import { microsoftCloud } from "../scoring/scoreDesignations";
import type { DesignationResult, Report } from "../model/results";
import type { DesignationId, MetricId, TrackId } from "../model/ruleTypes";
import { rescoreTrack, type UnitChange } from "../model/metricSpace";
import { UnknownRecommendationError } from "./recommendationError";

/**
 * One action from Partner Center's Recommendations view: a metric gap of one track, as units to add
 * ("10 more net customer adds: +20 points"). Ticking it adds the units to that metric lever.
 */
export interface Recommendation {
  /** "modern-work/smb/net-customer-adds/CSP": designation/track/metric[/lever]. */
  id: string;
  designation: DesignationId;
  designationName: string;
  track: TrackId;
  trackLabel: string;
  /** This track is the one that counts for the designation. */
  counting: boolean;
  metric: MetricId;
  metricLabel: string;
  /** Association type, part or certification step the units go to. */
  lever?: string;
  units: number;
  points: number;
  text: string;
}

const recommendationId = (d: string, t: string, m: string, lever?: string) => [d, t, m, ...(lever ? [lever] : [])].join("/");

/** Every actionable gap of every scored designation and track; gaps that units cannot close (a baseline minimum) are left out. */
export function recommendations(report: Report, outcomes: readonly DesignationOutcome[]): Recommendation[] {
  const list: Recommendation[] = [];
  for (const d of report.designations) {
    const rules = outcomes.find((o) => o.id === d.id)?.rules;
    if (!d.scored || !rules) continue;
    for (const track of d.tracks)
      for (const metric of track.metrics) {
        if (metric.blocked) continue;
        for (const gap of metric.gaps) {
          if (gap.points <= 0) continue;
          list.push({
            id: recommendationId(d.id, track.id, metric.id, gap.lever),
            designation: d.id,
            designationName: d.name,
            track: track.id,
            trackLabel: track.label,
            counting: track.id === d.countingTrack,
            metric: metric.id,
            metricLabel: metric.label,
            ...(gap.lever ? { lever: gap.lever } : {}),
            units: gap.more,
            points: gap.points,
            text: gap.text,
          });
        }
      }
  }
  return list;
}

/** Unit changes per designation and track. */
export type UnitChanges = Map<DesignationId, Map<TrackId, UnitChange[]>>;

/** The unit changes that ticking these recommendations makes. */
export function changesFor(available: readonly Recommendation[], ids: readonly string[]): UnitChanges {
  const changes: UnitChanges = new Map();
  for (const id of ids) {
    const r = available.find((x) => x.id === id);
    if (!r)
      throw new UnknownRecommendationError(
        `No recommendation "${id}". Known: ${available.map((x) => x.id).join(", ") || "(none: every metric is at full points)"}.`
      );
    let byTrack = changes.get(r.designation);
    if (!byTrack) changes.set(r.designation, (byTrack = new Map()));
    const list = byTrack.get(r.track) ?? [];
    list.push({ metric: r.metric, lever: r.lever, units: r.units });
    byTrack.set(r.track, list);
  }
  return changes;
}

/** The report with unit changes applied: tracks scored again, verdicts and the Microsoft Cloud line recomputed. */
export function withUnitChanges(report: Report, outcomes: readonly DesignationOutcome[], changes: UnitChanges): Report {
  const designations = report.designations.map((d): DesignationResult => {
    const byTrack = changes.get(d.id);
    const outcome = outcomes.find((o) => o.id === d.id);
    if (!byTrack || !outcome?.rules || !d.scored) return d;
    const rules = outcome.rules;
    const tracks = d.tracks.map((t) => {
      const own = byTrack.get(t.id);
      const rule = rules.tracks.find((r) => r.id === t.id);
      return own && rule ? rescoreTrack(rule, t, own, qualificationOf(rules.qualification)) : t;
    });
    const verdict = designationVerdict(rules, tracks, d.classification);
    return { ...d, tracks, countingTrack: verdict.counting.id, total: verdict.counting.total, status: verdict.status, qualified: verdict.qualified };
  });
  return { ...report, designations, microsoftCloud: microsoftCloud(designations) };
}

import type { TrackResult } from "../model/results";
import type { DesignationId, TrackChoice, TrackId } from "../model/ruleTypes";
import type { UnitChange } from "../model/metricSpace";
import type { EffortKind } from "./effort";

/**
 * One step of a plan: units added to one lever of one metric. It is a `UnitChange`, so a plan can be
 * handed to `rescoreTrack` or the simulator as it is.
 */
export interface PlanStep extends UnitChange {
  metricLabel: string;
  /** "CSP", "Azure", "Step 1": the association type, part or step, when the metric has several. */
  leverLabel?: string;
  kind: EffortKind;
  /** Effort of this step: weight × units / per. */
  cost: number;
  /** "2 intermediate certified people", "3 CSP deployments". */
  text: string;
}

interface PathBase {
  track: TrackId;
  trackLabel: string;
  minTotal: number;
  /** The track as it stands. */
  before: TrackResult;
  /** "Cheapest path: 2 intermediate certified people + 3 CSP deployments → 72 points". */
  text: string;
}

/** The track already has the minimum total and every metric above 0: nothing to add. */
export interface AlreadyQualified extends PathBase {
  outcome: "already-qualified";
  plan: [];
  cost: 0;
  after: TrackResult;
}

/** The least-effort units that qualify the track, and the track re-scored with them. */
export interface QualifyingPlan extends PathBase {
  outcome: "plan";
  /** In the track's metric order, then lever order. */
  plan: PlanStep[];
  /** Σ of the steps' costs. */
  cost: number;
  after: TrackResult;
}

/** No units can qualify the track (a metric that cannot score, or not enough points within reach). */
export interface NoPlan extends PathBase {
  outcome: "infeasible";
  plan: null;
  cost: null;
  after: null;
  /** Why, in words a partner admin can act on. */
  reason: string;
}

export type CheapestPath = AlreadyQualified | QualifyingPlan | NoPlan;

/** One track's path, flagged with whether qualifying that track qualifies the designation. */
export type TrackPath = CheapestPath & {
  /** The track that counts now (the report's `countingTrack`). */
  counting: boolean;
  /**
   * Qualifying this track qualifies the designation: every track where the best track counts
   * (Modern Work, 2026 Security) or the only one; the classified track only, where the partner is classified.
   */
  qualifiesDesignation: boolean;
};

export interface DesignationPaths {
  designation: DesignationId;
  name: string;
  trackChoice: TrackChoice;
  /** The report's `countingTrack`. */
  countingTrack: TrackId | null;
  /** Every scored track, in the report's order. */
  tracks: TrackPath[];
  /**
   * The least effort that qualifies the designation: the cheapest feasible path among the tracks that
   * qualify it; when none is feasible, the counting track's (with its reason).
   */
  cheapest: TrackPath | null;
  /** The cheapest path's line, with its track named where the designation has several: "SMB: Cheapest path: … → 72 points". */
  text: string;
}

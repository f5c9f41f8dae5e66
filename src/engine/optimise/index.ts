/** Cheapest path to qualification (issue 5): the least-effort units per metric lever that qualify a track. */
export { cheapestPath, pathText, type CheapestPathOptions } from "./cheapestPath";
export { cheapestPaths, type RulesUsed } from "./reportPaths";
export {
  DEFAULT_EFFORT_WEIGHTS,
  EFFORT_KINDS,
  EffortWeightError,
  effortCost,
  effortKindOf,
  effortWeights,
  type EffortKind,
  type EffortWeight,
  type EffortWeightEdits,
  type EffortWeights,
} from "./effort";
export type { AlreadyQualified, CheapestPath, DesignationPaths, NoPlan, PlanStep, QualifyingPlan, TrackPath } from "./types";

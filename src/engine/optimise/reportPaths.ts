import type { Report } from "../model/results";
import type { DesignationId, RuleSetBase } from "../model/ruleTypes";
import { cheapestPath, type CheapestPathOptions } from "./cheapestPath";
import type { DesignationPaths, TrackPath } from "./types";

/** What the runner needs of `ScoreAllResult.outcomes`: the rule set each designation was scored with. */
export interface RulesUsed {
  id: DesignationId;
  rules: RuleSetBase | null;
}

/** Among paths that qualify the designation: feasible first, then least effort, then the counting track. */
function cheaper(a: TrackPath, b: TrackPath): TrackPath {
  if ((a.cost === null) !== (b.cost === null)) return a.cost === null ? b : a;
  if (a.cost !== null && b.cost !== null && a.cost !== b.cost) return a.cost < b.cost ? a : b;
  return b.counting && !a.counting ? b : a;
}

/**
 * The cheapest path for every track of every scored designation of a report, with the rule sets it
 * was scored with (`scoreDesignations(...).outcomes`). Every track is planned, also the tracks a
 * classified partner is not in (flagged: qualifying them does not qualify the designation).
 */
export function cheapestPaths(report: Report, outcomes: readonly RulesUsed[], options: CheapestPathOptions = {}): DesignationPaths[] {
  const out: DesignationPaths[] = [];
  for (const d of report.designations) {
    const rules = outcomes.find((o) => o.id === d.id)?.rules;
    if (!d.scored || !rules) continue;
    const minTotal = rules.qualification.minTotal.value;
    const tracks: TrackPath[] = [];
    for (const track of d.tracks) {
      const rule = rules.tracks.find((t) => t.id === track.id);
      if (!rule) continue;
      const counting = track.id === d.countingTrack;
      const qualifiesDesignation = d.trackChoice !== "classified" || counting;
      tracks.push({ ...cheapestPath(rule, track, minTotal, options), counting, qualifiesDesignation });
    }
    const eligible = tracks.filter((t) => t.qualifiesDesignation);
    const feasible: TrackPath[] = eligible.filter((t) => t.outcome !== "infeasible");
    const cheapest = feasible.length ? feasible.reduce(cheaper) : (eligible.find((t) => t.counting) ?? eligible[0] ?? null);
    const text = !cheapest ? "" : tracks.length > 1 ? `${cheapest.trackLabel}: ${cheapest.text}` : cheapest.text;
    out.push({ designation: d.id, name: d.name, trackChoice: d.trackChoice, countingTrack: d.countingTrack, tracks, cheapest, text });
  }
  return out;
}

import type { TrackResult } from "./results";
import type { RuleSetBase, TrackId } from "./ruleTypes";
import type { TrackStatus } from "./points";

export interface Verdict {
  /** The track that counts: the classified one, else the higher total. */
  counting: TrackResult;
  qualified: boolean;
  status: TrackStatus;
}

/**
 * Which track counts and whether the designation qualifies. Where every track is scored ("best"),
 * qualifying on any track qualifies the designation; a classified partner has only its own track.
 */
export function designationVerdict(rules: RuleSetBase, tracks: TrackResult[], classification?: { track: TrackId }): Verdict {
  let counting = tracks.reduce((a, b) => (b.total > a.total ? b : a));
  if (rules.trackChoice.value === "classified" && classification) counting = tracks.find((t) => t.id === classification.track) ?? counting;
  const qualified = rules.trackChoice.value === "best" ? tracks.some((t) => t.status === "Qualified") : counting.status === "Qualified";
  return { counting, qualified, status: qualified ? "Qualified" : counting.status };
}

import type { DesignationId } from "../../engine";
import type { Anniversaries, ScoreRequest } from "../service";

/** The saved dates with one designation's changed; an empty date removes it (not enrolled). */
export function withAnniversary(saved: Anniversaries, id: DesignationId, date: string | undefined): Anniversaries {
  const next: Anniversaries = { ...saved };
  if (date?.trim()) next[id] = date.trim();
  else delete next[id];
  return next;
}

/** What Score sends: the request, today, and the per-designation dates only when there are any (requests stay as they were without). */
export function scoreRequestWith(request: ScoreRequest, anniversaries: Anniversaries, today: string): ScoreRequest {
  return { ...request, ...(Object.keys(anniversaries).length ? { anniversaries } : {}), today };
}

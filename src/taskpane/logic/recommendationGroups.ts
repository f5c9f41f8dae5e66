import type { DesignationId, Recommendation, TrackId } from "../../engine";

export interface TrackGroup {
  track: TrackId;
  label: string;
  /** The track that counts for the designation now. */
  counting: boolean;
  items: Recommendation[];
}

export interface DesignationGroup {
  designation: DesignationId;
  name: string;
  tracks: TrackGroup[];
}

/** Recommendations per designation (report order) and track, the track that counts first. */
export function groupRecommendations(list: readonly Recommendation[]): DesignationGroup[] {
  const groups: DesignationGroup[] = [];
  for (const r of list) {
    let d = groups.find((g) => g.designation === r.designation);
    if (!d) groups.push((d = { designation: r.designation, name: r.designationName, tracks: [] }));
    let t = d.tracks.find((g) => g.track === r.track);
    if (!t) d.tracks.push((t = { track: r.track, label: r.trackLabel, counting: r.counting, items: [] }));
    t.items.push(r);
  }
  for (const d of groups) d.tracks.sort((a, b) => Number(b.counting) - Number(a.counting));
  return groups;
}

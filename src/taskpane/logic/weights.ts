import { DEFAULT_EFFORT_WEIGHTS, type EffortKind, type EffortWeightEdits } from "../../engine";

/** The weight the editor shows: the user's edit, else the default. */
export function weightOf(edits: EffortWeightEdits | undefined, kind: EffortKind): number {
  const edit = edits?.[kind];
  if (typeof edit === "number") return edit;
  return edit?.weight ?? DEFAULT_EFFORT_WEIGHTS[kind].weight;
}

/** The edits with one weight changed; a weight back at its default is dropped, so an unedited pane sends none. */
export function withWeight(edits: EffortWeightEdits | undefined, kind: EffortKind, weight: number): EffortWeightEdits | undefined {
  const next: EffortWeightEdits = { ...edits };
  if (weight === DEFAULT_EFFORT_WEIGHTS[kind].weight) delete next[kind];
  else next[kind] = weight;
  return Object.keys(next).length ? next : undefined;
}

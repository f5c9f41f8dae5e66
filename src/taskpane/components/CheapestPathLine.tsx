import * as React from "react";
import { Caption1, Text } from "@fluentui/react-components";
import type { DesignationPaths, TrackPath } from "../../engine";

/** The plan of the track that counts ("Cheapest path: … → 72 points"), and a cheaper track's when there is one. */
export function CheapestPathLine({ paths }: { paths: DesignationPaths }) {
  const counting = paths.tracks.find((t) => t.counting) ?? paths.cheapest;
  if (!counting) return null;
  const other: TrackPath | null =
    paths.cheapest && paths.cheapest !== counting && paths.cheapest.outcome === "plan" && counting.outcome !== "already-qualified" ? paths.cheapest : null;
  return (
    <div>
      <Text weight="semibold">{counting.text}</Text>
      {other && (
        <Caption1 block>
          Less effort through the {other.trackLabel} track: {other.text.replace(/^Cheapest path: /, "")}
        </Caption1>
      )}
    </div>
  );
}

import type { CertificationCounts } from "./module";
import type { Warning } from "./results";

/**
 * What every designation says about its certification counts, with one code each: no skilling export
 * and no typed counts (its certification metrics score 0), or typed counts that replace the export's.
 * `levels` are the certification levels the designation's rules score ("intermediate", "advanced");
 * `stepped`: its certification metrics have prerequisite steps, which typed counts take as met.
 */
export function skillingWarnings(
  shortName: string,
  hasSkilling: boolean,
  counts: CertificationCounts,
  levels: readonly ("intermediate" | "advanced")[],
  stepped = true
): Warning[] {
  const given = levels.some((level) => counts[level] !== undefined);
  const metrics = levels.length > 1 ? "its certification metrics score" : "its certification metric scores";
  if (!hasSkilling && !given)
    return [
      {
        code: "no-skilling",
        message: `${shortName}: no skilling export and no certified-people counts: ${metrics} 0. Add the skilling export or give the counts.`,
      },
    ];
  if (hasSkilling && given)
    return [
      {
        code: "counts-override-skilling",
        message: `${shortName}: certified-people counts given as options replace those from the skilling export${stepped ? " (prerequisite steps taken as met)" : ""}.`,
      },
    ];
  return [];
}

import type { DesignationResult, Observation, ScoreAllResult } from "../../../src/engine";

/** Rounds as Partner Center prints: percentages and points to 2 decimals, dollars to the dollar, counts whole. */
const printed = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

export function designationOf(result: ScoreAllResult, id: string): DesignationResult {
  const d = result.report.designations.find((x) => x.id === id);
  if (!d) throw new Error(`no designation ${id}`);
  return d;
}

/**
 * What a partner would type after reading a designation's scorecard: every metric's Progress (per
 * association type or part where it has one), rounded as printed. `decimals` per metric for the
 * non-count values (Azure and Business Applications growth are percentages, Security's Azure growth is USD).
 */
export function observationsFrom(d: DesignationResult, only?: { tracks?: string[]; metrics?: string[] }): Observation[] {
  const out: Observation[] = [];
  for (const t of d.tracks) {
    if (only?.tracks && !only.tracks.includes(t.id)) continue;
    for (const m of t.metrics) {
      if (only?.metrics && !only.metrics.includes(m.id)) continue;
      const base = { designation: d.id, track: t.id, metric: m.id, kind: "value" as const };
      if (typeof m.value === "number") out.push({ ...base, value: printed(m.value, 2) });
      else for (const [part, v] of Object.entries(m.value)) out.push({ ...base, part, value: printed(v, part === "azure" && m.id === "usage-growth" ? 0 : 2) });
    }
  }
  return out;
}

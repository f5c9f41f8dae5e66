import type { Recommendation, Scenario } from "../../engine";

/**
 * A saved scenario ready to edit again: ticks of recommendations that no longer exist (their gap has
 * closed since it was saved, or the rules changed) are dropped, and counted so the pane can say so.
 */
export function reopenScenario(saved: Scenario, available: readonly Recommendation[]): { scenario: Scenario; dropped: number } {
  const ids = new Set(available.map((r) => r.id));
  const recommendations = saved.recommendations.filter((id) => ids.has(id));
  return {
    scenario: {
      name: saved.name,
      customers: [...saved.customers],
      certifications: [...saved.certifications],
      exclude: [...saved.exclude],
      recommendations,
    },
    dropped: saved.recommendations.length - recommendations.length,
  };
}

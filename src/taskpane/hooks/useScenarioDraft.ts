import { useCallback, useState } from "react";
import type { HypotheticalCertification, HypotheticalCustomer, Scenario } from "../../engine";

export const NEW_SCENARIO: Scenario = { name: "", customers: [], certifications: [], exclude: [], recommendations: [] };

/** The scenario being put together: ticked recommendations, added customers and certifications, tenants left out. */
export function useScenarioDraft() {
  const [scenario, setScenario] = useState<Scenario>(NEW_SCENARIO);
  const update = useCallback((change: (s: Scenario) => Scenario) => setScenario(change), []);

  return {
    scenario,
    setName: useCallback((name: string) => update((s) => ({ ...s, name })), [update]),
    tick: useCallback(
      (id: string, on: boolean) =>
        update((s) => ({ ...s, recommendations: on ? [...s.recommendations.filter((x) => x !== id), id] : s.recommendations.filter((x) => x !== id) })),
      [update]
    ),
    addCustomer: useCallback((c: HypotheticalCustomer) => update((s) => ({ ...s, customers: [...s.customers, c] })), [update]),
    removeCustomer: useCallback((index: number) => update((s) => ({ ...s, customers: s.customers.filter((_, i) => i !== index) })), [update]),
    addCertification: useCallback((c: HypotheticalCertification) => update((s) => ({ ...s, certifications: [...s.certifications, c] })), [update]),
    removeCertification: useCallback((index: number) => update((s) => ({ ...s, certifications: s.certifications.filter((_, i) => i !== index) })), [update]),
    addExclude: useCallback((tenant: string) => update((s) => ({ ...s, exclude: [...s.exclude, tenant] })), [update]),
    removeExclude: useCallback((index: number) => update((s) => ({ ...s, exclude: s.exclude.filter((_, i) => i !== index) })), [update]),
    /** Ticks whose recommendation is gone after scoring again are dropped: the simulator would reject them. */
    keepRecommendations: useCallback(
      (ids: ReadonlySet<string>) =>
        update((s) => (s.recommendations.every((id) => ids.has(id)) ? s : { ...s, recommendations: s.recommendations.filter((id) => ids.has(id)) })),
      [update]
    ),
    load: useCallback((next: Scenario) => setScenario(next), []),
    reset: useCallback(() => setScenario(NEW_SCENARIO), []),
  };
}

export type ScenarioDraft = ReturnType<typeof useScenarioDraft>;

import type { Catalogue } from "./customerDraft";

export interface OptionGroupSpec {
  label: string;
  options: string[];
}

/**
 * The workload picker's groups, narrowed to what contains the typed text; every option while the box is
 * empty or holds an option exactly (so reopening the list after a choice shows them all).
 */
export function workloadGroups(catalogue: Catalogue, typed: string): OptionGroupSpec[] {
  const groups: OptionGroupSpec[] = [
    { label: "M365 workloads", options: catalogue.m365Workloads },
    { label: "Azure services", options: catalogue.azureServices },
    { label: "Business Applications workloads", options: catalogue.bizAppsWorkloads },
  ];
  const t = typed.trim().toLowerCase();
  const exact = groups.some((g) => g.options.some((o) => o.toLowerCase() === t));
  if (!t || exact) return groups;
  return groups.map((g) => ({ ...g, options: g.options.filter((o) => o.toLowerCase().includes(t)) })).filter((g) => g.options.length);
}

/** Certification names narrowed the same way. */
export function matchingNames(names: readonly string[], typed: string): string[] {
  const t = typed.trim().toLowerCase();
  if (!t || names.some((n) => n.toLowerCase() === t)) return [...names];
  return names.filter((n) => n.toLowerCase().includes(t));
}

import type { DesignationId } from "./ruleTypes";

/**
 * Each designation's names, in the order Partner Center lists them. The designation modules take their
 * names from here, and the pane's page reads them without the modules (and their rules) behind them.
 */
const TITLES: readonly { id: DesignationId; name: string; shortName: string }[] = [
  { id: "data-ai", name: "Solutions Partner for Data & AI (Azure)", shortName: "Data & AI" },
  { id: "infrastructure", name: "Solutions Partner for Infrastructure (Azure)", shortName: "Infrastructure" },
  { id: "digital-app-innovation", name: "Solutions Partner for Digital & App Innovation (Azure)", shortName: "Digital & App Innovation" },
  { id: "business-applications", name: "Solutions Partner for Business Applications", shortName: "Business Applications" },
  { id: "modern-work", name: "Solutions Partner for Modern Work", shortName: "Modern Work" },
  { id: "security", name: "Solutions Partner for Security", shortName: "Security" },
];

/** Partner Center's order (the registry lists the modules in the same order, test/engine/designations/names.test.ts). */
export const ALL_DESIGNATION_IDS: readonly DesignationId[] = TITLES.map((d) => d.id);

export const DESIGNATION_NAMES = Object.fromEntries(TITLES.map((d) => [d.id, d.name])) as Record<DesignationId, string>;

/** "Data & AI", "Modern Work": the names warnings and lists use. */
export const DESIGNATION_SHORT_NAMES = Object.fromEntries(TITLES.map((d) => [d.id, d.shortName])) as Record<DesignationId, string>;

/** A module's name and short name. */
export function titleOf(id: DesignationId): { name: string; shortName: string } {
  return { name: DESIGNATION_NAMES[id], shortName: DESIGNATION_SHORT_NAMES[id] };
}

import type { DesignationId } from "../rules/types";

export const ALL_DESIGNATION_IDS: readonly DesignationId[] = [
  "data-ai",
  "infrastructure",
  "digital-app-innovation",
  "business-applications",
  "modern-work",
  "security",
];

export const DESIGNATION_NAMES: Record<DesignationId, string> = {
  "data-ai": "Solutions Partner for Data & AI (Azure)",
  infrastructure: "Solutions Partner for Infrastructure (Azure)",
  "digital-app-innovation": "Solutions Partner for Digital & App Innovation (Azure)",
  "business-applications": "Solutions Partner for Business Applications",
  "modern-work": "Solutions Partner for Modern Work",
  security: "Solutions Partner for Security",
};

/** "Data & AI", "Modern Work": the names warnings and lists use. */
export const DESIGNATION_SHORT_NAMES = Object.fromEntries(
  Object.entries(DESIGNATION_NAMES).map(([id, name]) => [id, name.replace(/^Solutions Partner for /, "").replace(/ \(Azure\)$/, "")]),
) as Record<DesignationId, string>;

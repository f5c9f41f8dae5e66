import type { DesignationId } from "../model/ruleTypes";
import { DESIGNATIONS } from "./registry";

/** Partner Center's order, as the registry lists the modules. */
export const ALL_DESIGNATION_IDS: readonly DesignationId[] = DESIGNATIONS.map((d) => d.id);

export const DESIGNATION_NAMES = Object.fromEntries(DESIGNATIONS.map((d) => [d.id, d.name])) as Record<DesignationId, string>;

/** "Data & AI", "Modern Work": the names warnings and lists use. */
export const DESIGNATION_SHORT_NAMES = Object.fromEntries(DESIGNATIONS.map((d) => [d.id, d.shortName])) as Record<DesignationId, string>;

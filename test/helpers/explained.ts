import type { DesignationRanking, NearMiss } from "../../src/engine";
import type { DesignationId } from "../../src/engine";
import type { ExplainedGroup } from "../../src/taskpane/service";
import { azureTogether } from "../../src/taskpane/logic/designationGroups";
import { customerRows, firstCustomers, firstNearMisses, nearMissRows, type CustomerEffectRow, type NearMissRow } from "../../src/taskpane/logic/explainGroups";

/**
 * What the pane lists when every designation is explained at once (the engine's explainTenants and
 * findNearMisses), grouped as the pane groups them: what the worker's explanation, a group at a time,
 * must equal.
 */
export interface GroupRows {
  name: string;
  ids: DesignationId[];
  customers: CustomerEffectRow[];
  nearMisses: NearMissRow[];
}

export function groupRows(designations: readonly DesignationRanking[], nearMisses: readonly NearMiss[]): GroupRows[] {
  return azureTogether(
    designations,
    (d) => d.designation,
    (d) => d.name
  ).map((g) => ({ name: g.name, ids: g.ids, customers: customerRows(g.items), nearMisses: nearMissRows(nearMisses, g.ids) }));
}

/** A group as the pane is first sent it. */
export function firstRows(group: GroupRows): ExplainedGroup {
  return { name: group.name, ids: group.ids, ...firstCustomers(group.customers), ...firstNearMisses(group.nearMisses) };
}

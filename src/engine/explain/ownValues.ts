import type { TenantEntry } from "../input/tenantDirectory";
import { indicesOf } from "../input/tenantDirectory";
import type { DesignationId } from "../model/ruleTypes";
import { moduleOf } from "../designations/registry";
import type { ExplainContext } from "./context";
import { valuesAlone, type TrackValues } from "./scenario";
import { singleTenantInput } from "./singleTenant";

type Terms = (tenants: ReturnType<typeof indicesOf>) => TrackValues;

/** Per explain context and designation: the module's tenant terms, read from the base score when first asked for. */
const made = new WeakMap<ExplainContext, Map<DesignationId, Terms | undefined>>();

function termsOf(ctx: ExplainContext, id: DesignationId): Terms | undefined {
  let byId = made.get(ctx);
  if (!byId) made.set(ctx, (byId = new Map()));
  if (!byId.has(id)) {
    const d = ctx.designations.find((x) => x.id === id);
    byId.set(id, d ? moduleOf(id).tenantTerms?.(ctx.input, d.rules as never, d.score) : undefined);
  }
  return byId.get(id);
}

/**
 * A customer's own tenant-metric values in separable designations: read from the base score's terms
 * where the module has them (nothing scored), otherwise its rows computed alone.
 */
export function ownValues(ctx: ExplainContext, entry: TenantEntry, ids: readonly DesignationId[]): Map<DesignationId, TrackValues> {
  const out = new Map<DesignationId, TrackValues>();
  const alone: DesignationId[] = [];
  for (const id of ids) {
    const terms = termsOf(ctx, id);
    if (terms) out.set(id, terms(indicesOf(entry)));
    else alone.push(id);
  }
  if (alone.length) for (const [id, values] of valuesAlone(ctx, singleTenantInput(ctx.input, entry), alone)) out.set(id, values);
  return out;
}

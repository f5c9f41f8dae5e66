import type { TenantEntry } from "../input/tenantDirectory";
import { indicesOf } from "../input/tenantDirectory";
import type { DesignationId } from "../model/ruleTypes";
import type { DesignationScore } from "../model/module";
import { moduleOf } from "../designations/registry";
import type { ExplainContext } from "./context";
import { valuesAlone, type TrackValues } from "./scenario";
import { singleTenantInput } from "./singleTenant";

type Terms = (tenants: ReturnType<typeof indicesOf>) => TrackValues;

/**
 * Per base score of a designation: the module's tenant terms, read from it when first asked for (one
 * pass over the export's services), kept while the score is: the customer view explains one customer at
 * a time, each in a context of its own, from the same base.
 */
const made = new WeakMap<DesignationScore, Terms | null>();

function termsOf(ctx: ExplainContext, id: DesignationId): Terms | undefined {
  const d = ctx.designations.find((x) => x.id === id);
  if (!d) return undefined;
  let terms = made.get(d.score);
  if (terms === undefined) made.set(d.score, (terms = moduleOf(id).tenantTerms?.(ctx.input, d.rules as never, d.score) ?? null));
  return terms ?? undefined;
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

import type { DesignationModule, TracksFromSums } from "../model/module";
import type { DesignationId, TrackId } from "../model/ruleTypes";
import type { MonthIndex } from "../parse/months";
import type { TrackResult } from "../model/results";
import { moduleOf } from "../designations/registry";
import { parseIsoMonth } from "../parse/months";
import { designationVerdict } from "../model/verdict";
import type { ExplainContext } from "./context";
import type { ScoredVariant } from "./scenario";

type SumsHook<A> = (
  module: DesignationModule,
  input: ExplainContext["input"],
  rules: never,
  context: { asOf: MonthIndex; track?: TrackId },
  base: TrackResult[]
) => ((change: A) => TracksFromSums | null) | undefined;

/**
 * Per designation whose module computes its tracks under a change from sums kept once (tenants left
 * out, rows raised): that computation, made when first asked for and turned into a scenario with the
 * designation's verdict. Undefined for a designation without one; a scenario of null when the module
 * cannot tell for that change (the caller scores again).
 */
export function scorersFromSums<A>(ctx: ExplainContext, hook: SumsHook<A>): (id: DesignationId) => ((change: A) => ScoredVariant | null) | undefined {
  const made = new Map<DesignationId, ((change: A) => ScoredVariant | null) | undefined>();
  return (id) => {
    if (made.has(id)) return made.get(id);
    const d = ctx.designations.find((x) => x.id === id)!;
    const track = ctx.options.tracks?.[id];
    const compute = hook(moduleOf(id), ctx.input, d.rules as never, { asOf: parseIsoMonth(d.asOf)!, ...(track ? { track } : {}) }, d.result.tracks);
    const scorer = compute
      ? (change: A) => {
          const r = compute(change);
          if (!r) return null;
          const v = designationVerdict(d.rules, r.tracks, r.classification ?? d.score.classification);
          return { tracks: r.tracks, counting: v.counting.id, total: v.counting.total, qualified: v.qualified };
        }
      : undefined;
    made.set(id, scorer);
    return scorer;
  };
}

/** The designations' scenarios under one change from their sums, where they have them; the rest to be scored again. */
export function scenariosFromSums<A>(
  ids: readonly DesignationId[],
  scorer: ((id: DesignationId) => ((change: A) => ScoredVariant | null) | undefined) | null,
  change: A
): { fromSums: Map<DesignationId, ScoredVariant>; again: DesignationId[] } {
  const fromSums = new Map<DesignationId, ScoredVariant>();
  const again: DesignationId[] = [];
  for (const id of ids) {
    const scenario = scorer?.(id)?.(change);
    if (scenario) fromSums.set(id, scenario);
    else again.push(id);
  }
  return { fromSums, again };
}

import type { ParsedInput } from "../../input/collector";
import { matchTenants, TENANT_EXPORTS } from "../../input/withoutTenants";
import { moduleOf } from "../../designations/registry";
import type { NearMissFinder } from "../../model/module";
import { explainContext, type DesignationBase, type ExplainContext, type ExplainScoreOptions } from "../context";
import { tenantLabel } from "../tenantEffects";
import { signedPoints } from "../../model/text";
import { DEFAULT_WINDOWS, type NearMiss, type NearMissCandidate, type NearMissWindows, type NearMissWorth } from "../../model/nearMiss/types";
import { worthContext, worthOf } from "./worth";

export interface NearMissOptions extends ExplainScoreOptions {
  /** How far below a threshold counts as near (defaults: 10 ratio points, 20 % of paid units, 10 % of an amount). */
  windows?: Partial<NearMissWindows>;
  /** Only these tenants (ids or names, case and spaces ignored). */
  tenants?: string[];
  /**
   * "auto" (default): designations that are not separable priced from their exports' sums where their
   * module can (rowsRaised). "rescore": those scored again per near miss (slower; the definition the
   * sums must agree with). Modern Work and Security are priced from the tenant's own rows either way.
   */
  method?: "auto" | "rescore";
}

export interface NearMisses {
  /** Largest worth first. */
  nearMisses: NearMiss[];
  windows: NearMissWindows;
  /** Scorings run to price them: whole exports scored again, and single tenants scored alone. */
  stats: { rescores: number; tenantScores: number };
}

/** Each module's finder, called once with every scored designation that shares it. */
function candidates(ctx: ExplainContext, windows: NearMissWindows): NearMissCandidate[] {
  const byFinder = new Map<NearMissFinder, DesignationBase[]>();
  for (const d of ctx.designations) {
    const finder = moduleOf(d.id).nearMisses;
    if (finder) byFinder.set(finder, [...(byFinder.get(finder) ?? []), d]);
  }
  return [...byFinder].flatMap(([finder, ds]) => finder.find(ctx, ds, windows));
}

/** Designations that move alike are named together ("Data & AI, Infrastructure: 0 points, …"). */
function pricedText(worth: NearMissWorth[]): string {
  const byBody = new Map<string, string[]>();
  for (const x of worth) {
    const body = x.text.slice(x.text.indexOf(": ") + 2);
    byBody.set(body, [...(byBody.get(body) ?? []), x.text.slice(0, x.text.indexOf(": "))]);
  }
  return [...byBody].map(([body, names]) => `${names.join(", ")}: ${body}`).join("; ");
}

/**
 * Tenants just below a threshold, each with what crossing it is worth: the score with the tenant's
 * rows raised just over the threshold, against the score now, for every designation those rows feed.
 * Thresholds come from the rule sets in force; the windows say how near is near.
 */
export function findNearMisses(input: ParsedInput, options: NearMissOptions = {}): NearMisses {
  const ctx = explainContext(input, options);
  const windows = { ...DEFAULT_WINDOWS, ...options.windows };
  let wanted: Set<object> | null = null;
  if (options.tenants) {
    const match = matchTenants(input, options.tenants);
    wanted = new Set();
    for (const exp of TENANT_EXPORTS) for (const i of match.indices[exp] ?? []) wanted.add(ctx.directory.entryOf(exp, i)!);
  }
  const w = worthContext(ctx, options.method);
  const nearMisses: NearMiss[] = [];
  for (const c of candidates(ctx, windows)) {
    const entry = ctx.directory.entryOf(c.entryKey.exp, c.entryKey.tenant);
    if (!entry || (wanted && !wanted.has(entry))) continue;
    const worth = worthOf(w, entry, c.raises);
    const points = worth.reduce((best, x) => Math.max(best, x.points), 0);
    const priced = worth.length ? pricedText(worth) : "no metric moves";
    nearMisses.push({
      kind: c.kind,
      tenant: entry.ref,
      designations: c.designations,
      tracks: c.tracks,
      item: c.item,
      threshold: c.threshold,
      current: c.current,
      more: c.more,
      unit: c.unit,
      worth,
      points,
      text: `${tenantLabel(entry.ref)}: ${c.what}: ${signedPoints(points)} (${priced})`,
    });
  }
  const gap = (n: NearMiss) => (n.threshold.value ? n.more / n.threshold.value : n.more);
  nearMisses.sort((a, b) => b.points - a.points || gap(a) - gap(b) || tenantLabel(a.tenant).localeCompare(tenantLabel(b.tenant)));
  return { nearMisses, windows, stats: ctx.stats };
}

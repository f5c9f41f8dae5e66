import type { DesignationEffect, DesignationId, DesignationRanking, NearMiss } from "../../engine";
import type { ExplainedGroup } from "../service";
import { effectLines, nearMissWhat, nearMissWorth, worthLines } from "./effectLines";

/*
 * "Customers by effect" as the pane lists it, worked out where the explanations are (the engine's
 * worker): at a million rows they are tens of thousands of customers, too many to send to the pane
 * or to draw at once. The pane gets a group's first rows and asks for more.
 */

/** Rows a group shows first, and how many more each "Show more" brings. */
export const FIRST_ROWS = 10;
export const MORE_ROWS = 100;

/** One customer's row: the largest effect on a group member's counting track, and what moves. */
export interface CustomerEffectRow {
  key: string;
  name: string;
  points: number;
  /** One set of lines when every designation of the group says the same; else per designation, named. */
  lines: string[];
}

export interface NearMissRow {
  key: string;
  /** "Contoso: 3 more active users of Teams". */
  text: string;
  /** What it would be worth to the group (its best designation). */
  points: number;
  /** What crossing moves on the counting track ("Net customer adds +1: 0 pts, already at full points"), merged as a customer's lines are. */
  lines: string[];
}

/** One set of lines when every designation says the same; else each designation's, named. */
function mergedLines(per: readonly { name: string; lines: string[] }[]): string[] {
  const same = per.every((p) => JSON.stringify(p.lines) === JSON.stringify(per[0].lines));
  return same ? (per[0]?.lines ?? []) : per.flatMap((p) => p.lines.map((l) => `${p.name}: ${l}`));
}

/** A group's customers: one row per customer, the Azure designations' lines merged where equal. */
export function customerRows(rankings: readonly DesignationRanking[]): CustomerEffectRow[] {
  const byTenant = new Map<string, DesignationEffect[]>();
  for (const ranking of rankings)
    for (const e of ranking.tenants) {
      const seen = byTenant.get(e.tenant.key);
      if (seen) seen.push(e);
      else byTenant.set(e.tenant.key, [e]);
    }
  const out: CustomerEffectRow[] = [];
  for (const [key, effects] of byTenant) {
    const lines = mergedLines(effects.map((e) => ({ name: e.name, lines: effectLines(e) })));
    const points = effects.reduce((best, e) => (Math.abs(e.points) > Math.abs(best) ? e.points : best), 0);
    out.push({ key, name: effects[0].tenant.name || key, points, lines: lines.length ? lines : ["No metric moves with it"] });
  }
  // Largest effect either way first; a stable sort keeps the engine's order (ties by units moved) where equal.
  return out.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

/**
 * A group's near misses, worth most first. Found with every designation scored: a designation's finder
 * is shared (Modern Work and Security read one export), and a near miss names every designation it feeds.
 */
export function nearMissRows(nearMisses: readonly NearMiss[], ids: readonly DesignationId[]): NearMissRow[] {
  return nearMisses
    .filter((m) => m.designations.some((id) => ids.includes(id)))
    .map((m) => ({ m, points: nearMissWorth(m, ids) }))
    .sort((a, b) => b.points - a.points)
    .map(({ m, points }, i) => ({
      key: `${m.tenant.key}-${m.kind}-${m.item}-${i}`,
      text: `${m.tenant.name || m.tenant.key}: ${nearMissWhat(m)}`,
      points,
      lines: mergedLines(m.worth.filter((w) => ids.includes(w.designation)).map((w) => ({ name: w.name, lines: worthLines(w) }))),
    }));
}

/** What the pane is sent of a group's customers at first: the first rows and how many there are. */
export function firstCustomers(rows: readonly CustomerEffectRow[]): Pick<ExplainedGroup, "customers" | "customerCount"> {
  return { customers: rows.slice(0, FIRST_ROWS), customerCount: rows.length };
}

/** And of its near misses. */
export function firstNearMisses(rows: readonly NearMissRow[]): Pick<ExplainedGroup, "nearMisses" | "nearMissCount"> {
  return { nearMisses: rows.slice(0, FIRST_ROWS), nearMissCount: rows.length };
}

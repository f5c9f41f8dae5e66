import { parseIsoMonth } from "../../engine";
import { month } from "./formats";

/** Partner Center's exports lag about a month; more than this many months behind today, they are out of date. */
export const STALE_AFTER_MONTHS = 2;

/**
 * "Your exports end Oct-2025; download current exports from Partner Center Insights." when the
 * exports' last month is more than two months before today's month (YYYY-MM-DD), else null: the
 * renewal status is about today, and months the exports lack cannot count toward it.
 */
export function staleExportsText(exportsEnd: string | null | undefined, today: string): string | null {
  const end = exportsEnd ? parseIsoMonth(exportsEnd) : null;
  const now = parseIsoMonth(today.slice(0, 7));
  if (end === null || now === null || now - end <= STALE_AFTER_MONTHS) return null;
  return `Your exports end ${month(exportsEnd!)}; download current exports from Partner Center Insights.`;
}

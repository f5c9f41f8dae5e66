import { formatMonth, monthLabel, parseIsoMonth, type MonthIndex } from "../parse/months";
import type { MetricSides } from "./results";

/** A side from the tenants behind it: their names, sorted and once each. */
export function side(month: MonthIndex, value: number, tenants: Iterable<string>) {
  return { month: formatMonth(month), value, tenants: [...new Set(tenants)].sort((a, b) => a.localeCompare(b)) };
}

/**
 * Both sides of a metric. A percent growth over a zero baseline cannot score: the note says so
 * rather than the value reading as a plain 0.
 */
export function sides(measure: string, change: MetricSides["change"], now: MetricSides["now"], baseline: MetricSides["baseline"]): MetricSides {
  const note = change === "percent" && baseline.value <= 0 ? "no baseline: growth cannot score" : undefined;
  return note ? { measure, change, now, baseline, note } : { measure, change, now, baseline };
}

const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** "Oct-2025" from "2025-10". */
function label(month: string): string {
  const m = parseIsoMonth(month);
  return m === null ? month : monthLabel(m);
}

/**
 * "customers: 8 in Oct-2025, 0 in Oct-2024"; "CSP MAU: 6,540 in Oct-2025, 5,200 in Oct-2024 (+25.77 %)"
 * (`key`: the association type or part the sides are of, "" for a single value).
 */
export function describeSides(s: MetricSides, key = ""): string {
  const growth =
    s.change === "percent" && s.baseline.value > 0
      ? ` (${s.now.value >= s.baseline.value ? "+" : "−"}${COUNT.format(Math.abs((s.now.value / s.baseline.value - 1) * 100))} %)`
      : "";
  const note = s.note ? `; ${s.note}` : "";
  return `${key ? `${key} ` : ""}${s.measure}: ${COUNT.format(s.now.value)} in ${label(s.now.month)}, ${COUNT.format(s.baseline.value)} in ${label(s.baseline.month)}${growth}${note}`;
}

/**
 * The sides that explain a metric's score, described: the counting association type's (named before
 * the measure), or every part's (a part's measure names the part: "Azure ACR (USD)").
 */
export function sidesLines(m: { sides?: Record<string, MetricSides>; bestAssociation?: string }): string[] {
  return sidesShown(m).map(({ key, sides }) => describeSides(sides, key));
}

/** The sides sidesLines describes, each with the association type to name before it ("" for none). */
export function sidesShown(m: { sides?: Record<string, MetricSides>; bestAssociation?: string }): { key: string; sides: MetricSides; text: string }[] {
  if (!m.sides) return [];
  if (m.bestAssociation && m.sides[m.bestAssociation]) {
    const sides = m.sides[m.bestAssociation];
    return [{ key: m.bestAssociation, sides, text: describeSides(sides, m.bestAssociation) }];
  }
  return Object.values(m.sides).map((sides) => ({ key: "", sides, text: describeSides(sides) }));
}

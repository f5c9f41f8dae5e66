import type { Gap, MetricResult, MetricSides } from "../../engine";
import { count, money, month, percent, pts } from "./formats";

/** One row of a metric on the scorecard: a single value, or an association type (CSP, CPOR …) or part (Azure, M365). */
export interface ScoreRow {
  /** The association type or part ("" for a single value). */
  key: string;
  /** "CPOR", "Azure" ("" for a single value). */
  label: string;
  /** The value in its unit: "8 of 10 customers", "1,340 MAU growth", "$18,648", "21.4 % growth". */
  progress: string;
  /** The target in the same unit. */
  maximum: string;
  /** "16 pts", or "" when the engine gives no points for this row alone. */
  points: string;
  /** The row whose points the metric takes (the association type that earns most); every part counts. */
  counting: boolean;
  /** What full points need, about this row. */
  gap?: string;
  /** Now and a year ago: "customers: 8 in Oct-2025, 0 in Oct-2024". */
  sides?: string;
}

const PART_NAMES: Record<string, string> = { azure: "Azure", m365: "M365" };

const isMoney = (s: MetricSides | undefined) => !!s && /\bUSD\b|\bACR\b/.test(s.measure);
const measureName = (s: MetricSides) => s.measure.replace(/\s*\(USD\)/, "");
const amount = (n: number, s: MetricSides | undefined) => (isMoney(s) ? money(n) : count(n));

/** "customers: 8 in Oct-2025, 0 in Oct-2024"; "CSP ACR: $6,540 in Oct-2025, $5,200 in Oct-2024 (+25.77 %)". */
export function sidesText(s: MetricSides, key = ""): string {
  const growth =
    s.change === "percent" && s.baseline.value > 0
      ? ` (${s.now.value >= s.baseline.value ? "+" : ""}${percent((s.now.value / s.baseline.value - 1) * 100)})`
      : "";
  const note = s.note ? `; ${s.note}` : "";
  const what = isMoney(s) ? measureName(s) : s.measure;
  return `${key ? `${key} ` : ""}${what}: ${amount(s.now.value, s)} in ${month(s.now.month)}, ${amount(s.baseline.value, s)} in ${month(s.baseline.month)}${growth}${note}`;
}

/** Progress and maximum in the metric's unit. Certification metrics (no sides) count people. */
function inUnit(m: MetricResult, value: number, target: number, s: MetricSides | undefined): { progress: string; maximum: string } {
  if (!s) {
    const people = target === 1 ? "person" : "people";
    return { progress: ofTarget(value, target, value === 1 ? "person" : "people"), maximum: `${count(target)} ${people}` };
  }
  if (s.change === "percent") {
    const what = `${measureName(s)} growth`;
    return { progress: `${percent(value)} ${what}`, maximum: `${percent(target)} ${what}` };
  }
  if (isMoney(s)) return { progress: money(value), maximum: money(target) };
  if (m.id === "usage-growth") return { progress: `${count(value)} ${s.measure} growth`, maximum: `${count(target)} ${s.measure} growth` };
  return { progress: ofTarget(value, target, s.measure), maximum: `${count(target)} ${s.measure}` };
}

/** "8 of 10 customers"; past the target just the count ("3 people", never "3 of 2"). */
const ofTarget = (value: number, target: number, unit: string) => (value > target ? `${count(value)} ${unit}` : `${count(value)} of ${count(target)} ${unit}`);

const leverOf = (g: Gap) => g.lever ?? g.association;

/**
 * A metric as Partner Center's scorecard shows it: one row per association type or part that counts
 * (the counting association type first), each with its progress, maximum and points, the gap beside
 * the row it is about.
 */
export function scoreRows(m: MetricResult): ScoreRow[] {
  if (typeof m.value === "number") {
    const s = m.sides?.[""];
    const target = typeof m.target === "number" ? m.target : 0;
    return [
      {
        key: "",
        label: "",
        ...inUnit(m, m.value, target, s),
        points: pts(m.points),
        counting: true,
        gap: m.gaps[0]?.text,
        ...(s ? { sides: sidesText(s) } : {}),
      },
    ];
  }
  const values = m.value;
  const targets = typeof m.target === "number" ? {} : m.target;
  const keys = Object.keys(values);
  const best = m.bestAssociation;
  if (best) keys.sort((a, b) => (a === best ? -1 : b === best ? 1 : 0));
  return keys.map((key) => {
    const s = m.sides?.[key];
    const counting = best ? key === best : true;
    const byRow = m.pointsBy?.[key];
    const points = byRow !== undefined ? pts(byRow) : counting && best ? pts(m.points) : "";
    // The gap about this row: with association types only the counting one's (another type's gap would not raise the points shown).
    const gap = !counting ? undefined : (m.gaps.find((g) => leverOf(g) === key) ?? (best ? m.gaps.find((g) => !leverOf(g)) : undefined));
    const label = best ? key : (PART_NAMES[key] ?? key);
    return {
      key,
      label,
      ...inUnit(m, values[key] ?? 0, targets[key] ?? 0, s),
      points,
      counting,
      ...(gap ? { gap: gap.text } : {}),
      ...(s ? { sides: sidesText(s, label) } : {}),
    };
  });
}

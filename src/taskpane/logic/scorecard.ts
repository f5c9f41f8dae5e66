import type { Gap, MetricResult, MetricSides } from "../../engine";
import { count, money, month, percent, pp, pts } from "./formats";
import { PART_NAMES } from "../../engine";

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
  /** The numbers behind the texts: the value and target in the metric's unit, the points (undefined where `points` is ""). */
  value: number;
  target: number;
  earned?: number;
  /** The row whose points the metric takes (the association type that earns most); every part counts. */
  counting: boolean;
  /** What full points need, about this row. */
  gap?: string;
  /** Now and a year ago: "customers: 8 in Oct-2025, 0 in Oct-2024". */
  sides?: string;
}

export { PART_NAMES };

/** A part's measure names the part ("M365 protected users"); the row's label already does. */
function withoutPart(s: MetricSides, key: string): MetricSides {
  const names = [key, PART_NAMES[key]].filter(Boolean).map((n) => n!.toLowerCase());
  const lower = s.measure.toLowerCase();
  const hit = names.find((n) => lower.startsWith(`${n} `));
  return hit ? { ...s, measure: s.measure.slice(hit.length + 1) } : s;
}

/** The sides a row's unit comes from: a part's without the part's name. */
export function rowSides(m: Pick<MetricResult, "sides" | "bestAssociation">, key: string): MetricSides | undefined {
  const s = m.sides?.[key];
  return s && key && !m.bestAssociation ? withoutPart(s, key) : s;
}

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

/** What a metric without sides counts: certification metrics count people (no sides by design); the others name their unit. */
const PLAIN_UNIT: Record<MetricResult["id"], [string, string]> = {
  "intermediate-certifications": ["person", "people"],
  "advanced-certifications": ["person", "people"],
  "net-customer-adds": ["customer", "customers"],
  deployments: ["deployment", "deployments"],
  "usage-growth": ["growth", "growth"],
};

/** The measure for one ("1 customer", "1 protected user"); abbreviations such as MAU stay as they are. */
const measureFor = (s: MetricSides, n: number) => (Math.abs(n) === 1 ? s.measure.replace(/([a-z])s$/, "$1") : s.measure);

/** An amount in the metric's unit: "8 customers", "1,340 MAU growth", "$18,648", "21.4 % ACR growth", "3 people". */
export function amountText(m: Pick<MetricResult, "id">, n: number, s: MetricSides | undefined): string {
  if (!s) {
    const [one, many] = PLAIN_UNIT[m.id];
    return `${count(n)} ${n === 1 ? one : many}`;
  }
  if (s.change === "percent") return `${percent(n)} ${measureName(s)} growth`;
  if (isMoney(s)) return money(n);
  if (m.id === "usage-growth") return `${count(n)} ${measureFor(s, n)} growth`;
  return `${count(n)} ${measureFor(s, n)}`;
}

/** A change of the value in its unit: "+658 MAU", "−$1,200", "+3.6 pp", "+2 customers"; "" for none. */
export function changeText(m: Pick<MetricResult, "id">, d: number, s: MetricSides | undefined): string {
  if (Math.abs(d) < 1e-9) return "";
  if (s?.change === "percent") return pp(d);
  const sign = d < 0 ? "−" : "+";
  if (isMoney(s)) return `${sign}${money(Math.abs(d))}`;
  const [one, many] = s ? [measureFor(s, 1), s.measure] : PLAIN_UNIT[m.id];
  return `${sign}${count(Math.abs(d))} ${Math.abs(d) === 1 ? one : many}`;
}

/** Progress and maximum in the metric's unit. */
export function inUnit(m: Pick<MetricResult, "id">, value: number, target: number, s: MetricSides | undefined): { progress: string; maximum: string } {
  const maximum = amountText(m, target, s);
  if (s?.change === "percent" || isMoney(s) || (s && m.id === "usage-growth")) return { progress: amountText(m, value, s), maximum };
  // "1 of 10 customers" reads as a count of customers: the plural after "of".
  const unit = s ? (value > target ? measureFor(s, value) : s.measure) : PLAIN_UNIT[m.id][value === 1 && value > target ? 0 : 1];
  return { progress: ofTarget(value, target, unit), maximum };
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
        value: m.value,
        target,
        earned: m.points,
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
    const s = rowSides(m, key);
    const counting = best ? key === best : true;
    const byRow = m.pointsBy?.[key];
    // A lone row is the whole metric: its points are the metric's.
    const earned = byRow !== undefined ? byRow : (counting && best) || keys.length === 1 ? m.points : undefined;
    const points = earned !== undefined ? pts(earned) : "";
    // The gap about this row: with association types only the counting one's (another type's gap would not raise the points shown).
    const gap = !counting ? undefined : (m.gaps.find((g) => leverOf(g) === key) ?? (best ? m.gaps.find((g) => !leverOf(g)) : undefined));
    const label = best ? key : (PART_NAMES[key] ?? key);
    return {
      key,
      label,
      ...inUnit(m, values[key] ?? 0, targets[key] ?? 0, s),
      points,
      value: values[key] ?? 0,
      target: targets[key] ?? 0,
      ...(earned !== undefined ? { earned } : {}),
      counting,
      ...(gap ? { gap: gap.text } : {}),
      ...(s ? { sides: sidesText(s, label) } : {}),
    };
  });
}

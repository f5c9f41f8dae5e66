import { formatPoints } from "./points";

/** A count for people: up to two decimals, thousands grouped ("1,340", "0.52"). */
export function count(n: number): string {
  return COUNT.format(Math.abs(n));
}

// One formatter for every count: toLocaleString builds a new one per call.
const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * n as en-US writes it ("1,340.5"), with `min` to `max` decimals. Explaining thousands of tenants
 * formats millions of numbers: toLocaleString with options builds a formatter per call (5.6 s of 14 s
 * on a 6,500-tenant export), so each formatter is made once.
 */
export function grouped(n: number, max = 2, min = 0): string {
  const key = `${min}|${max}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = new Intl.NumberFormat("en-US", { minimumFractionDigits: min, maximumFractionDigits: max })));
  return format.format(n);
}

const USD_OF = "USD of ";

/** "3 CSP deployments", "$6,353 of Azure security ACR growth": an amount of a unit, money written as money. */
export function amountOf(n: number, unit: string): string {
  return unit.startsWith(USD_OF) ? `$${grouped(n)} of ${unit.slice(USD_OF.length)}` : `${grouped(n)} ${unit}`;
}

/** "2 more CSP deployments", "$6,353 more Azure security ACR growth". */
export function moreOf(n: number, unit: string): string {
  return unit.startsWith(USD_OF) ? `$${grouped(n)} more ${unit.slice(USD_OF.length)}` : `${grouped(n)} more ${unit}`;
}

/** Security's parts as Partner Center's scorecard names them; association types already read as it writes them. */
export const PART_NAMES: Readonly<Record<string, string>> = { azure: "Azure", m365: "Microsoft 365" };

/** A value as read: "1,340", "−31" (a true minus sign, no plus). */
export function value(n: number): string {
  const text = count(n);
  return n < 0 && text !== "0" ? `−${text}` : text;
}

// Below a millionth a change is the sums' rounding, not a change (and String() would write "1e-7").
const NO_CHANGE = 1e-6;

/** A change too small for two decimals, with one significant digit ("0.003"), or "0" when it is no change at all. */
export function tinyChangeText(n: number): string {
  return Math.abs(n) >= NO_CHANGE ? String(Number(Math.abs(n).toPrecision(1))) : "0";
}

/** "+3", "−340" (a true minus sign), "0"; a small change that two decimals would show as 0 keeps one significant digit ("+0.003"). */
export function signed(n: number): string {
  const text = count(n) === "0" ? tinyChangeText(n) : count(n);
  return text === "0" ? "0" : `${n < 0 ? "−" : "+"}${text}`;
}

/** "+2 points", "−5.1 points", "+1 point", "0 points"; a tiny effect reads "−0.005 points" (one significant digit), not a misleading "0 points". */
export function signedPoints(points: number): string {
  const shown = formatPoints(Math.abs(points));
  const text = shown === "0" ? tinyChangeText(points) : shown;
  if (text === "0") return "0 points";
  return `${points < 0 ? "−" : "+"}${text} ${text === "1" ? "point" : "points"}`;
}

export function noun(n: number, unit: readonly [string, string]): string {
  return count(n) === "1" ? unit[0] : unit[1];
}

/** "$1,234.50", "$1,000". */
export function usd(amount: number): string {
  const whole = Math.abs(amount - Math.round(amount)) < 0.005;
  const text = grouped(Math.abs(amount), whole ? 0 : 2, whole ? 0 : 2);
  return `${amount < 0 ? "−" : ""}$${text}`;
}

/** "34 %" (whole percent unless the fraction matters: "39.5 %"). */
export function percent(ratio: number): string {
  return `${grouped(Math.round(ratio * 1000) / 10, 3)} %`;
}

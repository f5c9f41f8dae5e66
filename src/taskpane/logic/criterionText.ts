import type { Criterion } from "../../engine";
import { count, money, percent } from "./formats";

type Value = Criterion["values"][number]["value"];

/** A flag cell in the pane's formats: "35.2 %", "$6,353", "4,800", or the text as it is. */
export function cellText(value: Value, format: string): string {
  if (value === null) return "";
  if (typeof value !== "number") return value;
  if (format.includes("%")) return percent(value * 100);
  if (format.startsWith("$")) return money(value);
  return count(Math.round(value * 100) / 100);
}

/** "Met", "Not met" or "" (a value, not a test). */
export function verdict(c: Criterion): string {
  return c.met === null ? "" : c.met ? "Met" : "Not met";
}

/** "Exchange (CSP) 35.2 %; Teams (CSP) 52 %", or the one value every row shares; Yes/No left to the verdict. */
export function valuesText(c: Criterion): string {
  const shown = c.values.filter((v) => v.value !== "Yes" && v.value !== "No");
  if (!shown.length) {
    // A Yes/No criterion: the rows that say Yes name where it is met.
    const items = c.values.map((v) => v.item).filter(Boolean);
    return items.join("; ");
  }
  return shown.map((v) => (v.item ? `${v.item} ${cellText(v.value, c.format)}` : cellText(v.value, c.format))).join("; ");
}

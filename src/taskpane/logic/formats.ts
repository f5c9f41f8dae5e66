import { formatPoints, isoMonthLabel, tinyChangeText } from "../../engine";
import type { WorkbookSummary } from "../service";

/** The pane's one set of formats: months "Oct-2025", money "$6,353", points at two decimals at most ("16 pts"). */
const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const ONE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export const month = isoMonthLabel;
export const count = (n: number) => `${n < 0 ? "−" : ""}${COUNT.format(Math.abs(n))}`;
export const money = (n: number) => `${n < 0 ? "−" : ""}$${WHOLE.format(Math.abs(n))}`;
export const percent = (n: number) => `${n < 0 ? "−" : ""}${ONE.format(Math.abs(n))} %`;
export const pts = (n: number) => `${formatPoints(n)} pts`;
/** A change: "+2 pts", "−5.1 pts"; a small one that two decimals would show as 0 keeps one significant digit ("+0.003 pts"). */
export const signedPts = (n: number) => {
  const shown = formatPoints(Math.abs(n));
  const text = shown === "0" ? tinyChangeText(n) : shown;
  return text === "0" ? "0 pts" : `${n < 0 ? "−" : "+"}${text} pts`;
};
/** A change of a percentage, in percentage points: "+3.6 pp". */
export const pp = (n: number) => `${n < 0 ? "−" : "+"}${ONE.format(Math.abs(n))} pp`;

const plural = (n: number, one: string, many = `${one}s`) => `${WHOLE.format(n)} ${n === 1 ? one : many}`;

/** "5 exports, Nov-2023 – Oct-2025, 325 tenants": what was found, on one line. */
export function foundLine(summary: WorkbookSummary): string {
  const months = summary.months;
  const span = months.length === 0 ? "no months" : months.length === 1 ? month(months[0]) : `${month(months[0])} – ${month(months[months.length - 1])}`;
  return `${plural(summary.exports.length, "export")}, ${span}, ${plural(summary.tenants, "tenant")}`;
}

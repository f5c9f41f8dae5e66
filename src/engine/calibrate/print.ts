import { grouped } from "../model/text";
import { formatPoints } from "../model/points";
import type { ValueUnit } from "./types";

const MINUS = "\u2212";

function plain(n: number, decimals: number): string {
  const r = Math.round(n * 10 ** decimals) / 10 ** decimals;
  return `${r < 0 ? MINUS : ""}${grouped(Math.abs(r), decimals)}`;
}

/** A value as Partner Center prints it: 3, 1,340, 21.39%, $5,400, 56.36 pts (the command line and the pane alike). */
export function printValue(n: number | null, unit: ValueUnit): string {
  if (n === null) return "(none)";
  switch (unit) {
    case "count":
      return plain(n, 2);
    case "percent":
      return `${plain(n, 2)}%`;
    case "usd":
      return n < 0 ? `${MINUS}$${plain(-n, 2)}` : `$${plain(n, 2)}`;
    case "points":
      return `${formatPoints(n).replace("-", MINUS)} pts`;
  }
}

/** A difference with its sign: +1.13%, −1. */
export function printDifference(n: number, unit: ValueUnit): string {
  const v = printValue(Math.abs(n), unit);
  return n > 0 ? `+${v}` : n < 0 ? `${MINUS}${v}` : v;
}

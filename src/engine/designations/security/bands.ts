import type { Band } from "./types";
import { AMOUNT_TOLERANCE } from "../../model/tally";

// Twelve months of cents summed in floating point can land a hair off a round threshold ($750.00 as
// 749.9999999): a millionth of a dollar or user is no difference.
const EPS = AMOUNT_TOLERANCE;

/** The value lies in the band: ≥ atLeast, > above, ≤ atMost (each only when set). */
export function inBand(band: Band, value: number): boolean {
  if (band.atLeast && !(value >= band.atLeast.value - EPS)) return false;
  if (band.above && !(value > band.above.value + EPS)) return false;
  if (band.atMost && !(value <= band.atMost.value + EPS)) return false;
  return true;
}

/** The value is past the band's top (a tenant "promoted" out of an SMB band); false for open bands. */
export function aboveBand(band: Band, value: number): boolean {
  return band.atMost !== undefined && value > band.atMost.value + EPS;
}

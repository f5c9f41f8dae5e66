import type { Band } from "../rules/securityTypes";

/** The value lies in the band: ≥ atLeast, > above, ≤ atMost (each only when set). */
export function inBand(band: Band, value: number): boolean {
  if (band.atLeast && !(value >= band.atLeast.value)) return false;
  if (band.above && !(value > band.above.value)) return false;
  if (band.atMost && !(value <= band.atMost.value)) return false;
  return true;
}

/** The value is past the band's top (a tenant "promoted" out of an SMB band); false for open bands. */
export function aboveBand(band: Band, value: number): boolean {
  return band.atMost !== undefined && value > band.atMost.value;
}

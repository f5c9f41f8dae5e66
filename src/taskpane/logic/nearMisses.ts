import type { DesignationId } from "../../engine";
import type { NearMiss } from "../../engine";

/** The near misses on one designation's thresholds, largest gain for it first. */
export function nearMissesFor(list: readonly NearMiss[], designation: DesignationId): NearMiss[] {
  const gain = (m: NearMiss) => m.worth.find((w) => w.designation === designation)?.points ?? 0;
  return list.filter((m) => m.designations.includes(designation)).sort((a, b) => gain(b) - gain(a));
}

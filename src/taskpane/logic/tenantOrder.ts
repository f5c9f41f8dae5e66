import type { DesignationEffect } from "../../engine";

/**
 * Largest effect on the counting track first, gains and losses alike. The engine already orders them
 * (ties by units moved); a stable sort keeps its order wherever the points are equal.
 */
export function byEffect(effects: readonly DesignationEffect[]): DesignationEffect[] {
  return [...effects].sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

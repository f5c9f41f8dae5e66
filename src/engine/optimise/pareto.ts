/** Something with an effort and the points it gives. */
export interface CostPoints {
  cost: number;
  points: number;
}

/**
 * The items no other item beats: cheapest first, each with more points than every cheaper one.
 * Items at `enough` points or more are all equally good, so only the cheapest of them is kept.
 * The sort is stable: among equal cost and points, the item listed first wins.
 */
export function paretoFront<T extends CostPoints>(items: readonly T[], enough = Infinity): T[] {
  const sorted = [...items].sort((a, b) => a.cost - b.cost || b.points - a.points);
  const front: T[] = [];
  let best = -Infinity;
  for (const item of sorted) {
    if (best >= enough) break;
    if (item.points > best) {
      front.push(item);
      best = item.points;
    }
  }
  return front;
}

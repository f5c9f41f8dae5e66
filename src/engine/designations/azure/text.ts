export { plural } from "../../model/tally";

/** "CPOR: 10, (blank): 2", largest first. */
export function countsByLabel(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([label, n]) => `${label}: ${n.toLocaleString("en-US")}`)
    .join(", ");
}

export function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

import type { AzureDesignationId } from "./types";

/** Short names that prefix warnings ("Infrastructure: …"). */
export const AZURE_SHORT_NAMES: Record<AzureDesignationId, string> = {
  infrastructure: "Infrastructure",
  "data-ai": "Data & AI",
  "digital-app-innovation": "Digital & App Innovation",
};

/** "$1,234.5" → "$1,234.50"; whole amounts without cents ("$1,000"). */
export function usd(amount: number): string {
  const whole = Math.abs(amount - Math.round(amount)) < 0.005;
  const text = Math.abs(amount).toLocaleString("en-US", { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
  return `${amount < 0 ? "−" : ""}$${text}`;
}

/** "41 of 48 customers" etc. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

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

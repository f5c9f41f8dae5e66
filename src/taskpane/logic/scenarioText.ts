import type { HypotheticalCertification, HypotheticalCustomer, Scenario } from "../../engine";

const n = (v: number) => v.toLocaleString("en-US", { maximumFractionDigits: 2 });
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

/** "New customer 1: CSP Tier 1, Exchange, 120 monthly active users, 200 paid units; new customer, new deployment". */
export function customerText(c: HypotheticalCustomer): string {
  const amounts = [
    c.ttmRevenue !== undefined ? `$${n(c.ttmRevenue)} TTM revenue` : "",
    c.monthlyActiveUsers !== undefined ? plural(c.monthlyActiveUsers, "monthly active user", "monthly active users") : "",
    c.monthlyProtectedUsers !== undefined ? plural(c.monthlyProtectedUsers, "monthly protected user", "monthly protected users") : "",
    c.paidUnits !== undefined ? plural(c.paidUnits, "paid unit", "paid units") : "",
  ].filter(Boolean);
  return `${c.name}: ${[c.association, c.workload, ...amounts].join(", ")}; ${c.customer} customer, ${c.deployment} deployment`;
}

/** "3 people with Microsoft 365 Certified: Administrator Expert". */
export function certificationText(c: HypotheticalCertification): string {
  return `${plural(c.people, "person", "people")} with ${c.name}`;
}

/** "2 recommendations, 1 customer, no certifications, 1 tenant left out": everything View result will apply. */
export function scenarioSummary(s: Pick<Scenario, "recommendations" | "customers" | "certifications" | "exclude">): string {
  const part = (count: number, one: string, many: string) => (count ? plural(count, one, many) : `no ${many}`);
  return [
    part(s.recommendations.length, "recommendation", "recommendations"),
    part(s.customers.length, "customer", "customers"),
    part(s.certifications.length, "certification", "certifications"),
    s.exclude.length ? `${plural(s.exclude.length, "tenant", "tenants")} left out` : "no tenants left out",
  ].join(", ");
}

export function isEmptyScenario(s: Pick<Scenario, "recommendations" | "customers" | "certifications" | "exclude">): boolean {
  return !s.recommendations.length && !s.customers.length && !s.certifications.length && !s.exclude.length;
}

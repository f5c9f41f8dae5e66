import type { CustomerExport } from "../model/module";

/**
 * A what-if scenario, as Partner Center's score simulator takes it (RULES.md §7.2): hypothetical
 * customers and certifications, real tenants left out, and ticked recommendations. The scenario is
 * plain data so it can be saved to its own sheet and read back.
 */

/** Which export a hypothetical customer's rows go to; inferred from the workload when not given. */
export type { CustomerExport };

export interface HypotheticalCustomer {
  /** Shown in results and per-tenant explanations ("New customer 1"). */
  name: string;
  /** Partner association type as exports write it: "CSP Tier 1", "CPOR", "PAL", "CPOR RevRec". */
  association: string;
  /** M365 workload, Azure service or Business Applications workload. */
  workload: string;
  export?: CustomerExport;
  /** Trailing-twelve-month revenue in USD that this customer adds (Azure ACR, Business Applications revenue). */
  ttmRevenue?: number;
  /** Monthly active users this customer adds. */
  monthlyActiveUsers?: number;
  /** Monthly protected users this customer adds (Security's M365 workloads). */
  monthlyProtectedUsers?: number;
  /** Paid available units (seats) of the workload. */
  paidUnits?: number;
  /** New: no association a year ago (a net customer add). Existing: already counted a year ago. */
  customer: "new" | "existing";
  /** New: the workload was not deployed a year ago. Existing: it was already a deployment. */
  deployment: "new" | "existing";
}

export interface HypotheticalCertification {
  /** A certification name as the skilling export writes it. */
  name: string;
  /** Number of people who would hold it. */
  people: number;
}

/** A recommendation ticked in the Recommendations view: units added to one metric lever of a track. */
export interface TickedRecommendation {
  /** Recommendation id ("modern-work/smb/net-customer-adds/CSP"). */
  id: string;
}

export interface Scenario {
  name: string;
  customers: HypotheticalCustomer[];
  certifications: HypotheticalCertification[];
  /** Real tenants (id or name) left out: "what if this customer leaves". */
  exclude: string[];
  /** Ids of ticked recommendations. */
  recommendations: string[];
}

export const EMPTY_SCENARIO: Scenario = { name: "Scenario", customers: [], certifications: [], exclude: [], recommendations: [] };

export class ScenarioError extends Error {
  override name = "ScenarioError";
}

function checkAmount(customer: HypotheticalCustomer, field: keyof HypotheticalCustomer, what: string): void {
  const value = customer[field];
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw new ScenarioError(`${customer.name}: ${what} must be a number of 0 or more, not "${String(value)}".`);
}

/** Rejects what cannot be simulated, with a sentence naming the customer or certification and the field. */
export function validateScenario(scenario: Scenario): void {
  for (const c of scenario.customers) {
    if (!c.name.trim()) throw new ScenarioError("A hypothetical customer needs a name.");
    if (!c.workload.trim()) throw new ScenarioError(`${c.name}: give a workload or Azure service.`);
    if (!c.association.trim()) throw new ScenarioError(`${c.name}: give the partner association type (e.g. CSP Tier 1, CPOR, PAL).`);
    checkAmount(c, "ttmRevenue", "TTM revenue (USD)");
    checkAmount(c, "monthlyActiveUsers", "monthly active users");
    checkAmount(c, "monthlyProtectedUsers", "monthly protected users");
    checkAmount(c, "paidUnits", "paid units");
    if (c.customer === "new" && c.deployment === "existing")
      throw new ScenarioError(`${c.name}: a new customer has no existing deployment; choose a new deployment or an existing customer.`);
  }
  for (const cert of scenario.certifications) {
    if (!cert.name.trim()) throw new ScenarioError("A hypothetical certification needs a name.");
    if (!Number.isInteger(cert.people) || cert.people < 1)
      throw new ScenarioError(`${cert.name}: the number of people must be a whole number of 1 or more, not "${cert.people}".`);
  }
}

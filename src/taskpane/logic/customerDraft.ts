import type { CustomerExport, HypotheticalCustomer } from "../../engine";
import type { ScoreOutcome } from "../service";
import { parseAmount } from "./amounts";

export type Catalogue = ScoreOutcome["catalogue"];

/** The association types Partner Center's simulator offers, spelled as exports write them. */
export const ASSOCIATION_TYPES = ["CSP Tier 1", "CSP Tier 2", "CPOR", "DPOR", "PAL"] as const;

export type AmountField = "ttmRevenue" | "monthlyActiveUsers" | "monthlyProtectedUsers" | "paidUnits";

/** The customer form as typed: every amount is text until it is added. */
export interface CustomerDraft {
  association: string;
  workload: string;
  ttmRevenue: string;
  monthlyActiveUsers: string;
  monthlyProtectedUsers: string;
  paidUnits: string;
  customer: "new" | "existing";
  deployment: "new" | "existing";
}

export const EMPTY_CUSTOMER: CustomerDraft = {
  association: "",
  workload: "",
  ttmRevenue: "",
  monthlyActiveUsers: "",
  monthlyProtectedUsers: "",
  paidUnits: "",
  customer: "new",
  deployment: "new",
};

export const AMOUNT_LABELS: Record<AmountField, string> = {
  ttmRevenue: "TTM revenue (USD)",
  monthlyActiveUsers: "Monthly active users",
  monthlyProtectedUsers: "Monthly protected users",
  paidUnits: "Paid units (seats)",
};

/** The same, inside a sentence ("The TTM revenue in USD must be …"). */
const AMOUNT_NAMES: Record<AmountField, string> = {
  ttmRevenue: "TTM revenue in USD",
  monthlyActiveUsers: "number of monthly active users",
  monthlyProtectedUsers: "number of monthly protected users",
  paidUnits: "number of paid units (seats)",
};

const key = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");

/**
 * The export a workload's rows go to, as the pickers list it; null for an empty box. Text on no list is
 * taken as an Azure service, as the engine does (Partner Center's "Any other Azure service").
 */
export function workloadExport(workload: string, catalogue: Catalogue): { kind: CustomerExport; listed: boolean } | null {
  const k = key(workload);
  if (!k) return null;
  if (catalogue.m365Workloads.some((w) => key(w) === k)) return { kind: "m365", listed: true };
  if (catalogue.bizAppsWorkloads.some((w) => key(w) === k)) return { kind: "bizapps", listed: true };
  return { kind: "azure", listed: catalogue.azureServices.some((w) => key(w) === k) };
}

/**
 * The amounts each export reads (hypotheticalRows.ts): M365 rows need paid units and take active or
 * protected users; Azure rows are revenue only; Business Applications take revenue, users or both.
 * The others are greyed out, as Partner Center greys them.
 */
export const RELEVANT: Record<CustomerExport, readonly AmountField[]> = {
  m365: ["monthlyActiveUsers", "monthlyProtectedUsers", "paidUnits"],
  azure: ["ttmRevenue"],
  bizapps: ["ttmRevenue", "monthlyActiveUsers"],
};

export function relevantFields(draft: CustomerDraft, catalogue: Catalogue): readonly AmountField[] {
  const exp = workloadExport(draft.workload, catalogue);
  return exp ? RELEVANT[exp.kind] : [];
}

export type CustomerErrors = Partial<Record<keyof CustomerDraft, string>>;

/** The hypothetical customer the draft describes, or a message per field that stops it. */
export function customerFromDraft(draft: CustomerDraft, name: string, catalogue: Catalogue): { customer: HypotheticalCustomer | null; errors: CustomerErrors } {
  const errors: CustomerErrors = {};
  if (!draft.association.trim()) errors.association = "Choose the partner association type.";
  const exp = workloadExport(draft.workload, catalogue);
  if (!exp) errors.workload = "Choose a workload, or type an Azure service.";
  const relevant = exp ? RELEVANT[exp.kind] : [];
  const amounts: Partial<Record<AmountField, number>> = {};
  for (const field of relevant) {
    const integer = field !== "ttmRevenue";
    const parsed = parseAmount(draft[field], { what: AMOUNT_NAMES[field], min: 0, integer, required: exp?.kind === "m365" && field === "paidUnits" });
    if (!parsed.ok) errors[field] = parsed.error;
    else if (parsed.value !== undefined) amounts[field] = parsed.value;
  }
  if (exp?.kind === "azure" && amounts.ttmRevenue === undefined && !errors.ttmRevenue) errors.ttmRevenue = "An Azure service needs its TTM revenue (USD).";
  if (
    exp?.kind === "bizapps" &&
    amounts.ttmRevenue === undefined &&
    amounts.monthlyActiveUsers === undefined &&
    !errors.ttmRevenue &&
    !errors.monthlyActiveUsers
  )
    errors.ttmRevenue = "A Business Applications workload needs its TTM revenue (USD), its monthly active users, or both.";
  if (draft.customer === "new" && draft.deployment === "existing")
    errors.deployment = "A new customer has no existing deployment: choose a new deployment, or make the customer existing.";
  if (Object.keys(errors).length) return { customer: null, errors };
  return {
    customer: {
      name,
      association: draft.association.trim(),
      workload: draft.workload.trim(),
      ...(exp!.listed ? { export: exp!.kind } : {}),
      ...amounts,
      customer: draft.customer,
      deployment: draft.deployment,
    },
    errors,
  };
}

/** The messages about what was typed or chosen wrong (an amount that is not one, a new customer's existing deployment), shown before Add is pressed. */
export function entryErrors(draft: CustomerDraft, errors: CustomerErrors): CustomerErrors {
  const out: CustomerErrors = {};
  for (const field of Object.keys(AMOUNT_LABELS) as AmountField[]) if (draft[field].trim() && errors[field]) out[field] = errors[field];
  if (errors.deployment) out.deployment = errors.deployment;
  return out;
}

/** "New customer 3": the first number not taken by a customer already added. */
export function nextCustomerName(taken: readonly { name: string }[]): string {
  for (let n = taken.length + 1; ; n++) {
    const name = `New customer ${n}`;
    if (!taken.some((c) => c.name === name)) return name;
  }
}

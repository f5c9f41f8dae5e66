import type { MonthIndex } from "../../parse/months";
import type { ServiceGroup } from "./usageModel";

/**
 * Which month a service is measured against. Normally P = M − trailingMonths (12). A service claimed inside the
 * trailing year counts only from its claim month (growth and deployments that existed before the
 * claim are not credited); one claimed after M does not count yet.
 */
export type Baseline =
  | { kind: "trailing-year"; month: MonthIndex }
  | { kind: "claim"; month: MonthIndex; claimMonth: MonthIndex; substituted: boolean }
  | { kind: "claimed-after-as-of"; claimMonth: MonthIndex };

export function baselineOf(group: ServiceGroup, asOf: MonthIndex, trailing: MonthIndex): Baseline {
  const claim = group.claimMonth;
  if (claim === null || claim <= trailing) return trailingYear(trailing);
  if (claim > asOf) return { kind: "claimed-after-as-of", claimMonth: claim };
  if (group.has(claim)) return { kind: "claim", month: claim, claimMonth: claim, substituted: false };
  // The export lacks the claim month: measure from the first later month it has (M at the latest).
  let month = asOf;
  for (const m of group.months()) if (m > claim && m < month) month = m;
  return { kind: "claim", month, claimMonth: claim, substituted: true };
}

let shared: Baseline & { kind: "trailing-year" } = { kind: "trailing-year", month: NaN };
/** One shared (frozen) object for the common case: a million services need not allocate a million baselines. */
function trailingYear(month: MonthIndex): Baseline {
  if (shared.month !== month) shared = Object.freeze({ kind: "trailing-year", month }) as typeof shared;
  return shared;
}

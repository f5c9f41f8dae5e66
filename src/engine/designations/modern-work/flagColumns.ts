import type { FlagColumn } from "../../model/flags";
import type { RowFlags } from "../../model/results";

const yesNo = (b: boolean) => (b ? "Yes" : "No");

/**
 * The columns written to the right of the M365 usage export (command line --out and the add-in alike):
 * one definition, from the row flags the scorer gives with `rows`. A new column is a line here.
 */
export const USAGE_FLAG_COLUMNS: readonly FlagColumn<RowFlags>[] = [
  { header: "SPD Enterprise eligible", numberFormat: "@", value: (r) => (r.month ? yesNo(r.enterpriseEligible) : "") },
  { header: "SPD SMB eligible", numberFormat: "@", value: (r) => (r.month ? yesNo(r.smbEligible) : "") },
  { header: "SPD Eligible workload", numberFormat: "@", value: (r) => (r.month ? (r.eligibleWorkload ?? "No") : "") },
  { header: "SPD Association", numberFormat: "@", value: (r) => r.association },
  { header: "SPD Usage ratio", numberFormat: "0.0%", value: (r) => r.usageRatio },
  { header: "SPD Deployment", numberFormat: "@", value: (r) => (r.month ? yesNo(r.deployment) : "") },
  { header: "SPD Counts toward", numberFormat: "@", value: (r) => r.countsToward.join("; ") },
  { header: "SPD Reason", numberFormat: "@", value: (r) => r.reason },
];

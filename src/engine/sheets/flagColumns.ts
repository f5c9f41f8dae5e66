import type { RowFlags } from "../model/results";

export type FlagCell = string | number | null;

export interface FlagColumn {
  header: string;
  /** Excel number format for the column ("@" = text). */
  numberFormat: string;
  value: (row: RowFlags) => FlagCell;
}

const yesNo = (b: boolean) => (b ? "Yes" : "No");

/**
 * The columns written to the right of an export (command line --out and the add-in alike). Headers
 * start with "SPD " so they can be found and replaced on the next run without touching user columns.
 */
export const FLAG_COLUMNS: readonly FlagColumn[] = [
  { header: "SPD Enterprise eligible", numberFormat: "@", value: (r) => (r.month ? yesNo(r.enterpriseEligible) : "") },
  { header: "SPD SMB eligible", numberFormat: "@", value: (r) => (r.month ? yesNo(r.smbEligible) : "") },
  { header: "SPD Eligible workload", numberFormat: "@", value: (r) => (r.month ? (r.eligibleWorkload ?? "No") : "") },
  { header: "SPD Association", numberFormat: "@", value: (r) => r.association },
  { header: "SPD Usage ratio", numberFormat: "0.0%", value: (r) => r.usageRatio },
  { header: "SPD Deployment", numberFormat: "@", value: (r) => (r.month ? yesNo(r.deployment) : "") },
  { header: "SPD Counts toward", numberFormat: "@", value: (r) => r.countsToward.join("; ") },
  { header: "SPD Reason", numberFormat: "@", value: (r) => r.reason },
];

export const FLAG_HEADER_PREFIX = "SPD ";

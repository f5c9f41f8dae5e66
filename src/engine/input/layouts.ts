import { looseKey } from "../parse/keys";

/**
 * The export layouts we recognise, by header. Each field lists the header names that carry it (seed
 * 002's contribution CSV first, then the documented Insights names); headers match loosely.
 */
export interface FieldSpec {
  field: string;
  headers: string[];
  required: boolean;
}

export type LayoutId = "m365-usage" | "azure-usage" | "bizapps-usage" | "bizapps-revenue" | "skilling";

export interface LayoutSpec {
  id: LayoutId;
  title: string;
  fields: FieldSpec[];
  /** Fields of which at least one must be present (e.g. a tenant id or a tenant name). */
  oneOf?: string[][];
}

export const M365_USAGE: LayoutSpec = {
  id: "m365-usage",
  title: "M365 usage export (one row per tenant × workload × month)",
  fields: [
    { field: "tenantId", headers: ["CustomerTenantId", "TenantId"], required: false },
    { field: "tenantName", headers: ["CustomerTenantName", "CustomerName", "TenantName"], required: false },
    { field: "association", headers: ["PartnerAttachType", "PartnerAttributionType", "PartnerAssociationType", "AssociationType"], required: true },
    { field: "workload", headers: ["WorkloadName", "Workload"], required: true },
    { field: "month", headers: ["MonthName", "Month", "Date"], required: true },
    { field: "mau", headers: ["ActiveUsage", "MonthlyActiveUsers", "MAU"], required: true },
    { field: "pau", headers: ["QualifiedUsage", "PaidAvailableUnits", "PAU"], required: true },
    { field: "dateAssociated", headers: ["DateAssociated"], required: false },
  ],
  oneOf: [["tenantId", "tenantName"]],
};

export const SKILLING: LayoutSpec = {
  id: "skilling",
  title: "Skilling export (one row per person × certification)",
  fields: [
    { field: "person", headers: ["Individual name", "IndividualName", "Individual"], required: true },
    { field: "certification", headers: ["Certification name", "CertificationName", "Certification"], required: true },
    { field: "type", headers: ["Certification type", "CertificationType"], required: false },
    { field: "solutionArea", headers: ["Solution area", "SolutionArea"], required: false },
    { field: "completed", headers: ["Completion date", "CompletionDate", "Date completed"], required: false },
    { field: "expires", headers: ["Expiry date", "ExpiryDate", "Expiration date", "ExpirationDate"], required: false },
  ],
};

const TENANT_FIELDS: FieldSpec[] = [
  { field: "tenantId", headers: ["CustomerTenantId", "TenantId", "CustomerId"], required: false },
  { field: "tenantName", headers: ["CustomerTenantName", "CustomerName", "TenantName"], required: false },
];

export const AZURE_USAGE: LayoutSpec = {
  id: "azure-usage",
  title: "Azure consumption export (one row per tenant × service × month, ACR in USD)",
  fields: [
    ...TENANT_FIELDS,
    { field: "item", headers: ["ServiceLevel2", "Service", "ServiceName"], required: true },
    { field: "month", headers: ["Month", "MonthName", "Date"], required: true },
    { field: "value", headers: ["ACR_USD", "ACRUSD", "ACR"], required: true },
    { field: "association", headers: ["PartnerAttributionType", "PartnerAttachType", "AssociationType", "PartnerAssociationType"], required: true },
    { field: "segment", headers: ["CustomerSegment", "Segment"], required: false },
    { field: "offer", headers: ["OfferType", "OfferName", "Offer"], required: false },
  ],
  oneOf: [["tenantId", "tenantName"]],
};

export const BIZAPPS_USAGE: LayoutSpec = {
  id: "bizapps-usage",
  title: "Business Applications usage export (one row per tenant × workload × month, MAU)",
  fields: [
    { field: "tenantId", headers: ["CustomerTenantID", "CustomerTenantId", "CustomerID"], required: false },
    { field: "tenantName", headers: ["CustomerTenantName", "CustomerName"], required: false },
    { field: "item", headers: ["Workload", "Workloads", "WorkloadName"], required: true },
    { field: "month", headers: ["FiscalMonthName", "FiscalMonth", "Month", "MonthName"], required: true },
    { field: "value", headers: ["MAU", "MonthlyActiveUsers", "PAMAU"], required: true },
    { field: "association", headers: ["PartnerAssociationType", "PartnerAttachType", "PartnerAttributionType"], required: true },
    { field: "metricType", headers: ["MetricType"], required: false },
  ],
  oneOf: [["tenantId", "tenantName"]],
};

export const BIZAPPS_REVENUE: LayoutSpec = {
  id: "bizapps-revenue",
  title: "Business Applications revenue export (one row per tenant × workload × month, revenue in USD)",
  fields: [
    { field: "tenantId", headers: ["CustomerTenantID", "CustomerTenantId", "CustomerID"], required: false },
    { field: "tenantName", headers: ["CustomerTenantName", "CustomerName"], required: false },
    { field: "item", headers: ["Workloads", "Workload", "WorkloadName"], required: true },
    { field: "month", headers: ["FiscalMonthName", "FiscalMonth", "Month", "MonthName"], required: true },
    { field: "value", headers: ["AdjustedRevenueAmtCD", "AdjustedRevenue", "RevenueUSD", "Revenue"], required: true },
    { field: "association", headers: ["PartnerAssociationType", "PartnerAttachType", "PartnerAttributionType"], required: true },
  ],
  oneOf: [["tenantId", "tenantName"]],
};

/**
 * Tried in order; the first whose required headers are all present wins. The M365 layout needs paid
 * units, so it is tried before the Business Applications usage layout, which has MAU but no PAU.
 */
export const LAYOUTS: readonly LayoutSpec[] = [BIZAPPS_REVENUE, AZURE_USAGE, M365_USAGE, BIZAPPS_USAGE, SKILLING];

export interface DetectedLayout {
  layout: LayoutSpec;
  /** field → column index in the header row. */
  columns: Record<string, number>;
  /** Fields whose header stands in more than one column: which one counts is not ours to guess. */
  duplicates?: { header: string; columns: number[] }[];
}

/** "A", "Z", "AA": a column as Excel names it, for messages. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "columns E and G are both ActiveUsage: …": a header a layout reads that appears twice. */
export function duplicateHeaderMessage(duplicates: NonNullable<DetectedLayout["duplicates"]>): string {
  return duplicates
    .map((d) => `columns ${d.columns.map(columnLetter).join(" and ")} are both "${d.header}": only one of them can be read. Delete or rename the other, then score again.`)
    .join(" ");
}

/** Column indexes of a layout's fields in a header row, or null when a required field is missing. */
export function matchLayout(layout: LayoutSpec, header: readonly unknown[]): DetectedLayout | null {
  const keys = header.map((h) => looseKey(String(h ?? "")));
  const columns: Record<string, number> = {};
  const duplicates: NonNullable<DetectedLayout["duplicates"]> = [];
  for (const spec of layout.fields) {
    for (const name of spec.headers) {
      const key = looseKey(name);
      const i = keys.indexOf(key);
      if (i >= 0) {
        columns[spec.field] = i;
        const all = keys.flatMap((k, j) => (k === key ? [j] : []));
        if (all.length > 1) duplicates.push({ header: String(header[i] ?? "").trim(), columns: all });
        break;
      }
    }
    if (spec.required && columns[spec.field] === undefined) return null;
  }
  for (const group of layout.oneOf ?? []) if (!group.some((f) => columns[f] !== undefined)) return null;
  return duplicates.length ? { layout, columns, duplicates } : { layout, columns };
}

export function detectLayout(header: readonly unknown[]): DetectedLayout | null {
  for (const layout of LAYOUTS) {
    const match = matchLayout(layout, header);
    if (match) return match;
  }
  return null;
}

/** The message for a header row that matches nothing: what we expected, and what we found. */
/** How far down a sheet or file the header row is looked for: title lines may stand above it. */
export const HEADER_SEARCH_ROWS = 20;

export function noLayoutMessage(header: readonly unknown[]): string {
  const found = header.map((h) => String(h ?? "").trim()).filter(Boolean);
  const expected = LAYOUTS.map((l) => {
    const required = l.fields.filter((f) => f.required).map((f) => f.headers[0]);
    const oneOf = (l.oneOf ?? []).map((g) => g.map((f) => l.fields.find((x) => x.field === f)?.headers[0]).join(" or "));
    return `  - ${l.title}: ${[...oneOf, ...required].join(", ")}`;
  });
  return [
    "The header row matches no known export layout.",
    "Expected the columns of one of:",
    ...expected,
    `Found: ${found.length ? found.join(", ") : "(an empty header row)"}`,
    "Open the CSV downloaded from Partner Center Insights without editing its header row, or rename the columns to the names above.",
  ].join("\n");
}

export function headerName(header: readonly unknown[], index: number): string {
  return String(header[index] ?? "").replace(/^\uFEFF/, "").trim() || `column ${index + 1}`;
}

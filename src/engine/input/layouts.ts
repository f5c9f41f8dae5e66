import { looseKey } from "../parse/keys";

/**
 * The export layouts we recognise, by header. Each field lists the header names that carry it (seed
 * 002's contribution CSV first, then the documented Insights names); headers match loosely.
 */
export interface FieldSpec {
  field: string;
  headers: string[];
  required: boolean;
  /**
   * A count the export carries once under one of several names: two of them in one header (ActiveUsage,
   * the contribution CSV's name, and MonthlyActiveUsers, Insights' name) are two columns for one value,
   * and which one counts is not ours to guess. Only where the names are known to mean the same thing;
   * elsewhere (ACR beside ACR_USD, PAMAU beside MAU) they may be different measures, and the first name
   * listed counts.
   */
  once?: boolean;
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
    { field: "mau", headers: ["ActiveUsage", "MonthlyActiveUsers", "MAU"], required: true, once: true },
    { field: "pau", headers: ["QualifiedUsage", "PaidAvailableUnits", "PAU"], required: true, once: true },
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
  duplicates?: { header: string; columns: number[]; headers: string[] }[];
  /**
   * Other layouts the header also has every column of, none of them a part of another (an M365 usage
   * header that also has Azure's ServiceLevel2 and ACR_USD): two exports side by side.
   */
  alsoMatches?: DetectedLayout[];
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
    .map((d) => {
      const columns = `columns ${d.columns.map(columnLetter).join(" and ")}`;
      const names = [...new Set(d.headers)];
      return names.length > 1 && new Set(names.map(looseKey)).size > 1
        ? `${columns} (${names.map((n) => `"${n}"`).join(", ")}) are two names for the same value: only one of them can be read. Delete or rename the other, then score again.`
        : `${columns} are both "${d.header}": only one of them can be read. Delete or rename the other, then score again.`;
    })
    .join(" ");
}

/** A header with the columns of two exports: which one it is, is not ours to guess. */
export function ambiguousLayoutMessage(header: readonly unknown[], detected: DetectedLayout): string {
  const all = [detected, ...(detected.alsoMatches ?? [])];
  const own = (d: DetectedLayout) => {
    const others = all.filter((o) => o !== d).flatMap((o) => Object.values(o.columns));
    const mine = Object.values(d.columns).filter((i) => !others.includes(i));
    return `the ${d.layout.title.replace(/ \(.*\)$/, "")} (${mine.map((i) => headerName(header, i)).join(", ")})`;
  };
  return [
    `this header has the columns of ${all.length === 2 ? "two exports" : `${all.length} exports`}: ${all.map(own).join(" and ")}.`,
    "Partner Center writes each as its own file, so this looks like exports pasted side by side, and reading it as one of them would drop the other's values.",
    "Keep one export per file (or per sheet), then score again.",
  ].join(" ");
}

/** Column indexes of a layout's fields in a header row, or null when a required field is missing. */
export function matchLayout(layout: LayoutSpec, header: readonly unknown[]): DetectedLayout | null {
  const keys = header.map((h) => looseKey(String(h ?? "")));
  const columns: Record<string, number> = {};
  const duplicates: NonNullable<DetectedLayout["duplicates"]> = [];
  for (const spec of layout.fields) {
    // The first name present gives the column; the same name twice, or (for a value carried once) two of its names, is a duplicate.
    const all = new Set<number>();
    for (const key of new Set(spec.headers.map(looseKey))) {
      const hits = keys.flatMap((k, j) => (k === key ? [j] : []));
      if (!hits.length) continue;
      columns[spec.field] ??= hits[0];
      for (const j of hits) all.add(j);
      if (!spec.once) break;
    }
    if (all.size > 1) {
      const sorted = [...all].sort((a, b) => a - b);
      duplicates.push({ header: headerName(header, columns[spec.field]), columns: sorted, headers: sorted.map((j) => headerName(header, j)) });
    }
    if (spec.required && columns[spec.field] === undefined) return null;
  }
  for (const group of layout.oneOf ?? []) if (!group.some((f) => columns[f] !== undefined)) return null;
  return duplicates.length ? { layout, columns, duplicates } : { layout, columns };
}

function within(a: DetectedLayout, b: DetectedLayout): boolean {
  const theirs = new Set(Object.values(b.columns));
  return Object.values(a.columns).every((i) => theirs.has(i));
}

/**
 * The first layout whose columns the header has (LAYOUTS' order). A header may hold every column of a
 * second layout too: when that one's columns are all among the first's (an M365 header has all that
 * the Business Applications usage layout reads), the first is the export; when each has columns the
 * other lacks, the header is two exports side by side, and `alsoMatches` names the other.
 */
export function detectLayout(header: readonly unknown[]): DetectedLayout | null {
  let first: DetectedLayout | null = null;
  const others: DetectedLayout[] = [];
  for (const layout of LAYOUTS) {
    const match = matchLayout(layout, header);
    if (!match) continue;
    if (!first) first = match;
    else if (!within(match, first) && !within(first, match)) others.push(match);
  }
  return first && others.length ? { ...first, alsoMatches: others } : first;
}

/** The message for a header row that matches nothing: what we expected, and what we found. */
/** How far down a sheet or file the header row is looked for: title lines may stand above it. */
export const HEADER_SEARCH_ROWS = 20;

/** What a message shows of a header it does not know: its first names, each cut short, and how many more. */
function foundHeaders(header: readonly unknown[]): string {
  const found = header.map((h) => String(h ?? "").trim()).filter(Boolean);
  if (!found.length) return "(an empty header row)";
  const shown: string[] = [];
  let length = 0;
  for (const h of found) {
    const name = h.length > 60 ? `${h.slice(0, 60)}… (${h.length.toLocaleString("en-US")} characters)` : h;
    if (shown.length >= 30 || length + name.length > 600) break;
    shown.push(name);
    length += name.length + 2;
  }
  const more = found.length - shown.length;
  return `${shown.join(", ")}${more ? `, … and ${more.toLocaleString("en-US")} more` : ""}`;
}

export function noLayoutMessage(header: readonly unknown[]): string {
  const expected = LAYOUTS.map((l) => {
    const required = l.fields.filter((f) => f.required).map((f) => f.headers[0]);
    const oneOf = (l.oneOf ?? []).map((g) => g.map((f) => l.fields.find((x) => x.field === f)?.headers[0]).join(" or "));
    return `  - ${l.title}: ${[...oneOf, ...required].join(", ")}`;
  });
  return [
    "The header row matches no known export layout.",
    "Expected the columns of one of:",
    ...expected,
    `Found: ${foundHeaders(header)}`,
    "Open the CSV downloaded from Partner Center Insights without editing its header row, or rename the columns to the names above.",
  ].join("\n");
}

export function headerName(header: readonly unknown[], index: number): string {
  return (
    String(header[index] ?? "")
      .replace(/^\uFEFF/, "")
      .trim() || `column ${index + 1}`
  );
}

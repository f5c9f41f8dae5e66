import { InputCollector, readCsvText, scoreDesignations, type ScoreAllResult, type ScoreOptions } from "../../src/engine";
import { businessApplicationsModule } from "../../src/engine/designations/business-applications/module";

/** [tenant, workload, month, revenue USD, PartnerAssociationType] */
export type RevenueRow = [string, string, string, number, string];
/** [tenant, workload, month, MAU (profiles for Customer Insights), PartnerAssociationType, MetricType?] */
export type BizUsageRow = [string, string, string, number, string, string?];
/** [person, certification, completion date?, expiry date?] */
export type CertRow = [string, string, string?, string?];

const quote = (v: string | number) => (typeof v === "string" && /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));

/** The documented Insights revenue layout (RULES.md §8.2), trimmed to the columns the engine reads. */
export function revenueCsv(rows: RevenueRow[]): string {
  const header = "FiscalMonthName,CustomerTenantID,CustomerTenantName,Workloads,AdjustedRevenueAmtCD,PartnerAssociationType";
  return [header, ...rows.map(([t, w, m, v, a]) => [m, t, `${t} Ltd`, w, v, a].map(quote).join(","))].join("\n");
}

/** The documented Insights usage layout (RULES.md §8.2), trimmed; MetricType "Paid" unless given. */
export function bizUsageCsv(rows: BizUsageRow[]): string {
  const header = "FiscalMonthName,CustomerTenantID,CustomerTenantName,Workload,MAU,PartnerAssociationType,MetricType";
  return [header, ...rows.map(([t, w, m, v, a, type = "Paid"]) => [m, t, `${t} Ltd`, w, v, a, type].map(quote).join(","))].join("\n");
}

export function bizSkillingCsv(rows: CertRow[]): string {
  const header = "Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date";
  return [header, ...rows.map(([p, c, done = "2024-01-10", expires = ""]) => [p, c, "", "Business Applications", done, expires].map(quote).join(","))].join(
    "\n"
  );
}

export interface BizExports {
  revenue?: RevenueRow[];
  usage?: BizUsageRow[];
  skilling?: CertRow[];
}

export function scoreBizApps(exports: BizExports, options: ScoreOptions = {}): ScoreAllResult {
  const c = new InputCollector();
  if (exports.revenue) readCsvText(c, "bizapps-revenue.csv", revenueCsv(exports.revenue));
  if (exports.usage) readCsvText(c, "bizapps-usage.csv", bizUsageCsv(exports.usage));
  if (exports.skilling) readCsvText(c, "skilling.csv", bizSkillingCsv(exports.skilling));
  return scoreDesignations(c.result(), options, [businessApplicationsModule]);
}

export function designation(result: ScoreAllResult) {
  const d = result.report.designations.find((x) => x.id === "business-applications");
  if (!d) throw new Error("no business-applications result");
  return d;
}

export function bizTrack(result: ScoreAllResult, id: "enterprise" | "smb") {
  const t = designation(result).tracks.find((x) => x.id === id);
  if (!t) throw new Error(`no track ${id}`);
  return t;
}

export function bizMetric(result: ScoreAllResult, trackId: "enterprise" | "smb", metricId: string) {
  const m = bizTrack(result, trackId).metrics.find((x) => x.id === metricId);
  if (!m) throw new Error(`no metric ${metricId}`);
  return m;
}

export function warning(result: ScoreAllResult, code: string) {
  return result.report.warnings.find((w) => w.code === code);
}

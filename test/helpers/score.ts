import { InputCollector, readCsvText, scoreModernWork, type ScoreOptions, type ScoreResult } from "../../src/engine";

/** [tenant, association, workload, month, MAU, PAU, DateAssociated?] */
export type UsageRow = [string, string, string, string, number, number, string?];

export function usageCsv(rows: UsageRow[]): string {
  const withClaims = rows.some((r) => r[6] !== undefined);
  const header = "CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage" + (withClaims ? ",DateAssociated" : "");
  return [
    header,
    ...rows.map((r) =>
      r
        .slice(0, withClaims ? 7 : 6)
        .map((v) => v ?? "")
        .join(",")
    ),
  ].join("\n");
}

export function skillingCsv(rows: [string, string, string?, string?][]): string {
  return [
    "Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date",
    ...rows.map(([person, cert, completed = "2024-01-10", expires = ""]) => `${person},"${cert}",,Modern Work,${completed},${expires}`),
  ].join("\n");
}

export function score(usage: UsageRow[], options: ScoreOptions = {}, skilling?: string): ScoreResult {
  const collector = new InputCollector();
  readCsvText(collector, "usage.csv", usageCsv(usage));
  if (skilling) readCsvText(collector, "skilling.csv", skilling);
  return scoreModernWork(collector.result(), options);
}

export function track(result: ScoreResult, id: "enterprise" | "smb") {
  const t = result.report.designations[0].tracks.find((x) => x.id === id);
  if (!t) throw new Error(`no track ${id}`);
  return t;
}

export function metric(result: ScoreResult, trackId: "enterprise" | "smb", metricId: string) {
  const m = track(result, trackId).metrics.find((x) => x.id === metricId);
  if (!m) throw new Error(`no metric ${metricId}`);
  return m;
}

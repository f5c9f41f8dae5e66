import {
  InputCollector,
  readCsvText,
  scoreDesignations,
  type MetricResult,
  type ParsedInput,
  type ScoreAllResult,
  type ScoreOptions,
  type TrackResult,
} from "../../src/engine";
import { securityModule } from "../../src/engine/designations/security/module";
import { usageCsv, type UsageRow } from "./score";

export type { UsageRow };

/** [tenant, ServiceLevel2, month, ACR USD, association, offer?] */
export type AzureRow = [string, string, string, number, string, string?];

export function azureCsv(rows: AzureRow[]): string {
  const header = "CustomerTenantId,ServiceLevel2,Month,ACR_USD,PartnerAttributionType,OfferType";
  return [
    header,
    ...rows.map(([tenant, service, month, acr, association, offer = "Azure plan"]) => `${tenant},"${service}",${month},${acr},${association},${offer}`),
  ].join("\n");
}

/** [person, certification, completed (YYYY-MM-DD), expires] */
export type SkillRow = [string, string, string?, string?];

export function securitySkillingCsv(rows: SkillRow[]): string {
  return [
    "Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date",
    ...rows.map(([person, cert, completed = "2023-01-10", expires = ""]) => `${person},"${cert}",,Security,${completed},${expires}`),
  ].join("\n");
}

export interface SecurityInputs {
  azure?: AzureRow[];
  m365?: UsageRow[];
  skilling?: SkillRow[];
}

/** The parsed input of the given exports (CSV text read as a user's files would be). */
export function securityInput(inputs: SecurityInputs): ParsedInput {
  const collector = new InputCollector();
  if (inputs.azure) readCsvText(collector, "azure.csv", azureCsv(inputs.azure));
  if (inputs.m365) readCsvText(collector, "usage.csv", usageCsv(inputs.m365));
  if (inputs.skilling) readCsvText(collector, "skilling.csv", securitySkillingCsv(inputs.skilling));
  return collector.result();
}

/** Scores Security alone on the given exports. */
export function scoreSecurity(inputs: SecurityInputs, options: ScoreOptions = {}): ScoreAllResult {
  return scoreDesignations(securityInput(inputs), options, [securityModule]);
}

export function securityTrack(result: ScoreAllResult, id: "single" | "enterprise" | "smb"): TrackResult {
  const t = result.report.designations[0].tracks.find((x) => x.id === id);
  if (!t) throw new Error(`no track ${id}`);
  return t;
}

export function securityMetric(result: ScoreAllResult, trackId: "single" | "enterprise" | "smb", metricId: string): MetricResult {
  const m = securityTrack(result, trackId).metrics.find((x) => x.id === metricId);
  if (!m) throw new Error(`no metric ${metricId}`);
  return m;
}

export function warningCodes(result: ScoreAllResult): string[] {
  return result.report.warnings.map((w) => w.code);
}

/** One row per month from `from` to `to` (YYYY-MM, inclusive), e.g. to give an Azure export its 24 months. */
export function everyMonth(from: string, to: string, row: (month: string) => AzureRow): AzureRow[] {
  const rows: AzureRow[] = [];
  let [y, m] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    rows.push(row(`${y}-${String(m).padStart(2, "0")}`));
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return rows;
}

import { InputCollector, readCsvText, scoreDesignations, type DesignationModule, type ScoreAllResult, type ScoreOptions } from "../../src/engine";
import { infrastructureModule } from "../../src/engine/designations/infrastructure/module";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ParsedInput } from "../../src/engine";
import { writeBulkAzure } from "../../scripts/samples/bulkAzure";

/** One row of an Azure consumption export. Association defaults to "CSP Tier 1". */
export interface AzureRow {
  tenant: string;
  service: string;
  month: string;
  acr: number;
  association?: string;
  segment?: string;
  offer?: string;
}

/** [tenant, service, month, ACR, association?] — the short form most tests use. */
export type AzureTuple = [string, string, string, number, string?];

const row = (r: AzureRow | AzureTuple): AzureRow => (Array.isArray(r) ? { tenant: r[0], service: r[1], month: r[2], acr: r[3], association: r[4] } : r);

/** The CSV text of an export; CustomerSegment / OfferType columns appear only when a row sets them. */
export function azureCsv(rows: (AzureRow | AzureTuple)[]): string {
  const all = rows.map(row);
  const segment = all.some((r) => r.segment !== undefined);
  const offer = all.some((r) => r.offer !== undefined);
  const header = ["CustomerTenantId", "CustomerName", "ServiceLevel2", "Month", "ACR_USD", "PartnerAttributionType"];
  if (segment) header.push("CustomerSegment");
  if (offer) header.push("OfferType");
  const lines = all.map((r) => {
    const cells = [`tid-${r.tenant}`, r.tenant, `"${r.service}"`, r.month, String(r.acr), r.association ?? "CSP Tier 1"];
    if (segment) cells.push(r.segment ?? "");
    if (offer) cells.push(r.offer ?? "");
    return cells.join(",");
  });
  return [header.join(","), ...lines].join("\n");
}

/** Monthly rows for one tenant and service, `from` to `to` inclusive (YYYY-MM), the same ACR each month. */
export function monthly(tenant: string, service: string, from: string, to: string, acr: number, association?: string): AzureTuple[] {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  const rows: AzureTuple[] = [];
  for (let i = fy * 12 + fm - 1; i <= ty * 12 + tm - 1; i++) {
    const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
    rows.push([tenant, service, month, acr, association]);
  }
  return rows;
}

/**
 * A tenant with $1 of Storage in every month from `from` to `to`: it keeps those months present in
 * the export (no "month missing" warnings) without reaching any threshold.
 */
export function filler(from: string, to: string): AzureTuple[] {
  return monthly("Filler", "Storage", from, to, 1);
}

/** [person, certification, completed?, expires?] */
export type SkillRow = [string, string, string?, string?];

export function skillingCsv(rows: SkillRow[]): string {
  return [
    "Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date",
    ...rows.map(([person, cert, completed = "2023-01-10", expires = ""]) => `${person},"${cert}",,Azure,${completed},${expires}`),
  ].join("\n");
}

export interface AzureScoreInput {
  rows?: (AzureRow | AzureTuple)[];
  skilling?: SkillRow[];
  /** Other CSV files (name → text), e.g. an M365 usage export. */
  files?: Record<string, string>;
}

export function scoreAzure(input: AzureScoreInput, options: ScoreOptions = {}, scorers: readonly DesignationModule[] = [infrastructureModule]): ScoreAllResult {
  const c = new InputCollector();
  if (input.rows) readCsvText(c, "azure.csv", azureCsv(input.rows));
  if (input.skilling) readCsvText(c, "skilling.csv", skillingCsv(input.skilling));
  for (const [name, text] of Object.entries(input.files ?? {})) readCsvText(c, name, text);
  return scoreDesignations(c.result(), options, scorers);
}

export function designation(result: ScoreAllResult, id = "infrastructure") {
  const d = result.report.designations.find((x) => x.id === id);
  if (!d) throw new Error(`no designation ${id}`);
  return d;
}

export function track(result: ScoreAllResult, trackId = "single", id = "infrastructure") {
  const t = designation(result, id).tracks.find((x) => x.id === trackId);
  if (!t) throw new Error(`no track ${trackId} in ${id}`);
  return t;
}

export function metric(result: ScoreAllResult, metricId: string, trackId = "single", id = "infrastructure") {
  const m = track(result, trackId, id).metrics.find((x) => x.id === metricId);
  if (!m) throw new Error(`no metric ${metricId} in ${id} ${trackId}`);
  return m;
}

export function warningCodes(result: ScoreAllResult): string[] {
  return result.report.warnings.map((w) => w.code);
}

export function warning(result: ScoreAllResult, code: string): string {
  const w = result.report.warnings.find((x) => x.code === code);
  if (!w) throw new Error(`no warning ${code}; got ${warningCodes(result).join(", ")}`);
  return w.message;
}

/** The benchmark's generated Azure export (scripts/samples/bulkAzure.ts), `rows` rows from `seed`, read. */
export function generatedAzure(seed: number, rows: number): ParsedInput {
  const dir = mkdtempSync(join(tmpdir(), "spd-azure-"));
  try {
    const file = join(dir, "azure.csv");
    writeBulkAzure(file, rows, seed);
    const c = new InputCollector();
    readCsvText(c, "azure.csv", readFileSync(file, "utf8"));
    return c.result();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

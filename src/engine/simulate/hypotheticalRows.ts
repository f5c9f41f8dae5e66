import type { ParsedInput } from "../input/collector";
import type { MeasureData, MeasureRecord } from "../input/measures";
import type { CertificationRecord, SkillingData } from "../input/skilling";
import type { UsageData, UsageRecord } from "../input/usage";
import { normaliseAssociation } from "../parse/associations";
import { looseKey } from "../parse/keys";
import type { MonthIndex } from "../parse/months";
import type { SimulatorCatalogue } from "./catalogue";
import { ScenarioError, type HypotheticalCertification, type HypotheticalCustomer } from "./scenario";

/** The file name hypothetical rows carry, so row flags and messages never point into the user's export. */
export const SCENARIO_FILE = "(scenario)";

/** The month hypothetical rows land in, per export: each export's own as-of month. */
export interface ScenarioMonths {
  m365: MonthIndex;
  azure: MonthIndex;
  bizapps: MonthIndex;
  skilling: MonthIndex;
}

function copyUsage(data: UsageData): UsageData {
  return { files: [...data.files, SCENARIO_FILE], tenants: [...data.tenants], records: [...data.records], rejected: data.rejected };
}

function copyMeasures(data: MeasureData | null): MeasureData {
  if (!data) return { files: [SCENARIO_FILE], tenants: [], records: [], rejected: [] };
  return { files: [...data.files, SCENARIO_FILE], tenants: [...data.tenants], records: [...data.records], rejected: data.rejected };
}

function tenantOf(data: { tenants: { key: string; name: string }[] }, name: string): number {
  return data.tenants.push({ key: `scenario:${name}`, name }) - 1;
}

/**
 * An M365 customer a year ago and now. Existing customers had the same paid units a year ago: with no
 * active users (a new deployment) or just at the deployed share (an existing one), so the entered
 * users are what the customer adds.
 */
function m365Rows(data: UsageData, c: HypotheticalCustomer, month: MonthIndex, catalogue: SimulatorCatalogue): void {
  if (c.paidUnits === undefined) throw new ScenarioError(`${c.name}: ${c.workload} is an M365 workload; give its paid units (seats).`);
  const association = normaliseAssociation(c.association);
  const tenant = tenantOf(data, c.name);
  const file = data.files.length - 1;
  const added = c.monthlyProtectedUsers ?? c.monthlyActiveUsers ?? 0;
  const row = (m: MonthIndex, mau: number): UsageRecord => ({
    file,
    row: 0,
    tenant,
    workload: c.workload,
    workloadKey: looseKey(c.workload),
    association: association.type,
    associationLabel: association.label,
    associationRaw: c.association,
    month: m,
    mau,
    pau: c.paidUnits!,
    claimMonth: null,
  });
  const before = c.deployment === "existing" ? Math.ceil(catalogue.deployedShare * c.paidUnits) : 0;
  if (c.customer === "existing") data.records.push(row(month - 12, before));
  data.records.push(row(month, before + added));
}

function measureRow(data: MeasureData, c: HypotheticalCustomer, tenant: number, month: MonthIndex, value: number): MeasureRecord {
  const association = normaliseAssociation(c.association);
  return {
    file: data.files.length - 1,
    row: 0,
    tenant,
    item: c.workload,
    itemKey: looseKey(c.workload),
    association: association.type,
    associationLabel: association.label,
    associationRaw: c.association,
    month,
    value,
    trial: false,
  };
}

/** Twelve monthly amounts ending at `month`: the TTM revenue spread evenly, on top of a year-ago level for existing customers. */
function monthlySeries(data: MeasureData, c: HypotheticalCustomer, month: MonthIndex, ttm: number, existingLevel: number): void {
  const tenant = tenantOf(data, c.name);
  for (let m = month - 23; m <= month; m++) {
    const lastYear = m <= month - 12;
    if (lastYear && c.customer === "new") continue;
    data.records.push(measureRow(data, c, tenant, m, (c.customer === "existing" ? existingLevel : 0) + (lastYear ? 0 : ttm / 12)));
  }
}

/** Users now and a year ago: an existing deployment had just the deployed MCV a year ago. */
function bizAppsUsageRows(data: MeasureData, c: HypotheticalCustomer, month: MonthIndex, catalogue: SimulatorCatalogue): void {
  const tenant = tenantOf(data, c.name);
  const before = c.deployment === "existing" ? Math.ceil(catalogue.deployedMcv / catalogue.rateOf(c.workload)) : 0;
  if (c.customer === "existing") data.records.push(measureRow(data, c, tenant, month - 12, before));
  data.records.push(measureRow(data, c, tenant, month, before + (c.monthlyActiveUsers ?? 0)));
}

function skillingWith(data: SkillingData | null, certifications: HypotheticalCertification[], month: MonthIndex): SkillingData {
  const copy: SkillingData = { files: [...(data?.files ?? []), SCENARIO_FILE], records: [...(data?.records ?? [])] };
  const file = copy.files.length - 1;
  certifications.forEach((cert, line) => {
    for (let i = 1; i <= cert.people; i++) {
      const person = `Hypothetical person ${line + 1}.${i}`;
      const record: CertificationRecord = {
        file,
        row: 0,
        person,
        personKey: `scenario:${looseKey(person)}`,
        certification: cert.name,
        type: "",
        solutionArea: "",
        completed: month,
        expires: null,
      };
      copy.records.push(record);
    }
  });
  return copy;
}

/** The input with the scenario's customers and certifications added as rows of the exports they belong to. Never changes `input`. */
export function withHypotheticalRows(
  input: ParsedInput,
  customers: HypotheticalCustomer[],
  certifications: HypotheticalCertification[],
  months: ScenarioMonths,
  catalogue: SimulatorCatalogue
): { input: ParsedInput; notes: string[] } {
  const notes: string[] = [];
  const next: ParsedInput = { ...input };
  for (const c of customers) {
    const kind = c.export ?? catalogue.exportOf(c.workload);
    if (kind === "m365") {
      if (next.usage === input.usage) next.usage = copyUsage(input.usage);
      m365Rows(next.usage, c, months.m365, catalogue);
    } else if (kind === "azure") {
      if (c.ttmRevenue === undefined) throw new ScenarioError(`${c.name}: ${c.workload} is taken as an Azure service; give its TTM revenue (USD).`);
      if (next.azure === input.azure) next.azure = copyMeasures(input.azure);
      if (!c.export) notes.push(`${c.name}: "${c.workload}" is not an M365 or Business Applications workload, so it is taken as an Azure service.`);
      monthlySeries(next.azure!, c, months.azure, c.ttmRevenue, catalogue.existingMonthlyAcr);
    } else {
      if (c.ttmRevenue === undefined && c.monthlyActiveUsers === undefined)
        throw new ScenarioError(`${c.name}: ${c.workload} is a Business Applications workload; give its TTM revenue (USD), its monthly active users, or both.`);
      if (c.ttmRevenue !== undefined) {
        if (next.bizAppsRevenue === input.bizAppsRevenue) next.bizAppsRevenue = copyMeasures(input.bizAppsRevenue);
        monthlySeries(next.bizAppsRevenue!, c, months.bizapps, c.ttmRevenue, catalogue.existingMonthlyRevenue);
      }
      if (c.monthlyActiveUsers !== undefined) {
        if (next.bizAppsUsage === input.bizAppsUsage) next.bizAppsUsage = copyMeasures(input.bizAppsUsage);
        bizAppsUsageRows(next.bizAppsUsage!, c, months.bizapps, catalogue);
      }
    }
  }
  if (certifications.length) next.skilling = skillingWith(input.skilling, certifications, months.skilling);
  return { input: next, notes };
}

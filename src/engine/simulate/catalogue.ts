import { DESIGNATIONS } from "../designations/registry";
import { ruleSetFor } from "../designations/ruleSelection";
import { looseKey } from "../parse/keys";
import type { MonthIndex } from "../parse/months";
import type { AzureRuleSet } from "../rules/azureTypes";
import type { BusinessApplicationsRuleSet, RateCardEntry } from "../rules/businessApplicationsTypes";
import type { Band, SecurityRuleSet } from "../rules/securityTypes";
import { certificationKey } from "../designations/certificationSteps";
import type { CertStepRule, CertificationRule, DesignationId, ModernWorkRuleSet, RuleSetBase, WorkloadRule } from "../rules/types";
import { bizAppsWorkloadKey } from "../score/bizAppsWorkloads";
import type { CustomerExport } from "./scenario";

/**
 * What the simulator's pickers offer and where a hypothetical customer's rows go, taken from the rule
 * sets in force in the as-of month: workloads per export, certifications per designation, and the
 * levels an "existing" customer had a year ago (just over each threshold, so it counted then too).
 */
export interface CatalogueCertification {
  name: string;
  aliases: string[];
  level: "intermediate" | "advanced";
  designations: DesignationId[];
}

export interface SimulatorCatalogue {
  m365Workloads: string[];
  azureServices: string[];
  bizAppsWorkloads: string[];
  /** Certification names a hypothetical certification can take, with the designations they count for. */
  certifications: CatalogueCertification[];
  /** The certification a typed name means (by name or alias), or null. */
  findCertification(name: string): CatalogueCertification | null;
  exportOf(workload: string): CustomerExport;
  /** An existing Azure customer's monthly ACR a year ago: enough to be a customer in every Azure rule. */
  existingMonthlyAcr: number;
  /** An existing M365 deployment's active share of paid units a year ago. */
  deployedShare: number;
  /** An existing Business Applications customer's monthly revenue a year ago. */
  existingMonthlyRevenue: number;
  /** An existing Business Applications deployment's MCV a year ago, and the rate per user of a workload. */
  deployedMcv: number;
  rateOf(workload: string): number;
}

const names = (list: readonly WorkloadRule[]) => list.map((w) => w.name);
const lowest = (band: Band) => Math.max(band.atLeast?.value ?? 0, (band.above?.value ?? -Infinity) + 1);

function inForce<R extends RuleSetBase>(id: string, asOf: MonthIndex): R[] {
  return DESIGNATIONS.filter((d) => d.id === id).map((d) => ruleSetFor(d.ruleSets, asOf) as R);
}

function stepCertifications(rules: RuleSetBase, out: CatalogueCertification[]): void {
  for (const track of rules.tracks)
    for (const metric of track.metrics) {
      if (metric.target.kind !== "steps") continue;
      const level = metric.id === "advanced-certifications" ? "advanced" : "intermediate";
      for (const step of metric.target.steps as CertStepRule[])
        for (const c of step.certifications.value) addCertification(out, c, level, rules.designation);
    }
}

function addCertification(out: CatalogueCertification[], cert: CertificationRule, level: "intermediate" | "advanced", designation: DesignationId): void {
  const hit = out.find((c) => certificationKey(c.name) === certificationKey(cert.name));
  if (!hit) out.push({ name: cert.name, aliases: cert.aliases, level, designations: [designation] });
  else if (!hit.designations.includes(designation)) hit.designations.push(designation);
}

export function simulatorCatalogue(asOf: MonthIndex): SimulatorCatalogue {
  const mw = inForce<ModernWorkRuleSet>("modern-work", asOf)[0];
  const security = inForce<SecurityRuleSet>("security", asOf)[0];
  const azure = [...inForce<AzureRuleSet>("infrastructure", asOf), ...inForce<AzureRuleSet>("data-ai", asOf), ...inForce<AzureRuleSet>("digital-app-innovation", asOf)];
  const bizApps = inForce<BusinessApplicationsRuleSet>("business-applications", asOf)[0];

  const m365 = [...mw.workloads.value, ...(mw.extraWorkloadsForUsage?.value ?? []), ...security.m365Workloads.value];
  const m365Keys = new Set(m365.flatMap((w) => [w.id, w.name, ...w.aliases].map(looseKey)));
  const bizAppsList: WorkloadRule[] = [...bizApps.ncaWorkloads.value, ...bizApps.rateCard.value];
  const bizAppsKeys = new Set(bizAppsList.flatMap((w) => [w.name, ...w.aliases].map(bizAppsWorkloadKey)));
  const rates = new Map<string, RateCardEntry>();
  for (const r of bizApps.rateCard.value) for (const n of [r.name, ...r.aliases]) rates.set(bizAppsWorkloadKey(n), r);

  const certifications: CatalogueCertification[] = [];
  for (const c of mw.certifications.intermediate.value) addCertification(certifications, c, "intermediate", mw.designation);
  for (const c of mw.certifications.advanced.value) addCertification(certifications, c, "advanced", mw.designation);
  for (const rules of [security, ...azure, bizApps]) stepCertifications(rules, certifications);

  const azureMonthly = Math.max(...azure.flatMap((r) => r.tracks.map((t) => t.ncaMinMonthlyAcr.value)), ...security.tracks.map((t) => lowest(t.azure.customer) / 12));
  const revenue = Math.max(...Object.values(bizApps.settings.ncaRevenue).map((t) => t.min.value + (t.inclusive ? 0 : 1)));
  return {
    m365Workloads: [...new Set(names(m365))],
    azureServices: [...new Set(names(security.azureServices.value))],
    bizAppsWorkloads: [...new Set(names(bizAppsList))],
    certifications,
    findCertification: (name) => {
      const key = certificationKey(name);
      return certifications.find((c) => [c.name, ...c.aliases].some((n) => certificationKey(n) === key)) ?? null;
    },
    exportOf: (workload) => (m365Keys.has(looseKey(workload)) ? "m365" : bizAppsKeys.has(bizAppsWorkloadKey(workload)) ? "bizapps" : "azure"),
    existingMonthlyAcr: Math.ceil(azureMonthly),
    deployedShare: Math.max(mw.deploymentRatio.value, ...security.tracks.map((t) => t.m365.deployment.activeShare.value)),
    existingMonthlyRevenue: Math.ceil(revenue),
    deployedMcv: Math.max(...bizApps.tracks.map((t) => t.deploymentMinMcv.value)),
    rateOf: (workload) => rates.get(bizAppsWorkloadKey(workload))?.rate ?? 1,
  };
}

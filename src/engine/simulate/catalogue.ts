import { DESIGNATIONS } from "../designations/registry";
import type { CustomerExport, SimulatorParts } from "../model/module";
import { ruleSetFor } from "../model/ruleSelection";
import type { MonthIndex } from "../parse/months";
import { certificationKey } from "../model/certificationSteps";
import type { CertificationRule, DesignationId, WorkloadRule } from "../model/ruleTypes";

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

function addCertification(out: CatalogueCertification[], cert: CertificationRule, level: "intermediate" | "advanced", designation: DesignationId): void {
  const hit = out.find((c) => certificationKey(c.name) === certificationKey(cert.name));
  if (!hit) out.push({ name: cert.name, aliases: cert.aliases, level, designations: [designation] });
  else if (!hit.designations.includes(designation)) hit.designations.push(designation);
}

/** A typed workload goes to the first export that knows it; anything else is taken as an Azure service. */
const EXPORT_ORDER: readonly CustomerExport[] = ["m365", "bizapps", "azure"];

export function simulatorCatalogue(asOf: MonthIndex): SimulatorCatalogue {
  const certifications: CatalogueCertification[] = [];
  const workloads: NonNullable<SimulatorParts["workloads"]> = [];
  const parts: SimulatorParts[] = [];
  for (const module of DESIGNATIONS) {
    const rules = ruleSetFor(module.ruleSets, asOf);
    const p = module.simulator(rules);
    parts.push(p);
    workloads.push(...(p.workloads ?? []));
    for (const list of module.certificationLists(rules)) for (const c of list.certifications) addCertification(certifications, c, list.level, module.id);
  }
  const most = (pick: (p: SimulatorParts) => number | undefined) => Math.max(...parts.flatMap((p) => pick(p) ?? []));
  const listed = (exp: CustomerExport) => [...new Set(workloads.filter((w) => w.export === exp).flatMap((w) => names(w.names)))];
  const known = (exp: CustomerExport, workload: string) =>
    workloads.some((w) => w.export === exp && w.names.some((rule) => [rule.name, ...rule.aliases].some((n) => w.key(n) === w.key(workload))));
  return {
    m365Workloads: listed("m365"),
    azureServices: listed("azure"),
    bizAppsWorkloads: listed("bizapps"),
    certifications,
    findCertification: (name) => {
      const key = certificationKey(name);
      return certifications.find((c) => [c.name, ...c.aliases].some((n) => certificationKey(n) === key)) ?? null;
    },
    exportOf: (workload) => EXPORT_ORDER.find((exp) => exp !== "azure" && known(exp, workload)) ?? "azure",
    existingMonthlyAcr: Math.ceil(most((p) => p.existingMonthlyAcr)),
    deployedShare: most((p) => p.deployedShare),
    existingMonthlyRevenue: Math.ceil(most((p) => p.existingMonthlyRevenue)),
    deployedMcv: most((p) => p.deployedMcv),
    rateOf: (workload) => parts.reduce<number | undefined>((rate, p) => rate ?? p.rateOf?.(workload), undefined) ?? 1,
  };
}

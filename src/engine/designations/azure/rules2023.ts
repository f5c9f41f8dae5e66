import type { AzureDesignationId, AzureRuleSet, AzureSettings, AzureTrackRule } from "./types";
import type { CertStepRule, CertificationRule, MetricRule, RuleAlternative, SourceRef, Sourced, TrackId } from "../../model/ruleTypes";

/**
 * Azure rules of June 2023 (seed 001 wording, Learn page of 13 Jun 2023), one rule set per
 * designation. The performance and customer-success metrics are the same for the three; the
 * builders here are shared with the 2026 sets.
 */

export const SEED001 = "seed-001";
export const SEED004 = "seed-004";
export const LEARN2023 = "learn-2023";
export const GROWTH_READING = "rules-4.4";
export const ISSUE4 = "issue-4";

export const s = <T>(value: T, source: string, note?: string): Sourced<T> => (note ? { value, source, note } : { value, source });

export const COMMON_SOURCES: SourceRef[] = [
  { id: SEED001, title: "Solutions partner for Infrastructure (Azure): requirements, net customer additions, certifications, usage growth", where: "shared/seeds/001_e953930e0cfe7bcd.txt" },
  { id: SEED004, title: "Microsoft AI Cloud Partner Program deck: points per metric for all six designations", where: "shared/seeds/004_f34668bd64b25687.txt" },
  { id: GROWTH_READING, title: "RULES.md §4.4: usage growth, single month or TTM sums (S9: support said a single month against the same month a year before)", where: "shared/RULES.md §4.4, §10.4" },
  { id: ISSUE4, title: "Issue 4: all six designations, with rule sets by date", where: "issues show 4" },
];

const LEARN2023_SOURCE: SourceRef = {
  id: LEARN2023,
  title: "Microsoft Learn, Solutions Partner for Data & AI, Infrastructure, and Digital & App Innovation (13 Jun 2023)",
  where: "shared/RULES.md §4.1, §4.3–4.6 (source S1, solutions-partner-azure.md)",
};

// ---------------------------------------------------------------------------------------------
// Metrics shared by the three designations and both editions
// ---------------------------------------------------------------------------------------------

export function netCustomerAddsMetric(learn: string): MetricRule {
  return {
    id: "net-customer-adds",
    label: "Net customer adds",
    unit: ["net customer add", "net customer adds"],
    maxPoints: s(30, SEED004, "Net customer adds 30pts (Azure designations)"),
    target: { kind: "single", target: s(3, learn, "Each net new customer contributes 10 points, up to a maximum of 30 points") },
  };
}

export function usageGrowthMetric(learn: string): MetricRule {
  return {
    id: "usage-growth",
    label: "Usage growth",
    unit: ["percentage point of ACR growth", "percentage points of ACR growth"],
    maxPoints: s(20, SEED004, "Usage Growth 20pts"),
    target: { kind: "single", target: s(20, learn, "Each 1% growth in ACR contributes one point, up to a maximum of 20 points") },
  };
}

export function deploymentsMetric(learn: string): MetricRule {
  return {
    id: "deployments",
    label: "Deployments",
    unit: ["deployed Azure service", "deployed Azure services"],
    maxPoints: s(10, SEED004, "Deployments 10pts"),
    target: { kind: "single", target: s(5, learn, "Each eligible deployment contributes two points, up to a maximum of 10 points") },
  };
}

/** One list of certifications that a step accepts, with the wording it comes from. */
export interface CertGroup {
  certs: CertificationRule[];
  source: string;
  note: string;
}

/** A certification metric: prerequisite groups, then the group whose people earn the points. */
export interface CertPlan {
  level: "intermediate" | "advanced";
  max: Sourced<number>;
  gates: CertGroup[];
  scoring: CertGroup;
}

/**
 * Gate style: "two" = each prerequisite needs 2 people and earns nothing (2023, 2026 Enterprise);
 * "smb" = 1 person, worth 4 points capped at 4 (2026 SMB).
 */
export type GateStyle = "two" | "smb";

export function certMetric(plan: CertPlan, style: GateStyle, learn: string): MetricRule {
  const gates: CertStepRule[] = plan.gates.map((g, i) => ({
    id: `step-${i + 1}`,
    label: `Step ${i + 1}`,
    certifications: s(g.certs, g.source, g.note),
    ...(style === "two"
      ? {
          minPeople: s(2, learn, "At least two people … Completing this step doesn't earn points but it's mandatory"),
          pointsPerPerson: s(0, learn, "Steps are prerequisites … and don't add any points directly"),
        }
      : {
          minPeople: s(1, learn, "At least one person must complete the … certification"),
          pointsPerPerson: s(4, learn, "Completing this step earns four points, even if more than one person completes it"),
          cap: s(4, learn, "No matter how many people complete step 1, you earn a maximum of four points"),
        }),
  }));
  const last: CertStepRule = {
    id: `step-${gates.length + 1}`,
    label: `Step ${gates.length + 1}`,
    certifications: s(plan.scoring.certs, plan.scoring.source, plan.scoring.note),
    minPeople: s(0, learn, "you earn … points for every person who has obtained any one of the following"),
    pointsPerPerson: s(4, learn, "Each person with one of the preceding certifications earns you four points"),
  };
  const advanced = plan.level === "advanced";
  return {
    id: advanced ? "advanced-certifications" : "intermediate-certifications",
    label: advanced ? "Advanced certifications" : "Intermediate certifications",
    unit: advanced ? ["advanced certified person", "advanced certified people"] : ["intermediate certified person", "intermediate certified people"],
    maxPoints: plan.max,
    target: { kind: "steps", steps: [...gates, last] },
  };
}

/** A track's metrics in the order Partner Center shows them. */
export function azureMetrics(plans: CertPlan[], style: GateStyle, learn: string): MetricRule[] {
  return [netCustomerAddsMetric(learn), ...plans.map((p) => certMetric(p, style, learn)), usageGrowthMetric(learn), deploymentsMetric(learn)];
}

export const TRACK_LABELS: Record<TrackId, string> = { single: "All partners", enterprise: "Enterprise", smb: "SMB" };

// ---------------------------------------------------------------------------------------------
// Certifications (names as the Learn page lists them; aliases are other spellings seen in lists)
// ---------------------------------------------------------------------------------------------

const cert = (name: string, aliases: string[] = [], validUntil?: string): CertificationRule => (validUntil ? { name, aliases, validUntil } : { name, aliases });

export const CERTS = {
  administrator: cert("Azure Administrator Associate", ["Azure Administrator"]),
  solutionsArchitect: cert("Azure Solutions Architect Expert", ["Azure Solutions Architect"]),
  networkEngineer: cert("Azure Network Engineer Associate"),
  windowsServerHybrid: cert("Windows Server Hybrid Administrator Associate"),
  virtualDesktop: cert("Azure Virtual Desktop Specialty"),
  sapWorkloads: cert("Azure for SAP Workloads Specialty"),
  developer: cert("Azure Developer Associate"),
  powerPlatformDeveloper: cert("Power Platform Developer Associate"),
  devOps: cert("Azure DevOps Engineer Expert", ["DevOps Engineer Expert"]),
  powerPlatformArchitect: cert("Power Platform Solution Architect Expert"),
  databaseAdministrator: cert("Azure Database Administrator Associate"),
  aiEngineer: cert("Azure AI Engineer Associate"),
  dataScientist: cert("Azure Data Scientist Associate"),
  dataAnalyst: cert("Data Analyst Associate", ["Power BI Data Analyst Associate"]),
  cosmosDb: cert("Azure Cosmos DB Developer Specialty"),
};

// Retired 31 Jul 2023, "eligible for partner capability score points through July 2024".
const RETIRED_JUL_2023 = "2024-07-31";

export const CERTS_2023_ONLY = {
  stackHubOperator: cert("Azure Stack Hub Operator Associate", [], RETIRED_JUL_2023),
  iotDeveloper: cert("Azure IoT Developer Specialty", [], RETIRED_JUL_2023),
  dataEngineer: cert("Azure Data Engineer Associate"),
  customerDataPlatform: cert("Customer Data Platform Specialty"),
};

const gate = (c: CertificationRule, note: string, source = LEARN2023): CertGroup => ({ certs: [c], source, note });

const PLANS_2023: Record<AzureDesignationId, CertPlan[]> = {
  infrastructure: [
    {
      level: "intermediate",
      max: s(20, SEED001, "Mid-level certifications 5 unique individuals 20"),
      gates: [gate(CERTS.administrator, "Prerequisite: At least two Azure Administrator Associate certifications", SEED001)],
      scoring: {
        certs: [CERTS.networkEngineer, CERTS_2023_ONLY.stackHubOperator, CERTS.windowsServerHybrid],
        source: SEED001,
        note: "Valid certifications: Azure Network Engineer Associate, Azure Stack Hub Operator Associate** (retired July 31, 2023, eligible through July 2024), Windows Server Hybrid Administrator Associate",
      },
    },
    {
      level: "advanced",
      max: s(20, SEED001, "Advanced-level certifications 5 unique individuals 20"),
      gates: [gate(CERTS.solutionsArchitect, "Prerequisite: At least two Azure Solutions Architect Expert certifications", SEED001)],
      scoring: { certs: [CERTS.virtualDesktop, CERTS.sapWorkloads], source: SEED001, note: "Valid certifications: Azure Virtual Desktop Specialty, Azure for SAP Workloads Specialty" },
    },
  ],
  "data-ai": [
    {
      level: "intermediate",
      max: s(40, SEED004, "Data & AI: Intermediate Certs 40pts (no advanced certifications)"),
      gates: [
        gate(CERTS.solutionsArchitect, "Step 1: Two people with the Azure Solutions Architect Expert certification"),
        gate(CERTS.administrator, "Step 2: Two people with the Azure Administrator Associate certification"),
      ],
      scoring: {
        certs: [CERTS.databaseAdministrator, CERTS.aiEngineer, CERTS.dataScientist, CERTS_2023_ONLY.dataEngineer, CERTS.dataAnalyst, CERTS_2023_ONLY.customerDataPlatform, CERTS.cosmosDb],
        source: LEARN2023,
        note: "Step 3: Azure Database Administrator Associate, Azure AI Engineer Associate, Azure Data Scientist Associate, Azure Data Engineer Associate, Data Analyst Associate, Customer Data Platform Specialty, Azure Cosmos DB Developer Specialty",
      },
    },
  ],
  "digital-app-innovation": [
    {
      level: "intermediate",
      max: s(20, SEED004, "Digital & App Innovation: Intermediate Certs 20pts"),
      gates: [gate(CERTS.administrator, "Step 1: at least two people with the Azure Administrator Associate certification")],
      scoring: { certs: [CERTS.developer, CERTS.powerPlatformDeveloper], source: LEARN2023, note: "Step 2: Azure Developer Associate, Power Platform Developer Associate" },
    },
    {
      level: "advanced",
      max: s(20, SEED004, "Digital & App Innovation: Advanced Certs 20pts"),
      gates: [gate(CERTS.solutionsArchitect, "Step 1: at least two people must have the Azure Solutions Architect Expert certificate")],
      scoring: {
        certs: [CERTS_2023_ONLY.iotDeveloper, CERTS.devOps, CERTS.powerPlatformArchitect],
        source: LEARN2023,
        note: "Step 2: Azure IoT Developer Specialty† (retired July 31, 2023, eligible through July 2024), Azure DevOps Engineer Expert, Power Platform Solution Architect Expert",
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Rule-set data shared by the three designations
// ---------------------------------------------------------------------------------------------

export const DESIGNATION_TITLES: Record<AzureDesignationId, string> = {
  infrastructure: "Solutions Partner for Infrastructure (Azure)",
  "data-ai": "Solutions Partner for Data & AI (Azure)",
  "digital-app-innovation": "Solutions Partner for Digital & App Innovation (Azure)",
};

/** What every Azure rule set has, whatever the edition. */
export function commonAzureRules(learn: string) {
  return {
    qualification: {
      minTotal: s(70, SEED004, "Each Solutions Partner designation requires 70+ points"),
      everyMetricAboveZero: s(true, learn, "Have one or more points for each of the following five metrics"),
    },
    trailingMonths: s(12, learn, "Net customers added = (Eligible Customers last month) – (Eligible Customers same month last year)"),
    associations: s<("CSP" | "DPOR" | "PAL")[]>(["CSP", "DPOR", "PAL"], learn, "Eligible association types: CSP (CSP Tier 1 and CSP Tier 2), Digital Partner of Record (DPOR), Partner Admin Link (PAL)"),
    excludedOffers: s(["Support", "Internal", "Benefit Program", "Trial"], learn, "All offers are eligible except Support, Internal, Benefit Program, and Trial"),
    deploymentExcludedServices: s(
      ["Virtual Machines", "Virtual Machine", "Virtual Machines Licenses", "Virtual Machines License", "Virtual Machine Licenses", "VM", "VMs"],
      learn,
      "All Azure Service Level 2 services are eligible except Virtual Machines and Virtual Machines Licenses",
    ),
    growthMinBaselineAcr: s(1000, learn, "Total ACR must be at least USD1,000 to qualify for scoring"),
  };
}

export function growthTtm(learn: string): RuleAlternative<AzureSettings> {
  return {
    id: "growth-ttm",
    label: "Usage growth from trailing-12-month ACR sums (TTM at M vs TTM at M−12) instead of single months",
    source: GROWTH_READING,
    set: { growthBasis: s("ttm", learn, "Qualifying ACR is total ACR for the trailing 12 months across the entire customer base") },
  };
}

export const GROWTH_MONTH = s<"month" | "ttm">("month", GROWTH_READING, "support: \"a comparison for a single month against the previous year equivalent e.g., May 2022 vs May 2023\"");

const SETTINGS_2023: AzureSettings = {
  ncaMonths: s("both", SEED001, "A consuming customer is defined by having ACR ≥ $1,000/month … if the customer has a monthly threshold for 2 consecutive months"),
  growthBasis: GROWTH_MONTH,
};

const NCA_EITHER_MONTH: RuleAlternative<AzureSettings> = {
  id: "nca-either-month",
  label: "Net customer adds: a customer counts with $1,000 ACR in one of the last two months (Learn wording) instead of two consecutive months (seed 001)",
  source: LEARN2023,
  set: { ncaMonths: s("either", LEARN2023, "unique customer tenants contributing at least USD1,000 Azure Consumed Revenue (ACR) in one of the last two months") },
};

function azure2023(designation: AzureDesignationId): AzureRuleSet {
  const track: AzureTrackRule = {
    id: "single",
    label: TRACK_LABELS.single,
    metrics: azureMetrics(PLANS_2023[designation], "two", LEARN2023),
    ncaMinMonthlyAcr: s(1000, SEED001, "A consuming customer is defined by having ACR ≥ $1,000/month"),
  };
  return {
    id: `${designation}-2023`,
    edition: "2023",
    designation,
    name: `${DESIGNATION_TITLES[designation]} (2023 rules)`,
    effectiveFrom: "2023-06-13",
    sources: [...COMMON_SOURCES, LEARN2023_SOURCE],
    trackChoice: s("single", LEARN2023, "v2023: no tracks (one set of thresholds for every partner)"),
    ...commonAzureRules(LEARN2023),
    settings: SETTINGS_2023,
    alternatives: [NCA_EITHER_MONTH, growthTtm(LEARN2023)],
    tracks: [track],
  };
}

export const infrastructure2023 = azure2023("infrastructure");
export const dataAi2023 = azure2023("data-ai");
export const digitalAppInnovation2023 = azure2023("digital-app-innovation");

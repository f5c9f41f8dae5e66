import {
  CERTS,
  COMMON_SOURCES,
  DESIGNATION_TITLES,
  GROWTH_MONTH,
  ISSUE4,
  TRACK_LABELS,
  azureMetrics,
  commonAzureRules,
  growthTtm,
  s,
  type CertGroup,
  type CertPlan,
} from "./rules2023";
import type { AzureClassificationRule, AzureDesignationId, AzureRuleSet, AzureSettings, AzureTrackRule } from "./types";
import type { CertificationRule, RuleAlternative, SourceRef } from "../../model/ruleTypes";

/**
 * Azure rules as the Learn page reads in the May 2026 snapshot: Enterprise / SMB classification,
 * a $500 SMB net-customer threshold, SMB prerequisite steps worth 4 points, new certification lists.
 */

const LEARN2026 = "learn-2026";
const UNDER_1M = "rules-4.2-s10";
const SMB_BAND = "rules-3.4";

const SOURCES_2026: SourceRef[] = [
  ...COMMON_SOURCES,
  {
    id: LEARN2026,
    title: "Microsoft Learn, Solutions Partner for Data & AI, Infrastructure, and Digital & App Innovation (snapshot of 8 May 2026; the date these rules replaced the June 2023 ones was not found)",
    where: "shared/RULES.md §4.2–4.6 (source S2, snapshots/azure.md)",
  },
  { id: UNDER_1M, title: "Third-party designations.json (S10): SMB if TTM ACR is less than USD 1 million AND more than 80 % of customers are SMB", where: "shared/RULES.md §4.2, §10.5" },
  { id: SMB_BAND, title: "RULES.md §3.4: Security 2026 SMB band for Azure tenants (TTM ACR > 0 and ≤ $12,000)", where: "shared/RULES.md §3.4" },
];

// "If completed before retirement, it will remain valid for one year": the last day such a
// certification can still count is a year after retirement (a certificate renewed just before it).
const retiring = (c: CertificationRule, validUntil: string): CertificationRule => ({ ...c, validUntil });
const cert = (name: string, aliases: string[] = []): CertificationRule => ({ name, aliases });

const CERTS_2026 = {
  aiEngineer: retiring(CERTS.aiEngineer, "2027-06-30"),
  dataScientist: retiring(CERTS.dataScientist, "2027-06-01"),
  developer: retiring(CERTS.developer, "2027-07-31"),
  fabricAnalytics: cert("Fabric Analytics Engineer Associate"),
  fabricDataEngineer: cert("Fabric Data Engineer Associate"),
  sqlAiDeveloper: cert("SQL AI Developer Associate"),
  aiAppsAgents: cert("Azure AI Apps and Agents Developer Associate"),
  mlOps: cert("Machine Learning Operations Engineer Associate"),
  databricks: cert("Azure Databricks Data Engineer Associate"),
  aiCloudDeveloper: cert("Azure AI Cloud Developer Associate"),
  agenticAi: cert("GitHub Certified: Agentic AI Developer", ["Agentic AI Developer"]),
  githubActions: cert("GitHub Actions", ["GitHub Certified: GitHub Actions"]),
  githubAdministration: cert("GitHub Administration", ["GitHub Certified: GitHub Administration"]),
  githubAdvancedSecurity: cert("GitHub Advanced Security", ["GitHub Certified: GitHub Advanced Security"]),
  githubCopilot: cert("GitHub Copilot", ["GitHub Certified: GitHub Copilot"]),
};

const gate = (c: CertificationRule, step: number): CertGroup => ({ certs: [c], source: LEARN2026, note: `Step ${step}: Required certifications: … complete the ${c.name} certification` });

const PLANS_2026: Record<AzureDesignationId, CertPlan[]> = {
  infrastructure: [
    {
      level: "intermediate",
      max: s(20, LEARN2026, "up to a maximum of 20 points from five individuals"),
      gates: [gate(CERTS.administrator, 1)],
      scoring: { certs: [CERTS.networkEngineer, CERTS.windowsServerHybrid], source: LEARN2026, note: "Step 2: Azure Network Engineer Associate, Windows Server Hybrid Administrator Associate" },
    },
    {
      level: "advanced",
      max: s(20, LEARN2026, "up to a maximum of 20 points from five individuals"),
      gates: [gate(CERTS.solutionsArchitect, 1)],
      scoring: { certs: [CERTS.virtualDesktop, CERTS.sapWorkloads], source: LEARN2026, note: "Step 2: Azure Virtual Desktop Specialty, Azure for SAP Workloads Specialty" },
    },
  ],
  "data-ai": [
    {
      level: "intermediate",
      max: s(40, LEARN2026, "up to a maximum of 40 points from 10 individuals"),
      // 2026 swaps the 2023 order: Administrator first, then Solutions Architect.
      gates: [gate(CERTS.administrator, 1), gate(CERTS.solutionsArchitect, 2)],
      scoring: {
        certs: [
          CERTS.databaseAdministrator,
          CERTS_2026.aiEngineer,
          CERTS_2026.dataScientist,
          CERTS.dataAnalyst,
          CERTS.cosmosDb,
          CERTS_2026.fabricAnalytics,
          CERTS_2026.fabricDataEngineer,
          CERTS_2026.sqlAiDeveloper,
          CERTS_2026.aiAppsAgents,
          CERTS_2026.mlOps,
          CERTS_2026.databricks,
        ],
        source: LEARN2026,
        note: "Step 3: Azure Database Administrator Associate, Azure AI Engineer Associate* (retires June 30, 2026; valid one year), Azure Data Scientist Associate** (retires June 1, 2026; valid one year), Data Analyst Associate, Azure Cosmos DB Developer Specialty, Fabric Analytics Engineer Associate, Fabric Data Engineer Associate, SQL AI Developer Associate, Azure AI Apps and Agents Developer Associate, Machine Learning Operations Engineer Associate, Azure Databricks Data Engineer Associate",
      },
    },
  ],
  "digital-app-innovation": [
    {
      level: "intermediate",
      max: s(20, LEARN2026, "up to a maximum of 20 points from five individuals"),
      gates: [gate(CERTS.administrator, 1)],
      scoring: {
        certs: [CERTS_2026.developer, CERTS.powerPlatformDeveloper, CERTS_2026.aiCloudDeveloper, CERTS_2026.agenticAi],
        source: LEARN2026,
        note: "Step 2: Azure Developer Associate* (retires July 31, 2026; valid one year), Power Platform Developer Associate, Azure AI Cloud Developer Associate, GitHub Certified: Agentic AI Developer",
      },
    },
    {
      level: "advanced",
      max: s(20, LEARN2026, "up to a maximum of 20 points from five individuals"),
      gates: [gate(CERTS.solutionsArchitect, 1)],
      scoring: {
        certs: [CERTS.devOps, CERTS.powerPlatformArchitect, CERTS_2026.githubActions, CERTS_2026.githubAdministration, CERTS_2026.githubAdvancedSecurity, CERTS_2026.githubCopilot],
        source: LEARN2026,
        note: "Step 2: Azure DevOps Engineer Expert, Power Platform Solution Architect Expert, GitHub Actions, GitHub Administration, GitHub Advanced Security, GitHub Copilot",
      },
    },
  ],
};

const CLASSIFICATION: AzureClassificationRule = {
  smbShare: s(0.8, LEARN2026, "You're classified as SMB if 80% or more of your customers are under the SMB segment. Otherwise, you're classified as Enterprise. The last month's data determines the Customer base calculation."),
  smbSegmentWords: s(["SMB", "Small", "SM&C"], ISSUE4, "A customer is SMB-segment when the export's CustomerSegment says so (values containing \"SMB\", \"Small\", \"SM&C\")"),
  maxTtmAcr: s(1_000_000, UNDER_1M, "SMB if total ACR over the last 12 months is less than USD 1 million AND more than 80% of customers are SMB"),
};

const SETTINGS_2026: AzureSettings = {
  ncaMonths: s("either", LEARN2026, "unique customer tenants contributing at least USD1,000 … in one of the last two months"),
  growthBasis: GROWTH_MONTH,
  smbRule: s("share", LEARN2026, "You're classified as SMB if 80% or more of your customers are under the SMB segment"),
  inferredSmbMaxTtmAcr: s(
    12_000,
    SMB_BAND,
    "[inferred] No source defines an SMB-segment customer without a segment column; the Security 2026 SMB band (Eligible tenant, SMB: TTM ACR > 0 and ≤ $12,000) is used",
  ),
};

const SMB_UNDER_1M: RuleAlternative<AzureSettings> = {
  id: "smb-under-1m",
  label: "2026 classification: SMB only when TTM ACR is under $1M and more than 80 % of customers are SMB segment (third-party reading)",
  source: UNDER_1M,
  set: { smbRule: s("share-under-1m", UNDER_1M, "SMB if total ACR over the last 12 months is less than USD 1 million AND more than 80% of customers are SMB") },
};

function azure2026(designation: AzureDesignationId): AzureRuleSet {
  const plans = PLANS_2026[designation];
  const enterprise: AzureTrackRule = {
    id: "enterprise",
    label: TRACK_LABELS.enterprise,
    metrics: azureMetrics(plans, "two", LEARN2026),
    ncaMinMonthlyAcr: s(1000, LEARN2026, "Enterprise: … at least USD1,000 Azure Consumed Revenue (ACR) in one of the last two months"),
  };
  const smb: AzureTrackRule = {
    id: "smb",
    label: TRACK_LABELS.smb,
    metrics: azureMetrics(plans, "smb", LEARN2026),
    ncaMinMonthlyAcr: s(500, LEARN2026, "SMB: … at least USD500 Azure Consumed Revenue (ACR) in at least one of the last two months"),
  };
  return {
    id: `${designation}-2026`,
    edition: "2026",
    designation,
    name: `${DESIGNATION_TITLES[designation]} (2026 rules)`,
    effectiveFrom: "2026-05-08",
    sources: SOURCES_2026,
    trackChoice: s("classified", LEARN2026, "Microsoft classifies your organization as either Enterprise or Small and Medium Business (SMB) based on your customer base"),
    ...commonAzureRules(LEARN2026),
    classification: CLASSIFICATION,
    settings: SETTINGS_2026,
    alternatives: [growthTtm(LEARN2026), SMB_UNDER_1M],
    tracks: [enterprise, smb],
  };
}

export const infrastructure2026 = azure2026("infrastructure");
export const dataAi2026 = azure2026("data-ai");
export const digitalAppInnovation2026 = azure2026("digital-app-innovation");

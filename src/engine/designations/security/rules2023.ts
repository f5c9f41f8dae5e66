import type { SecurityRuleSet, SecurityTrackRule } from "./types";
import { azureAndM365 } from "./parts";
import type { CertStepRule, CertificationRule, MetricRule, Sourced, SourceRef, WorkloadRule } from "../../model/ruleTypes";

const S003 = "seed-003";
const S004 = "seed-004";
const R31 = "rules-3.1";
const R33 = "rules-3.3";
const ISSUE = "issue-4";

const s = <T>(value: T, source: string, note?: string): Sourced<T> => (note ? { value, source, note } : { value, source });

const SOURCES: SourceRef[] = [
  { id: S003, title: "Solutions partner for security: requirements, customer adds, implementations, usage growth", where: "shared/seeds/003_15a773a8f48d8141.txt" },
  { id: S004, title: "Microsoft AI Cloud Partner Program deck: points per metric for all six designations", where: "shared/seeds/004_f34668bd64b25687.txt" },
  { id: R31, title: "RULES.md §3.1 Security max points; Azure and M365 halves totalled (sources S1, S2)", where: "shared/RULES.md §3.1" },
  { id: R33, title: "RULES.md §3.3 Security v2023 (source S1: Microsoft Learn, Solutions Partner for Security, 13 Jun 2023)", where: "shared/RULES.md §3.3" },
  { id: ISSUE, title: "Issue 4: all six designations, with rule sets by date", where: "issues show 4" },
];

/** Azure services eligible in 2023 (seed 003 and S1 list the same services; seed 003 uses the Entra names). */
export const AZURE_SERVICES_2023: WorkloadRule[] = [
  { id: "advanced-data-security", name: "Advanced Data Security", aliases: [] },
  { id: "advanced-threat-protection", name: "Advanced Threat Protection", aliases: ["Azure Advanced Threat Protection", "Azure ATP"] },
  { id: "application-gateway", name: "Application Gateway", aliases: ["Azure Application Gateway"] },
  { id: "ad-b2c", name: "Azure Active Directory B2C", aliases: ["Azure AD B2C", "AAD B2C", "Microsoft Entra ID B2C"] },
  { id: "entra-domain-services", name: "Microsoft Entra Domain Services", aliases: ["Azure Active Directory Domain Services", "Azure AD Domain Services", "AAD Domain Services", "Entra Domain Services"] },
  {
    id: "external-identities",
    name: "Microsoft Entra ID for External Identities",
    aliases: ["Azure Active Directory for External Identities", "Azure AD for External Identities", "Azure AD External Identities", "Microsoft Entra External ID", "Entra External ID"],
  },
  { id: "bastion", name: "Azure Bastion", aliases: ["Bastion"] },
  { id: "ddos-protection", name: "Azure DDOS Protection", aliases: ["Azure DDoS Protection", "DDoS Protection", "Azure DDoS Network Protection", "DDOS"] },
  // Azure Defender and Security Center are listed apart in 2023; both are today's Microsoft Defender for Cloud.
  { id: "defender-for-cloud", name: "Azure Defender", aliases: ["Microsoft Defender for Cloud", "Defender for Cloud", "Security Center", "Azure Security Center"] },
  { id: "firewall", name: "Azure Firewall", aliases: ["Firewall"] },
  { id: "firewall-manager", name: "Azure Firewall Manager", aliases: ["Firewall Manager"] },
  { id: "front-door", name: "Azure Front Door Service", aliases: ["Azure Front Door", "Front Door", "Front Door Service"] },
  { id: "iot-security", name: "Azure IoT Security", aliases: ["IoT Security", "Azure Defender for IoT", "Microsoft Defender for IoT"] },
  { id: "key-vault", name: "Key Vault", aliases: ["Azure Key Vault"] },
  { id: "network-watcher", name: "Network Watcher", aliases: ["Azure Network Watcher"] },
  { id: "sentinel", name: "Sentinel", aliases: ["Azure Sentinel", "Microsoft Sentinel"] },
];

/** M365 security workloads of 2023 (S1 names, seed 003's Entra names, and export spellings). */
export const M365_WORKLOADS_2023: WorkloadRule[] = [
  {
    id: "entra-id-premium",
    name: "Microsoft Entra ID P1 or P2",
    aliases: ["Azure Active Directory Premium", "Azure AD Premium", "AAD Premium", "AADP", "AADP1", "AADP2", "Azure AD Premium P1", "Azure AD Premium P2", "Microsoft Entra ID P1", "Microsoft Entra ID P2", "Entra ID P1", "Entra ID P2", "Entra ID Premium", "Microsoft Entra ID Premium"],
  },
  { id: "mdo", name: "Microsoft Defender for Office 365", aliases: ["Defender for Office 365", "MDO", "Office 365 ATP", "Office 365 Advanced Threat Protection"] },
  {
    id: "mde",
    name: "Microsoft Defender for Endpoint",
    aliases: ["Microsoft Defender for Endpoints", "Defender for Endpoint", "Defender for Endpoints", "MDE", "MDATP", "Microsoft Defender ATP", "Defender for Endpoint P1", "Defender for Endpoint P2", "Microsoft Defender for Endpoint P1", "Microsoft Defender for Endpoint P2", "MDE P1", "MDE P2"],
  },
  { id: "mdi", name: "Microsoft Defender for Identity", aliases: ["Defender for Identity", "MDI", "Azure ATP", "Azure Advanced Threat Protection"] },
  {
    id: "mip",
    name: "Microsoft Information Protection",
    aliases: ["Information Protection", "MIP", "Microsoft Purview Information Protection", "Purview Information Protection", "Azure Information Protection", "AIP"],
  },
  { id: "intune", name: "Intune", aliases: ["Microsoft Intune", "InTune"] },
];

const AZURE_SECURITY_ENGINEER: CertificationRule = {
  name: "Microsoft Certified: Azure Security Engineer Associate",
  aliases: ["Azure Security Engineer Associate", "Azure Security Engineer"],
};
const SECURITY_OPERATIONS_ANALYST: CertificationRule = {
  name: "Microsoft Certified: Security Operations Analyst Associate",
  aliases: ["Security Operations Analyst Associate", "Microsoft Security Operations Analyst", "Security Operations Analyst"],
};
const M365_SECURITY_ADMINISTRATOR: CertificationRule = {
  name: "Microsoft 365 Certified: Security Administrator Associate",
  aliases: ["Microsoft 365 Security Administrator Associate", "M365 Security Administrator Associate", "Security Administrator Associate"],
  // "retired on June 30, 2023. It will remain eligible for partner capability score points through June 2024"
  validUntil: "2024-06-30",
};
const CYBERSECURITY_ARCHITECT: CertificationRule = {
  name: "Microsoft Certified: Cybersecurity Architect Expert",
  aliases: ["Cybersecurity Architect Expert", "Microsoft Cybersecurity Architect Expert", "Microsoft Cybersecurity Architect"],
};
const IDENTITY_ACCESS_ADMINISTRATOR: CertificationRule = {
  name: "Microsoft Certified: Identity and Access Administrator Associate",
  aliases: ["Identity and Access Administrator Associate", "Microsoft Identity and Access Administrator", "Identity and Access Administrator"],
};
const INFORMATION_PROTECTION_COMPLIANCE: CertificationRule = {
  name: "Microsoft Certified: Information Protection and Compliance Administrator Associate",
  aliases: [
    "Information Protection and Compliance Administrator Associate",
    "Microsoft Information Protection and Compliance Administrator Associate",
    "Information Protection and Compliance Administrator",
    // The same certification (SC-400) under its later name.
    "Microsoft Certified: Information Protection Administrator Associate",
    "Information Protection Administrator Associate",
    "Microsoft Information Protection Administrator",
  ],
};

function steps(minPrerequisite: number, december: boolean): CertStepRule[] {
  const when = december ? "Changes effective from December 1, 2023: " : "";
  const step3 = december
    ? [CYBERSECURITY_ARCHITECT, IDENTITY_ACCESS_ADMINISTRATOR, INFORMATION_PROTECTION_COMPLIANCE]
    : [CYBERSECURITY_ARCHITECT, SECURITY_OPERATIONS_ANALYST, IDENTITY_ACCESS_ADMINISTRATOR, INFORMATION_PROTECTION_COMPLIANCE];
  const who = december ? "at least two individuals" : "at least one individual";
  const zero = s(0, R33, "Steps #1 and #2 are prerequisites to Step #3 and don't add any points directly");
  return [
    {
      id: "step-1",
      label: "Step 1",
      certifications: s([AZURE_SECURITY_ENGINEER], R33, `${when}There should be ${who} certified as an Azure Security Engineer associate`),
      minPeople: s(minPrerequisite, R33, `${when}STEP 1: ${who}`),
      pointsPerPerson: zero,
    },
    {
      id: "step-2",
      label: "Step 2",
      certifications: s(
        [SECURITY_OPERATIONS_ANALYST, M365_SECURITY_ADMINISTRATOR],
        R33,
        `${when}${who} certified as a Microsoft Security Operations Analyst or a Microsoft 365 Security Administrator Associate (retired June 30, 2023, eligible through June 2024)`,
      ),
      minPeople: s(minPrerequisite, R33, `${when}STEP 2: ${who}`),
      pointsPerPerson: zero,
    },
    {
      id: "step-3",
      label: "Step 3",
      certifications: s(
        step3,
        december ? S003 : R33,
        december
          ? "Valid certifications: Cybersecurity Architect expert, Identity and Access Administrator, Information Protection and Compliance Administrator Associate"
          : "Cybersecurity Architect expert, Security Operations Analyst, Identity and Access Administrator, Information Protection and Compliance Administrator Associate",
      ),
      minPeople: s(0, R33, "Step 3 earns points per person; it has no minimum of its own"),
      // 40 / 6 rather than 6.6 so that six people give exactly the 40 the rules promise (and one gives the example's 6.67).
      pointsPerPerson: s(40 / 6, R33, "Each certified individual gets 6.6 points, for up to a maximum of 40 points, obtained from six qualifying individuals (40 / 6 = 6.67)"),
    },
  ];
}

function metrics(december: boolean): MetricRule[] {
  return [
    {
      id: "net-customer-adds",
      label: "Net customer adds",
      unit: ["net customer add", "net customer adds"],
      maxPoints: s(20, S004, "Net customer adds 20pts"),
      target: azureAndM365(
        { unit: ["Azure net customer add", "Azure net customer adds"], unitsPerPoint: s(0.5, R33, "Each net new customer contributes to 2 points for up to a maximum of 20 points, obtained from 10 customers (1 add per 2 points = 0.5 adds per point); Azure and M365 adds combine") },
        { unit: ["M365 net customer add", "M365 net customer adds"], unitsPerPoint: s(0.5, R33, "Each net new customer contributes to 2 points for up to a maximum of 20 points, obtained from 10 customers (1 add per 2 points = 0.5 adds per point); Azure and M365 adds combine") },
      ),
    },
    {
      id: "intermediate-certifications",
      label: "Intermediate certifications",
      unit: ["Step 3 certified person", "Step 3 certified people"],
      maxPoints: s(40, R31, "Intermediate certifications 40 (up to a maximum of 40 points)"),
      target: { kind: "steps", steps: steps(december ? 2 : 1, december) },
    },
    {
      id: "usage-growth",
      label: "Usage growth",
      unit: ["unit of growth", "units of growth"],
      maxPoints: s(20, S004, "Usage Growth 20pts"),
      target: azureAndM365(
        { unit: ["USD of Azure security ACR growth", "USD of Azure security ACR growth"], unitsPerPoint: s(1250, S003, "Each growth of $1,250 in consumed revenue for Azure Security (ACR) earns one point") },
        { unit: ["M365 protected user of growth", "M365 protected users of growth"], unitsPerPoint: s(125, S003, "Each growth of 125 protected users in Microsoft 365 earns one point") },
      ),
    },
    {
      id: "deployments",
      label: "Deployments",
      unit: ["deployment", "deployments"],
      maxPoints: s(20, S004, "Deployments 20pts"),
      target: azureAndM365(
        { unit: ["Azure deployment", "Azure deployments"], unitsPerPoint: s(0.3, R33, "Each net new customer contributes to 3.3 points for up to a maximum of 20 points, obtained from 6 deployments (6 / 20 = 0.3 deployments per point, 3.33 points each); Azure and M365 combine") },
        { unit: ["M365 deployment", "M365 deployments"], unitsPerPoint: s(0.3, R33, "Each net new customer contributes to 3.3 points for up to a maximum of 20 points, obtained from 6 deployments (6 / 20 = 0.3 deployments per point, 3.33 points each); Azure and M365 combine") },
      ),
    },
  ];
}

function track(december: boolean): SecurityTrackRule {
  return {
    id: "single",
    label: "All partners",
    metrics: metrics(december),
    azure: {
      associations: s(["PAL"], R33, "Azure: Partner Admin Link (PAL)"),
      customer: { atLeast: s(100, S003, "At least $100 of Azure Consumed Revenue (ACR) in the last 12 months from Azure services") },
      deployment: { atLeast: s(12000, S003, "Contributing a total of $12,000 in ACR in the last 12 months (a total of $12,000: $12,000 exactly counts)") },
      growthTenants: null,
    },
    m365: {
      associations: s(["CPOR"], R33, "Microsoft 365: Claiming Partner of Record (CPOR)"),
      customer: { atLeast: s(25, S003, "At least 25 paid seats in a specific month of eligible Microsoft 365 workloads") },
      deployment: {
        seats: { atLeast: s(25, S003, "At least 25 paid seats in a specific month") },
        activeShare: s(0.15, S003, "at least 15% of these paid seats must be active"),
      },
      growthTenants: null,
    },
  };
}

function ruleSet(december: boolean): SecurityRuleSet {
  return {
    id: december ? "security-2023-12" : "security-2023",
    edition: "2023",
    designation: "security",
    name: december ? "Solutions Partner for Security (2023 rules, skilling from 1 Dec 2023)" : "Solutions Partner for Security (2023 rules)",
    effectiveFrom: december ? "2023-12-01" : "2023-06-13",
    sources: SOURCES,
    qualification: {
      minTotal: s(70, S003, "Minimum total points required for solutions partner designation 70"),
      everyMetricAboveZero: s(true, R33, "you must earn a minimum of 70 points and must have one or more points for each of the four metrics"),
    },
    trackChoice: s("single", R33, "One set of thresholds: Azure and Microsoft 365 calculations are completed individually and then totaled"),
    trailingMonths: s(12, R33, "Eligible deployments last month − same month last year; current TTM − previous TTM"),
    azureServices: s(AZURE_SERVICES_2023, S003, "Advanced Data Security, Advanced Threat Protection, Application Gateway, Azure Active Directory B2C, Microsoft Entra Domain Services, Microsoft Entra ID for External Identities, Azure Bastion, Azure DDOS Protection, Azure Defender, Azure Firewall, Azure Firewall Manager, Azure Front Door Service, Azure IoT Security, Key Vault, Network Watcher, Security Center, Sentinel"),
    excludedOffers: s(["Support", "Internal", "Benefit Program", "Trial"], R33, 'All offers except "Support", "Internal", "Benefit Program" and "Trial" are applicable'),
    m365Workloads: s(M365_WORKLOADS_2023, S003, "Microsoft Entra ID P1 or P2, Microsoft Defender for Office 365, Microsoft Defender for Endpoints, Microsoft Defender for Identity, Microsoft Information Protection, Intune"),
    tracks: [track(december)],
    settings: { smbKeepsPromotedTenants: s(false, R33, "One set of thresholds: the 2023 rules have no SMB track") },
    alternatives: [],
  };
}

/** Security as the June 2023 Learn page words it (steps 1 and 2 need one person each). */
export const security2023: SecurityRuleSet = ruleSet(false);

/** The same rules with the skilling change of 1 December 2023 (two people in steps 1 and 2; seed 003's list). */
export const security2023December: SecurityRuleSet = ruleSet(true);

import type { SecurityAzureRule, SecurityM365Rule, SecurityRuleSet } from "./types";
import type { CertificationRule, MetricRule, Sourced, SourceRef, WorkloadRule } from "../../model/ruleTypes";

/**
 * Solutions Partner for Security as the Microsoft Learn page dated 13 June 2023 words it. The page
 * holds two skilling rules: the steps in force when it was written (`security2023`) and the
 * "Changes effective from December 1, 2023" (`security2023December`). Everything else is the same
 * page's wording, written once below as constants; each rule set is a plain literal at the end.
 * Quotes are the page's own words (its markdown copy, RULES.md source S1, with the links and bold
 * markup dropped) or seed 003's.
 */

const LEARN = "learn-2023";
const SEED = "seed-003";

const SOURCES: SourceRef[] = [
  {
    id: LEARN,
    title: "Microsoft Learn, Solutions Partner for Security (page dated 13 Jun 2023; its markdown copy is RULES.md source S1)",
    where: "shared/RULES.md §3.1, §3.3",
    url: "https://learn.microsoft.com/en-us/partner-center/membership/solutions-partner-security",
  },
  {
    id: SEED,
    title:
      "Solutions partner for security: requirements, customer adds, implementations, usage growth (the Entra names of the eligible services and workloads)",
    where: "shared/seeds/003_15a773a8f48d8141.txt",
    url: "seeds/003_15a773a8f48d8141.txt",
  },
];

// ---------------------------------------------------------------------------------------------
// Eligible services and workloads (the page lists them under every metric; they are the same).

/** Azure services eligible in 2023 (seed 003 and S1 list the same services; seed 003 uses the Entra names). */
export const AZURE_SERVICES_2023: WorkloadRule[] = [
  { id: "advanced-data-security", name: "Advanced Data Security", aliases: [] },
  { id: "advanced-threat-protection", name: "Advanced Threat Protection", aliases: ["Azure Advanced Threat Protection", "Azure ATP"] },
  { id: "application-gateway", name: "Application Gateway", aliases: ["Azure Application Gateway"] },
  { id: "ad-b2c", name: "Azure Active Directory B2C", aliases: ["Azure AD B2C", "AAD B2C", "Microsoft Entra ID B2C"] },
  {
    id: "entra-domain-services",
    name: "Microsoft Entra Domain Services",
    aliases: ["Azure Active Directory Domain Services", "Azure AD Domain Services", "AAD Domain Services", "Entra Domain Services"],
  },
  {
    id: "external-identities",
    name: "Microsoft Entra ID for External Identities",
    aliases: [
      "Azure Active Directory for External Identities",
      "Azure AD for External Identities",
      "Azure AD External Identities",
      "Microsoft Entra External ID",
      "Entra External ID",
    ],
  },
  { id: "bastion", name: "Azure Bastion", aliases: ["Bastion"] },
  { id: "ddos-protection", name: "Azure DDOS Protection", aliases: ["Azure DDoS Protection", "DDoS Protection", "Azure DDoS Network Protection", "DDOS"] },
  // Azure Defender and Security Center are listed apart in 2023; both are today's Microsoft Defender for Cloud.
  {
    id: "defender-for-cloud",
    name: "Azure Defender",
    aliases: ["Microsoft Defender for Cloud", "Defender for Cloud", "Security Center", "Azure Security Center"],
  },
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
    aliases: [
      "Azure Active Directory Premium",
      "Azure AD Premium",
      "AAD Premium",
      "AADP",
      "AADP1",
      "AADP2",
      "Azure AD Premium P1",
      "Azure AD Premium P2",
      "Microsoft Entra ID P1",
      "Microsoft Entra ID P2",
      "Entra ID P1",
      "Entra ID P2",
      "Entra ID Premium",
      "Microsoft Entra ID Premium",
    ],
  },
  {
    id: "mdo",
    name: "Microsoft Defender for Office 365",
    aliases: ["Defender for Office 365", "MDO", "Office 365 ATP", "Office 365 Advanced Threat Protection"],
  },
  {
    id: "mde",
    name: "Microsoft Defender for Endpoint",
    aliases: [
      "Microsoft Defender for Endpoints",
      "Defender for Endpoint",
      "Defender for Endpoints",
      "MDE",
      "MDATP",
      "Microsoft Defender ATP",
      "Defender for Endpoint P1",
      "Defender for Endpoint P2",
      "Microsoft Defender for Endpoint P1",
      "Microsoft Defender for Endpoint P2",
      "MDE P1",
      "MDE P2",
    ],
  },
  { id: "mdi", name: "Microsoft Defender for Identity", aliases: ["Defender for Identity", "MDI", "Azure ATP", "Azure Advanced Threat Protection"] },
  {
    id: "mip",
    name: "Microsoft Information Protection",
    aliases: [
      "Information Protection",
      "MIP",
      "Microsoft Purview Information Protection",
      "Purview Information Protection",
      "Azure Information Protection",
      "AIP",
    ],
  },
  { id: "intune", name: "Intune", aliases: ["Microsoft Intune", "InTune"] },
];

const AZURE_SERVICES: Sourced<WorkloadRule[]> = {
  value: AZURE_SERVICES_2023,
  source: SEED,
  quote:
    "Eligible workloads: Advanced Data Security, Advanced Threat Protection, Application Gateway, Azure Active Directory B2C, Microsoft Entra Domain Services, Microsoft Entra ID for External Identities, Azure Bastion, Azure DDOS Protection, Azure Defender, Azure Firewall, Azure Firewall Manager, Azure Front Door Service, Azure IoT Security, Key Vault, Network Watcher, Security Center, Sentinel.",
  note: "The Learn page lists the same services under their Azure Active Directory names.",
};

const EXCLUDED_OFFERS: Sourced<string[]> = {
  value: ["Support", "Internal", "Benefit Program", "Trial"],
  source: LEARN,
  quote: 'All offers except "Support", "Internal", "Benefit Program" and "Trial" are applicable',
};

const M365_WORKLOADS: Sourced<WorkloadRule[]> = {
  value: M365_WORKLOADS_2023,
  source: SEED,
  quote:
    "Eligible workloads: Microsoft Entra ID P1 or P2, Microsoft Defender for Office 365, Microsoft Defender for Endpoints, Microsoft Defender for Identity, Microsoft Information Protection, Intune.",
  note: 'The Learn page names the first workload "Azure Active Directory Premium".',
};

// ---------------------------------------------------------------------------------------------
// Certifications (the steps of the intermediate certifications metric).

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
  // "This certification is retired on June 30, 2023. It will remain eligible for partner capability score points through June 2024."
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

// ---------------------------------------------------------------------------------------------
// Performance: net customer adds.

const NCA_PER_POINT: Sourced<number> = {
  value: 0.5,
  source: LEARN,
  quote: "Each net new customer contributes to 2 points for up to a maximum of 20 points, obtained from 10 customers.",
  note: '2 points per add: 0.5 adds per point. Azure and Microsoft 365 adds combine: "You can achieve points from either Azure or Microsoft 365 or both."',
};

const NET_CUSTOMER_ADDS: MetricRule = {
  id: "net-customer-adds",
  label: "Net customer adds",
  unit: ["net customer add", "net customer adds"],
  maxPoints: { value: 20, source: LEARN, quote: "Each net new customer contributes to 2 points for up to a maximum of 20 points, obtained from 10 customers." },
  target: {
    kind: "parts",
    parts: [
      { id: "azure", label: "Azure", unit: ["Azure net customer add", "Azure net customer adds"], unitsPerPoint: NCA_PER_POINT },
      { id: "m365", label: "M365", unit: ["M365 net customer add", "M365 net customer adds"], unitsPerPoint: NCA_PER_POINT },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Skilling: intermediate certifications, as the page words it and from 1 December 2023.

const INTERMEDIATE_MAX: Sourced<number> = {
  value: 40,
  source: LEARN,
  quote: "Each certified individual gets 6.6 points, for up to a maximum of 40 points, obtained from six qualifying individuals.",
};

const PREREQUISITE_POINTS: Sourced<number> = {
  value: 0,
  source: LEARN,
  quote: "Steps #1 and #2 are prerequisites to Step #3 and don't add any points directly.",
};

const STEP_3_MIN_PEOPLE: Sourced<number> = {
  value: 0,
  source: LEARN,
  quote: "Points are awarded for certifications earned in Step #3 once the first two steps are complete.",
  note: "Step 3 has no minimum of its own: each certified person earns points.",
};

const STEP_3_POINTS: Sourced<number> = {
  value: 40 / 6,
  source: LEARN,
  quote: "Each certified individual gets 6.6 points, for up to a maximum of 40 points, obtained from six qualifying individuals.",
  note: "40 / 6 rather than 6.6, so that six people give exactly the 40 the page promises (its examples give one person 6.67 points).",
};

const UNTIL_DECEMBER_2023: MetricRule = {
  id: "intermediate-certifications",
  label: "Intermediate certifications",
  unit: ["Step 3 certified person", "Step 3 certified people"],
  maxPoints: INTERMEDIATE_MAX,
  target: {
    kind: "steps",
    steps: [
      {
        id: "step-1",
        label: "Step 1",
        certifications: {
          value: [AZURE_SECURITY_ENGINEER],
          source: LEARN,
          quote: "STEP 1. There should be at least one individual certified as an Azure Security Engineer associate (required).",
        },
        minPeople: {
          value: 1,
          source: LEARN,
          quote: "STEP 1. There should be at least one individual certified as an Azure Security Engineer associate (required).",
        },
        pointsPerPerson: PREREQUISITE_POINTS,
      },
      {
        id: "step-2",
        label: "Step 2",
        certifications: {
          value: [SECURITY_OPERATIONS_ANALYST, M365_SECURITY_ADMINISTRATOR],
          source: LEARN,
          quote:
            "STEP 2. There should be at least one individual certified as a Microsoft Security Operations Analyst or a Microsoft 365 Security Administrator Associate† (required).",
        },
        minPeople: {
          value: 1,
          source: LEARN,
          quote:
            "STEP 2. There should be at least one individual certified as a Microsoft Security Operations Analyst or a Microsoft 365 Security Administrator Associate† (required).",
        },
        pointsPerPerson: PREREQUISITE_POINTS,
      },
      {
        id: "step-3",
        label: "Step 3",
        certifications: {
          value: [CYBERSECURITY_ARCHITECT, SECURITY_OPERATIONS_ANALYST, IDENTITY_ACCESS_ADMINISTRATOR, INFORMATION_PROTECTION_COMPLIANCE],
          source: LEARN,
          quote: "STEP 3. Each individual (same as above or different) should be certified in any one of the certifications listed below:",
          note: "The list: Microsoft Cybersecurity Architect expert; Microsoft Security Operations Analyst; Microsoft Identity and Access Administrator; Microsoft Information Protection and Compliance Administrator Associate.",
        },
        minPeople: STEP_3_MIN_PEOPLE,
        pointsPerPerson: STEP_3_POINTS,
      },
    ],
  },
};

const FROM_DECEMBER_2023: MetricRule = {
  id: "intermediate-certifications",
  label: "Intermediate certifications",
  unit: ["Step 3 certified person", "Step 3 certified people"],
  maxPoints: INTERMEDIATE_MAX,
  target: {
    kind: "steps",
    steps: [
      {
        id: "step-1",
        label: "Step 1",
        certifications: {
          value: [AZURE_SECURITY_ENGINEER],
          source: LEARN,
          quote: "STEP 1. (Prerequisite): There should be at least two individuals certified in Azure Security Engineer Associate (required)",
          note: 'Under "Changes effective from December 1, 2023".',
        },
        minPeople: {
          value: 2,
          source: LEARN,
          quote: "STEP 1. (Prerequisite): There should be at least two individuals certified in Azure Security Engineer Associate (required)",
        },
        pointsPerPerson: PREREQUISITE_POINTS,
      },
      {
        id: "step-2",
        label: "Step 2",
        certifications: {
          value: [SECURITY_OPERATIONS_ANALYST, M365_SECURITY_ADMINISTRATOR],
          source: LEARN,
          quote:
            "STEP 2. (Prerequisite): There should be at least two individuals certified in Microsoft Security Operations Analyst or Microsoft 365 Security Administrator Associate† (required).",
        },
        minPeople: {
          value: 2,
          source: LEARN,
          quote:
            "STEP 2. (Prerequisite): There should be at least two individuals certified in Microsoft Security Operations Analyst or Microsoft 365 Security Administrator Associate† (required).",
        },
        pointsPerPerson: PREREQUISITE_POINTS,
      },
      {
        id: "step-3",
        label: "Step 3",
        certifications: {
          value: [CYBERSECURITY_ARCHITECT, IDENTITY_ACCESS_ADMINISTRATOR, INFORMATION_PROTECTION_COMPLIANCE],
          source: LEARN,
          quote: "STEP 3. Each individual (Same as previous or different) should be certified in any one of the following certifications:",
          note: 'The list: Microsoft Cybersecurity Architect expert; Microsoft Identity and Access Administrator; Microsoft Information Protection and Compliance Administrator Associate (Security Operations Analyst leaves Step 3). Seed 003\'s "Valid certifications" are the same three.',
        },
        minPeople: STEP_3_MIN_PEOPLE,
        pointsPerPerson: STEP_3_POINTS,
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Customer success: deployments and usage growth.

const DEPLOYMENTS_PER_POINT: Sourced<number> = {
  value: 0.3,
  source: LEARN,
  quote: "Each net new customer contributes to 3.3 points for up to a maximum of 20 points, obtained from 6 deployments.",
  note: "6 deployments for 20 points: 0.3 deployments per point (3.33 points each; the page rounds to 3.3). Azure and Microsoft 365 deployments combine.",
};

const DEPLOYMENTS: MetricRule = {
  id: "deployments",
  label: "Deployments",
  unit: ["deployment", "deployments"],
  maxPoints: {
    value: 20,
    source: LEARN,
    quote: "Each net new customer contributes to 3.3 points for up to a maximum of 20 points, obtained from 6 deployments.",
  },
  target: {
    kind: "parts",
    parts: [
      { id: "azure", label: "Azure", unit: ["Azure deployment", "Azure deployments"], unitsPerPoint: DEPLOYMENTS_PER_POINT },
      { id: "m365", label: "M365", unit: ["M365 deployment", "M365 deployments"], unitsPerPoint: DEPLOYMENTS_PER_POINT },
    ],
  },
};

const USAGE_GROWTH: MetricRule = {
  id: "usage-growth",
  label: "Usage growth",
  unit: ["unit of growth", "units of growth"],
  maxPoints: { value: 20, source: LEARN, quote: "You can achieve points from either Azure or Microsoft 365 or both up to a maximum of 20 points." },
  target: {
    kind: "parts",
    parts: [
      {
        id: "azure",
        label: "Azure",
        unit: ["USD of Azure security ACR growth", "USD of Azure security ACR growth"],
        unitsPerPoint: {
          value: 1250,
          source: LEARN,
          quote: "Every Security Azure consumed revenue (ACR) growth of USD 1,250 gets you one point (maximum of 20 points)",
        },
      },
      {
        id: "m365",
        label: "M365",
        unit: ["M365 protected user of growth", "M365 protected users of growth"],
        unitsPerPoint: { value: 125, source: LEARN, quote: "Every Microsoft 365 protected users growth of 125 gets you one point (maximum of 20 points)" },
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Which tenants count, per half (the same for every metric).

const AZURE: SecurityAzureRule = {
  associations: { value: ["PAL"], source: LEARN, quote: "Azure: Partner Admin Link (PAL)" },
  customer: {
    atLeast: {
      value: 100,
      source: LEARN,
      quote: "the number of unique customer tenants contributing at least $100 ACR (Azure Consumed Revenue) in past 12 months",
    },
  },
  deployment: {
    atLeast: {
      value: 12000,
      source: LEARN,
      quote: "number of unique customer Tenants contributing total of $12,000 ACR (Azure Consumed Revenue) in past 12 months",
      note: "A total of $12,000 read as at least $12,000: $12,000 exactly counts.",
    },
  },
  // "ACR (Azure Consumed Revenue) totaling over trailing 12 months across entire customer base".
  growthTenants: null,
};

const M365: SecurityM365Rule = {
  associations: { value: ["CPOR"], source: LEARN, quote: "Microsoft 365: Claiming Partner of Record (CPOR)" },
  customer: { atLeast: { value: 25, source: LEARN, quote: "number of unique customer Tenants having at least 25 paid seats in given month" } },
  deployment: {
    seats: {
      atLeast: {
        value: 25,
        source: LEARN,
        quote: "number of unique customer tenants having at least 25 paid seats in given month and at least 15% of these paid seats should be active",
      },
    },
    activeShare: {
      value: 0.15,
      source: LEARN,
      quote: "number of unique customer tenants having at least 25 paid seats in given month and at least 15% of these paid seats should be active",
    },
  },
  // "number of active paid seats across entire customer base".
  growthTenants: null,
};

// ---------------------------------------------------------------------------------------------
// The rule sets.

const MIN_TOTAL: Sourced<number> = { value: 70, source: LEARN, quote: "you must earn a minimum of 70 points" };

const TRAILING_MONTHS: Sourced<number> = {
  value: 12,
  source: LEARN,
  quote: "Net customer adds is defined as the number of eligible customers added to your customer base during the trailing 12-month period.",
  note: 'The baseline is the same month a year earlier ("Eligible Security ACR same month last year"); a trailing-12-month sum there is the "previous TTM", the 12 months before the current TTM.',
};

/** Security as the June 2023 Learn page words it (steps 1 and 2 need one person each). */
export const security2023: SecurityRuleSet = {
  id: "security-2023",
  edition: "2023",
  designation: "security",
  name: "Solutions Partner for Security (2023 rules)",
  effectiveFrom: "2023-06-13",
  sources: SOURCES,
  qualification: {
    minTotal: MIN_TOTAL,
    everyMetricAboveZero: { value: true, source: LEARN, quote: "must have one or more points for each of the four metrics" },
  },
  trackChoice: {
    value: "single",
    source: LEARN,
    quote: "Calculations for Azure and Microsoft 365 are completed individually and then totaled together for the final four metric scores.",
    note: "One set of thresholds: the June 2023 page has no Enterprise or SMB path.",
  },
  trailingMonths: TRAILING_MONTHS,
  azureServices: AZURE_SERVICES,
  excludedOffers: EXCLUDED_OFFERS,
  m365Workloads: M365_WORKLOADS,
  tracks: [{ id: "single", label: "All partners", metrics: [NET_CUSTOMER_ADDS, UNTIL_DECEMBER_2023, USAGE_GROWTH, DEPLOYMENTS], azure: AZURE, m365: M365 }],
  settings: { smbKeepsPromotedTenants: { value: false, source: LEARN, note: "The June 2023 page has one set of thresholds and no SMB path." } },
  alternatives: [],
};

/** The same page's "Changes effective from December 1, 2023": two people in steps 1 and 2, and a shorter Step 3 list. */
export const security2023December: SecurityRuleSet = {
  id: "security-2023-12",
  edition: "2023",
  designation: "security",
  name: "Solutions Partner for Security (2023 rules, skilling from 1 Dec 2023)",
  effectiveFrom: "2023-12-01",
  sources: SOURCES,
  qualification: {
    minTotal: MIN_TOTAL,
    everyMetricAboveZero: { value: true, source: LEARN, quote: "must have one or more points for each of the four metrics" },
  },
  trackChoice: {
    value: "single",
    source: LEARN,
    quote: "Calculations for Azure and Microsoft 365 are completed individually and then totaled together for the final four metric scores.",
    note: "One set of thresholds: the June 2023 page has no Enterprise or SMB path.",
  },
  trailingMonths: TRAILING_MONTHS,
  azureServices: AZURE_SERVICES,
  excludedOffers: EXCLUDED_OFFERS,
  m365Workloads: M365_WORKLOADS,
  tracks: [{ id: "single", label: "All partners", metrics: [NET_CUSTOMER_ADDS, FROM_DECEMBER_2023, USAGE_GROWTH, DEPLOYMENTS], azure: AZURE, m365: M365 }],
  settings: { smbKeepsPromotedTenants: { value: false, source: LEARN, note: "The June 2023 page has one set of thresholds and no SMB path." } },
  alternatives: [],
};

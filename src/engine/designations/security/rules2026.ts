import type { SecurityAzureRule, SecurityM365Rule, SecurityRuleSet, SecurityTrackRule } from "./types";
import type { CertStepRule, CertificationRule, MetricRule, Sourced, SourceRef, WorkloadRule } from "../../model/ruleTypes";

/**
 * Solutions Partner for Security as the Learn page words it in its snapshot of 8 May 2026: an
 * Enterprise and an SMB path, both scored, the better total counts. The page goes metric by metric,
 * each with its Enterprise and SMB wording; so does this file, ending with the two tracks and the
 * rule set as plain literals. Nothing here is shared with the 2023 rules. Quotes are the page's own
 * words (RULES.md source S2, with the links and bold markup dropped).
 */

const LEARN = "learn-2026";
const LEARN_2023 = "learn-2023";

const SOURCES: SourceRef[] = [
  {
    id: LEARN,
    title:
      "Microsoft Learn, Solutions Partner for Security (snapshot of 8 May 2026, RULES.md source S2; the date these rules replaced the 2023 ones was not found)",
    where: "shared/RULES.md §3.1, §3.4",
    url: "https://learn.microsoft.com/en-us/partner-center/membership/solutions-partner-security",
  },
  {
    id: LEARN_2023,
    title: "Microsoft Learn, Solutions Partner for Security (page dated 13 Jun 2023, RULES.md source S1): the skilling maximum the 2026 page no longer states",
    where: "shared/RULES.md §3.1",
    url: "https://learn.microsoft.com/en-us/partner-center/membership/solutions-partner-security",
  },
];

// ---------------------------------------------------------------------------------------------
// Eligible services, offers, workloads and association types (the same under every metric).

const AZURE_SERVICES_2026: WorkloadRule[] = [
  { id: "application-gateway", name: "Application Gateway", aliases: ["Azure Application Gateway"] },
  // "Effective May 1, 2025, Azure AD B2C will no longer be available to purchase for new customers": existing ACR still counts.
  { id: "ad-b2c", name: "Azure Active Directory B2C", aliases: ["Azure AD B2C", "AAD B2C", "Microsoft Entra ID B2C"] },
  {
    id: "external-identities",
    name: "Azure Active Directory for External Identities",
    aliases: [
      "Azure AD for External Identities",
      "Azure AD External Identities",
      "Microsoft Entra ID for External Identities",
      "Microsoft Entra External ID",
      "Entra External ID",
    ],
  },
  { id: "bastion", name: "Azure Bastion", aliases: ["Bastion"] },
  { id: "ddos-protection", name: "Azure DDoS Protection", aliases: ["DDoS Protection", "Azure DDoS Network Protection", "DDOS"] },
  { id: "firewall", name: "Azure Firewall", aliases: ["Firewall"] },
  { id: "firewall-manager", name: "Azure Firewall Manager", aliases: ["Firewall Manager"] },
  { id: "front-door", name: "Azure Front Door Service", aliases: ["Azure Front Door", "Front Door", "Front Door Service"] },
  { id: "iot-security", name: "Azure IoT Security", aliases: ["IoT Security", "Azure Defender for IoT", "Microsoft Defender for IoT"] },
  { id: "key-vault", name: "Key Vault", aliases: ["Azure Key Vault"] },
  {
    id: "defender-for-cloud",
    name: "Microsoft Defender for Cloud",
    aliases: ["Defender for Cloud", "Azure Defender", "Security Center", "Azure Security Center"],
  },
  { id: "entra", name: "Microsoft Entra", aliases: ["Microsoft Entra ID", "Entra ID", "Azure Active Directory", "Azure AD"] },
  {
    id: "entra-domain-services",
    name: "Microsoft Entra Domain Services",
    aliases: ["Azure Active Directory Domain Services", "Azure AD Domain Services", "AAD Domain Services", "Entra Domain Services"],
  },
  { id: "entra-verified-id", name: "Microsoft Entra Verified ID", aliases: ["Entra Verified ID", "Azure AD Verified ID", "Verified ID"] },
  { id: "purview", name: "Microsoft Purview", aliases: ["Azure Purview", "Purview"] },
  { id: "security-copilot", name: "Microsoft Security Copilot", aliases: ["Security Copilot", "Microsoft Copilot for Security", "Copilot for Security"] },
  { id: "sentinel", name: "Sentinel", aliases: ["Azure Sentinel", "Microsoft Sentinel"] },
];

/** 2026: Defender for Endpoint counts for P2 only; rows naming P1 do not match. */
const M365_WORKLOADS_2026: WorkloadRule[] = [
  {
    id: "entra-id-premium",
    name: "Microsoft Entra ID P1",
    aliases: [
      "Microsoft Entra ID P2",
      "Entra ID P1",
      "Entra ID P2",
      "Entra ID Premium",
      "Microsoft Entra ID Premium",
      "Azure Active Directory Premium",
      "Azure AD Premium",
      "AAD Premium",
      "AADP",
      "AADP1",
      "AADP2",
      "Azure AD Premium P1",
      "Azure AD Premium P2",
    ],
  },
  {
    id: "mdo",
    name: "Microsoft Defender for Office 365",
    aliases: ["Defender for Office 365", "MDO", "Office 365 ATP", "Office 365 Advanced Threat Protection"],
  },
  {
    id: "mde",
    name: "Microsoft Defender for Endpoint P2",
    // Rows that do not name a plan are taken as P2 (the export does not say; see docs/rules-security.md).
    aliases: [
      "Microsoft Defender for Endpoint Plan 2",
      "Defender for Endpoint P2",
      "Defender for Endpoint Plan 2",
      "MDE P2",
      "MDEP2",
      "Microsoft Defender for Endpoints",
      "Microsoft Defender for Endpoint",
      "Defender for Endpoint",
      "Defender for Endpoints",
      "MDE",
      "MDATP",
    ],
  },
  { id: "mdi", name: "Microsoft Defender for Identity", aliases: ["Defender for Identity", "MDI", "Azure ATP", "Azure Advanced Threat Protection"] },
  {
    id: "mip",
    name: "Microsoft Purview Information Protection",
    aliases: ["Purview Information Protection", "Information Protection", "Microsoft Information Protection", "MIP", "Azure Information Protection", "AIP"],
  },
  { id: "intune", name: "Intune", aliases: ["Microsoft Intune", "InTune"] },
];

const AZURE_ASSOCIATIONS: SecurityAzureRule["associations"] = {
  value: ["PAL", "CSP"],
  source: LEARN,
  quote: "Azure : Partner Admin Link (PAL), CSP Tier1, CSP Tier2",
};
const M365_ASSOCIATIONS: SecurityM365Rule["associations"] = {
  value: ["CPOR", "CSP"],
  source: LEARN,
  quote: "Microsoft 365: Claiming Partner of Record (CPOR), CSP Tier1, CSP Tier2",
};

// ---------------------------------------------------------------------------------------------
// Performance: net customer adds.

const NET_CUSTOMER_ADDS_ENTERPRISE: MetricRule = {
  id: "net-customer-adds",
  label: "Net customer adds",
  unit: ["net customer add", "net customer adds"],
  maxPoints: {
    value: 20,
    source: LEARN,
    quote: "Enterprise track: Each net new customer contributes to two points for up to a maximum of 20 points, obtained from ten (10) customers.",
  },
  target: {
    kind: "parts",
    parts: [
      {
        id: "azure",
        label: "Azure",
        unit: ["Azure net customer add", "Azure net customer adds"],
        unitsPerPoint: {
          value: 0.5,
          source: LEARN,
          quote: "Enterprise track: Each net new customer contributes to two points for up to a maximum of 20 points, obtained from ten (10) customers.",
          note: "2 points per add: 0.5 adds per point.",
        },
      },
      {
        id: "m365",
        label: "M365",
        unit: ["M365 net customer add", "M365 net customer adds"],
        unitsPerPoint: {
          value: 0.5,
          source: LEARN,
          quote: "Enterprise track: Each net new customer contributes to two points for up to a maximum of 20 points, obtained from ten (10) customers.",
          note: "2 points per add: 0.5 adds per point.",
        },
      },
    ],
  },
};

const NCA_SMB_NOTE =
  '4 points per add: 0.25 adds per point. The page\'s "Thresholds for earning maximum points" still say "A total of 10 customer additions" for both paths; the SMB calculation says five.';

const NET_CUSTOMER_ADDS_SMB: MetricRule = {
  id: "net-customer-adds",
  label: "Net customer adds",
  unit: ["net customer add", "net customer adds"],
  maxPoints: {
    value: 20,
    source: LEARN,
    quote: "SMB Track: Each net new customer contributes to four points for up to a maximum of 20 points, obtained from five (5) customers.",
  },
  target: {
    kind: "parts",
    parts: [
      {
        id: "azure",
        label: "Azure",
        unit: ["Azure net customer add", "Azure net customer adds"],
        unitsPerPoint: {
          value: 0.25,
          source: LEARN,
          quote: "SMB Track: Each net new customer contributes to four points for up to a maximum of 20 points, obtained from five (5) customers.",
          note: NCA_SMB_NOTE,
        },
      },
      {
        id: "m365",
        label: "M365",
        unit: ["M365 net customer add", "M365 net customer adds"],
        unitsPerPoint: {
          value: 0.25,
          source: LEARN,
          quote: "SMB Track: Each net new customer contributes to four points for up to a maximum of 20 points, obtained from five (5) customers.",
          note: NCA_SMB_NOTE,
        },
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Skilling: intermediate certifications, a step list per path.

const STEP_1_CERTIFICATIONS: CertificationRule[] = [
  {
    name: "Microsoft Certified: Azure Security Engineer Associate",
    aliases: ["Azure Security Engineer Associate", "Azure Security Engineer"],
    // "The Azure Security Engineer Associate certification retires on August 31, 2026. If you complete it before retirement, it remains valid for one year."
    validUntil: "2027-08-31",
  },
  {
    name: "Microsoft Certified: Cloud and AI Security Engineer Associate",
    aliases: ["Cloud and AI Security Engineer Associate", "Cloud and AI Security Engineer"],
  },
];

const STEP_2_CERTIFICATIONS: CertificationRule[] = [
  {
    name: "Microsoft Certified: Security Operations Analyst Associate",
    aliases: ["Security Operations Analyst Associate", "Microsoft Security Operations Analyst", "Security Operations Analyst"],
  },
];

const STEP_3_CERTIFICATIONS: CertificationRule[] = [
  {
    name: "Microsoft Certified: Cybersecurity Architect Expert",
    aliases: ["Cybersecurity Architect Expert", "Microsoft Cybersecurity Architect Expert", "Microsoft Cybersecurity Architect"],
  },
  {
    name: "Microsoft Certified: Identity and Access Administrator Associate",
    aliases: ["Identity and Access Administrator Associate", "Microsoft Identity and Access Administrator", "Identity and Access Administrator"],
  },
  {
    name: "Microsoft Certified: Information Protection Administrator Associate",
    aliases: [
      "Information Protection Administrator Associate",
      "Microsoft Information Protection Administrator",
      "Information Protection Administrator",
      // The same certification (SC-400) under its earlier name.
      "Microsoft Certified: Information Protection and Compliance Administrator Associate",
      "Information Protection and Compliance Administrator Associate",
    ],
    // "This certification is retired on May 31, 2025. If the certification is passed before retirement, it will remain valid for one year."
    validUntil: "2026-05-31",
  },
  {
    name: "Microsoft Certified: Information Security Administrator Associate",
    aliases: ["Information Security Administrator Associate", "Information Security Administrator"],
  },
];

const STEP_1_LIST =
  "The list: Azure Security Engineer Associate* (retires on August 31, 2026, valid for one year after); Cloud and AI Security Engineer Associate.";
const STEP_3_LIST =
  "The list: Microsoft Cybersecurity Architect expert; Microsoft Identity and Access Administrator; Microsoft Information Protection Administrator* (retired on May 31, 2025, valid for one year after); Microsoft Certified: Information Security Administrator Associate.";

const STEP_3_MIN_PEOPLE: Sourced<number> = {
  value: 0,
  source: LEARN,
  quote: "You must complete step 1 and step 2 before earning any points in step 3.",
  note: "Step 3 has no minimum of its own: each certified person earns points.",
};

const INTERMEDIATE_MAX: Sourced<number> = {
  value: 40,
  source: LEARN_2023,
  quote: "Each certified individual gets 6.6 points, for up to a maximum of 40 points, obtained from six qualifying individuals.",
  note: "The 2026 page states no maximum; its points per person give 40 on both paths: 6.67 × 6 (Enterprise) and 4 + 4 + 4 × 8 (SMB, RULES.md §3.4 [INFERRED]).",
};

const ENTERPRISE_STEPS: CertStepRule[] = [
  {
    id: "step-1",
    label: "Step 1",
    certifications: {
      value: STEP_1_CERTIFICATIONS,
      source: LEARN,
      quote: "At least two people must complete one of the following certifications:",
      note: STEP_1_LIST,
    },
    minPeople: { value: 2, source: LEARN, quote: "At least two people must complete one of the following certifications:" },
    pointsPerPerson: { value: 0, source: LEARN, quote: "Completing this step doesn't earn points, but it's mandatory before points are awarded for step 3." },
  },
  {
    id: "step-2",
    label: "Step 2",
    certifications: {
      value: STEP_2_CERTIFICATIONS,
      source: LEARN,
      quote: "At least 2 people must complete the Microsoft Security Operations Analyst certification.",
    },
    minPeople: { value: 2, source: LEARN, quote: "At least 2 people must complete the Microsoft Security Operations Analyst certification." },
    pointsPerPerson: { value: 0, source: LEARN, quote: "Completing this step does not earn points, but it is mandatory before points are awarded for step 3." },
  },
  {
    id: "step-3",
    label: "Step 3",
    certifications: {
      value: STEP_3_CERTIFICATIONS,
      source: LEARN,
      quote: "Certified individuals (same as step 1 or step 2) must complete at least one of the following certifications:",
      note: STEP_3_LIST,
    },
    minPeople: STEP_3_MIN_PEOPLE,
    pointsPerPerson: {
      value: 40 / 6,
      source: LEARN,
      quote: "Each certified individual adds 6.67 points in Step 3.",
      note: "40 / 6 so that six people give exactly 40 (the page's examples: two people 13.3 points, three 20).",
    },
  },
];

const SMB_STEPS: CertStepRule[] = [
  {
    id: "step-1",
    label: "Step 1",
    certifications: {
      value: STEP_1_CERTIFICATIONS,
      source: LEARN,
      quote: "At least one person must complete one of the following certifications:",
      note: STEP_1_LIST,
    },
    minPeople: { value: 1, source: LEARN, quote: "At least one person must complete one of the following certifications:" },
    pointsPerPerson: { value: 4, source: LEARN, quote: "Completing this step earns four points (even if more than one person completes it)." },
    cap: { value: 4, source: LEARN, quote: "Cap on points for step 1: No matter how many people complete step 1, you earn a maximum of four points." },
  },
  {
    id: "step-2",
    label: "Step 2",
    certifications: {
      value: STEP_2_CERTIFICATIONS,
      source: LEARN,
      quote: "At least one person must complete the Microsoft Security Operations Analyst certification.",
    },
    minPeople: { value: 1, source: LEARN, quote: "At least one person must complete the Microsoft Security Operations Analyst certification." },
    pointsPerPerson: { value: 4, source: LEARN, quote: "Completing this step earns four points (even if more than one person completes it)." },
    cap: { value: 4, source: LEARN, quote: "Cap on points for step 2: No matter how many people complete step 2, you earn a maximum of four points." },
  },
  {
    id: "step-3",
    label: "Step 3",
    certifications: {
      value: STEP_3_CERTIFICATIONS,
      source: LEARN,
      quote: "Certified individuals (the same or different people as in Step 1 or Step 2) must complete atleast one of the following certifications:",
      note: STEP_3_LIST,
    },
    minPeople: STEP_3_MIN_PEOPLE,
    pointsPerPerson: {
      value: 8,
      source: LEARN,
      quote: "Each certified individual adds eight points in Step 3.",
      note: "The page's SMB example 1: 4 + 4 + 3 × 8 = 32 points.",
    },
  },
];

const INTERMEDIATE_ENTERPRISE: MetricRule = {
  id: "intermediate-certifications",
  label: "Intermediate certifications",
  unit: ["Step 3 certified person", "Step 3 certified people"],
  maxPoints: INTERMEDIATE_MAX,
  target: { kind: "steps", steps: ENTERPRISE_STEPS },
};

const INTERMEDIATE_SMB: MetricRule = {
  id: "intermediate-certifications",
  label: "Intermediate certifications",
  unit: ["Step 3 certified person", "Step 3 certified people"],
  maxPoints: INTERMEDIATE_MAX,
  target: { kind: "steps", steps: SMB_STEPS },
};

// ---------------------------------------------------------------------------------------------
// Customer success: deployments (one calculation for both paths) and usage growth.

const DEPLOYMENTS_PER_POINT: Sourced<number> = {
  value: 0.3,
  source: LEARN,
  quote: "Each net new customer contributes 3.3 points for up to a maximum of 20 points, obtained from six deployments.",
  note: "6 deployments for 20 points: 0.3 deployments per point (3.33 points each; the page rounds to 3.3). The same for both paths.",
};

const DEPLOYMENTS: MetricRule = {
  id: "deployments",
  label: "Deployments",
  unit: ["deployment", "deployments"],
  maxPoints: {
    value: 20,
    source: LEARN,
    quote: "Each net new customer contributes 3.3 points for up to a maximum of 20 points, obtained from six deployments.",
  },
  target: {
    kind: "parts",
    parts: [
      { id: "azure", label: "Azure", unit: ["Azure deployment", "Azure deployments"], unitsPerPoint: DEPLOYMENTS_PER_POINT },
      { id: "m365", label: "M365", unit: ["M365 deployment", "M365 deployments"], unitsPerPoint: DEPLOYMENTS_PER_POINT },
    ],
  },
};

const USAGE_GROWTH_MAX: Sourced<number> = {
  value: 20,
  source: LEARN,
  quote: "You can achieve points from either Azure or Microsoft 365 or both, up to a maximum of 20 points.",
};

const USAGE_GROWTH_ENTERPRISE: MetricRule = {
  id: "usage-growth",
  label: "Usage growth",
  unit: ["unit of growth", "units of growth"],
  maxPoints: USAGE_GROWTH_MAX,
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
          quote: "Enterprise track: Every Security Azure consumed revenue (ACR) growth of USD 1,250 gets you one point (maximum of 20 points).",
        },
      },
      {
        id: "m365",
        label: "M365",
        unit: ["M365 protected user of growth", "M365 protected users of growth"],
        unitsPerPoint: {
          value: 125,
          source: LEARN,
          quote: "Enterprise track: Every Microsoft 365 protected users growth of 125 gets you one point (maximum of 20 points).",
        },
      },
    ],
  },
};

const USAGE_GROWTH_SMB: MetricRule = {
  id: "usage-growth",
  label: "Usage growth",
  unit: ["unit of growth", "units of growth"],
  maxPoints: USAGE_GROWTH_MAX,
  target: {
    kind: "parts",
    parts: [
      {
        id: "azure",
        label: "Azure",
        unit: ["USD of Azure security ACR growth", "USD of Azure security ACR growth"],
        unitsPerPoint: {
          value: 750,
          source: LEARN,
          quote: "SMB track: Every Security Azure consumed revenue (ACR) growth of USD 750 gets you one point (maximum of 20 points).",
        },
      },
      {
        id: "m365",
        label: "M365",
        unit: ["M365 protected user of growth", "M365 protected users of growth"],
        unitsPerPoint: {
          value: 50,
          source: LEARN,
          quote: "SMB Track: Every Microsoft 365 protected users growth of 50 gets you one point (maximum of 20 points).",
        },
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Which tenants count, per path and half.

/** "Enterprise" and "SMB" word the Azure customer the same. */
const AZURE_CUSTOMER: SecurityAzureRule["customer"] = {
  atLeast: {
    value: 600,
    source: LEARN,
    quote: "the number of unique customer tenants contributing at least $600 ACR (Azure Consumed Revenue) in the last TTM",
  },
};

const ACTIVE_SHARE: Sourced<number> = { value: 0.15, source: LEARN, quote: "having atleast 15% of these paid licenses should be active" };

const ENTERPRISE_AZURE: SecurityAzureRule = {
  associations: AZURE_ASSOCIATIONS,
  customer: AZURE_CUSTOMER,
  deployment: {
    above: {
      value: 12000,
      source: LEARN,
      quote: "The number of unique customer tenants contributing a total Azure Consumed Revenue (ACR) greater than $12,000 in the past 12 months",
    },
  },
  growthTenants: {
    above: {
      value: 12000,
      source: LEARN,
      quote: "Enterprise: Each customer tenant having ACR greater than $12,000 in the trailing 12 months is counted as an eligible customer tenant.",
    },
  },
};

const ENTERPRISE_M365: SecurityM365Rule = {
  associations: M365_ASSOCIATIONS,
  customer: {
    above: { value: 300, source: LEARN, quote: "number of unique customer Tenants having at least one workload with paid licenses greater than 300" },
  },
  deployment: {
    seats: {
      above: {
        value: 300,
        source: LEARN,
        quote:
          "Each customer tenant having at least one workload with paid licenses greater than 300 is counted to be an eligible Tenant for Enterprise track.",
      },
    },
    activeShare: ACTIVE_SHARE,
  },
  growthTenants: {
    above: {
      value: 300,
      source: LEARN,
      quote:
        "Enterprise: Each customer tenant having atleast 1 workload with paid licenses greater than 300 is counted to be an eligible Tenant for Enterprise track.",
    },
  },
};

const SMB_AZURE: SecurityAzureRule = {
  associations: AZURE_ASSOCIATIONS,
  customer: AZURE_CUSTOMER,
  deployment: {
    atLeast: { value: 750, source: LEARN, quote: "contributing a total ACR (Azure Consumed Revenue) between $750 and $12,000 in trailing 12 months" },
    atMost: { value: 12000, source: LEARN, quote: "contributing a total ACR (Azure Consumed Revenue) between $750 and $12,000 in trailing 12 months" },
  },
  growthTenants: {
    above: {
      value: 0,
      source: LEARN,
      quote: "SMB: Each customer tenant having ACR more than zero and less than or equal to $12,000 in the trailing 12 months as an Eligible customer Tenant.",
    },
    atMost: {
      value: 12000,
      source: LEARN,
      quote: "SMB: Each customer tenant having ACR more than zero and less than or equal to $12,000 in the trailing 12 months as an Eligible customer Tenant.",
    },
  },
};

const SMB_CUSTOMER_SEATS = "number of unique customer Tenants having at least one workload with paid licenses between 5-300 paid licenses in a given month";
const SMB_DEPLOYMENT_SEATS =
  "Each customer tenant having atleast 1 workload with paid licenses between 5 to 300 is counted to be an eligible Tenant for SMB track.";
const SMB_GROWTH_SEATS =
  "SMB: Each customer tenant having atleast 1 workload with paid licenses between 5 to 300 is counted to be an eligible Tenant for SMB track.";

const SMB_M365: SecurityM365Rule = {
  associations: M365_ASSOCIATIONS,
  customer: { atLeast: { value: 5, source: LEARN, quote: SMB_CUSTOMER_SEATS }, atMost: { value: 300, source: LEARN, quote: SMB_CUSTOMER_SEATS } },
  deployment: {
    seats: { atLeast: { value: 5, source: LEARN, quote: SMB_DEPLOYMENT_SEATS }, atMost: { value: 300, source: LEARN, quote: SMB_DEPLOYMENT_SEATS } },
    activeShare: ACTIVE_SHARE,
  },
  growthTenants: { atLeast: { value: 5, source: LEARN, quote: SMB_GROWTH_SEATS }, atMost: { value: 300, source: LEARN, quote: SMB_GROWTH_SEATS } },
};

// ---------------------------------------------------------------------------------------------
// The two paths and the rule set.

const ENTERPRISE: SecurityTrackRule = {
  id: "enterprise",
  label: "Enterprise",
  metrics: [NET_CUSTOMER_ADDS_ENTERPRISE, INTERMEDIATE_ENTERPRISE, USAGE_GROWTH_ENTERPRISE, DEPLOYMENTS],
  azure: ENTERPRISE_AZURE,
  m365: ENTERPRISE_M365,
};

const SMB: SecurityTrackRule = {
  id: "smb",
  label: "SMB",
  metrics: [NET_CUSTOMER_ADDS_SMB, INTERMEDIATE_SMB, USAGE_GROWTH_SMB, DEPLOYMENTS],
  azure: SMB_AZURE,
  m365: SMB_M365,
};

/** Security as the May 2026 snapshot of the Learn page words it: Enterprise and SMB tracks, best total counts. */
export const security2026: SecurityRuleSet = {
  id: "security-2026",
  edition: "2026",
  designation: "security",
  name: "Solutions Partner for Security (2026 rules)",
  // The snapshot date: the day these rules replaced the 2023 ones was not found (RULES.md §3.4).
  effectiveFrom: "2026-05-08",
  sources: SOURCES,
  qualification: {
    minTotal: { value: 70, source: LEARN, quote: "you must earn a minimum of 70 points" },
    everyMetricAboveZero: { value: true, source: LEARN, quote: "must have one or more points for each of the four metrics" },
  },
  trackChoice: {
    value: "best",
    source: LEARN,
    quote:
      "Microsoft evaluates partners on both paths and selects the highest score from either path. Microsoft selects the highest score at the solution area level, rather than at the individual metric level, to determine qualification.",
  },
  trailingMonths: {
    value: 12,
    source: LEARN,
    quote: "Net customer adds is defined as the number of eligible customers added to your customer base during the trailing 12-month period.",
    note: 'The baseline is the same month a year earlier ("Eligible Security ACR same month last year"); a trailing-12-month sum there is the "previous TTM", the 12 months before the current TTM.',
  },
  azureServices: {
    value: AZURE_SERVICES_2026,
    source: LEARN,
    quote:
      "Application Gateway, Azure Active Directory B2C*, Azure Active Directory for External Identities, Azure Bastion, Azure DDoS Protection, Azure Firewall, Azure Firewall Manager, Azure Front Door Service, Azure IoT Security, Key Vault, Microsoft Defender for Cloud, Microsoft Entra, Microsoft Entra Domain Services, Microsoft Entra Verified ID, Microsoft Purview, Microsoft Security Copilot, Sentinel",
  },
  excludedOffers: {
    value: ["Support", "Internal", "Benefit Program", "Trial"],
    source: LEARN,
    quote: 'All offers except "Support," "Internal," "Benefit Program," and "Trial" are applicable.',
  },
  m365Workloads: {
    value: M365_WORKLOADS_2026,
    source: LEARN,
    quote:
      "Microsoft Entra ID P1, Microsoft Defender for Office 365, Microsoft Defender for Endpoints (only P2), Microsoft Defender for Identity, Microsoft Purview Information Protection, and Intune.",
  },
  tracks: [ENTERPRISE, SMB],
  settings: {
    smbKeepsPromotedTenants: {
      value: true,
      source: LEARN,
      quote: "A customer tenant promoted to Enterprise remains eligible for SMB if it was classified as SMB in the previous year",
      note: "Read for every SMB metric: a tenant above the SMB band now that was in it a year earlier still counts for SMB.",
    },
  },
  alternatives: [
    {
      id: "security-smb-drops-promoted",
      label: "SMB counts only tenants in the SMB band in both months: a tenant that grows above the band leaves the SMB track at once",
      source: LEARN,
      set: {
        smbKeepsPromotedTenants: {
          value: false,
          source: LEARN,
          note: "[alternative] the SMB bands alone, judged in each month, without the promoted-tenant year",
        },
      },
    },
    {
      // The default since the promoted-tenant reading became the rule set's own: the id is still
      // accepted so that command lines written for the earlier default keep working; it changes nothing.
      id: "security-smb-keeps-promoted",
      label: "SMB keeps a promoted tenant for a year: the default, so this id changes nothing (accepted for earlier command lines)",
      source: LEARN,
      set: {},
    },
  ],
};

import type { SecurityRuleSet, SecurityTrackRule } from "./types";
import { azureAndM365 } from "./parts";
import type { CertStepRule, CertificationRule, MetricRule, Sourced, SourceRef, WorkloadRule } from "../../model/ruleTypes";

const S004 = "seed-004";
const R31 = "rules-3.1";
const R34 = "rules-3.4";
const ISSUE = "issue-4";

const s = <T>(value: T, source: string, note?: string): Sourced<T> => (note ? { value, source, note } : { value, source });

const SOURCES: SourceRef[] = [
  { id: S004, title: "Microsoft AI Cloud Partner Program deck: points per metric for all six designations", where: "shared/seeds/004_f34668bd64b25687.txt" },
  { id: R31, title: "RULES.md §3.1 Security max points; Azure and M365 halves totalled (sources S1, S2)", where: "shared/RULES.md §3.1" },
  {
    id: R34,
    title: "RULES.md §3.4 Security v2026 (source S2: snapshot of the Learn page, 8 May 2026; the exact date these rules replaced the 2023 ones was not found)",
    where: "shared/RULES.md §3.4",
  },
  { id: ISSUE, title: "Issue 4: all six designations, with rule sets by date", where: "issues show 4" },
];

const AZURE_SERVICES_2026: WorkloadRule[] = [
  { id: "application-gateway", name: "Application Gateway", aliases: ["Azure Application Gateway"] },
  // "Effective May 1, 2025, Azure AD B2C will no longer be available to purchase for new customers": existing ACR still counts.
  { id: "ad-b2c", name: "Azure Active Directory B2C", aliases: ["Azure AD B2C", "AAD B2C", "Microsoft Entra ID B2C"] },
  {
    id: "external-identities",
    name: "Azure Active Directory for External Identities",
    aliases: ["Azure AD for External Identities", "Azure AD External Identities", "Microsoft Entra ID for External Identities", "Microsoft Entra External ID", "Entra External ID"],
  },
  { id: "bastion", name: "Azure Bastion", aliases: ["Bastion"] },
  { id: "ddos-protection", name: "Azure DDoS Protection", aliases: ["DDoS Protection", "Azure DDoS Network Protection", "DDOS"] },
  { id: "firewall", name: "Azure Firewall", aliases: ["Firewall"] },
  { id: "firewall-manager", name: "Azure Firewall Manager", aliases: ["Firewall Manager"] },
  { id: "front-door", name: "Azure Front Door Service", aliases: ["Azure Front Door", "Front Door", "Front Door Service"] },
  { id: "iot-security", name: "Azure IoT Security", aliases: ["IoT Security", "Azure Defender for IoT", "Microsoft Defender for IoT"] },
  { id: "key-vault", name: "Key Vault", aliases: ["Azure Key Vault"] },
  { id: "defender-for-cloud", name: "Microsoft Defender for Cloud", aliases: ["Defender for Cloud", "Azure Defender", "Security Center", "Azure Security Center"] },
  { id: "entra", name: "Microsoft Entra", aliases: ["Microsoft Entra ID", "Entra ID", "Azure Active Directory", "Azure AD"] },
  { id: "entra-domain-services", name: "Microsoft Entra Domain Services", aliases: ["Azure Active Directory Domain Services", "Azure AD Domain Services", "AAD Domain Services", "Entra Domain Services"] },
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
    aliases: ["Microsoft Entra ID P2", "Entra ID P1", "Entra ID P2", "Entra ID Premium", "Microsoft Entra ID Premium", "Azure Active Directory Premium", "Azure AD Premium", "AAD Premium", "AADP", "AADP1", "AADP2", "Azure AD Premium P1", "Azure AD Premium P2"],
  },
  { id: "mdo", name: "Microsoft Defender for Office 365", aliases: ["Defender for Office 365", "MDO", "Office 365 ATP", "Office 365 Advanced Threat Protection"] },
  {
    id: "mde",
    name: "Microsoft Defender for Endpoint P2",
    // Rows that do not name a plan are taken as P2 (the export does not say; see docs/rules-security.md).
    aliases: ["Microsoft Defender for Endpoint Plan 2", "Defender for Endpoint P2", "Defender for Endpoint Plan 2", "MDE P2", "MDEP2", "Microsoft Defender for Endpoints", "Microsoft Defender for Endpoint", "Defender for Endpoint", "Defender for Endpoints", "MDE", "MDATP"],
  },
  { id: "mdi", name: "Microsoft Defender for Identity", aliases: ["Defender for Identity", "MDI", "Azure ATP", "Azure Advanced Threat Protection"] },
  {
    id: "mip",
    name: "Microsoft Purview Information Protection",
    aliases: ["Purview Information Protection", "Information Protection", "Microsoft Information Protection", "MIP", "Azure Information Protection", "AIP"],
  },
  { id: "intune", name: "Intune", aliases: ["Microsoft Intune", "InTune"] },
];

const STEP_1_CERTIFICATIONS: CertificationRule[] = [
  {
    name: "Microsoft Certified: Azure Security Engineer Associate",
    aliases: ["Azure Security Engineer Associate", "Azure Security Engineer"],
    // "retires on August 31, 2026. If you complete it before retirement, it remains valid for one year"
    validUntil: "2027-08-31",
  },
  { name: "Microsoft Certified: Cloud and AI Security Engineer Associate", aliases: ["Cloud and AI Security Engineer Associate", "Cloud and AI Security Engineer"] },
];

const STEP_2_CERTIFICATIONS: CertificationRule[] = [
  {
    name: "Microsoft Certified: Security Operations Analyst Associate",
    aliases: ["Security Operations Analyst Associate", "Microsoft Security Operations Analyst", "Security Operations Analyst"],
  },
];

const STEP_3_CERTIFICATIONS: CertificationRule[] = [
  { name: "Microsoft Certified: Cybersecurity Architect Expert", aliases: ["Cybersecurity Architect Expert", "Microsoft Cybersecurity Architect Expert", "Microsoft Cybersecurity Architect"] },
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
    // "retired on May 31, 2025. If the certification is passed before retirement, it will remain valid for one year"
    validUntil: "2026-05-31",
  },
  { name: "Microsoft Certified: Information Security Administrator Associate", aliases: ["Information Security Administrator Associate", "Information Security Administrator"] },
];

function steps(enterprise: boolean): CertStepRule[] {
  const cert = (list: CertificationRule[], note: string) => s(list, R34, note);
  if (enterprise) {
    const zero = s(0, R34, "Completing this step doesn't earn points, but it's mandatory before points are awarded for step 3");
    return [
      { id: "step-1", label: "Step 1", certifications: cert(STEP_1_CERTIFICATIONS, "Azure Security Engineer Associate* or Cloud and AI Security Engineer Associate"), minPeople: s(2, R34, "At least two people must complete one of the following certifications"), pointsPerPerson: zero },
      { id: "step-2", label: "Step 2", certifications: cert(STEP_2_CERTIFICATIONS, "Microsoft Security Operations Analyst"), minPeople: s(2, R34, "At least 2 people must complete the Microsoft Security Operations Analyst certification"), pointsPerPerson: zero },
      {
        id: "step-3",
        label: "Step 3",
        certifications: cert(STEP_3_CERTIFICATIONS, "Cybersecurity Architect expert, Identity and Access Administrator, Information Protection Administrator*, Information Security Administrator Associate"),
        minPeople: s(0, R34, "Step 3 earns points per person; it has no minimum of its own"),
        // 40 / 6 so that six people give exactly 40 (the page's 6.67 × 6).
        pointsPerPerson: s(40 / 6, R34, "Each certified individual adds 6.67 points in Step 3 (40 / 6)"),
      },
    ];
  }
  const four = (step: string) => s(4, R34, `Completing this step earns four points (even if more than one person completes it): ${step}`);
  const cap = (step: string) => s(4, R34, `Cap on points for ${step}: No matter how many people complete ${step}, you earn a maximum of four points`);
  return [
    { id: "step-1", label: "Step 1", certifications: cert(STEP_1_CERTIFICATIONS, "Azure Security Engineer Associate* or Cloud and AI Security Engineer Associate"), minPeople: s(1, R34, "At least one person must complete one of the following certifications"), pointsPerPerson: four("step 1"), cap: cap("step 1") },
    { id: "step-2", label: "Step 2", certifications: cert(STEP_2_CERTIFICATIONS, "Microsoft Security Operations Analyst"), minPeople: s(1, R34, "At least one person must complete the Microsoft Security Operations Analyst certification"), pointsPerPerson: four("step 2"), cap: cap("step 2") },
    {
      id: "step-3",
      label: "Step 3",
      certifications: cert(STEP_3_CERTIFICATIONS, "Cybersecurity Architect Expert, Identity and Access Administrator, Information Protection Administrator*, Information Security Administrator Associate"),
      minPeople: s(0, R34, "Step 3 earns points per person; it has no minimum of its own"),
      pointsPerPerson: s(8, R34, "Each certified individual adds eight points in Step 3 (max 40 = 4 + 4 + 4 × 8, RULES.md §3.4 [INFERRED])"),
    },
  ];
}

function metrics(enterprise: boolean): MetricRule[] {
  const nca = enterprise
    ? s(0.5, R34, "Enterprise track: Each net new customer contributes to two points for up to a maximum of 20 points, obtained from ten (10) customers (0.5 adds per point)")
    : s(0.25, R34, "SMB Track: Each net new customer contributes to four points for up to a maximum of 20 points, obtained from five (5) customers (0.25 adds per point)");
  const deployment = s(0.3, R34, "Each net new customer contributes 3.3 points for up to a maximum of 20 points, obtained from six deployments (6 / 20 = 0.3 deployments per point, 3.33 points each)");
  return [
    {
      id: "net-customer-adds",
      label: "Net customer adds",
      unit: ["net customer add", "net customer adds"],
      maxPoints: s(20, S004, "Net customer adds 20pts"),
      target: {
        kind: "parts",
        parts: [
          { id: "azure", label: "Azure", unit: ["Azure net customer add", "Azure net customer adds"], unitsPerPoint: nca },
          { id: "m365", label: "M365", unit: ["M365 net customer add", "M365 net customer adds"], unitsPerPoint: nca },
        ],
      },
    },
    {
      id: "intermediate-certifications",
      label: "Intermediate certifications",
      unit: ["Step 3 certified person", "Step 3 certified people"],
      maxPoints: s(40, R31, "Intermediate certifications 40 (6.67 × 6; 4 + 4 + 8 × 4)"),
      target: { kind: "steps", steps: steps(enterprise) },
    },
    {
      id: "usage-growth",
      label: "Usage growth",
      unit: ["unit of growth", "units of growth"],
      maxPoints: s(20, S004, "Usage Growth 20pts"),
      target: azureAndM365(
        { unit: ["USD of Azure security ACR growth", "USD of Azure security ACR growth"], unitsPerPoint: enterprise
              ? s(1250, R34, "Enterprise track: Every Security Azure consumed revenue (ACR) growth of USD 1,250 gets you one point")
              : s(750, R34, "SMB track: Every Security Azure consumed revenue (ACR) growth of USD 750 gets you one point") },
        { unit: ["M365 protected user of growth", "M365 protected users of growth"], unitsPerPoint: enterprise
              ? s(125, R34, "Enterprise track: Every Microsoft 365 protected users growth of 125 gets you one point")
              : s(50, R34, "SMB Track: Every Microsoft 365 protected users growth of 50 gets you one point") },
      ),
    },
    {
      id: "deployments",
      label: "Deployments",
      unit: ["deployment", "deployments"],
      maxPoints: s(20, S004, "Deployments 20pts"),
      target: {
        kind: "parts",
        parts: [
          { id: "azure", label: "Azure", unit: ["Azure deployment", "Azure deployments"], unitsPerPoint: deployment },
          { id: "m365", label: "M365", unit: ["M365 deployment", "M365 deployments"], unitsPerPoint: deployment },
        ],
      },
    },
  ];
}

const AZURE_ASSOCIATIONS = s<("PAL" | "CSP")[]>(["PAL", "CSP"], R34, "Azure: Partner Admin Link (PAL), CSP Tier1, CSP Tier2");
const M365_ASSOCIATIONS = s<("CPOR" | "CSP")[]>(["CPOR", "CSP"], R34, "Microsoft 365: Claiming Partner of Record (CPOR), CSP Tier1, CSP Tier2");
const AZURE_CUSTOMER = { atLeast: s(600, R34, "unique customer tenants contributing at least $600 ACR in the last TTM (Enterprise and SMB)") };
const ACTIVE_SHARE = s(0.15, R34, "having atleast 15% of these paid licenses should be active");

const enterprise: SecurityTrackRule = {
  id: "enterprise",
  label: "Enterprise",
  metrics: metrics(true),
  azure: {
    associations: AZURE_ASSOCIATIONS,
    customer: AZURE_CUSTOMER,
    deployment: { above: s(12000, R34, "a total Azure Consumed Revenue (ACR) greater than $12,000 in the past 12 months") },
    growthTenants: { above: s(12000, R34, "Enterprise: Each customer tenant having ACR greater than $12,000 in the trailing 12 months") },
  },
  m365: {
    associations: M365_ASSOCIATIONS,
    customer: { above: s(300, R34, "at least one workload with paid licenses greater than 300") },
    deployment: { seats: { above: s(300, R34, "Each customer tenant having at least one workload with paid licenses greater than 300") }, activeShare: ACTIVE_SHARE },
    growthTenants: { above: s(300, R34, "Enterprise: Each customer tenant having atleast 1 workload with paid licenses greater than 300") },
  },
};

const smbSeats = (note: string) => ({ atLeast: s(5, R34, note), atMost: s(300, R34, note) });

const smb: SecurityTrackRule = {
  id: "smb",
  label: "SMB",
  metrics: metrics(false),
  azure: {
    associations: AZURE_ASSOCIATIONS,
    customer: AZURE_CUSTOMER,
    deployment: {
      atLeast: s(750, R34, "a total ACR between $750 and $12,000 in trailing 12 months"),
      atMost: s(12000, R34, "a total ACR between $750 and $12,000 in trailing 12 months"),
    },
    growthTenants: {
      above: s(0, R34, "SMB: Each customer tenant having ACR more than zero and less than or equal to $12,000 in the trailing 12 months"),
      atMost: s(12000, R34, "SMB: Each customer tenant having ACR more than zero and less than or equal to $12,000 in the trailing 12 months"),
    },
  },
  m365: {
    associations: M365_ASSOCIATIONS,
    customer: smbSeats("at least one workload with paid licenses between 5-300 paid licenses in a given month"),
    deployment: { seats: smbSeats("Each customer tenant having atleast 1 workload with paid licenses between 5 to 300"), activeShare: ACTIVE_SHARE },
    growthTenants: smbSeats("SMB: Each customer tenant having atleast 1 workload with paid licenses between 5 to 300"),
  },
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
    minTotal: s(70, R34, "you must earn a minimum of 70 points"),
    everyMetricAboveZero: s(true, R34, "and must have one or more points for each of the four metrics"),
  },
  trackChoice: s("best", R34, "Microsoft evaluates partners on both paths and selects the highest score from either path ... at the solution area level"),
  trailingMonths: s(12, R34, "Eligible deployments last month − same month last year; current TTM − previous TTM"),
  azureServices: s(
    AZURE_SERVICES_2026,
    R34,
    "Application Gateway, Azure Active Directory B2C*, Azure Active Directory for External Identities, Azure Bastion, Azure DDoS Protection, Azure Firewall, Azure Firewall Manager, Azure Front Door Service, Azure IoT Security, Key Vault, Microsoft Defender for Cloud, Microsoft Entra, Microsoft Entra Domain Services, Microsoft Entra Verified ID, Microsoft Purview, Microsoft Security Copilot, Sentinel",
  ),
  excludedOffers: s(["Support", "Internal", "Benefit Program", "Trial"], R34, 'All offers except "Support," "Internal," "Benefit Program," and "Trial" are applicable'),
  m365Workloads: s(
    M365_WORKLOADS_2026,
    R34,
    "Microsoft Entra ID P1, Microsoft Defender for Office 365, Microsoft Defender for Endpoints (only P2), Microsoft Defender for Identity, Microsoft Purview Information Protection, and Intune",
  ),
  tracks: [enterprise, smb],
  settings: {
    smbKeepsPromotedTenants: s(
      true,
      R34,
      "A customer tenant promoted to Enterprise remains eligible for SMB if it was classified as SMB in the previous year (an SMB tenant promoted to Enterprise stays SMB-eligible for a year)",
    ),
  },
  alternatives: [
    {
      id: "security-smb-drops-promoted",
      label: "SMB counts only tenants in the SMB band in both months: a tenant that grows above the band leaves the SMB track at once",
      source: R34,
      set: { smbKeepsPromotedTenants: s(false, R34, "[alternative] the SMB bands alone, judged in each month, without the promoted-tenant year") },
    },
    {
      // The default since the promoted-tenant reading became the rule set's own: the id is still
      // accepted so that command lines written for the earlier default keep working; it changes nothing.
      id: "security-smb-keeps-promoted",
      label: "SMB keeps a promoted tenant for a year: the default, so this id changes nothing (accepted for earlier command lines)",
      source: R34,
      set: {},
    },
  ],
};

import type {
  BizAppsSettings,
  BizAppsTrackId,
  BizAppsTrackRule,
  BusinessApplicationsRuleSet,
  RateCardEntry,
} from "./types";
import type { CertificationRule, MetricRule, RuleAlternative, SourceRef, Sourced, WorkloadRule } from "../../model/ruleTypes";

/**
 * Business Applications rules as the Learn page of 13 Jun 2023 words them (RULES.md §5, source S1;
 * the seeds give only the points per metric). The track and metric builders are shared with the
 * 2026 set, which differs in lists (workloads, rate card, associations, certifications).
 */

export const LEARN2023 = "learn-2023";
export const ELIGIBILITY = "customer-eligibility-2022";
export const SEED004 = "seed-004";
export const TRACK_NAMES = "rules-5.2";
export const RATE_CARD = "rules-5.5";
export const ISSUE4 = "issue-4";

export const s = <T>(value: T, source: string, note?: string): Sourced<T> => (note ? { value, source, note } : { value, source });

export const COMMON_SOURCES: SourceRef[] = [
  { id: SEED004, title: "Microsoft AI Cloud Partner Program deck: points per metric for all six designations", where: "shared/seeds/004_f34668bd64b25687.txt" },
  {
    id: ELIGIBILITY,
    title: "Partner Center Insights, Customer eligibility for Solutions partner (10 Aug 2022): Business Applications SMB net customer adds \"> 500 USD\"",
    where: "shared/RULES.md §5.3 (source S1, customer-eligibility.md)",
  },
  {
    id: TRACK_NAMES,
    title: "RULES.md §5.2: 2022 Larger markets / Other markets (S5), May 2023 threshold changes (S7), Enterprise / SMB since",
    where: "shared/RULES.md §5.2, §9",
  },
  { id: RATE_CARD, title: "RULES.md §5.5: the monthly consumption value rate card, 2023 → 2026 (S1, S2; CE rate 40 → 200 in May 2023, S7)", where: "shared/RULES.md §5.5" },
  { id: ISSUE4, title: "Issue 4: all six designations, with rule sets by date (Business Applications tracks, points, exports)", where: "issues show 4" },
];

// ---------------------------------------------------------------------------------------------
// Tracks and metrics (both editions)
// ---------------------------------------------------------------------------------------------

export interface CertLists {
  intermediate: Sourced<CertificationRule[]>;
  advanced: Sourced<CertificationRule[]>;
}

function certMetric(level: "intermediate" | "advanced", track: BizAppsTrackId, learn: string, certs: Sourced<CertificationRule[]>): MetricRule {
  const ent = track === "enterprise";
  const intermediate = level === "intermediate";
  const max = intermediate ? s(20, learn, "Intermediate certifications: 20 points") : s(15, learn, "Advanced certifications: 15 points");
  // Advanced Enterprise: the page's "2.14 points" is 15/7 rounded; 7 people must give exactly 15.
  const perPerson = intermediate
    ? ent
      ? s(1, learn, "Enterprise: Each qualifying certified person is worth one point (20 people for maximum points)")
      : s(4, learn, "SMB: Each qualifying certified person is worth four points (5 people for maximum points)")
    : ent
      ? s(15 / 7, learn, "Enterprise: Each qualifying certified person is worth 2.14 points, up to a maximum of 15 points obtained from seven certified people")
      : s(7.5, learn, "SMB: Each qualifying certified person is worth 7.5 points, up to a maximum of 15 points obtained from two certified people");
  return {
    id: intermediate ? "intermediate-certifications" : "advanced-certifications",
    label: intermediate ? "Intermediate certifications" : "Advanced certifications",
    unit: intermediate ? ["intermediate certified person", "intermediate certified people"] : ["advanced certified person", "advanced certified people"],
    maxPoints: max,
    target: {
      kind: "steps",
      steps: [
        {
          id: level,
          label: intermediate ? "Intermediate certification" : "Advanced certification",
          certifications: certs,
          // No prerequisite step: one certified person already scores.
          minPeople: s(1, learn, "Each certified individual will be counted once for this metric, even if the certified individual completes multiple certifications"),
          pointsPerPerson: perPerson,
        },
      ],
    },
  };
}

function trackMetrics(track: BizAppsTrackId, learn: string, certs: CertLists): MetricRule[] {
  return [
    {
      id: "net-customer-adds",
      label: "Net customer adds",
      unit: ["net customer add (tenant workload)", "net customer adds (tenant workloads)"],
      maxPoints: s(15, learn, "Net customer adds: 15 points"),
      target: { kind: "single", target: s(5, learn, "Each qualifying net customer add is worth three points, to a maximum of 15 points for five net additional customers") },
    },
    certMetric("intermediate", track, learn, certs.intermediate),
    certMetric("advanced", track, learn, certs.advanced),
    {
      id: "usage-growth",
      label: "Usage growth",
      unit: ["percentage point of MCV growth", "percentage points of MCV growth"],
      maxPoints: s(30, learn, "Usage growth: 30 points"),
      target: { kind: "single", target: s(30, learn, "Each 1% of growth contributes to one point (maximum of 30 points)") },
    },
    {
      id: "deployments",
      label: "Deployments",
      unit: ["net deployment (tenant workload)", "net deployments (tenant workloads)"],
      maxPoints: s(20, learn, "Deployments: 20 points"),
      target: { kind: "single", target: s(5, learn, "Each qualifying deployment gives you four points, to a maximum of 20 points for five deployments") },
    },
  ];
}

export function bizAppsTracks(learn: string, certs: CertLists): BizAppsTrackRule[] {
  return [
    {
      id: "enterprise",
      label: "Enterprise",
      labelNote: s("called Larger markets in 2022", TRACK_NAMES, "v2022: \"Market classification … Larger markets or Other markets\" (S5); Larger markets ≈ Enterprise is inferred, not verified"),
      deploymentMinMcv: s(10_000, learn, "Enterprise: unique workloads rolled up at customer tenant level and contributing at least 10,000 monthly consumption value (MCV)"),
      usageBaselineMinMcv: s(50_000, learn, "Enterprise: you must have a baseline consumption value of 50,000 last year (12 months ago)"),
      metrics: trackMetrics("enterprise", learn, certs),
    },
    {
      id: "smb",
      label: "SMB",
      labelNote: s("called Other markets in 2022", TRACK_NAMES, "v2022: \"Market classification … Larger markets or Other markets\" (S5); Other markets ≈ SMB is inferred, not verified"),
      deploymentMinMcv: s(5_000, learn, "SMB: unique workloads rolled up at customer tenant level and contributing at least 5,000 monthly consumption value (MCV)"),
      usageBaselineMinMcv: s(25_000, learn, "SMB: you must have a baseline consumption value of 25,000 last year (12 months ago)"),
      metrics: trackMetrics("smb", learn, certs),
    },
  ];
}

export function ncaSettings(learn: string): BizAppsSettings {
  return {
    ncaRevenue: {
      enterprise: { min: s(1500, learn, "Enterprise: unique workloads rolled up at customer tenant level and contributing at least $1500 revenue in a given month"), inclusive: true },
      smb: { min: s(250, learn, "SMB: unique workloads rolled up at customer tenant level and contributing at least $250 revenue in a given month"), inclusive: true },
    },
  };
}

export function ncaAlternatives(learn: string): RuleAlternative<BizAppsSettings>[] {
  return [
    {
      id: "nca-smb-500",
      label: "Net customer adds, SMB: a tenant workload counts with more than $500 revenue in the month (Customer eligibility page) instead of at least $250",
      source: ELIGIBILITY,
      set: {
        ncaRevenue: {
          enterprise: ncaSettings(learn).ncaRevenue.enterprise,
          smb: { min: s(500, ELIGIBILITY, "Business Applications SMB, Net Customer Adds: Total qualifying workloads with active subscriptions > 500 USD"), inclusive: false },
        },
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// 2023 lists
// ---------------------------------------------------------------------------------------------

/** Workloads named on both the 2023 and 2026 net-customer-adds lists (spellings that differ only in case, spaces or punctuation need no alias). */
export const NCA_WORKLOADS_SHARED: WorkloadRule[] = [
  { id: "ai-builder", name: "AI Builder", aliases: [] },
  { id: "business-central", name: "Business Central", aliases: ["BC"] },
  { id: "ce-bundle", name: "CE Bundle", aliases: ["Customer Engagement Bundle", "Customer Engagement"] },
  { id: "commerce", name: "Commerce", aliases: ["Retail"] },
  { id: "customer-insights", name: "Customer Insights", aliases: ["Customer Insights Partner", "Customer Insights - Data"] },
  { id: "customer-service", name: "Customer Service", aliases: ["Customer Service Enterprise", "Customer Service Professional"] },
  { id: "fo-bundle", name: "F&O Bundle", aliases: ["Finance and Operations Bundle", "Finance & Operations"] },
  { id: "field-service", name: "Field Service", aliases: [] },
  { id: "finance", name: "Finance", aliases: [] },
  { id: "hr", name: "HR (Human Resources)", aliases: ["HR", "Human Resources", "Core HR"] },
  { id: "intelligent-order-management", name: "Intelligent Order Management", aliases: ["IOM"] },
  { id: "mixed-reality", name: "Mixed Reality", aliases: ["Guides", "Remote Assist"] },
  { id: "omni-channel", name: "Omni Channel", aliases: [] },
  { id: "power-apps", name: "Power Apps", aliases: ["Power App"] },
  { id: "power-automate", name: "Power Automate", aliases: [] },
  { id: "power-bi", name: "Power BI", aliases: [] },
  { id: "power-pages", name: "Power Pages", aliases: ["Portals", "Power Apps Portals"] },
  { id: "project-operations", name: "Project Operations", aliases: [] },
  { id: "sales", name: "Sales", aliases: ["Sales Enterprise", "Sales Professional", "Sales Insights"] },
  { id: "supply-chain", name: "Supply Chain", aliases: ["Supply Chain Management", "SCM"] },
  { id: "non-workload-specific", name: "Non-workload specific", aliases: [] },
];

const NCA_WORKLOADS_2023: WorkloadRule[] = [
  ...NCA_WORKLOADS_SHARED,
  { id: "fraud-protection", name: "Fraud Protection", aliases: [] },
  { id: "marketing", name: "Marketing", aliases: [] },
  // Renamed Copilot Studio in late 2023; the 2026 list names both.
  { id: "power-virtual-agent", name: "Power Virtual Agent", aliases: ["Power Virtual Agents", "PVA", "Copilot Studio"] },
];

/** Rate-card rows of both editions; export names map to them loosely (Learn footnotes and issue 4). */
export const RATE_CARD_SHARED: RateCardEntry[] = [
  { id: "business-central", name: "Business Central", aliases: [], rate: 1000, unit: "MAU", family: "dynamics" },
  { id: "core-hr", name: "Core HR", aliases: ["Human Resources", "HR", "HR (Human Resources)"], rate: 1000, unit: "MAU", family: "dynamics" },
  {
    id: "common-data-service",
    name: "Common Data Service (Customer Engagement)",
    // "Customer Engagement workload includes usage from Sales, Sales Insights, Customer Service and Field Service"
    aliases: [
      "Common Data Service",
      "CDS",
      "Customer Engagement",
      "CE",
      "CE Bundle",
      "Sales",
      "Sales Enterprise",
      "Sales Professional",
      "Sales Insights",
      "Customer Service",
      "Customer Service Enterprise",
      "Customer Service Professional",
      "Field Service",
    ],
    rate: 200,
    unit: "MAU",
    family: "dynamics",
  },
  { id: "customer-insights", name: "Customer Insights", aliases: ["Customer Insights Partner", "Customer Insights - Data"], rate: 0.2, unit: "profiles", family: "power-platform" },
  {
    id: "finance-operations",
    name: "Finance & Operations",
    // "Finance & Operations workload includes usage from Finance and Project Operations"; Supply Chain per issue 4.
    aliases: ["Finance and Operations", "F&O", "FnO", "F&O Bundle", "Finance", "Project Operations", "Supply Chain", "Supply Chain Management", "SCM"],
    rate: 100,
    unit: "MAU",
    family: "dynamics",
  },
  { id: "guides", name: "Guides", aliases: [], rate: 1000, unit: "MAU", family: "dynamics" },
  { id: "portals", name: "Portals", aliases: ["Power Pages", "Power Apps Portals"], rate: 100, unit: "MAU", family: "power-platform" },
  { id: "power-apps", name: "Power Apps", aliases: ["Power App"], rate: 200, unit: "MAU", family: "power-platform" },
  { id: "power-automate", name: "Power Automate", aliases: [], rate: 200, unit: "MAU", family: "power-platform" },
  { id: "power-bi", name: "Power BI", aliases: ["Power BI Pro", "Power BI Premium"], rate: 200, unit: "MAU", family: "power-platform" },
  { id: "remote-assist", name: "Remote Assist", aliases: [], rate: 1000, unit: "MAU", family: "dynamics" },
  { id: "retail", name: "Retail", aliases: ["Commerce"], rate: 100, unit: "MAU", family: "dynamics" },
  { id: "talent-attract", name: "Talent Attract", aliases: ["Attract"], rate: 1000, unit: "MAU", family: "dynamics" },
  { id: "talent-onboard", name: "Talent Onboard", aliases: ["Onboard"], rate: 1000, unit: "MAU", family: "dynamics" },
];

const RATE_CARD_NOTE =
  "Business Central 1000, Core HR 1000, Common data service (Customer Engagement) 200, Customer Insights 0.2 (Profiles), Finance & Operations 100, Guides 1000, Power Apps 200, Power Automate 200, Power BI 200, Remote Assist 1000, Retail 100, Talent Attract 1000, Talent Onboard 1000 (MAU). Portals is on the 2023 eligible-workload list but not in its rate table; its rate, 100, is the 2026 table's (issue 4).";

/** Certifications on both lists are written once; a retired one carries its last valid day. */
const cert = (name: string, aliases: string[] = [], validUntil?: string): CertificationRule => (validUntil ? { name, aliases, validUntil } : { name, aliases });

const INTERMEDIATE_2023: CertificationRule[] = [
  cert("Microsoft Certified: Dynamics 365 Finance Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365 Commerce Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365: Finance and Operations Apps Developer Associate"),
  cert("Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365 Supply Chain Management, Manufacturing Functional Consultant Associate"),
  // "retired on June 30, 2023. It will remain eligible for partner capability score points through June 2024."
  cert("Microsoft Certified: Dynamics 365 Customer Service Functional Consultant Associate", [], "2024-06-30"),
  cert("Microsoft Certified: Dynamics 365 Sales Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365 Field Service Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365 Marketing Functional Consultant Associate"),
  // "will not be eligible for partner capability score points effective December 1, 2023."
  cert("Microsoft Certified: Power Platform App Maker Associate", [], "2023-11-30"),
  cert("Microsoft Certified: Data Analyst Associate", ["Microsoft Certified: Power BI Data Analyst Associate"]),
  cert("Microsoft Certified: Power Platform Functional Consultant Associate"),
  cert("Microsoft Certified: Power Platform Developer Associate"),
  cert("Microsoft Certified: Customer Data Platform Specialty"),
  cert("Microsoft Certified: Azure Enterprise Data Analyst Associate"),
  cert("Microsoft Certified: Power Automate RPA Developer Associate"),
];

const ADVANCED_2023: CertificationRule[] = [
  cert("Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Expert"),
  cert("Microsoft Certified: Dynamics 365: Finance and Operations Apps Solution Architect Expert"),
  // "retired as of June 30, 2021 and is not eligible for partner capability score effective July 1, 2023."
  cert("Microsoft Certified: Dynamics 365 + Power Platform Solution Architect Expert", ["Microsoft Certified: Power Apps + Dynamics 365 Solution Architect Expert"], "2023-06-30"),
  cert("Microsoft Certified: Power Platform Solution Architect Expert"),
];

/** Solutions Partner for Business Applications as the Learn page of 13 Jun 2023 words it. */
export const businessApplications2023: BusinessApplicationsRuleSet = {
  id: "business-applications-2023",
  edition: "2023",
  designation: "business-applications",
  name: "Solutions Partner for Business Applications (2023 rules)",
  effectiveFrom: "2023-06-13",
  sources: [
    { id: LEARN2023, title: "Microsoft Learn, Solutions Partner for Business Applications (13 Jun 2023)", where: "shared/RULES.md §5 (source S1, solutions-partner-business.md)" },
    ...COMMON_SOURCES,
  ],
  qualification: {
    minTotal: s(70, LEARN2023, "Earn a minimum of 70 points out of 100 points possible"),
    everyMetricAboveZero: s(true, LEARN2023, "Earn at least one point in each of the following three categories and five subcategories"),
  },
  trackChoice: s("classified", LEARN2023, "Business applications recognize your organization as a partner who works in Enterprise or SMB"),
  trailingMonths: s(12, LEARN2023, "(total qualifying workloads … latest month) – (Total qualifying workloads … 12 months ago)"),
  settings: ncaSettings(LEARN2023),
  alternatives: ncaAlternatives(LEARN2023),
  classification: {
    minUnits: s(5, LEARN2023, "A partner is classified as Enterprise, if Partner has 5 or more unique workloads contributing more than $5000 in revenue for each customer Tenant in both current month-1 & current month-13"),
    revenueAbove: s(5000, LEARN2023, "contributing more than $5000 in revenue"),
  },
  ncaWorkloads: s(
    NCA_WORKLOADS_2023,
    LEARN2023,
    "AI Builder, Business Central, CE Bundle, Commerce, Customer Insights, Customer Service, F&O Bundle, Field Service, Finance, Fraud Protection, HR (Human Resources), Intelligent Order Management, Marketing, Mixed Reality, Omni Channel, Power Apps, Power Automate, Power BI, Power Pages, Power Virtual Agent, Project Operations, Sales, Supply Chain, and Non-workload specific",
  ),
  rateCard: s(RATE_CARD_SHARED, RATE_CARD, RATE_CARD_NOTE),
  associations: {
    netCustomerAdds: s(
      ["CPOR RevRec", "CPOR OSA", "CPOR RevRec Performance", "CPOR", "CSP Tier 1", "CSP Tier 2", "CSP", "DPOR"],
      LEARN2023,
      "Eligible attributions for Microsoft Dynamics 365 [and Power Platform] include CPOR RevRec, CPOR OSA, CPOR RevRec Performance, CSP Tiers 1 and 2, and Digital Partner of Record (DPOR). A bare \"CPOR\" (no sub-type in the export) is read as one of these.",
    ),
    customerSuccess: {
      dynamics: s(
        ["CPOR OSU", "CPOR", "DPOR", "CSP Tier 1", "CSP Tier 2", "CSP"],
        LEARN2023,
        "Eligible attributions for Microsoft Dynamics 365 (except Customer Insights) include CPOR OSU, Digital Partner of Record (DPOR). Note: CSP attribution is counted in the calculations, however it is appearing as DPOR attribution (display error)",
      ),
      "power-platform": s(["PAL"], LEARN2023, "Eligible attribution for Power Platform & Customer Insights include Partner Admin Link (PAL)"),
    },
  },
  cspShownAsDpor: s(true, LEARN2023, "CSP attribution is counted in the calculations, however it is appearing as DPOR attribution (display error)"),
  tracks: bizAppsTracks(LEARN2023, {
    intermediate: s(INTERMEDIATE_2023, LEARN2023, "Eligible intermediate certifications (17), with Customer Service eligible through June 2024 and App Maker until 30 Nov 2023"),
    advanced: s(ADVANCED_2023, LEARN2023, "Eligible advanced certifications (4), D365 + Power Platform Solution Architect Expert until 30 Jun 2023"),
  }),
};

import {
  COMMON_SOURCES,
  NCA_WORKLOADS_SHARED,
  RATE_CARD,
  RATE_CARD_SHARED,
  bizAppsTracks,
  ncaAlternatives,
  ncaSettings,
  s,
} from "./rules2023";
import type { BusinessApplicationsRuleSet } from "./types";
import type { CertificationRule, WorkloadRule } from "../../model/ruleTypes";

/**
 * Business Applications as the Learn page reads in the May 2026 snapshot (RULES.md §5, source S2).
 * Points, thresholds and the classification are unchanged; the lists changed: net-customer-adds
 * workloads, Contact Center on the rate card, CSP named for Dynamics 365 customer success, and the
 * certifications.
 */

const LEARN2026 = "learn-2026";

const NCA_WORKLOADS_2026: WorkloadRule[] = [
  ...NCA_WORKLOADS_SHARED,
  { id: "contact-center", name: "Contact Center", aliases: ["Contact Centre"] },
  { id: "copilot-studio", name: "Copilot Studio", aliases: [] },
  { id: "copilot-studio-payg", name: "Copilot Studio PAYG", aliases: ["Copilot Studio Pay-as-you-go"] },
  { id: "power-virtual-agent", name: "Power Virtual Agent", aliases: ["Power Virtual Agents", "PVA"] },
  { id: "non-workload-specific-fo", name: "Non-workload specific (F&O)", aliases: ["Non-workload specific (Finance and Operations)"] },
];

const cert = (name: string, aliases: string[] = [], validUntil?: string): CertificationRule => (validUntil ? { name, aliases, validUntil } : { name, aliases });

// "retirement date is June 30, 2026. If completed before retirement, it will remain valid for one year."
const INTERMEDIATE_2026: CertificationRule[] = [
  cert("Microsoft Certified: Dynamics 365 Finance Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365: Finance and Operations Apps Developer Associate"),
  cert("Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365 Customer Service Functional Consultant Associate"),
  cert("Microsoft Certified: Dynamics 365 Field Service Functional Consultant Associate", [], "2027-06-30"),
  cert("Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate"),
  cert("Microsoft Certified: Power BI Data Analyst Associate", ["Microsoft Certified: Data Analyst Associate"]),
  cert("Microsoft Certified: Power Platform Functional Consultant Associate", [], "2027-08-31"),
  cert("Microsoft Certified: Power Platform Developer Associate"),
  cert("Microsoft Certified: Power Automate RPA Developer Associate", [], "2027-06-30"),
  cert("Microsoft Certified: Dynamics 365 Customer Experience Analyst Associate", [], "2027-07-31"),
  cert("Microsoft Certified: Dynamics 365 Sales AI Consultant Associate"),
  cert("Microsoft Certified: Intelligent Applications Builder Associate"),
  cert("Microsoft Certified: Dynamics 365 Contact Center AI Engineer Associate"),
];

const ADVANCED_2026: CertificationRule[] = [
  cert("Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Expert", [], "2027-06-30"),
  cert("Microsoft Certified: Dynamics 365: Finance and Operations Apps Solution Architect Expert", [], "2027-06-30"),
  cert("Microsoft Certified: Power Platform Solution Architect Expert", [], "2027-06-30"),
  cert("Microsoft Certified: Dynamics 365 Business Central Developer Associate"),
  cert("Microsoft Certified: Agentic AI Business Solutions Architect"),
];

export const businessApplications2026: BusinessApplicationsRuleSet = {
  id: "business-applications-2026",
  edition: "2026",
  designation: "business-applications",
  name: "Solutions Partner for Business Applications (2026 rules)",
  effectiveFrom: "2026-05-08",
  sources: [
    {
      id: LEARN2026,
      title: "Microsoft Learn, Solutions Partner for Business Applications, snapshot of 8 May 2026 (the date the rules changed between mid-2023 and May 2026 was not found)",
      where: "shared/RULES.md §5 (source S2, business-applications.md)",
    },
    ...COMMON_SOURCES,
  ],
  qualification: {
    minTotal: s(70, LEARN2026, "Earn a minimum of 70 points out of 100 points possible"),
    everyMetricAboveZero: s(true, LEARN2026, "Earn at least one point in each of the following three categories and five subcategories"),
  },
  trackChoice: s("classified", LEARN2026, "Business applications recognize your organization as a partner who works in Enterprise or Small and Medium Business (SMB)"),
  trailingMonths: s(12, LEARN2026, "(total qualifying workloads … latest month) – (Total qualifying workloads … 12 months ago)"),
  settings: ncaSettings(LEARN2026),
  alternatives: ncaAlternatives(LEARN2026),
  classification: {
    minUnits: s(5, LEARN2026, "A partner is classified as Enterprise, if Partner has five or more unique workloads contributing more than $5,000 in revenue for each customer Tenant in both current month-1 and current month-13"),
    revenueAbove: s(5000, LEARN2026, "contributing more than $5,000 in revenue"),
  },
  ncaWorkloads: s(
    NCA_WORKLOADS_2026,
    LEARN2026,
    "AI Builder, Business Central, CE Bundle, Commerce, Contact Center, Copilot Studio, Copilot Studio PAYG, Customer Insights, Customer Service, F&O Bundle, Field Service, Finance, HR (Human Resources), Intelligent Order Management, Mixed Reality, Omni Channel, Power Apps, Power Automate, Power BI, Power Pages, Power Virtual Agent, Project Operations, Sales, Supply Chain, Non-workload specific (F&O), Non-workload specific",
  ),
  rateCard: s(
    [...RATE_CARD_SHARED, { id: "contact-center", name: "Contact Center", aliases: ["Contact Centre"], rate: 200, unit: "MAU", family: "dynamics" }],
    RATE_CARD,
    "Business Central 1000, Contact Center 200, Core HR 1000, Common data service (Customer Engagement) 200, Customer Insights 0.2 (Profiles), Finance & Operations 100, Guides 1000, Portals 100, Power Apps 200, Power Automate 200, Power BI 200, Remote Assist 1000, Retail 100, Talent Attract 1000, Talent Onboard 1000 (MAU)",
  ),
  associations: {
    netCustomerAdds: s(
      ["CPOR RevRec", "CPOR OSA", "CPOR RevRec Performance", "CPOR", "CSP Tier 1", "CSP Tier 2", "CSP", "DPOR"],
      LEARN2026,
      "Eligible attributions for Microsoft Dynamics 365 [and Power Platform] include Claiming Partner of Record (CPOR) RevRec, CPOR OSA, CPOR RevRec Performance, CSP Tiers 1 and 2, and Digital Partner of Record (DPOR). A bare \"CPOR\" (no sub-type in the export) is read as one of these.",
    ),
    customerSuccess: {
      dynamics: s(
        ["CPOR OSU", "CPOR", "CSP Tier 1", "CSP Tier 2", "CSP", "DPOR"],
        LEARN2026,
        "Eligible attributions for Microsoft Dynamics 365 (except Customer Insights) include CPOR OSU, CSP Tier 1, CSP Tier 2, Digital Partner of Record (DPOR)",
      ),
      "power-platform": s(["PAL"], LEARN2026, "Eligible attribution for Power Platform & Customer Insights include Partner Admin Link (PAL)"),
    },
  },
  tracks: bizAppsTracks(LEARN2026, {
    intermediate: s(
      INTERMEDIATE_2026,
      LEARN2026,
      "Eligible intermediate certifications (14); RPA Developer and Field Service retire June 30, 2026, Customer Experience Analyst July 31, 2026, Power Platform Functional Consultant August 31, 2026: \"If completed before retirement, it remains valid for one year\"",
    ),
    advanced: s(ADVANCED_2026, LEARN2026, "Eligible advanced certifications (5); the three experts retire June 30, 2026 and \"will remain valid for one year\""),
  }),
};

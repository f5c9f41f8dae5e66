import type { CertificationRule, SourceRef, WorkloadRule } from "../../model/ruleTypes";
import type { RateCardEntry } from "./types";

/**
 * Constants both Business Applications rule sets use: the sources that are not an edition's own
 * Learn page, the workloads and rate-card rows both editions name, and the export spellings of
 * Supply Chain and Commerce usage (which the rate card names nowhere; settings say how they are read).
 * Lists only: each rule set is written out in its own file.
 */

export const BUSINESS_PAGE_URL = "https://learn.microsoft.com/en-us/partner-center/membership/solutions-partner-business";

export const ELIGIBILITY = "customer-eligibility-2022";
export const MARKETS_2022 = "business-2022";

/** The Customer eligibility page (S1 customer-eligibility.md, ms.date 8/10/2022): SMB "> 500 USD", Enterprise "> 1500 USD". */
export const ELIGIBILITY_SOURCE: SourceRef = {
  id: ELIGIBILITY,
  title:
    'Partner Center Insights, Customer eligibility for Solutions partner (10 Aug 2022): Business Applications net customer adds "> 500 USD" (SMB), "> 1500 USD" (Enterprise)',
  where: "shared/RULES.md §5.3 (source S1, customer-eligibility.md)",
  url: "https://learn.microsoft.com/en-us/partner-center/insights/customer-eligibility",
};

/** The 2022 page (S5, docs.microsoft.com, since moved to learn.microsoft.com): Larger markets / Other markets. */
export const MARKETS_2022_SOURCE: SourceRef = {
  id: MARKETS_2022,
  title: 'Solutions Partner for Business Applications, 2022 page (S5): "Market classification … Larger markets or Other markets"',
  where: "shared/RULES.md §5.2, §9",
  url: "https://learn.microsoft.com/en-us/partner-center/solutions-partner-business",
};

export const LARGER_MARKETS_QUOTE = "Market classification … Larger markets or Other markets";

/** Supply Chain usage as exports may spell it: the rate card names no Supply Chain row. */
export const SUPPLY_CHAIN_USAGE_NAMES: readonly string[] = ["Supply Chain", "Supply Chain Management", "SCM"];
/** Commerce usage (Dynamics 365 Commerce was Dynamics 365 Retail): the rate card names Retail. */
export const COMMERCE_USAGE_NAMES: readonly string[] = ["Commerce"];

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

/**
 * Rate-card rows of both editions; export names map to them loosely (the Learn footnotes name the
 * Customer Engagement and Finance & Operations members). Supply Chain and Commerce are our reading
 * (settings.supplyChainAsFinanceOperations, settings.commerceAsRetail).
 */
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
  {
    id: "customer-insights",
    name: "Customer Insights",
    aliases: ["Customer Insights Partner", "Customer Insights - Data"],
    rate: 0.2,
    unit: "profiles",
    family: "power-platform",
  },
  {
    id: "finance-operations",
    name: "Finance & Operations",
    // "Finance & Operations workload includes usage from Finance and Project Operations"; Supply Chain is our reading.
    aliases: ["Finance and Operations", "F&O", "FnO", "F&O Bundle", "Finance", "Project Operations", ...SUPPLY_CHAIN_USAGE_NAMES],
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
  // Commerce is our reading: Dynamics 365 Commerce is the renamed Dynamics 365 Retail.
  { id: "retail", name: "Retail", aliases: [...COMMERCE_USAGE_NAMES], rate: 100, unit: "MAU", family: "dynamics" },
  { id: "talent-attract", name: "Talent Attract", aliases: ["Attract"], rate: 1000, unit: "MAU", family: "dynamics" },
  { id: "talent-onboard", name: "Talent Onboard", aliases: ["Onboard"], rate: 1000, unit: "MAU", family: "dynamics" },
];

/** A certification of a list; a retired one carries its last valid day (YYYY-MM-DD). */
export const cert = (name: string, aliases: string[] = [], validUntil?: string): CertificationRule =>
  validUntil ? { name, aliases, validUntil } : { name, aliases };

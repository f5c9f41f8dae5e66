import type { AzureClassificationRule, AzureSettings } from "./types";
import type { AssociationType } from "../../parse/associations";
import type { CertificationRule, MetricRule, RuleAlternative, SourceRef, Sourced } from "../../model/ruleTypes";

/**
 * What the rule sets of Infrastructure, Data & AI and Digital & App Innovation share: one Learn page
 * describes all three ("There are common requirements and thresholds for metrics in the Performance
 * and Customer Success categories. There are separate certification requirements in the Skilling
 * category."). Each designation's folder holds its own rule sets as plain literals that use these
 * constants; nothing here is a builder, and the 2023 and 2026 constants are separate, so a 2026 fix
 * never changes 2023.
 *
 * Quotes are the page's own words. A bulleted list is quoted with its items joined by "; " and
 * markdown (bold, italics, links) dropped; "…" marks words left out.
 */

const AZURE_PAGE = "https://learn.microsoft.com/en-us/partner-center/membership/solutions-partner-azure";
const SECURITY_PAGE = "https://learn.microsoft.com/en-us/partner-center/membership/solutions-partner-security";

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

export const LEARN_2023 = "learn-2023";
export const SEED_001 = "seed-001";
export const SUPPORT_SINGLE_MONTH = "s9-single-month";
export const LEARN_2026 = "learn-2026";
export const UNDER_1M = "s10-under-1m";
export const SECURITY_SMB_BAND = "learn-security-2026";

const SUPPORT_SINGLE_MONTH_SOURCE: SourceRef = {
  id: SUPPORT_SINGLE_MONTH,
  title: 'Tech Community, "Microsoft Solutions Partner designation in Azure - concerns" (2023): what Microsoft support said of usage growth',
  where: "shared/RULES.md §4.4, §10.4 (source S9)",
  url: "https://techcommunity.microsoft.com/t5/partner-benefits/microsoft-solutions-partner-designation-in-azure-concerns/td-p/3860347",
};

export const SOURCES_2023: SourceRef[] = [
  {
    id: LEARN_2023,
    title: "Microsoft Learn, Solutions Partner for Data & AI, Infrastructure, and Digital & App Innovation (page of 13 Jun 2023, read in its GitHub copy)",
    where: "shared/RULES.md §4.1, §4.3–4.6 (source S1: kvamseek/partner-center solutions-partner-azure.md at 85eb3c4)",
    url: AZURE_PAGE,
  },
  {
    id: SEED_001,
    title: "Solutions partner for Infrastructure (Azure): requirements, net customer additions, certifications, usage growth",
    where: "shared/seeds/001_e953930e0cfe7bcd.txt",
    url: "seeds/001_e953930e0cfe7bcd.txt",
  },
  SUPPORT_SINGLE_MONTH_SOURCE,
];

export const SOURCES_2026: SourceRef[] = [
  {
    id: LEARN_2026,
    title:
      "Microsoft Learn, Solutions Partner for Data & AI, Infrastructure, and Digital & App Innovation (snapshot of 8 May 2026; the date these rules replaced the June 2023 ones was not found)",
    where: "shared/RULES.md §4.2–4.6 (source S2: cpan1979/pcs-skills snapshots/azure.md)",
    url: AZURE_PAGE,
  },
  SUPPORT_SINGLE_MONTH_SOURCE,
  {
    id: UNDER_1M,
    title:
      "Third-party designations.json (S10, github.com/cpan1979/pcs-skills data/designations.json): SMB if TTM ACR is under USD 1 million and more than 80 % of customers are SMB; not on the Learn snapshot. Issue 4 makes such documented alternatives named options",
    where: "shared/RULES.md §4.2, §10.5",
    url: "issue 4",
  },
  {
    id: SECURITY_SMB_BAND,
    title: "Microsoft Learn, Solutions Partner for Security (snapshot of 8 May 2026): the SMB band of Azure customer tenants",
    where: "shared/RULES.md §3.4 (source S2: cpan1979/pcs-skills snapshots/security.md)",
    url: SECURITY_PAGE,
  },
];

// ---------------------------------------------------------------------------------------------
// Certifications that several of the three designations list (each designation's own are in its folder)
// ---------------------------------------------------------------------------------------------

export const AZURE_ADMINISTRATOR: CertificationRule = { name: "Azure Administrator Associate", aliases: ["Azure Administrator"] };
export const AZURE_SOLUTIONS_ARCHITECT: CertificationRule = { name: "Azure Solutions Architect Expert", aliases: ["Azure Solutions Architect"] };

// ---------------------------------------------------------------------------------------------
// 2023 (Learn page of 13 Jun 2023; seed 001 for Infrastructure)
// ---------------------------------------------------------------------------------------------

export const QUALIFICATION_2023 = {
  minTotal: { value: 70, source: LEARN_2023, quote: "Earn a minimum of 70 points." },
  everyMetricAboveZero: { value: true, source: LEARN_2023, quote: "Have one or more points for each of the following five metrics." },
};

export const TRACK_CHOICE_2023: Sourced<"single"> = {
  value: "single",
  source: LEARN_2023,
  note: "the 2023 page has no tracks: one set of thresholds for every partner",
};

export const TRAILING_MONTHS_2023: Sourced<number> = {
  value: 12,
  source: LEARN_2023,
  quote: "Net customers added = (Eligible Customers last month) – (Eligible Customers same month last year)",
  note: "the baseline is the same month a year before; trailing-12-month sums (deployments, the growth-ttm option) end at either month",
};

export const ASSOCIATIONS_2023: Sourced<AssociationType[]> = {
  value: ["CSP", "DPOR", "PAL"],
  source: LEARN_2023,
  quote: "Eligible association types: CSP (CSP Tier 1 and CSP Tier 2), Digital Partner of Record (DPOR), Partner Admin Link (PAL)",
};

export const EXCLUDED_OFFERS_2023: Sourced<string[]> = {
  value: ["Support", "Internal", "Benefit Program", "Trial"],
  source: LEARN_2023,
  quote: "Eligible offers: All offers are eligible except Support, Internal, Benefit Program, and Trial.",
};

export const DEPLOYMENT_EXCLUDED_SERVICES_2023: Sourced<string[]> = {
  value: ["Virtual Machines", "Virtual Machine", "Virtual Machines Licenses", "Virtual Machines License", "Virtual Machine Licenses", "VM", "VMs"],
  source: LEARN_2023,
  quote: "Eligible Azure services: All Azure Service Level 2 services are eligible except Virtual Machines and Virtual Machines Licenses.",
  note: "the singular spellings and VM / VMs are other ways exports write the two services",
};

export const GROWTH_MIN_BASELINE_ACR_2023: Sourced<number> = {
  value: 1000,
  source: LEARN_2023,
  quote: "Total ACR must be at least USD1,000 to qualify for scoring.",
  note: "read as the baseline's ACR: a growth over less than $1,000 does not score",
};

/** The 2023 page has one set of thresholds for every partner. */
export const NCA_MIN_MONTHLY_ACR_2023: Sourced<number> = {
  value: 1000,
  source: LEARN_2023,
  quote: "the number of unique customer tenants contributing at least USD1,000 Azure Consumed Revenue (ACR) in one of the last two months",
  note: 'seed 001 says the same amount a month ("ACR ≥ $1,000/month"); which of the last two months is settings.ncaMonths',
};

const GROWTH_SINGLE_MONTH_2023: Sourced<"month" | "ttm"> = {
  value: "month",
  source: SUPPORT_SINGLE_MONTH,
  quote: "a comparison for a single month against the previous year equivalent e.g., May 2022 vs May 2023",
  note: 'the page\'s formula reads "last month" against "same month last year"; the growth-ttm option takes trailing-12-month sums',
};

export const SETTINGS_2023: AzureSettings = {
  ncaMonths: {
    value: "both",
    source: SEED_001,
    quote: "It is calculated if the customer has a monthly threshold for 2 consecutive months.",
    note: "the as-of month and the month before it both reach the threshold; issue 4 makes the seed's wording the 2023 default",
  },
  growthBasis: GROWTH_SINGLE_MONTH_2023,
};

export const ALTERNATIVES_2023: RuleAlternative<AzureSettings>[] = [
  {
    id: "nca-either-month",
    label: "Net customer adds: a customer counts with $1,000 ACR in one of the last two months (Learn wording) instead of two consecutive months (seed 001)",
    source: LEARN_2023,
    set: {
      ncaMonths: {
        value: "either",
        source: LEARN_2023,
        quote: "unique customer tenants contributing at least USD1,000 Azure Consumed Revenue (ACR) in one of the last two months",
      },
    },
  },
  {
    id: "growth-ttm",
    label: "Usage growth from trailing-12-month ACR sums (TTM at M vs TTM at M−12) instead of single months",
    source: LEARN_2023,
    set: { growthBasis: { value: "ttm", source: LEARN_2023, quote: "Qualifying ACR is total ACR for the trailing 12 months across the entire customer base" } },
  },
];

export const NET_CUSTOMER_ADDS_2023: MetricRule = {
  id: "net-customer-adds",
  label: "Net customer adds",
  unit: ["net customer add", "net customer adds"],
  maxPoints: { value: 30, source: LEARN_2023, quote: "Each net new customer contributes 10 points, up to a maximum of 30 points." },
  target: {
    kind: "single",
    target: {
      value: 3,
      source: LEARN_2023,
      quote: "Each net new customer contributes 10 points, up to a maximum of 30 points.",
      note: "30 points at 10 a customer: 3 net customer adds",
    },
  },
};

export const USAGE_GROWTH_2023: MetricRule = {
  id: "usage-growth",
  label: "Usage growth",
  unit: ["percentage point of ACR growth", "percentage points of ACR growth"],
  maxPoints: { value: 20, source: LEARN_2023, quote: "Each 1% growth in ACR contributes one point, up to a maximum of 20 points." },
  target: {
    kind: "single",
    target: {
      value: 20,
      source: LEARN_2023,
      quote: "Each 1% growth in ACR contributes one point, up to a maximum of 20 points.",
      note: "20 points at one a percent: 20 % growth",
    },
  },
};

export const DEPLOYMENTS_2023: MetricRule = {
  id: "deployments",
  label: "Deployments",
  unit: ["deployed Azure service", "deployed Azure services"],
  maxPoints: { value: 10, source: LEARN_2023, quote: "Each eligible deployment contributes two points, up to a maximum of 10 points." },
  target: {
    kind: "single",
    target: {
      value: 5,
      source: LEARN_2023,
      quote: "Each eligible deployment contributes two points, up to a maximum of 10 points.",
      note: "10 points at two a deployment: 5 deployments",
    },
  },
};

/** "Step #1 is a prerequisite to Step #2 and doesn't add any points directly" (2023 wording of every two-step metric). */
export const PREREQUISITE_NO_POINTS_2023: Sourced<number> = {
  value: 0,
  source: LEARN_2023,
  quote: "Step #1 is a prerequisite to Step #2 and doesn't add any points directly.",
};

// ---------------------------------------------------------------------------------------------
// 2026 (Learn snapshot of 8 May 2026)
// ---------------------------------------------------------------------------------------------

export const QUALIFICATION_2026 = {
  minTotal: { value: 70, source: LEARN_2026, quote: "Earn a minimum of 70 points." },
  everyMetricAboveZero: { value: true, source: LEARN_2026, quote: "Have one or more points for each of the following five metrics" },
};

export const TRACK_CHOICE_2026: Sourced<"classified"> = {
  value: "classified",
  source: LEARN_2026,
  quote: "Microsoft classifies your organization as either Enterprise or Small and Medium Business (SMB) based on your customer base.",
};

export const TRAILING_MONTHS_2026: Sourced<number> = {
  value: 12,
  source: LEARN_2026,
  quote: "Net customers added = (Eligible Customers last month) – (Eligible Customers same month last year)",
  note: "the baseline is the same month a year before; trailing-12-month sums (deployments, classification, the growth-ttm option) end at either month",
};

export const ASSOCIATIONS_2026: Sourced<AssociationType[]> = {
  value: ["CSP", "DPOR", "PAL"],
  source: LEARN_2026,
  quote: "Eligible association types: CSP (CSP Tier 1 and CSP Tier 2), Digital Partner of Record (DPOR), Partner Admin Link (PAL)",
};

export const EXCLUDED_OFFERS_2026: Sourced<string[]> = {
  value: ["Support", "Internal", "Benefit Program", "Trial"],
  source: LEARN_2026,
  quote: "Eligible offers: All offers are eligible except Support, Internal, Benefit Program, and Trial.",
};

export const DEPLOYMENT_EXCLUDED_SERVICES_2026: Sourced<string[]> = {
  value: ["Virtual Machines", "Virtual Machine", "Virtual Machines Licenses", "Virtual Machines License", "Virtual Machine Licenses", "VM", "VMs"],
  source: LEARN_2026,
  quote: "Eligible Azure services: All Azure Service Level 2 services are eligible except Virtual Machines and Virtual Machines Licenses.",
  note: "the singular spellings and VM / VMs are other ways exports write the two services",
};

export const GROWTH_MIN_BASELINE_ACR_2026: Sourced<number> = {
  value: 1000,
  source: LEARN_2026,
  quote: "Total ACR must be at least USD1,000 to qualify for scoring.",
  note: "read as the baseline's ACR: a growth over less than $1,000 does not score",
};

export const NCA_MIN_MONTHLY_ACR_2026_ENTERPRISE: Sourced<number> = {
  value: 1000,
  source: LEARN_2026,
  quote: "Enterprise … The number of unique customer tenants contributing at least USD1,000 Azure Consumed Revenue (ACR) in one of the last two months",
};

export const NCA_MIN_MONTHLY_ACR_2026_SMB: Sourced<number> = {
  value: 500,
  source: LEARN_2026,
  quote: "SMB … The number of unique customer tenants contributing at least USD500 Azure Consumed Revenue (ACR) in at least one of the last two months",
};

const SMB_SHARE_QUOTE = "You're classified as SMB if 80% or more of your customers are under the SMB segment.";

export const CLASSIFICATION_2026: AzureClassificationRule = {
  smbShare: {
    value: 0.8,
    source: LEARN_2026,
    quote: `${SMB_SHARE_QUOTE} Otherwise, you're classified as Enterprise. The last month's data determines the Customer base calculation.`,
    note: "customers: tenants with ACR in the as-of month",
  },
  smbSegmentWords: {
    value: ["SMB", "Small", "SM&C"],
    source: LEARN_2026,
    quote: SMB_SHARE_QUOTE,
    note: '[inferred] no source lists the segment values; a CustomerSegment value containing "SMB", "Small" or "SM&C" is taken as the SMB segment',
  },
  maxTtmAcr: {
    value: 1_000_000,
    source: UNDER_1M,
    quote: "SMB if total ACR over the last 12 months is less than USD 1 million AND more than 80% of customers are SMB",
    note: "only under the smb-under-1m option",
  },
};

export const SETTINGS_2026: AzureSettings = {
  ncaMonths: {
    value: "either",
    source: LEARN_2026,
    quote: "unique customer tenants contributing at least USD1,000 Azure Consumed Revenue (ACR) in one of the last two months",
  },
  growthBasis: {
    value: "month",
    source: SUPPORT_SINGLE_MONTH,
    quote: "a comparison for a single month against the previous year equivalent e.g., May 2022 vs May 2023",
    note: 'the page\'s formula reads "last month" against "same month last year"; the growth-ttm option takes trailing-12-month sums',
  },
  smbRule: { value: "share", source: LEARN_2026, quote: SMB_SHARE_QUOTE },
  inferredSmbMaxTtmAcr: {
    value: 12_000,
    source: SECURITY_SMB_BAND,
    quote: "Each customer tenant having ACR more than zero and less than or equal to $12,000 in the trailing 12 months as an Eligible customer Tenant.",
    note: "[inferred] no source defines an SMB-segment customer without a CustomerSegment column; the Security page's SMB band of Azure tenants is used",
  },
};

export const ALTERNATIVES_2026: RuleAlternative<AzureSettings>[] = [
  {
    id: "growth-ttm",
    label: "Usage growth from trailing-12-month ACR sums (TTM at M vs TTM at M−12) instead of single months",
    source: LEARN_2026,
    set: { growthBasis: { value: "ttm", source: LEARN_2026, quote: "Qualifying ACR is total ACR for the trailing 12 months across the entire customer base" } },
  },
  {
    id: "smb-under-1m",
    label: "2026 classification: SMB only when TTM ACR is under $1M and more than 80 % of customers are SMB segment (third-party reading)",
    source: UNDER_1M,
    set: {
      smbRule: {
        value: "share-under-1m",
        source: UNDER_1M,
        quote: "SMB if total ACR over the last 12 months is less than USD 1 million AND more than 80% of customers are SMB",
      },
    },
  },
];

// "The score calculation for Usage Growth and Deployments metrics is the same for both Enterprise and SMB."

export const NET_CUSTOMER_ADDS_2026: MetricRule = {
  id: "net-customer-adds",
  label: "Net customer adds",
  unit: ["net customer add", "net customer adds"],
  maxPoints: { value: 30, source: LEARN_2026, quote: "Each net new customer contributes 10 points, up to a maximum of 30 points." },
  target: {
    kind: "single",
    target: {
      value: 3,
      source: LEARN_2026,
      quote: "Each net new customer contributes 10 points, up to a maximum of 30 points.",
      note: "30 points at 10 a customer: 3 net customer adds",
    },
  },
};

export const USAGE_GROWTH_2026: MetricRule = {
  id: "usage-growth",
  label: "Usage growth",
  unit: ["percentage point of ACR growth", "percentage points of ACR growth"],
  maxPoints: { value: 20, source: LEARN_2026, quote: "Each one percent growth in ACR contributes one point, up to a maximum of 20 points." },
  target: {
    kind: "single",
    target: {
      value: 20,
      source: LEARN_2026,
      quote: "Each one percent growth in ACR contributes one point, up to a maximum of 20 points.",
      note: "20 points at one a percent: 20 % growth",
    },
  },
};

export const DEPLOYMENTS_2026: MetricRule = {
  id: "deployments",
  label: "Deployments",
  unit: ["deployed Azure service", "deployed Azure services"],
  maxPoints: { value: 10, source: LEARN_2026, quote: "Each eligible deployment contributes two points, up to a maximum of 10 points." },
  target: {
    kind: "single",
    target: {
      value: 5,
      source: LEARN_2026,
      quote: "Each eligible deployment contributes two points, up to a maximum of 10 points.",
      note: "10 points at two a deployment: 5 deployments",
    },
  },
};

/** An Enterprise prerequisite step of a two-step metric (Infrastructure, Digital & App Innovation). */
export const ENTERPRISE_STEP_NO_POINTS_2026: Sourced<number> = {
  value: 0,
  source: LEARN_2026,
  quote: "Completing this step doesn't earn points but it's mandatory before points are awarded for step 2.",
};

/** The SMB prerequisite step's points and cap, worded alike on every 2026 SMB certification metric. */
export const SMB_STEP_POINTS_2026: Sourced<number> = {
  value: 4,
  source: LEARN_2026,
  quote: "Completing this step earns four points, even if more than one person completes it.",
};

export const SMB_STEP_1_CAP_2026: Sourced<number> = {
  value: 4,
  source: LEARN_2026,
  quote: "Cap on step 1 total points: No matter how many people complete step 1, you earn a maximum of four points.",
};

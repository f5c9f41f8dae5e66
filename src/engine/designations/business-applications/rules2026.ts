import type { BusinessApplicationsRuleSet, RateCardEntry } from "./types";
import type { CertificationRule, WorkloadRule } from "../../model/ruleTypes";
import {
  BUSINESS_PAGE_URL,
  COMMERCE_USAGE_NAMES,
  ELIGIBILITY,
  ELIGIBILITY_SOURCE,
  LARGER_MARKETS_QUOTE,
  MARKETS_2022,
  MARKETS_2022_SOURCE,
  NCA_WORKLOADS_SHARED,
  RATE_CARD_SHARED,
  SUPPLY_CHAIN_USAGE_NAMES,
  cert,
} from "./lists";

/**
 * Solutions Partner for Business Applications as the Learn page reads in the May 2026 snapshot
 * (RULES.md §5, source S2: cpan1979/pcs-skills snapshots/business-applications.md, lastChecked
 * 2026-05-08). Points, thresholds and the classification are the 2023 ones; the lists changed:
 * net-customer-adds workloads, Contact Center on the rate card, CSP named for Dynamics 365 customer
 * success, and the certifications. Every quote is this page's own wording; `note` is our reading.
 */

const LEARN = "learn-2026";

const NCA_WORKLOADS_2026: WorkloadRule[] = [
  ...NCA_WORKLOADS_SHARED,
  { id: "contact-center", name: "Contact Center", aliases: ["Contact Centre"] },
  { id: "copilot-studio", name: "Copilot Studio", aliases: [] },
  { id: "copilot-studio-payg", name: "Copilot Studio PAYG", aliases: ["Copilot Studio Pay-as-you-go"] },
  { id: "power-virtual-agent", name: "Power Virtual Agent", aliases: ["Power Virtual Agents", "PVA"] },
  { id: "non-workload-specific-fo", name: "Non-workload specific (F&O)", aliases: ["Non-workload specific (Finance and Operations)"] },
];

const RATE_CARD_2026: RateCardEntry[] = [
  ...RATE_CARD_SHARED,
  { id: "contact-center", name: "Contact Center", aliases: ["Contact Centre"], rate: 200, unit: "MAU", family: "dynamics" },
];

// "If completed before retirement, it remains valid for one year": valid until a year after the retirement date.
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

const INTERMEDIATE_QUOTE =
  "*The Power Automate RPA Developer Associate certification's retirement date is June 30, 2026. If completed before retirement, it will remain valid for one year. " +
  "**The Power Platform Functional Consultant Associate certification's retirement date is August 31, 2026. If completed before retirement, it remains valid for one year. " +
  "***The Dynamics 365 Field Service Functional Consultant Associate certification's retirement date is June 30, 2026. If completed before retirement, it remains valid for one year. " +
  "****The Dynamics 365 Customer Experience Analyst Associate certification's retirement date is July 31, 2026. If completed before retirement, it remains valid for one year.";
const INTERMEDIATE_NOTE = "The page's 14 eligible intermediate certifications; a retiring one counts until a year after its retirement date.";
const ADVANCED_QUOTE = "*These certifications' retirement date is June 30, 2026. If completed before retirement, they will remain valid for one year.";
const ADVANCED_NOTE =
  "The page's 5 eligible advanced certifications (Business Central Developer Associate is listed as advanced); the three experts (*) count through 2027-06-30.";
const EACH_ONCE = "Each certified individual is counted once for this metric, even if the certified individual completes multiple certifications.";
const NO_PREREQUISITE = "No prerequisite step: the first certified person already scores.";

/** Solutions Partner for Business Applications as the May 2026 snapshot of the Learn page words it. */
export const businessApplications2026: BusinessApplicationsRuleSet = {
  id: "business-applications-2026",
  edition: "2026",
  designation: "business-applications",
  name: "Solutions Partner for Business Applications (2026 rules)",
  effectiveFrom: "2026-05-08",
  sources: [
    {
      id: LEARN,
      title:
        "Microsoft Learn, Solutions Partner for Business Applications, snapshot of 8 May 2026 in cpan1979/pcs-skills (the date the rules changed between mid-2023 and May 2026 was not found)",
      where: "shared/RULES.md §5 (source S2, business-applications.md)",
      url: BUSINESS_PAGE_URL,
    },
    ELIGIBILITY_SOURCE,
    MARKETS_2022_SOURCE,
  ],

  // Requirements
  qualification: {
    minTotal: { value: 70, source: LEARN, quote: "Earn a minimum of 70 points out of 100 points possible." },
    everyMetricAboveZero: { value: true, source: LEARN, quote: "Earn at least one point in each of the following three categories and five subcategories" },
  },

  // Classification
  trackChoice: {
    value: "classified",
    source: LEARN,
    quote: "Business applications recognize your organization as a partner who works in Enterprise or Small and Medium Business (SMB).",
  },
  classification: {
    minUnits: {
      value: 5,
      source: LEARN,
      quote:
        "A partner is classified as Enterprise, if Partner has five or more unique workloads contributing more than $5,000 in revenue for each customer Tenant in both current month-1 and current month-13.",
      note: "A unit is a tenant × workload; month-1 is the export's latest month M, month-13 is M − 12.",
    },
    revenueAbove: { value: 5000, source: LEARN, quote: "contributing more than $5,000 in revenue for each customer Tenant" },
  },

  // Performance: net customer adds
  trailingMonths: {
    value: 12,
    source: LEARN,
    quote:
      "(total qualifying workloads with active subscriptions > 1500 USD latest month) – (Total qualifying workloads with active subscriptions > 1500 USD 12 months ago)",
  },
  settings: {
    ncaRevenue: {
      enterprise: {
        min: {
          value: 1500,
          source: LEARN,
          quote:
            "The number of unique workloads rolled up at customer tenant level and contributing at least $1,500 revenue in a given month for specific Partner association types",
          note: '"at least" (≥), as the eligibility wording says; the formula line\'s "> 1500 USD" is the alternative nca-enterprise-over-1500.',
        },
        inclusive: true,
      },
      smb: {
        min: {
          value: 250,
          source: LEARN,
          quote:
            "The number of unique workloads rolled up at the customer tenant level and contributing at least $250 revenue in a given month for specific Partner association types.",
        },
        inclusive: true,
      },
    },
    bareCporCounts: {
      value: true,
      source: LEARN,
      quote:
        "Eligible attributions for Microsoft Dynamics 365 include Claiming Partner of Record (CPOR) RevRec, CPOR OSA, CPOR RevRec Performance, CSP Tiers 1 and 2, and Digital Partner of Record (DPOR).",
      note: 'The page names CPOR sub-types only. An export\'s bare "CPOR" is read as the sub-type each list names (RevRec / OSA for net customer adds, OSU for Dynamics 365 customer success); the alternative bare-cpor-not-counted counts it nowhere.',
    },
    supplyChainAsFinanceOperations: {
      value: true,
      source: LEARN,
      quote: "Finance & Operations workload includes usage from Finance and Project Operations.",
      note: "The rate card names no Supply Chain row; Supply Chain (a Finance & Operations app) is read as Finance & Operations, 100 per MAU. The alternative supply-chain-unrated gives it no rate.",
    },
    commerceAsRetail: {
      value: true,
      source: LEARN,
      quote: "Retail 100 MAU",
      note: "The rate card names Retail, Dynamics 365 Commerce's former name; Commerce usage is read as Retail, 100 per MAU. The alternative commerce-unrated gives it no rate.",
    },
  },
  alternatives: [
    {
      id: "nca-smb-500",
      label: "Net customer adds, SMB: a tenant workload counts with more than $500 revenue in the month (Customer eligibility page) instead of at least $250",
      source: ELIGIBILITY,
      set: {
        ncaRevenue: {
          enterprise: {
            min: {
              value: 1500,
              source: LEARN,
              quote:
                "The number of unique workloads rolled up at customer tenant level and contributing at least $1,500 revenue in a given month for specific Partner association types",
            },
            inclusive: true,
          },
          smb: {
            min: { value: 500, source: ELIGIBILITY, quote: "Net Qualifying Workloads: Total qualifying workloads with active subscriptions > 500 USD" },
            inclusive: false,
          },
        },
      },
    },
    {
      id: "nca-enterprise-over-1500",
      label:
        'Net customer adds, Enterprise: a tenant workload counts with more than $1,500 revenue in the month (the formula\'s "> 1500 USD") instead of at least $1,500',
      source: LEARN,
      set: {
        ncaRevenue: {
          enterprise: {
            min: {
              value: 1500,
              source: LEARN,
              quote: "(total qualifying workloads with active subscriptions > 1500 USD latest month)",
              note: 'The Customer eligibility page (Enterprise) words it the same: "Total qualifying workloads with active subscriptions > 1500 USD".',
            },
            inclusive: false,
          },
          smb: {
            min: {
              value: 250,
              source: LEARN,
              quote:
                "The number of unique workloads rolled up at the customer tenant level and contributing at least $250 revenue in a given month for specific Partner association types.",
            },
            inclusive: true,
          },
        },
      },
    },
    {
      id: "bare-cpor-not-counted",
      label: 'A bare "CPOR" association (no RevRec, OSA or OSU sub-type in the export) counts for nothing, as the lists name only sub-types',
      source: LEARN,
      set: {
        bareCporCounts: {
          value: false,
          source: LEARN,
          quote:
            "Eligible attributions for Microsoft Dynamics 365 (except Customer Insights) include CPOR OSU, CSP Tier 1, CSP Tier 2, Digital Partner of Record (DPOR)",
        },
      },
    },
    {
      id: "advanced-enterprise-2.14",
      label: "Advanced certifications, Enterprise: 2.14 points per person as the page prints it (seven people give 14.98) instead of 15/7",
      source: LEARN,
      set: {
        advancedPointsPerPerson: {
          enterprise: {
            value: 2.14,
            source: LEARN,
            quote: "Enterprise: Each qualifying certified person is worth 2.14 points, up to a maximum of 15 points obtained from seven certified people.",
          },
        },
      },
    },
    {
      id: "supply-chain-unrated",
      label: "Supply Chain usage has no rate (the rate card names no Supply Chain row) instead of Finance & Operations' 100 per MAU",
      source: LEARN,
      set: {
        supplyChainAsFinanceOperations: {
          value: false,
          source: LEARN,
          quote: "Finance & Operations workload includes usage from Finance and Project Operations.",
        },
      },
    },
    {
      id: "commerce-unrated",
      label: "Commerce usage has no rate (the rate card names Retail only) instead of Retail's 100 per MAU",
      source: LEARN,
      set: { commerceAsRetail: { value: false, source: LEARN, quote: "Retail 100 MAU" } },
    },
  ],
  ncaWorkloads: {
    value: NCA_WORKLOADS_2026,
    source: LEARN,
    quote:
      "Eligible workloads include: AI Builder · Business Central · CE Bundle · Commerce · Contact Center · Copilot Studio · Copilot Studio PAYG · Customer Insights · Customer Service · F&O Bundle · Field Service · Finance · HR (Human Resources) · Intelligent Order Management · Mixed Reality · Omni Channel · Power Apps · Power Automate · Power BI · Power Pages · Power Virtual Agent · Project Operations · Sales, Supply Chain · Non-workload specific (F&O) · Non-workload specific, which is the category for all miscellaneous workloads",
    note: "The page's bulleted list (· between items). Export spellings map to these loosely (aliases).",
  },
  associations: {
    netCustomerAdds: {
      value: ["CPOR RevRec", "CPOR OSA", "CPOR RevRec Performance", "CPOR", "CSP Tier 1", "CSP Tier 2", "CSP", "DPOR"],
      source: LEARN,
      quote:
        "Eligible attributions for Microsoft Dynamics 365 include Claiming Partner of Record (CPOR) RevRec, CPOR OSA, CPOR RevRec Performance, CSP Tiers 1 and 2, and Digital Partner of Record (DPOR). Eligible attributions for Power Platform include CPOR RevRec, CPOR OSA, CPOR RevRec Performance, CSP Tiers 1 and 2, and Digital Partner of Record (DPOR).",
      note: '"CPOR" is a bare CPOR (no sub-type in the export), counted while settings.bareCporCounts; "CSP" is a CSP row with no tier.',
    },
    customerSuccess: {
      dynamics: {
        value: ["CPOR OSU", "CPOR", "CSP Tier 1", "CSP Tier 2", "CSP", "DPOR"],
        source: LEARN,
        quote:
          "Eligible attributions for Microsoft Dynamics 365 (except Customer Insights) include CPOR OSU, CSP Tier 1, CSP Tier 2, Digital Partner of Record (DPOR)",
        note: 'A bare "CPOR" counts as OSU while settings.bareCporCounts; "CSP" is a CSP row with no tier.',
      },
      "power-platform": {
        value: ["PAL"],
        source: LEARN,
        quote: "Eligible attribution for Power Platform & Customer Insights include Partner Admin Link (PAL)",
      },
    },
  },

  // Customer success: monthly consumption value
  rateCard: {
    value: RATE_CARD_2026,
    source: LEARN,
    quote:
      "Business Central 1000 MAU · Contact Center 200 MAU · Core HR 1000 MAU · Common data service (Customer Engagement)* 200 MAU · Customer Insights 0.2 Profiles · Finance & Operations* 100 MAU · Guides 1000 MAU · Portals 100 MAU · Power Apps 200 MAU · Power Automate 200 MAU · Power BI 200 MAU · Remote Assist 1000 MAU · Retail 100 MAU · Talent Attract 1000 MAU · Talent Onboard 1000 MAU … * Customer Engagement workload includes usage from Sales, Sales Insights, Customer Service, and Field Service … * Finance & Operations workload includes usage from Finance and Project Operations.",
    note:
      "The page's table, row by row (workload, rate, usage unit; · between rows). " +
      `Supply Chain (${SUPPLY_CHAIN_USAGE_NAMES.join(", ")}) as Finance & Operations and ${COMMERCE_USAGE_NAMES.join(", ")} as Retail are our reading (settings).`,
  },

  tracks: [
    {
      id: "enterprise",
      label: "Enterprise",
      labelNote: {
        value: "called Larger markets in 2022",
        source: MARKETS_2022,
        quote: LARGER_MARKETS_QUOTE,
        note: "Larger markets ≈ Enterprise is inferred, not verified (RULES.md §5.2).",
      },
      deploymentMinMcv: {
        value: 10_000,
        source: LEARN,
        quote:
          "The number of unique workloads rolled up at customer tenant level and contributing at least 10,000 monthly consumption value (MCV) for specific Partner association types.",
      },
      usageBaselineMinMcv: {
        value: 50_000,
        source: LEARN,
        quote: "Enterprise: To be eligible for any points in this category, you must have a baseline consumption value of 50,000 last year (12 months ago).",
      },
      metrics: [
        {
          id: "net-customer-adds",
          label: "Net customer adds",
          unit: ["net customer add (tenant workload)", "net customer adds (tenant workloads)"],
          maxPoints: { value: 15, source: LEARN, quote: "Net customer adds: 15 points" },
          target: {
            kind: "single",
            target: {
              value: 5,
              source: LEARN,
              quote: "Each qualifying net customer add is worth three points, to a maximum of 15 points for five net additional customers.",
            },
          },
        },
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: { value: 20, source: LEARN, quote: "Intermediate certifications: 20 points" },
          target: {
            kind: "steps",
            steps: [
              {
                id: "intermediate",
                label: "Intermediate certification",
                certifications: { value: INTERMEDIATE_2026, source: LEARN, quote: INTERMEDIATE_QUOTE, note: INTERMEDIATE_NOTE },
                minPeople: { value: 1, source: LEARN, quote: EACH_ONCE, note: NO_PREREQUISITE },
                pointsPerPerson: { value: 1, source: LEARN, quote: "Enterprise: Each qualifying certified person is worth one point." },
              },
            ],
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: { value: 15, source: LEARN, quote: "Advanced certifications: 15 points" },
          target: {
            kind: "steps",
            steps: [
              {
                id: "advanced",
                label: "Advanced certification",
                certifications: { value: ADVANCED_2026, source: LEARN, quote: ADVANCED_QUOTE, note: ADVANCED_NOTE },
                minPeople: { value: 1, source: LEARN, quote: EACH_ONCE, note: NO_PREREQUISITE },
                pointsPerPerson: {
                  value: 15 / 7,
                  source: LEARN,
                  quote:
                    "Enterprise: Each qualifying certified person is worth 2.14 points, up to a maximum of 15 points obtained from seven certified people.",
                  note: "15 / 7, so that seven people give exactly 15; the printed 2.14 is that rounded (the alternative advanced-enterprise-2.14 takes it as printed).",
                },
              },
            ],
          },
        },
        {
          id: "usage-growth",
          label: "Usage growth",
          unit: ["percentage point of MCV growth", "percentage points of MCV growth"],
          maxPoints: { value: 30, source: LEARN, quote: "Usage growth: 30 points" },
          target: {
            kind: "single",
            target: { value: 30, source: LEARN, quote: "Each one percent of growth contributes to one point (maximum of 30 points)." },
          },
        },
        {
          id: "deployments",
          label: "Deployments",
          unit: ["net deployment (tenant workload)", "net deployments (tenant workloads)"],
          maxPoints: { value: 20, source: LEARN, quote: "Deployments: 20 points" },
          target: {
            kind: "single",
            target: { value: 5, source: LEARN, quote: "Each qualifying deployment gives you four points, to a maximum of 20 points for five deployments." },
          },
        },
      ],
    },
    {
      id: "smb",
      label: "SMB",
      labelNote: {
        value: "called Other markets in 2022",
        source: MARKETS_2022,
        quote: LARGER_MARKETS_QUOTE,
        note: "Other markets ≈ SMB is inferred, not verified (RULES.md §5.2).",
      },
      deploymentMinMcv: {
        value: 5_000,
        source: LEARN,
        quote:
          "The number of unique workloads rolled up at customer tenant level and contributing at least 5,000 monthly consumption value (MCV) for specific Partner association types.",
      },
      usageBaselineMinMcv: {
        value: 25_000,
        source: LEARN,
        quote: "SMB: To be eligible for any points in this category, you must have a baseline consumption value of 25,000 last year (12 months ago).",
      },
      metrics: [
        {
          id: "net-customer-adds",
          label: "Net customer adds",
          unit: ["net customer add (tenant workload)", "net customer adds (tenant workloads)"],
          maxPoints: { value: 15, source: LEARN, quote: "Net customer adds: 15 points" },
          target: {
            kind: "single",
            target: {
              value: 5,
              source: LEARN,
              quote: "Each qualifying net customer add is worth three points, to a maximum of 15 points for five net additional customers.",
            },
          },
        },
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: { value: 20, source: LEARN, quote: "Intermediate certifications: 20 points" },
          target: {
            kind: "steps",
            steps: [
              {
                id: "intermediate",
                label: "Intermediate certification",
                certifications: { value: INTERMEDIATE_2026, source: LEARN, quote: INTERMEDIATE_QUOTE, note: INTERMEDIATE_NOTE },
                minPeople: { value: 1, source: LEARN, quote: EACH_ONCE, note: NO_PREREQUISITE },
                pointsPerPerson: { value: 4, source: LEARN, quote: "SMB: Each qualifying certified person is worth four points." },
              },
            ],
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: { value: 15, source: LEARN, quote: "Advanced certifications: 15 points" },
          target: {
            kind: "steps",
            steps: [
              {
                id: "advanced",
                label: "Advanced certification",
                certifications: { value: ADVANCED_2026, source: LEARN, quote: ADVANCED_QUOTE, note: ADVANCED_NOTE },
                minPeople: { value: 1, source: LEARN, quote: EACH_ONCE, note: NO_PREREQUISITE },
                pointsPerPerson: {
                  value: 7.5,
                  source: LEARN,
                  quote: "SMB: Each qualifying certified person is worth 7.5 points, up to a maximum of 15 points obtained from two certified people.",
                },
              },
            ],
          },
        },
        {
          id: "usage-growth",
          label: "Usage growth",
          unit: ["percentage point of MCV growth", "percentage points of MCV growth"],
          maxPoints: { value: 30, source: LEARN, quote: "Usage growth: 30 points" },
          target: {
            kind: "single",
            target: { value: 30, source: LEARN, quote: "Each one percent of growth contributes to one point (maximum of 30 points)." },
          },
        },
        {
          id: "deployments",
          label: "Deployments",
          unit: ["net deployment (tenant workload)", "net deployments (tenant workloads)"],
          maxPoints: { value: 20, source: LEARN, quote: "Deployments: 20 points" },
          target: {
            kind: "single",
            target: { value: 5, source: LEARN, quote: "Each qualifying deployment gives you four points, to a maximum of 20 points for five deployments." },
          },
        },
      ],
    },
  ],
};

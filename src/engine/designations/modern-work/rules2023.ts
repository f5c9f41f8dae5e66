import type { ModernWorkRuleSet } from "../../model/ruleTypes";
import {
  COLLABORATION_ENGINEER,
  ENDPOINT_ADMINISTRATOR,
  ENTERPRISE_ADMINISTRATOR_EXPERT,
  EXCHANGE,
  IDENTITY_ACCESS_ADMINISTRATOR,
  INTUNE,
  M365_APPS,
  M365_FUNDAMENTALS,
  MESSAGING_ADMINISTRATOR,
  SHAREPOINT,
  TEAMS,
  TEAMS_ADMINISTRATOR,
  TEAMS_APP_DEVELOPER,
  TEAMS_MEETINGS,
  TEAMS_PHONE,
  TEAMS_PLATFORM,
  TEAMS_ROOMS_ASSESSMENT,
  VIVA_CONNECTIONS,
  VIVA_ENGAGE,
  VIVA_GOALS,
  VIVA_INSIGHTS,
  VIVA_LEARNING,
  VIVA_TOPICS,
} from "./lists";

/** The Learn page of 12 Jun 2023 (RULES.md source S1 is its markdown): points per metric, tracks. */
const LEARN = "learn-2023";
/** The partner program deck (seed 004): thresholds per track, formulas, eligible tenants. */
const S004 = "seed-004";
/** The Modern Work requirements document (seed 000): association types per track. */
const S000 = "seed-000";
/** Issue 2, the engine's Modern Work specification: the workload list it scores. */
const ISSUE = "issue-2";

/**
 * Solutions Partner for Modern Work, 2023 rules: the seed decks and the Learn page of 12 Jun 2023,
 * which agree on every number. Quotes are the sources' own words (line breaks of the seed text
 * joined with a space).
 */
export const modernWork2023: ModernWorkRuleSet = {
  id: "modern-work-2023",
  edition: "2023",
  designation: "modern-work",
  name: "Solutions Partner for Modern Work (2023 rules)",
  effectiveFrom: "2023-06-12",
  sources: [
    {
      id: LEARN,
      title: "Microsoft Learn, Solutions Partner for Modern Work (ms.date 12 Jun 2023)",
      where: "shared/RULES.md §2 (source S1: kvamseek/partner-center solutions-partner-modern-work.md)",
      url: "https://learn.microsoft.com/en-us/partner-center/membership/solutions-partner-modern-work",
    },
    {
      id: S004,
      title: "Microsoft AI Cloud Partner Program deck, Requirements for Modern Work",
      where: "shared/seeds/004_f34668bd64b25687.txt",
      url: "seeds/004_f34668bd64b25687.txt",
    },
    {
      id: S000,
      title: "Solutions partner for modern work: requirements, eligible workloads, certifications",
      where: "shared/seeds/000_68d3852ec748eb8d.txt",
      url: "seeds/000_68d3852ec748eb8d.txt",
    },
    { id: ISSUE, title: "Issue 2: Modern Work rules as specified for this engine", where: "issues show 2", url: "issue 2" },
  ],

  qualification: {
    minTotal: { value: 70, source: S004, quote: "Minimum total points required for Solutions Partner designation 70" },
    everyMetricAboveZero: {
      value: true,
      source: S004,
      quote: "Each Solutions Partner designation requires 70+ points with at least one point in each subcategory",
    },
  },
  trackChoice: {
    value: "best",
    source: LEARN,
    quote: "we evaluate you on both paths and choose the highest scores towards qualifying for the designation.",
    note: "The track totals are compared, not metric by metric.",
  },
  trailingMonths: {
    value: 12,
    source: S004,
    quote: "[Sum of MAU] – [Sum of MAU 12 months prior]",
    note: "The as-of month against the same month 12 months before; the same for net customer adds and deployments.",
  },
  deploymentRatio: {
    value: 0.4,
    source: S004,
    quote: "[# of services where MAU/PAU >= 40%]",
    note: "40 % as a share: a service (tenant × workload) is deployed when MAU / PAU ≥ 0.4 (docs/decisions.md).",
  },
  workloads: {
    value: [
      INTUNE,
      EXCHANGE,
      M365_APPS,
      SHAREPOINT,
      TEAMS,
      TEAMS_MEETINGS,
      TEAMS_PHONE,
      TEAMS_PLATFORM,
      VIVA_ENGAGE,
      VIVA_CONNECTIONS,
      VIVA_INSIGHTS,
      VIVA_LEARNING,
      VIVA_TOPICS,
      VIVA_GOALS,
    ],
    source: ISSUE,
    quote:
      "Eligible workloads: Intune, Exchange, Microsoft 365 Apps (ProPlus), SharePoint, Teams, Teams Meetings, Teams Phone (calling, enabled users), Teams Platform/Apps, Viva (Engage/Yammer, Connections, Insights, Learning, Topics, Goals).",
    note: 'The Learn page of June 2023 lists the same without Viva Goals; seed 004 says "Viva, Yammer".',
  },
  certifications: {
    intermediate: {
      value: [
        M365_FUNDAMENTALS,
        TEAMS_APP_DEVELOPER,
        TEAMS_ADMINISTRATOR,
        MESSAGING_ADMINISTRATOR,
        IDENTITY_ACCESS_ADMINISTRATOR,
        COLLABORATION_ENGINEER,
        ENDPOINT_ADMINISTRATOR,
      ],
      source: S004,
      quote: "Eligible Microsoft 365 associate certifications:",
      note: "The deck's seven, named in full as seed 000 and the Learn page name them; Modern Desktop Administrator Associate, renamed Endpoint Administrator Associate, is one certification.",
    },
    advanced: {
      value: [ENTERPRISE_ADMINISTRATOR_EXPERT, TEAMS_ROOMS_ASSESSMENT],
      source: S004,
      quote: "Eligible Microsoft 365 expert certifications:",
      note: 'Enterprise Administrator Expert ("changing to Administrator Expert July 1, 2023", so both names match) and Teams Meetings and Meeting Rooms Technical Assessment.',
    },
  },

  tracks: [
    {
      id: "enterprise",
      label: "Enterprise",
      associations: { value: ["CPOR", "DPOR"], source: S000, quote: "Enterprise: CPOR, DPOR" },
      paidUnits: {
        above: { value: 300, source: S004, quote: "Tenants where Paid Available Units (PAU) for at least one eligible workload is >300" },
        atMost: {
          value: null,
          source: S004,
          quote: "Tenants where Paid Available Units (PAU) for at least one eligible workload is >300",
          note: "No upper bound.",
        },
      },
      metrics: [
        {
          id: "net-customer-adds",
          label: "Net customer adds",
          unit: ["net customer add", "net customer adds"],
          maxPoints: {
            value: 20,
            source: LEARN,
            quote: "Enterprise track: Each net new customer added contributes to 4 points, for up to a maximum of 20 points, from 5 customers",
          },
          target: { kind: "single", target: { value: 5, source: S004, quote: "Target for max points: 5 Net Customer Adds in TTM" } },
        },
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: { value: 10, source: LEARN, quote: "Intermediate certifications (10 points max)" },
          target: {
            kind: "single",
            target: { value: 4, source: S004, quote: "4 Enterprise or 2 SMB individuals at a partner who have achieved any one of the certifications below." },
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: { value: 15, source: LEARN, quote: "Advanced certifications (15 points max)" },
          target: {
            kind: "single",
            target: { value: 2, source: S004, quote: "2 Enterprise or 1 SMB individuals at a partner who have achieved one of the certifications below." },
          },
        },
        {
          id: "usage-growth",
          label: "Usage growth",
          unit: ["MAU growth", "MAU growth"],
          maxPoints: {
            value: 30,
            source: LEARN,
            quote:
              "Partial scoring is applied for any Usage growth, up to a maximum of 30 points, obtained from 1,000 Usage growth (for CPOR) OR 4,000 Usage growth (for DPOR), whichever is higher.",
          },
          target: {
            kind: "per-association",
            targets: {
              CPOR: { value: 1000, source: S004, quote: "CPOR: 1,000 MAU Growth" },
              DPOR: { value: 4000, source: S004, quote: "DPOR: 4,000 MAU Growth" },
            },
          },
        },
        {
          id: "deployments",
          label: "Deployments",
          unit: ["deployment", "deployments"],
          maxPoints: {
            value: 25,
            source: LEARN,
            quote:
              "Each new qualifying CPOR deployment gets 5 points OR each new qualifying DPOR deployment gets 2.5 points, whichever aggregates to higher points, for up to a maximum of 25 points.",
          },
          target: {
            kind: "per-association",
            targets: {
              CPOR: { value: 5, source: S004, quote: "CPOR: 5 new deployments" },
              DPOR: { value: 10, source: S004, quote: "DPOR: 10 new deployments" },
            },
          },
        },
      ],
    },
    {
      id: "smb",
      label: "SMB",
      associations: { value: ["CPOR", "CSP"], source: S000, quote: "SMB: CPOR, CSP Tier-1, CSP Tier-2" },
      paidUnits: {
        above: { value: 10, source: S004, quote: "Tenants where Paid Available Units (PAU) for at least one eligible workload is <= 300 AND > 10" },
        atMost: { value: 300, source: S004, quote: "Tenants where Paid Available Units (PAU) for at least one eligible workload is <= 300 AND > 10" },
      },
      metrics: [
        {
          id: "net-customer-adds",
          label: "Net customer adds",
          unit: ["net customer add", "net customer adds"],
          maxPoints: {
            value: 20,
            source: LEARN,
            quote: "SMB track: Each net new customer added contributes to 2 points, for up to a maximum of 20 points, from 10 customers",
          },
          target: { kind: "single", target: { value: 10, source: S004, quote: "Target for max points: 10 Net Customer Adds in TTM" } },
        },
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: { value: 10, source: LEARN, quote: "Intermediate certifications (10 points max)" },
          target: {
            kind: "single",
            target: { value: 2, source: S004, quote: "4 Enterprise or 2 SMB individuals at a partner who have achieved any one of the certifications below." },
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: { value: 15, source: LEARN, quote: "Advanced certifications (15 points max)" },
          target: {
            kind: "single",
            target: { value: 1, source: S004, quote: "2 Enterprise or 1 SMB individuals at a partner who have achieved one of the certifications below." },
          },
        },
        {
          id: "usage-growth",
          label: "Usage growth",
          unit: ["MAU growth", "MAU growth"],
          maxPoints: {
            value: 30,
            source: LEARN,
            quote:
              "Partial scoring is applied for any Usage growth, up to a maximum of 30 points, obtained from 500 Usage growth (CPOR) or 2,000 Usage growth (CSP), whichever is highest.",
          },
          target: {
            kind: "per-association",
            targets: {
              CPOR: { value: 500, source: S004, quote: "CPOR: 500 MAU Growth" },
              CSP: { value: 2000, source: S004, quote: "CSP: 2,000 MAU Growth" },
            },
          },
        },
        {
          id: "deployments",
          label: "Deployments",
          unit: ["deployment", "deployments"],
          maxPoints: {
            value: 25,
            source: LEARN,
            quote:
              "Each new qualifying CPOR deployment gets 5 points OR each new qualifying CSP deployment gets 2.5 points, whichever aggregates to higher points, for up to a maximum of 25 points.",
          },
          target: {
            kind: "per-association",
            targets: {
              CPOR: { value: 5, source: S004, quote: "CPOR: 5 new deployments" },
              CSP: { value: 10, source: S004, quote: "CSP: 10 new deployments" },
            },
          },
        },
      ],
    },
  ],
};

import type { ModernWorkRuleSet } from "../../model/ruleTypes";
import {
  COLLABORATION_ENGINEER,
  COPILOT_AGENT_ADMINISTRATION,
  ENDPOINT_ADMINISTRATOR,
  ENTERPRISE_ADMINISTRATOR_EXPERT,
  ENTRA_ID_P1,
  EXCHANGE,
  IDENTITY_ACCESS_ADMINISTRATOR,
  INTUNE,
  M365_APPS,
  M365_COPILOT,
  M365_FUNDAMENTALS,
  SHAREPOINT,
  TEAMS,
  TEAMS_ADMINISTRATOR,
  TEAMS_FRONTLINE,
  TEAMS_MEETINGS,
  TEAMS_PHONE,
  TEAMS_PLATFORM,
  TEAMS_PREMIUM,
  TEAMS_ROOMS,
  TEAMS_ROOMS_ASSESSMENT,
  VIVA_CONNECTIONS,
  VIVA_ENGAGE,
  VIVA_GOALS,
  VIVA_INSIGHTS,
  VIVA_LEARNING,
  VIVA_TOPICS,
  WINDOWS_365,
} from "./lists";

/** The Learn page as snapshotted on 8 May 2026 (RULES.md source S2). Every number below is its wording. */
const LEARN = "learn-2026";
/** Issue 4: rule sets by date, for every designation. */
const ISSUE = "issue-4";

/**
 * Solutions Partner for Modern Work as the Learn page words it in the May 2026 snapshot (RULES.md §2,
 * source S2): the same points and thresholds as 2023; more workloads (Teams Premium for usage growth
 * and deployments only); new certification lists; a tenant promoted out of the SMB band stays
 * SMB-eligible for a year. Where the page gives a threshold in a table ("Option | Threshold for maximum
 * points"), the quote is the table row with its cells separated by a space.
 */
export const modernWork2026: ModernWorkRuleSet = {
  id: "modern-work-2026",
  edition: "2026",
  designation: "modern-work",
  name: "Solutions Partner for Modern Work (2026 rules)",
  // The snapshot date: the date Microsoft changed these rules between Jun 2023 and May 2026 was not found (RULES.md §9).
  effectiveFrom: "2026-05-08",
  sources: [
    {
      id: LEARN,
      title:
        "Microsoft Learn, Solutions Partner for Modern Work, snapshot of 8 May 2026 (in force from the snapshot date: the date of the change after Jun 2023 was not found)",
      where: "shared/RULES.md §2 (source S2: cpan1979/pcs-skills snapshots/modern-work.md), §9",
      url: "https://learn.microsoft.com/en-us/partner-center/membership/solutions-partner-modern-work",
    },
    { id: ISSUE, title: "Issue 4: all six designations, with rule sets by date", where: "issues show 4", url: "issue 4" },
  ],

  qualification: {
    minTotal: { value: 70, source: LEARN, quote: "You need a minimum of 70 points out of a possible 100 to attain a solutions partner designation." },
    everyMetricAboveZero: {
      value: true,
      source: LEARN,
      quote:
        "You must attain at least one point in each of the following individual metrics in addition to your total points being higher than the qualifying threshold mentioned previously.",
    },
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
    quote: "Net customer adds = [Total qualifying current customer tenants] - [Total qualifying customers tenants 12 months ago]",
    note: 'The as-of month against the same month 12 months before; usage growth and deployments say "same month last year".',
  },
  deploymentRatio: {
    value: 0.4,
    source: LEARN,
    quote:
      "The number of unique eligible customer tenants having 40% of paid licenses as Active licenses (MAU - Monthly active usage) from all eligible workloads for specific partner association types",
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
      M365_COPILOT,
      ENTRA_ID_P1,
      TEAMS_FRONTLINE,
      TEAMS_ROOMS,
      WINDOWS_365,
    ],
    source: LEARN,
    quote:
      "The eligible workloads for both tracks include: Exchange Online, Intune, M365 Copilot, Microsoft 365 Apps, Microsoft Entra ID P1, SharePoint Online, Teams, Teams Apps, Teams for Frontline Workers, Teams Meetings, Teams Phone, Teams Phone calling, Teams Phone Enabled Users, Teams Rooms Monthly Active Devices, Viva Connections, Viva Engage, Viva Goals, Viva Insights, Viva Learning, Viva Topics, Windows 365",
    note: "The net customer adds list (its bullets joined by commas). Teams Phone covers Teams Phone calling and Teams Phone Enabled Users; Teams Apps is Teams Platform.",
  },
  extraWorkloadsForUsage: {
    value: [TEAMS_PREMIUM],
    source: LEARN,
    quote: "Teams Premium",
    note: "On the usage growth and deployments lists, not on the net customer adds list (RULES.md §2.4).",
  },
  smbStaysEligibleAfterPromotion: {
    value: true,
    source: LEARN,
    quote: "A customer tenant promoted to Enterprise remains eligible for SMB if it was classified as SMB in the previous year",
  },
  certifications: {
    intermediate: {
      value: [
        { ...M365_FUNDAMENTALS, validUntil: "2027-03-31" },
        TEAMS_ADMINISTRATOR,
        IDENTITY_ACCESS_ADMINISTRATOR,
        COLLABORATION_ENGINEER,
        ENDPOINT_ADMINISTRATOR,
        COPILOT_AGENT_ADMINISTRATION,
      ],
      source: LEARN,
      quote: "This certification retires on March 31, 2026. It remains eligible for partner capability score points through March 31, 2027.",
      note: "Said of Microsoft 365 Fundamentals. Copilot and Agent Administration Fundamentals is new; Teams Application Developer and Messaging Administrator are no longer listed.",
    },
    advanced: {
      value: [
        { ...ENTERPRISE_ADMINISTRATOR_EXPERT, validUntil: "2027-11-30" },
        { ...TEAMS_ROOMS_ASSESSMENT, validUntil: "2027-06-15" },
      ],
      source: LEARN,
      quote:
        "This certification retires on November 30, 2026. It remains eligible for partner capability score points through November 30, 2027 / This certification retires on June 15, 2026. It remains eligible for partner capability score points through June 15, 2027",
      note: "The two footnotes: Enterprise Administrator Expert, then Teams Meetings and Meeting Rooms Technical Assessment.",
    },
  },

  tracks: [
    {
      id: "enterprise",
      label: "Enterprise",
      associations: {
        value: ["CPOR", "DPOR"],
        source: LEARN,
        quote: "Enterprise track: The Claiming Partner of Record (CPOR) and Digital Partner of Record (DPOR) are valid partner association types.",
      },
      paidUnits: {
        above: {
          value: 300,
          source: LEARN,
          quote: "Enterprise track: Each customer tenant that has at least one workload with paid licenses greater than 300 is counted as an eligible tenant.",
        },
        atMost: {
          value: null,
          source: LEARN,
          quote: "Enterprise track: Each customer tenant that has at least one workload with paid licenses greater than 300 is counted as an eligible tenant.",
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
            quote: "Enterprise track: Each net new customer added contributes to four points, for up to a maximum of 20 points, from five customers.",
          },
          target: {
            kind: "single",
            target: {
              value: 5,
              source: LEARN,
              quote: "Enterprise track: Each net new customer added contributes to four points, for up to a maximum of 20 points, from five customers.",
            },
          },
        },
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: { value: 10, source: LEARN, quote: "Intermediate certifications (10 points max)" },
          target: {
            kind: "single",
            target: {
              value: 4,
              source: LEARN,
              quote: "Enterprise Four certified persons Two certified persons",
              note: "The table's Enterprise row: intermediate, then advanced.",
            },
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: { value: 15, source: LEARN, quote: "Advanced certifications (15 points max)" },
          target: {
            kind: "single",
            target: {
              value: 2,
              source: LEARN,
              quote: "Enterprise Four certified persons Two certified persons",
              note: "The table's Enterprise row: intermediate, then advanced.",
            },
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
              CPOR: { value: 1000, source: LEARN, quote: "CPOR 1,000 Usage growth" },
              DPOR: { value: 4000, source: LEARN, quote: "DPOR 4,000 Usage growth" },
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
              "Each new qualifying CPOR deployment gets five points OR each new qualifying DPOR deployment gets 2.5 points, whichever aggregates to higher points, for up to a maximum of 25 points.",
          },
          target: {
            kind: "per-association",
            targets: {
              CPOR: { value: 5, source: LEARN, quote: "CPOR Five net new deployments" },
              DPOR: { value: 10, source: LEARN, quote: "DPOR 10 net new deployments" },
            },
          },
        },
      ],
    },
    {
      id: "smb",
      label: "SMB",
      associations: {
        value: ["CPOR", "CSP"],
        source: LEARN,
        quote: "SMB track: The Claiming Partner of Record (CPOR) and CSP (CSP Tier 1, CSP Tier 2) are valid partner association types.",
      },
      paidUnits: {
        above: {
          value: 10,
          source: LEARN,
          quote: "SMB Track: Each customer tenant that has least one workload with paid licenses between 11 to 300 is counted as an eligible tenant.",
          note: "Whole licences: 11 to 300 is more than 10 and at most 300.",
        },
        atMost: {
          value: 300,
          source: LEARN,
          quote: "SMB Track: Each customer tenant that has least one workload with paid licenses between 11 to 300 is counted as an eligible tenant.",
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
            quote: "SMB track: Each net new customer added contributes two points, for up to a maximum of 20 points, from 10 customers.",
          },
          target: {
            kind: "single",
            target: {
              value: 10,
              source: LEARN,
              quote: "SMB track: Each net new customer added contributes two points, for up to a maximum of 20 points, from 10 customers.",
            },
          },
        },
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: { value: 10, source: LEARN, quote: "Intermediate certifications (10 points max)" },
          target: {
            kind: "single",
            target: {
              value: 2,
              source: LEARN,
              quote: "Small & Medium Business Two certified persons One certified person",
              note: "The table's SMB row: intermediate, then advanced.",
            },
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: { value: 15, source: LEARN, quote: "Advanced certifications (15 points max)" },
          target: {
            kind: "single",
            target: {
              value: 1,
              source: LEARN,
              quote: "Small & Medium Business Two certified persons One certified person",
              note: "The table's SMB row: intermediate, then advanced.",
            },
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
              CPOR: { value: 500, source: LEARN, quote: "CPOR 500 monthly active users (MAU)" },
              CSP: { value: 2000, source: LEARN, quote: "CSP 2,000 MAU" },
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
              "Each new qualifying CPOR deployment gets five points OR each new qualifying CSP deployment gets 2.5 points, whichever aggregates to higher points, for up to a maximum of 25 points.",
          },
          target: {
            kind: "per-association",
            targets: {
              CPOR: { value: 5, source: LEARN, quote: "CPOR Five net new deployments" },
              CSP: { value: 10, source: LEARN, quote: "CSP 10 net new deployments" },
            },
          },
        },
      ],
    },
  ],
};

import { modernWorkMetrics, type ModernWorkTrack, type ModernWorkWording } from "./metrics";
import type { ModernWorkRuleSet, Sourced } from "../../model/ruleTypes";

const S004 = "seed-004";
const S000 = "seed-000";
const ISSUE = "issue-2";
const LEARN = "learn-2023";

const s = <T>(value: T, source: string, note?: string): Sourced<T> => (note ? { value, source, note } : { value, source });

/** The seed's words for each track's targets (seed 004, "Requirements for Modern Work"). */
const SEED_WORDING: Record<ModernWorkTrack, ModernWorkWording> = {
  enterprise: {
    netCustomerAdds: "Target for max points: 5 (Enterprise) / 10 (SMB) Net Customer Adds in TTM",
    intermediate: "4 Enterprise or 2 SMB individuals",
    advanced: "2 Enterprise or 1 SMB individuals",
    usageGrowth: { CPOR: "CPOR: 1,000 MAU Growth in TTM", DPOR: "DPOR: 4,000 MAU Growth in TTM" },
    deployments: { CPOR: "CPOR: 5 new deployments", DPOR: "DPOR: 10 new deployments" },
  },
  smb: {
    netCustomerAdds: "Target for max points: 5 (Enterprise) / 10 (SMB) Net Customer Adds in TTM",
    intermediate: "4 Enterprise or 2 SMB individuals",
    advanced: "2 Enterprise or 1 SMB individuals",
    usageGrowth: { CPOR: "CPOR: 500 MAU Growth in TTM", CSP: "CSP: 2,000 MAU Growth in TTM" },
    deployments: { CPOR: "CPOR: 5 new deployments", CSP: "CSP: 10 new deployments" },
  },
};

/** Solutions Partner for Modern Work as the seed decks word it (Learn pages of June 2023 agree). */
export const modernWork2023: ModernWorkRuleSet = {
  id: "modern-work-2023",
  edition: "2023",
  designation: "modern-work",
  name: "Solutions Partner for Modern Work (2023 rules)",
  effectiveFrom: "2023-06-12",
  sources: [
    { id: S004, title: "Microsoft AI Cloud Partner Program deck, Requirements for Modern Work", where: "shared/seeds/004_f34668bd64b25687.txt" },
    { id: S000, title: "Solutions partner for modern work: requirements, eligible workloads, certifications", where: "shared/seeds/000_68d3852ec748eb8d.txt" },
    { id: LEARN, title: "Microsoft Learn, Solutions Partner for Modern Work (12 Jun 2023)", where: "shared/RULES.md §2 (source S1)" },
    { id: ISSUE, title: "Issue 2: Modern Work rules as specified for this engine", where: "issues show 2" },
  ],
  qualification: {
    minTotal: s(70, S004, "Minimum total points required for Solutions Partner designation 70"),
    everyMetricAboveZero: s(true, LEARN, "A minimum of 70 points must be earned, with points in each individual metric"),
  },
  trackChoice: s("best", LEARN, "Both tracks are scored and the higher total is used"),
  trailingMonths: s(12, S004, "trailing 12-month period: the as-of month against the same month a year before"),
  deploymentRatio: s(0.4, S004, "[# of services where MAU/PAU >= 40%]"),
  workloads: s(
    [
      { id: "intune", name: "Intune", aliases: ["InTune", "Microsoft Intune"] },
      { id: "exchange", name: "Exchange", aliases: ["Exchange Online", "EXO"] },
      { id: "m365-apps", name: "Microsoft 365 Apps", aliases: ["Microsoft365Apps", "ProPlus", "Office 365 ProPlus", "M365 Apps", "Microsoft 365 Apps for enterprise"] },
      { id: "sharepoint", name: "SharePoint", aliases: ["SharePoint Online", "SPO"] },
      { id: "teams", name: "Teams", aliases: ["Microsoft Teams", "Teams (standalone)"] },
      { id: "teams-meetings", name: "Teams Meetings", aliases: ["TeamsMeetings"] },
      { id: "teams-phone", name: "Teams Phone", aliases: ["Teams Phone calling", "TeamsPhonecalling1p/3p", "TeamsPhoneCalling1p", "TeamsPhoneCalling3p", "Teams Phone Enabled Users", "TeamsPhoneEnabledUsers", "Team Phone Enabled Users", "Teams Calling"] },
      { id: "teams-platform", name: "Teams Platform", aliases: ["Teams Apps", "TeamsApps"] },
      { id: "viva-engage", name: "Viva Engage", aliases: ["VivaEngage", "Yammer"] },
      { id: "viva-connections", name: "Viva Connections", aliases: ["VivaConnections"] },
      { id: "viva-insights", name: "Viva Insights", aliases: ["VivaInsights"] },
      { id: "viva-learning", name: "Viva Learning", aliases: ["VivaLearning"] },
      { id: "viva-topics", name: "Viva Topics", aliases: ["VivaTopics"] },
      { id: "viva-goals", name: "Viva Goals", aliases: ["VivaGoals"] },
    ],
    ISSUE,
    "Intune, Exchange, Microsoft 365 Apps (ProPlus), SharePoint, Teams, Teams Meetings, Teams Phone, Teams Platform/Apps, Viva (Engage/Yammer, Connections, Insights, Learning, Topics, Goals)",
  ),
  certifications: {
    intermediate: s(
      [
        { name: "Microsoft 365 Fundamentals", aliases: ["M365 Fundamentals", "Microsoft 365 Certified: Fundamentals"] },
        { name: "Microsoft 365 Certified: Teams Application Developer Associate", aliases: ["Teams Application Developer Associate"] },
        { name: "Microsoft 365 Certified: Teams Administrator Associate", aliases: ["Teams Administrator Associate"] },
        { name: "Microsoft 365 Certified: Messaging Administrator Associate", aliases: ["Messaging Administrator Associate"] },
        { name: "Microsoft Certified: Identity and Access Administrator Associate", aliases: ["Identity and Access Administrator Associate"] },
        { name: "Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate", aliases: ["Collaboration Communications Systems Engineer Associate"] },
        {
          name: "Microsoft 365 Certified: Endpoint Administrator Associate",
          aliases: ["Endpoint Administrator Associate", "Endpoints Administrator Associate", "Microsoft 365 Certified: Modern Desktop Administrator Associate", "Modern Desktop Administrator Associate"],
        },
      ],
      S000,
    ),
    advanced: s(
      [
        { name: "Microsoft 365 Certified: Enterprise Administrator Expert", aliases: ["Enterprise Administrator Expert", "Microsoft 365 Certified: Administrator Expert", "Administrator Expert"] },
        { name: "Teams Meetings and Meeting Rooms Technical Assessment", aliases: [] },
      ],
      S000,
    ),
  },
  tracks: [
    {
      id: "enterprise",
      label: "Enterprise",
      associations: s(["CPOR", "DPOR"], S004, "Enterprise: CPOR, DPOR"),
      paidUnits: { above: s(300, S004, "PAU for at least one eligible workload is >300"), atMost: s(null, S004) },
      metrics: modernWorkMetrics("enterprise", S004, SEED_WORDING.enterprise),
    },
    {
      id: "smb",
      label: "SMB",
      associations: s(["CPOR", "CSP"], S004, "SMB: CPOR, CSP Tier-1, CSP Tier-2"),
      paidUnits: { above: s(10, S004, "PAU for at least one eligible workload is <= 300 AND > 10"), atMost: s(300, S004) },
      metrics: modernWorkMetrics("smb", S004, SEED_WORDING.smb),
    },
  ],
};

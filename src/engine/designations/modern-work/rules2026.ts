import { modernWork2023 } from "./rules2023";
import { modernWorkMetrics, type ModernWorkTrack, type ModernWorkWording } from "./metrics";
import type { CertificationRule, ModernWorkRuleSet, Sourced, WorkloadRule } from "../../model/ruleTypes";

const S2 = "rules-s2";
const ISSUE = "issue-4";

const s = <T>(value: T, source: string, note?: string): Sourced<T> => (note ? { value, source, note } : { value, source });

/** The Learn page's words for each track's targets (S2, modern-work.md). */
const LEARN_WORDING: Record<ModernWorkTrack, ModernWorkWording> = {
  enterprise: {
    netCustomerAdds: "Enterprise track: Each net new customer added contributes to four points, for up to a maximum of 20 points, from five customers.",
    intermediate: "Enterprise: Four certified persons (Intermediate certifications, 10 points max)",
    advanced: "Enterprise: Two certified persons (Advanced certifications, 15 points max)",
    usageGrowth: { CPOR: "CPOR: 1,000 Usage growth", DPOR: "DPOR: 4,000 Usage growth" },
    deployments: { CPOR: "CPOR: Five net new deployments", DPOR: "DPOR: 10 net new deployments" },
  },
  smb: {
    netCustomerAdds: "SMB track: Each net new customer added contributes two points, for up to a maximum of 20 points, from 10 customers.",
    intermediate: "Small & Medium Business: Two certified persons (Intermediate certifications, 10 points max)",
    advanced: "Small & Medium Business: One certified person (Advanced certifications, 15 points max)",
    usageGrowth: { CPOR: "CPOR: 500 monthly active users (MAU)", CSP: "CSP: 2,000 MAU" },
    deployments: { CPOR: "CPOR: Five net new deployments", CSP: "CSP: 10 net new deployments" },
  },
};

/** The 2023 workloads all stay; 2026 adds these for every metric (S2). */
const ADDED_WORKLOADS: WorkloadRule[] = [
  { id: "m365-copilot", name: "M365 Copilot", aliases: ["Microsoft 365 Copilot", "M365Copilot", "Copilot for Microsoft 365"] },
  { id: "entra-id-p1", name: "Microsoft Entra ID P1", aliases: ["Entra ID P1", "EntraIDP1", "Azure AD Premium P1", "Azure Active Directory Premium P1", "AADP1"] },
  { id: "teams-frontline", name: "Teams for Frontline Workers", aliases: ["Teams Frontline Workers", "TeamsFrontlineWorkers", "TeamsForFrontlineWorkers"] },
  { id: "teams-rooms", name: "Teams Rooms Monthly Active Devices", aliases: ["Teams Rooms", "TeamsRooms", "TeamsRoomsMonthlyActiveDevices"] },
  { id: "windows-365", name: "Windows 365", aliases: ["Windows365", "W365"] },
];

/** Usage growth and deployments only: "the same list plus Teams Premium" (RULES.md §2.4). */
const TEAMS_PREMIUM: WorkloadRule = { id: "teams-premium", name: "Teams Premium", aliases: ["TeamsPremium", "Microsoft Teams Premium"] };

/** A 2023 certification by name (same aliases), with what 2026 changes about it. */
function cert2023(name: string, change: Partial<CertificationRule> = {}): CertificationRule {
  const { intermediate, advanced } = modernWork2023.certifications;
  const found = [...intermediate.value, ...advanced.value].find((c) => c.name === name);
  if (!found) throw new Error(`No 2023 Modern Work certification named "${name}"`);
  return { ...found, ...change };
}

/**
 * Solutions Partner for Modern Work as the Learn page words it in the May 2026 snapshot (RULES.md §2,
 * source S2): same points and thresholds as 2023; more workloads; new certification lists; a tenant
 * promoted out of the SMB band stays SMB-eligible for a year.
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
      id: S2,
      title: "Microsoft Learn, Solutions Partner for Modern Work, snapshot of 8 May 2026 (in force from the snapshot date: the date of the change after Jun 2023 was not found)",
      where: "shared/RULES.md §2 (source S2: cpan1979/pcs-skills snapshots/modern-work.md), §9",
    },
    { id: ISSUE, title: "Issue 4: all six designations, with rule sets by date", where: "issues show 4" },
  ],
  qualification: {
    minTotal: s(70, S2, "You need a minimum of 70 points out of a possible 100 to attain a solutions partner designation."),
    everyMetricAboveZero: s(true, S2, "You must attain at least one point in each of the following individual metrics"),
  },
  trackChoice: s("best", S2, "Microsoft evaluates partners on both paths and selects the highest score from either path."),
  trailingMonths: s(12, S2, "[Eligible Active users last month] - [Eligible Active users same month last year]"),
  deploymentRatio: s(0.4, S2, "unique eligible customer tenants having 40% of paid licenses as Active licenses (MAU - Monthly active usage)"),
  workloads: s(
    [...modernWork2023.workloads.value, ...ADDED_WORKLOADS],
    S2,
    "Exchange Online, Intune, M365 Copilot, Microsoft 365 Apps, Microsoft Entra ID P1, SharePoint Online, Teams, Teams Apps, Teams for Frontline Workers, Teams Meetings, Teams Phone, Teams Phone calling, Teams Phone Enabled Users, Teams Rooms Monthly Active Devices, Viva Connections, Viva Engage, Viva Goals, Viva Insights, Viva Learning, Viva Topics, Windows 365",
  ),
  extraWorkloadsForUsage: s([TEAMS_PREMIUM], S2, "Usage growth and Deployments eligible workloads: the net customer adds list plus Teams Premium"),
  smbStaysEligibleAfterPromotion: s(true, S2, "A customer tenant promoted to Enterprise remains eligible for SMB if it was classified as SMB in the previous year"),
  certifications: {
    intermediate: s(
      [
        cert2023("Microsoft 365 Fundamentals", { validUntil: "2027-03-31" }),
        cert2023("Microsoft 365 Certified: Teams Administrator Associate"),
        cert2023("Microsoft Certified: Identity and Access Administrator Associate"),
        cert2023("Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate"),
        cert2023("Microsoft 365 Certified: Endpoint Administrator Associate"),
        { name: "Microsoft 365 Certified: Copilot and Agent Administration Fundamentals", aliases: ["Copilot and Agent Administration Fundamentals"] },
      ],
      S2,
      "Microsoft 365 Fundamentals retires on March 31, 2026 and remains eligible through March 31, 2027; Copilot and Agent Administration Fundamentals is new; Teams Application Developer and Messaging Administrator are no longer listed",
    ),
    advanced: s(
      [
        cert2023("Microsoft 365 Certified: Enterprise Administrator Expert", { validUntil: "2027-11-30" }),
        cert2023("Teams Meetings and Meeting Rooms Technical Assessment", { validUntil: "2027-06-15" }),
      ],
      S2,
      "Enterprise Administrator Expert remains eligible through November 30, 2027; Teams Meetings and Meeting Rooms Technical Assessment through June 15, 2027",
    ),
  },
  tracks: [
    {
      id: "enterprise",
      label: "Enterprise",
      associations: s(["CPOR", "DPOR"], S2, "Enterprise track: The Claiming Partner of Record (CPOR) and Digital Partner of Record (DPOR) are valid partner association types."),
      paidUnits: {
        above: s(300, S2, "at least one workload with paid licenses greater than 300"),
        atMost: s(null, S2),
      },
      metrics: modernWorkMetrics("enterprise", S2, LEARN_WORDING.enterprise),
    },
    {
      id: "smb",
      label: "SMB",
      associations: s(["CPOR", "CSP"], S2, "SMB track: The Claiming Partner of Record (CPOR) and CSP (CSP Tier 1, CSP Tier 2) are valid partner association types."),
      paidUnits: {
        above: s(10, S2, "at least one workload with paid licenses between 11 to 300"),
        atMost: s(300, S2, "at least one workload with paid licenses between 11 to 300"),
      },
      metrics: modernWorkMetrics("smb", S2, LEARN_WORDING.smb),
    },
  ],
};

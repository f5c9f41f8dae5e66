import type { CertificationRule, WorkloadRule } from "../../model/ruleTypes";

/**
 * Modern Work's workloads and certifications as Microsoft names them, with the other spellings exports
 * and documents use. Constants, not rules: each rule set lists the ones its page names (and says when a
 * retired certification stops counting), so a change to one rule set never changes another.
 */

// Workloads named since 2022 (seed 000 and 004, Learn pages of June 2023, issue 2).
export const INTUNE: WorkloadRule = { id: "intune", name: "Intune", aliases: ["InTune", "Microsoft Intune"] };
export const EXCHANGE: WorkloadRule = { id: "exchange", name: "Exchange", aliases: ["Exchange Online", "EXO"] };
export const M365_APPS: WorkloadRule = {
  id: "m365-apps",
  name: "Microsoft 365 Apps",
  aliases: ["Microsoft365Apps", "ProPlus", "Office 365 ProPlus", "M365 Apps", "Microsoft 365 Apps for enterprise"],
};
export const SHAREPOINT: WorkloadRule = { id: "sharepoint", name: "SharePoint", aliases: ["SharePoint Online", "SPO"] };
export const TEAMS: WorkloadRule = { id: "teams", name: "Teams", aliases: ["Microsoft Teams", "Teams (standalone)"] };
export const TEAMS_MEETINGS: WorkloadRule = { id: "teams-meetings", name: "Teams Meetings", aliases: ["TeamsMeetings"] };
export const TEAMS_PHONE: WorkloadRule = {
  id: "teams-phone",
  name: "Teams Phone",
  aliases: [
    "Teams Phone calling",
    "TeamsPhonecalling1p/3p",
    "TeamsPhoneCalling1p",
    "TeamsPhoneCalling3p",
    "Teams Phone Enabled Users",
    "TeamsPhoneEnabledUsers",
    "Team Phone Enabled Users",
    "Teams Calling",
  ],
};
export const TEAMS_PLATFORM: WorkloadRule = { id: "teams-platform", name: "Teams Platform", aliases: ["Teams Apps", "TeamsApps"] };
export const VIVA_ENGAGE: WorkloadRule = { id: "viva-engage", name: "Viva Engage", aliases: ["VivaEngage", "Yammer"] };
export const VIVA_CONNECTIONS: WorkloadRule = { id: "viva-connections", name: "Viva Connections", aliases: ["VivaConnections"] };
export const VIVA_INSIGHTS: WorkloadRule = { id: "viva-insights", name: "Viva Insights", aliases: ["VivaInsights"] };
export const VIVA_LEARNING: WorkloadRule = { id: "viva-learning", name: "Viva Learning", aliases: ["VivaLearning"] };
export const VIVA_TOPICS: WorkloadRule = { id: "viva-topics", name: "Viva Topics", aliases: ["VivaTopics"] };
export const VIVA_GOALS: WorkloadRule = { id: "viva-goals", name: "Viva Goals", aliases: ["VivaGoals"] };

// Workloads the May 2026 Learn page adds.
export const M365_COPILOT: WorkloadRule = {
  id: "m365-copilot",
  name: "M365 Copilot",
  aliases: ["Microsoft 365 Copilot", "M365Copilot", "Copilot for Microsoft 365"],
};
export const ENTRA_ID_P1: WorkloadRule = {
  id: "entra-id-p1",
  name: "Microsoft Entra ID P1",
  aliases: ["Entra ID P1", "EntraIDP1", "Azure AD Premium P1", "Azure Active Directory Premium P1", "AADP1"],
};
export const TEAMS_FRONTLINE: WorkloadRule = {
  id: "teams-frontline",
  name: "Teams for Frontline Workers",
  aliases: ["Teams Frontline Workers", "TeamsFrontlineWorkers", "TeamsForFrontlineWorkers"],
};
export const TEAMS_ROOMS: WorkloadRule = {
  id: "teams-rooms",
  name: "Teams Rooms Monthly Active Devices",
  aliases: ["Teams Rooms", "TeamsRooms", "TeamsRoomsMonthlyActiveDevices"],
};
export const WINDOWS_365: WorkloadRule = { id: "windows-365", name: "Windows 365", aliases: ["Windows365", "W365"] };
export const TEAMS_PREMIUM: WorkloadRule = { id: "teams-premium", name: "Teams Premium", aliases: ["TeamsPremium", "Microsoft Teams Premium"] };

// Intermediate certifications.
export const M365_FUNDAMENTALS: CertificationRule = {
  name: "Microsoft 365 Fundamentals",
  aliases: ["M365 Fundamentals", "Microsoft 365 Certified: Fundamentals"],
};
export const TEAMS_APP_DEVELOPER: CertificationRule = {
  name: "Microsoft 365 Certified: Teams Application Developer Associate",
  aliases: ["Teams Application Developer Associate"],
};
export const TEAMS_ADMINISTRATOR: CertificationRule = {
  name: "Microsoft 365 Certified: Teams Administrator Associate",
  aliases: ["Teams Administrator Associate"],
};
export const MESSAGING_ADMINISTRATOR: CertificationRule = {
  name: "Microsoft 365 Certified: Messaging Administrator Associate",
  aliases: ["Messaging Administrator Associate"],
};
export const IDENTITY_ACCESS_ADMINISTRATOR: CertificationRule = {
  name: "Microsoft Certified: Identity and Access Administrator Associate",
  aliases: ["Identity and Access Administrator Associate"],
};
export const COLLABORATION_ENGINEER: CertificationRule = {
  name: "Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate",
  aliases: ["Collaboration Communications Systems Engineer Associate"],
};
/** Formerly Modern Desktop Administrator Associate. */
export const ENDPOINT_ADMINISTRATOR: CertificationRule = {
  name: "Microsoft 365 Certified: Endpoint Administrator Associate",
  aliases: [
    "Endpoint Administrator Associate",
    "Endpoints Administrator Associate",
    "Microsoft 365 Certified: Modern Desktop Administrator Associate",
    "Modern Desktop Administrator Associate",
  ],
};
export const COPILOT_AGENT_ADMINISTRATION: CertificationRule = {
  name: "Microsoft 365 Certified: Copilot and Agent Administration Fundamentals",
  aliases: ["Copilot and Agent Administration Fundamentals"],
};

// Advanced certifications.
export const ENTERPRISE_ADMINISTRATOR_EXPERT: CertificationRule = {
  name: "Microsoft 365 Certified: Enterprise Administrator Expert",
  aliases: ["Enterprise Administrator Expert", "Microsoft 365 Certified: Administrator Expert", "Administrator Expert"],
};
export const TEAMS_ROOMS_ASSESSMENT: CertificationRule = { name: "Teams Meetings and Meeting Rooms Technical Assessment", aliases: [] };

import {
  ALTERNATIVES_2026,
  ASSOCIATIONS_2026,
  AZURE_ADMINISTRATOR,
  AZURE_SOLUTIONS_ARCHITECT,
  CLASSIFICATION_2026,
  DEPLOYMENTS_2026,
  DEPLOYMENT_EXCLUDED_SERVICES_2026,
  ENTERPRISE_STEP_NO_POINTS_2026,
  EXCLUDED_OFFERS_2026,
  GROWTH_MIN_BASELINE_ACR_2026,
  LEARN_2026,
  NCA_MIN_MONTHLY_ACR_2026_ENTERPRISE,
  NCA_MIN_MONTHLY_ACR_2026_SMB,
  NET_CUSTOMER_ADDS_2026,
  QUALIFICATION_2026,
  SETTINGS_2026,
  SMB_STEP_1_CAP_2026,
  SMB_STEP_POINTS_2026,
  SOURCES_2026,
  TRACK_CHOICE_2026,
  TRAILING_MONTHS_2026,
  USAGE_GROWTH_2026,
} from "../azure/ruleConstants";
import type { AzureRuleSet } from "../azure/types";
import type { CertificationRule, Sourced } from "../../model/ruleTypes";

/**
 * Solutions Partner for Digital & App Innovation (Azure), as the Learn page reads in the snapshot of
 * 8 May 2026. Intermediate adds the AI Cloud Developer and Agentic AI Developer certifications (Azure
 * Developer retires 31 Jul 2026 and "will remain valid for one year": it counts until a year after);
 * advanced replaces IoT Developer with the four GitHub certifications.
 */

const INTERMEDIATE: Sourced<CertificationRule[]> = {
  value: [
    { name: "Azure Developer Associate", aliases: [], validUntil: "2027-07-31" },
    { name: "Power Platform Developer Associate", aliases: [] },
    { name: "Azure AI Cloud Developer Associate", aliases: [] },
    { name: "GitHub Certified: Agentic AI Developer", aliases: ["Agentic AI Developer"] },
  ],
  source: LEARN_2026,
  quote:
    "Certified individuals (the same or different people as in step 1) must complete at least one of the following certifications: Azure Developer Associate*; Power Platform Developer Associate; Azure AI Cloud Developer Associate; GitHub Certified: Agentic AI Developer … *The Azure Developer Associate certification's retirement date is July 31, 2026. If completed before retirement, it will remain valid for one year.",
};

const ADVANCED: Sourced<CertificationRule[]> = {
  value: [
    { name: "Azure DevOps Engineer Expert", aliases: ["DevOps Engineer Expert"] },
    { name: "Power Platform Solution Architect Expert", aliases: [] },
    { name: "GitHub Actions", aliases: ["GitHub Certified: GitHub Actions"] },
    { name: "GitHub Administration", aliases: ["GitHub Certified: GitHub Administration"] },
    { name: "GitHub Advanced Security", aliases: ["GitHub Certified: GitHub Advanced Security"] },
    { name: "GitHub Copilot", aliases: ["GitHub Certified: GitHub Copilot"] },
  ],
  source: LEARN_2026,
  quote:
    "Certified individuals (the same or different people as in step 1) must complete at least one of the following certifications: Azure DevOps Engineer Expert; Power Platform Solution Architect Expert; GitHub Actions; GitHub Administration; GitHub Advanced Security; GitHub Copilot",
};

const MAX_20: Sourced<number> = {
  value: 20,
  source: LEARN_2026,
  quote: "Your organization can earn up to a maximum of 20 points from five individuals who meet the following certification requirements.",
};

const EVERY_PERSON: Sourced<number> = {
  value: 0,
  source: LEARN_2026,
  quote: "Certified individuals (the same or different people as in step 1) must complete at least one of the following certifications",
  note: "no minimum: every such person counts",
};

const FOUR_A_PERSON: Sourced<number> = { value: 4, source: LEARN_2026, quote: "Each certified individual adds up to four points in step 2." };

export const digitalAppInnovation2026: AzureRuleSet = {
  id: "digital-app-innovation-2026",
  edition: "2026",
  designation: "digital-app-innovation",
  name: "Solutions Partner for Digital & App Innovation (Azure) (2026 rules)",
  effectiveFrom: "2026-05-08",
  sources: SOURCES_2026,
  qualification: QUALIFICATION_2026,
  trackChoice: TRACK_CHOICE_2026,
  trailingMonths: TRAILING_MONTHS_2026,
  associations: ASSOCIATIONS_2026,
  excludedOffers: EXCLUDED_OFFERS_2026,
  deploymentExcludedServices: DEPLOYMENT_EXCLUDED_SERVICES_2026,
  growthMinBaselineAcr: GROWTH_MIN_BASELINE_ACR_2026,
  classification: CLASSIFICATION_2026,
  settings: SETTINGS_2026,
  alternatives: ALTERNATIVES_2026,
  tracks: [
    {
      id: "enterprise",
      label: "Enterprise",
      ncaMinMonthlyAcr: NCA_MIN_MONTHLY_ACR_2026_ENTERPRISE,
      metrics: [
        NET_CUSTOMER_ADDS_2026,
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: MAX_20,
          target: {
            kind: "steps",
            steps: [
              {
                id: "step-1",
                label: "Step 1",
                certifications: {
                  value: [AZURE_ADMINISTRATOR],
                  source: LEARN_2026,
                  quote: "At least two people must complete the Azure Administrator Associate certification.",
                },
                minPeople: { value: 2, source: LEARN_2026, quote: "At least two people must complete the Azure Administrator Associate certification." },
                pointsPerPerson: ENTERPRISE_STEP_NO_POINTS_2026,
              },
              { id: "step-2", label: "Step 2", certifications: INTERMEDIATE, minPeople: EVERY_PERSON, pointsPerPerson: FOUR_A_PERSON },
            ],
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: MAX_20,
          target: {
            kind: "steps",
            steps: [
              {
                id: "step-1",
                label: "Step 1",
                certifications: {
                  value: [AZURE_SOLUTIONS_ARCHITECT],
                  source: LEARN_2026,
                  quote: "At least two people must complete the Azure Solutions Architect Expert certification.",
                },
                minPeople: { value: 2, source: LEARN_2026, quote: "At least two people must complete the Azure Solutions Architect Expert certification." },
                pointsPerPerson: ENTERPRISE_STEP_NO_POINTS_2026,
              },
              { id: "step-2", label: "Step 2", certifications: ADVANCED, minPeople: EVERY_PERSON, pointsPerPerson: FOUR_A_PERSON },
            ],
          },
        },
        USAGE_GROWTH_2026,
        DEPLOYMENTS_2026,
      ],
    },
    {
      id: "smb",
      label: "SMB",
      ncaMinMonthlyAcr: NCA_MIN_MONTHLY_ACR_2026_SMB,
      metrics: [
        NET_CUSTOMER_ADDS_2026,
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: MAX_20,
          target: {
            kind: "steps",
            steps: [
              {
                id: "step-1",
                label: "Step 1",
                certifications: {
                  value: [AZURE_ADMINISTRATOR],
                  source: LEARN_2026,
                  quote: "At least one person must complete the Azure Administrator Associate certification.",
                },
                minPeople: { value: 1, source: LEARN_2026, quote: "At least one person must complete the Azure Administrator Associate certification." },
                pointsPerPerson: SMB_STEP_POINTS_2026,
                cap: SMB_STEP_1_CAP_2026,
              },
              { id: "step-2", label: "Step 2", certifications: INTERMEDIATE, minPeople: EVERY_PERSON, pointsPerPerson: FOUR_A_PERSON },
            ],
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: MAX_20,
          target: {
            kind: "steps",
            steps: [
              {
                id: "step-1",
                label: "Step 1",
                certifications: {
                  value: [AZURE_SOLUTIONS_ARCHITECT],
                  source: LEARN_2026,
                  quote: "At least one person must complete the Azure Solutions Architect Expert certification.",
                },
                minPeople: { value: 1, source: LEARN_2026, quote: "At least one person must complete the Azure Solutions Architect Expert certification." },
                pointsPerPerson: SMB_STEP_POINTS_2026,
                cap: SMB_STEP_1_CAP_2026,
              },
              { id: "step-2", label: "Step 2", certifications: ADVANCED, minPeople: EVERY_PERSON, pointsPerPerson: FOUR_A_PERSON },
            ],
          },
        },
        USAGE_GROWTH_2026,
        DEPLOYMENTS_2026,
      ],
    },
  ],
};

import {
  ALTERNATIVES_2023,
  ASSOCIATIONS_2023,
  AZURE_ADMINISTRATOR,
  AZURE_SOLUTIONS_ARCHITECT,
  DEPLOYMENTS_2023,
  DEPLOYMENT_EXCLUDED_SERVICES_2023,
  EXCLUDED_OFFERS_2023,
  GROWTH_MIN_BASELINE_ACR_2023,
  LEARN_2023,
  NCA_MIN_MONTHLY_ACR_2023,
  NET_CUSTOMER_ADDS_2023,
  PREREQUISITE_NO_POINTS_2023,
  QUALIFICATION_2023,
  SETTINGS_2023,
  SOURCES_2023,
  TRACK_CHOICE_2023,
  TRAILING_MONTHS_2023,
  USAGE_GROWTH_2023,
} from "../azure/ruleConstants";
import type { AzureRuleSet } from "../azure/types";

/**
 * Solutions Partner for Infrastructure (Azure), as the Learn page of 13 Jun 2023 reads (seed 001
 * says the same, and its "2 consecutive months" is the default reading of net customer adds).
 * Performance and customer success are the three Azure designations' common metrics; the
 * certifications are Infrastructure's own.
 */
export const infrastructure2023: AzureRuleSet = {
  id: "infrastructure-2023",
  edition: "2023",
  designation: "infrastructure",
  name: "Solutions Partner for Infrastructure (Azure) (2023 rules)",
  effectiveFrom: "2023-06-13",
  sources: SOURCES_2023,
  qualification: QUALIFICATION_2023,
  trackChoice: TRACK_CHOICE_2023,
  trailingMonths: TRAILING_MONTHS_2023,
  associations: ASSOCIATIONS_2023,
  excludedOffers: EXCLUDED_OFFERS_2023,
  deploymentExcludedServices: DEPLOYMENT_EXCLUDED_SERVICES_2023,
  growthMinBaselineAcr: GROWTH_MIN_BASELINE_ACR_2023,
  settings: SETTINGS_2023,
  alternatives: ALTERNATIVES_2023,
  tracks: [
    {
      id: "single",
      label: "All partners",
      ncaMinMonthlyAcr: NCA_MIN_MONTHLY_ACR_2023,
      metrics: [
        NET_CUSTOMER_ADDS_2023,
        {
          id: "intermediate-certifications",
          label: "Intermediate certifications",
          unit: ["intermediate certified person", "intermediate certified people"],
          maxPoints: {
            value: 20,
            source: LEARN_2023,
            quote: "Each qualifying person who fulfills the listed certification requirements earns you four points, up to a maximum of 20 points.",
          },
          target: {
            kind: "steps",
            steps: [
              {
                id: "step-1",
                label: "Step 1",
                certifications: {
                  value: [AZURE_ADMINISTRATOR],
                  source: LEARN_2023,
                  quote:
                    "To earn points for Intermediate certification for Infrastructure, you must have at least two people with the Azure Administrator Associate certification.",
                },
                minPeople: {
                  value: 2,
                  source: LEARN_2023,
                  quote: "you must have at least two people with the Azure Administrator Associate certification.",
                },
                pointsPerPerson: PREREQUISITE_NO_POINTS_2023,
              },
              {
                id: "step-2",
                label: "Step 2",
                certifications: {
                  value: [
                    { name: "Azure Network Engineer Associate", aliases: [] },
                    { name: "Azure Stack Hub Operator Associate", aliases: [], validUntil: "2024-07-31" },
                    { name: "Windows Server Hybrid Administrator Associate", aliases: [] },
                  ],
                  source: LEARN_2023,
                  quote:
                    "After you complete the prerequisite in step 1, you earn points towards Intermediate certifications for every person who has obtained any one of the following: Azure Network Engineer Associate; Azure Stack Hub Operator Associate†; Windows Server Hybrid Administrator Associate … † This certification retired on July 31, 2023. It will remain eligible for partner capability score points through July 2024.",
                },
                minPeople: {
                  value: 0,
                  source: LEARN_2023,
                  quote: "you earn points towards Intermediate certifications for every person who has obtained any one of the following",
                  note: "no minimum: every such person counts",
                },
                pointsPerPerson: {
                  value: 4,
                  source: LEARN_2023,
                  quote: "Each qualifying person who fulfills the listed certification requirements earns you four points",
                },
              },
            ],
          },
        },
        {
          id: "advanced-certifications",
          label: "Advanced certifications",
          unit: ["advanced certified person", "advanced certified people"],
          maxPoints: {
            value: 20,
            source: LEARN_2023,
            quote: "Each person who fulfills the certification requirements listed above earns you four points, up to a maximum of 20 points.",
          },
          target: {
            kind: "steps",
            steps: [
              {
                id: "step-1",
                label: "Step 1",
                certifications: {
                  value: [AZURE_SOLUTIONS_ARCHITECT],
                  source: LEARN_2023,
                  quote: "To earn points toward Advanced certifications, at least two people must have the Azure Solutions Architect Expert certificate.",
                },
                minPeople: {
                  value: 2,
                  source: LEARN_2023,
                  quote: "at least two people must have the Azure Solutions Architect Expert certificate.",
                },
                pointsPerPerson: PREREQUISITE_NO_POINTS_2023,
              },
              {
                id: "step-2",
                label: "Step 2",
                certifications: {
                  value: [
                    { name: "Azure Virtual Desktop Specialty", aliases: [] },
                    { name: "Azure for SAP Workloads Specialty", aliases: [] },
                  ],
                  source: LEARN_2023,
                  quote:
                    "You earn points toward Advanced certifications for every person who has obtained any one of the following: Azure Virtual Desktop Specialty; Azure for SAP Workloads Specialty",
                },
                minPeople: {
                  value: 0,
                  source: LEARN_2023,
                  quote: "You earn points toward Advanced certifications for every person who has obtained any one of the following",
                  note: "no minimum: every such person counts",
                },
                pointsPerPerson: {
                  value: 4,
                  source: LEARN_2023,
                  quote: "Each person who fulfills the certification requirements listed above earns you four points",
                },
              },
            ],
          },
        },
        USAGE_GROWTH_2023,
        DEPLOYMENTS_2023,
      ],
    },
  ],
};

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
 * Solutions Partner for Digital & App Innovation (Azure), as the Learn page of 13 Jun 2023 reads.
 * Performance and customer success are the three Azure designations' common metrics; the
 * certifications are Digital & App Innovation's own.
 */
export const digitalAppInnovation2023: AzureRuleSet = {
  id: "digital-app-innovation-2023",
  edition: "2023",
  designation: "digital-app-innovation",
  name: "Solutions Partner for Digital & App Innovation (Azure) (2023 rules)",
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
            quote: "Each person with one of the preceding certifications earns you four points, up to a maximum of 20 points.",
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
                    "To earn points for Intermediate certification for Digital & App Innovation, you must have at least two people with the Azure Administrator Associate certification.",
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
                    { name: "Azure Developer Associate", aliases: [] },
                    { name: "Power Platform Developer Associate", aliases: [] },
                  ],
                  source: LEARN_2023,
                  quote:
                    "After you complete the prerequisite in step 1, you earn points towards intermediate certifications for Digital & App Innovation for every person who has obtained any one of the following: Azure Developer Associate; Power Platform Developer Associate",
                },
                minPeople: {
                  value: 0,
                  source: LEARN_2023,
                  quote:
                    "you earn points towards intermediate certifications for Digital & App Innovation for every person who has obtained any one of the following",
                  note: "no minimum: every such person counts",
                },
                pointsPerPerson: { value: 4, source: LEARN_2023, quote: "Each person with one of the preceding certifications earns you four points" },
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
            quote: "Each person who fulfills the previously listed certification requirements earns you four points, up to a maximum of 20 points.",
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
                    { name: "Azure IoT Developer Specialty", aliases: [], validUntil: "2024-07-31" },
                    { name: "Azure DevOps Engineer Expert", aliases: ["DevOps Engineer Expert"] },
                    { name: "Power Platform Solution Architect Expert", aliases: [] },
                  ],
                  source: LEARN_2023,
                  quote:
                    "You earn points toward Advanced certifications for every person who has obtained any one of the following: Azure IoT Developer Specialty†; Azure DevOps Engineer Expert; Power Platform Solution Architect Expert … † This certification retired on July 31, 2023. It will remain eligible for partner capability score points through July 2024.",
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
                  quote: "Each person who fulfills the previously listed certification requirements earns you four points",
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

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
  QUALIFICATION_2023,
  SETTINGS_2023,
  SOURCES_2023,
  TRACK_CHOICE_2023,
  TRAILING_MONTHS_2023,
  USAGE_GROWTH_2023,
} from "../azure/ruleConstants";
import type { AzureRuleSet } from "../azure/types";
import type { Sourced } from "../../model/ruleTypes";

/**
 * Solutions Partner for Data & AI (Azure), as the Learn page of 13 Jun 2023 reads. Performance and
 * customer success are the three Azure designations' common metrics; Data & AI has one certification
 * metric, intermediate, worth 40 ("Advanced certifications aren't applicable to Data & AI").
 */

const PREREQUISITES_NO_POINTS: Sourced<number> = {
  value: 0,
  source: LEARN_2023,
  quote: "Steps #1 and #2 are prerequisites to Step #3 and don't add any points directly.",
};

export const dataAi2023: AzureRuleSet = {
  id: "data-ai-2023",
  edition: "2023",
  designation: "data-ai",
  name: "Solutions Partner for Data & AI (Azure) (2023 rules)",
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
            value: 40,
            source: LEARN_2023,
            quote: "Each person with one of the preceding certifications earns you four points, up to a maximum of 40 points.",
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
                  quote:
                    "To earn points for the Intermediate certifications for Data & AI, you must have at least: Two people with the Azure Solutions Architect Expert certification.",
                },
                minPeople: { value: 2, source: LEARN_2023, quote: "Two people with the Azure Solutions Architect Expert certification." },
                pointsPerPerson: PREREQUISITES_NO_POINTS,
              },
              {
                id: "step-2",
                label: "Step 2",
                certifications: {
                  value: [AZURE_ADMINISTRATOR],
                  source: LEARN_2023,
                  quote:
                    "To earn points for the Intermediate certifications for Data & AI, you must have at least: Two people with the Azure Administrator Associate certification.",
                },
                minPeople: { value: 2, source: LEARN_2023, quote: "Two people with the Azure Administrator Associate certification." },
                pointsPerPerson: PREREQUISITES_NO_POINTS,
              },
              {
                id: "step-3",
                label: "Step 3",
                certifications: {
                  value: [
                    { name: "Azure Database Administrator Associate", aliases: [] },
                    { name: "Azure AI Engineer Associate", aliases: [] },
                    { name: "Azure Data Scientist Associate", aliases: [] },
                    { name: "Azure Data Engineer Associate", aliases: [] },
                    { name: "Data Analyst Associate", aliases: ["Power BI Data Analyst Associate"] },
                    { name: "Customer Data Platform Specialty", aliases: [] },
                    { name: "Azure Cosmos DB Developer Specialty", aliases: [] },
                  ],
                  source: LEARN_2023,
                  quote:
                    "After you complete the prerequisites in step 1 & step 2, you earn intermediate certifications points for every person who has obtained any one of the following: Azure Database Administrator Associate; Azure AI Engineer Associate; Azure Data Scientist Associate; Azure Data Engineer Associate; Data Analyst Associate; Customer Data Platform Specialty; Azure Cosmos DB Developer Specialty",
                },
                minPeople: {
                  value: 0,
                  source: LEARN_2023,
                  quote: "you earn intermediate certifications points for every person who has obtained any one of the following",
                  note: "no minimum: every such person counts",
                },
                pointsPerPerson: { value: 4, source: LEARN_2023, quote: "Each person with one of the preceding certifications earns you four points" },
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

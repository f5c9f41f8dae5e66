import {
  ALTERNATIVES_2026,
  ASSOCIATIONS_2026,
  AZURE_ADMINISTRATOR,
  AZURE_SOLUTIONS_ARCHITECT,
  CLASSIFICATION_2026,
  DEPLOYMENTS_2026,
  DEPLOYMENT_EXCLUDED_SERVICES_2026,
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
 * Solutions Partner for Data & AI (Azure), as the Learn page reads in the snapshot of 8 May 2026. The
 * 2026 page swaps the prerequisites (Administrator first, then Solutions Architect), adds the Fabric,
 * SQL AI, AI apps, MLOps and Databricks certifications, and drops Data Engineer and Customer Data
 * Platform. A retiring certification "will remain valid for one year": it counts until a year after
 * its retirement date (one renewed the day before).
 */

const STEP_3: Sourced<CertificationRule[]> = {
  value: [
    { name: "Azure Database Administrator Associate", aliases: [] },
    { name: "Azure AI Engineer Associate", aliases: [], validUntil: "2027-06-30" },
    { name: "Azure Data Scientist Associate", aliases: [], validUntil: "2027-06-01" },
    { name: "Data Analyst Associate", aliases: ["Power BI Data Analyst Associate"] },
    { name: "Azure Cosmos DB Developer Specialty", aliases: [] },
    { name: "Fabric Analytics Engineer Associate", aliases: [] },
    { name: "Fabric Data Engineer Associate", aliases: [] },
    { name: "SQL AI Developer Associate", aliases: [] },
    { name: "Azure AI Apps and Agents Developer Associate", aliases: [] },
    { name: "Machine Learning Operations Engineer Associate", aliases: [] },
    { name: "Azure Databricks Data Engineer Associate", aliases: [] },
  ],
  source: LEARN_2026,
  quote:
    "Certified individuals (the same or different people as in step 1 or step 2) must complete at least one of the following certifications: Azure Database Administrator Associate; Azure AI Engineer Associate*; Azure Data Scientist Associate**; Data Analyst Associate; Azure Cosmos DB Developer Specialty; Microsoft Certified: Fabric Analytics Engineer Associate; Microsoft Certified: Fabric Data Engineer Associate; Microsoft Certified: SQL AI Developer Associate; Azure AI Apps and Agents Developer Associate; Machine Learning Operations Engineer Associate; Azure Databricks Data Engineer Associate … *The Azure AI Engineer Associate certification's retirement date is June 30, 2026. If completed before retirement, it will remain valid for one year. **The Azure Data Scientist Associate certification's retirement date is June 1, 2026. If completed before retirement, it will remain valid for one year.",
  note: 'the "Microsoft Certified:" prefix is matched loosely, so the names are kept without it',
};

const MAX_40_ENTERPRISE: Sourced<number> = {
  value: 40,
  source: LEARN_2026,
  quote: "Your organization can earn up to a maximum of 40 points from 10 individuals who meet the following certification requirements.",
};

const NO_POINTS_BEFORE_STEP_3: Sourced<number> = {
  value: 0,
  source: LEARN_2026,
  quote: "Completing this step doesn't earn points but it's mandatory before points are awarded in step 3.",
};

const EVERY_PERSON: Sourced<number> = {
  value: 0,
  source: LEARN_2026,
  quote: "Certified individuals (the same or different people as in step 1 or step 2) must complete at least one of the following certifications",
  note: "no minimum: every such person counts",
};

const FOUR_A_PERSON: Sourced<number> = { value: 4, source: LEARN_2026, quote: "Each certified individual adds up to four points in step 3." };

export const dataAi2026: AzureRuleSet = {
  id: "data-ai-2026",
  edition: "2026",
  designation: "data-ai",
  name: "Solutions Partner for Data & AI (Azure) (2026 rules)",
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
          maxPoints: MAX_40_ENTERPRISE,
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
                pointsPerPerson: NO_POINTS_BEFORE_STEP_3,
              },
              {
                id: "step-2",
                label: "Step 2",
                certifications: {
                  value: [AZURE_SOLUTIONS_ARCHITECT],
                  source: LEARN_2026,
                  quote: "At least two people must complete the Azure Solutions Architect Expert certification.",
                },
                minPeople: { value: 2, source: LEARN_2026, quote: "At least two people must complete the Azure Solutions Architect Expert certification." },
                pointsPerPerson: NO_POINTS_BEFORE_STEP_3,
              },
              { id: "step-3", label: "Step 3", certifications: STEP_3, minPeople: EVERY_PERSON, pointsPerPerson: FOUR_A_PERSON },
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
          maxPoints: { value: 40, source: LEARN_2026, quote: "You can earn up to 40 points from 10 certified individuals." },
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
              {
                id: "step-2",
                label: "Step 2",
                certifications: {
                  value: [AZURE_SOLUTIONS_ARCHITECT],
                  source: LEARN_2026,
                  quote: "At least one person must complete the Azure Solutions Architect Expert certification.",
                },
                minPeople: { value: 1, source: LEARN_2026, quote: "At least one person must complete the Azure Solutions Architect Expert certification." },
                pointsPerPerson: SMB_STEP_POINTS_2026,
                cap: {
                  value: 4,
                  source: LEARN_2026,
                  quote: "Cap on step 2 points: No matter how many people complete step 2, you earn a maximum of four points.",
                },
              },
              { id: "step-3", label: "Step 3", certifications: STEP_3, minPeople: EVERY_PERSON, pointsPerPerson: FOUR_A_PERSON },
            ],
          },
        },
        USAGE_GROWTH_2026,
        DEPLOYMENTS_2026,
      ],
    },
  ],
};

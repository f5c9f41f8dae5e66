import type { ParsedInput } from "../input/collector";
import type { MonthIndex } from "../parse/months";
import { dataAi2023, digitalAppInnovation2023, infrastructure2023 } from "../rules/azure2023";
import { dataAi2026, digitalAppInnovation2026, infrastructure2026 } from "../rules/azure2026";
import type { AzureDesignationId, AzureRuleSet } from "../rules/azureTypes";
import { scoreAzure } from "../score/azureScore";
import { DESIGNATION_NAMES } from "./names";
import type { DesignationScorer } from "./types";

/** Rule sets per Azure designation, oldest first. */
export const AZURE_RULE_SETS: Record<AzureDesignationId, readonly AzureRuleSet[]> = {
  infrastructure: [infrastructure2023, infrastructure2026],
  "data-ai": [dataAi2023, dataAi2026],
  "digital-app-innovation": [digitalAppInnovation2023, digitalAppInnovation2026],
};

const AZURE_EXPORT = "the Azure consumption export (CustomerTenantId, ServiceLevel2, Month, ACR_USD, PartnerAttributionType)";

function latestAzureMonth(input: ParsedInput): MonthIndex | null {
  let latest: MonthIndex | null = null;
  for (const r of input.azure?.records ?? []) if (latest === null || r.month > latest) latest = r.month;
  return latest;
}

function azureScorer(id: AzureDesignationId): DesignationScorer<AzureRuleSet> {
  return {
    id,
    name: DESIGNATION_NAMES[id],
    ruleSets: AZURE_RULE_SETS[id],
    needs: (input) => (input.azure && input.azure.records.length ? null : AZURE_EXPORT),
    latestMonth: latestAzureMonth,
    score: scoreAzure,
  };
}

export const infrastructureScorer = azureScorer("infrastructure");
export const dataAiScorer = azureScorer("data-ai");
export const digitalAppInnovationScorer = azureScorer("digital-app-innovation");

import { stepCertificationLists } from "../../model/certificationSteps";
import type { DesignationModule, NearMissFinder } from "../../model/module";
import { azureCustomerMisses } from "./nearMisses";
import { scoreAzure } from "./score";
import { azureFlagColumns } from "./rowFlags";
import { azureTenantsLeftOut } from "./tenantsLeftOut";
import { azureRowsRaised } from "./rowsRaised";
import type { AzureDesignationId, AzureRuleSet } from "./types";

const AZURE_EXPORT = "the Azure consumption export (CustomerTenantId, ServiceLevel2, Month, ACR_USD, PartnerAttributionType)";

/** The three Azure designations read one net-customer-add rule: one finder, called once for all. */
const AZURE_NEAR_MISSES: NearMissFinder = { find: azureCustomerMisses };

interface AzureDesignation {
  id: AzureDesignationId;
  name: string;
  shortName: string;
  ruleSets: readonly AzureRuleSet[];
}

/**
 * Infrastructure, Data & AI and Digital & App Innovation score the Azure consumption export alike;
 * each designation's folder gives its own rule sets and names.
 */
export function azureModule(d: AzureDesignation): DesignationModule<AzureRuleSet> {
  return {
    ...d,
    reads: ["azure"],
    needs: AZURE_EXPORT,
    score: (input, rules, context) => scoreAzure(input, rules, context, d.shortName),
    // Net customer adds need a second consecutive month at M and at the baseline (seed 001).
    monthsRead: (trailing) => [
      { offset: 1, role: "the month before it" },
      { offset: trailing + 1, role: "the month before its baseline" },
    ],
    // Growth is a ratio of the customer base and deployments are distinct services: not per-tenant sums.
    separable: false,
    tenantsLeftOut: (input, rules, context, base) => azureTenantsLeftOut(input, rules, context.asOf, context.track, base),
    rowsRaised: (input, rules, context, base) => azureRowsRaised(input, rules, context.asOf, context.track, base),
    nearMisses: AZURE_NEAR_MISSES,
    simulator: (rules) => ({ existingMonthlyAcr: Math.max(...rules.tracks.map((t) => t.ncaMinMonthlyAcr.value)) }),
    certificationLists: stepCertificationLists,
    flagColumns: (rules) => [{ layout: "azure-usage", columns: azureFlagColumns(rules) }],
  };
}

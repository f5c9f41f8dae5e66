/**
 * Tenant ids are GUIDs, and GUIDs are case-insensitive: one tenant id in two casings is one tenant in
 * every export (M365 usage, Azure, Business Applications usage and revenue). The name shown is the
 * first spelling seen.
 */
import { InputCollector, readCsvText, scoreDesignations, type ParsedInput } from "../../../src/engine";
import { modernWorkModule } from "../../../src/engine/designations/modern-work/module";
import { securityModule } from "../../../src/engine/designations/security/module";
import { withoutTenants } from "../../../src/engine/input/withoutTenants";

const UPPER = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";
const LOWER = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

function input(): ParsedInput {
  const c = new InputCollector();
  // M365: the same tenant's Exchange (Modern Work) and Intune / MDO (Security) rows, in both casings.
  readCsvText(
    c,
    "usage.csv",
    [
      "CustomerTenantId,CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage",
      `${UPPER},Contoso,CSP Tier 1,Exchange,Oct-2026,30,40`,
      `${LOWER},contoso ltd,CSP Tier 1,Teams,Oct-2026,30,40`,
      `${UPPER},Contoso,CPOR,Intune,Oct-2026,20,40`,
      `${LOWER},contoso ltd,CPOR,MDO,Oct-2026,20,40`,
    ].join("\n")
  );
  // Azure: $400 under each casing: one tenant with $800 TTM (a Security 2026 customer at $600), not two with $400.
  readCsvText(
    c,
    "azure.csv",
    [
      "CustomerTenantId,CustomerName,ServiceLevel2,Month,ACR_USD,PartnerAttributionType",
      `${UPPER},Contoso,Sentinel,2026-09,400,PAL`,
      `${LOWER},CONTOSO,Key Vault,2026-10,400,PAL`,
    ].join("\n")
  );
  readCsvText(
    c,
    "revenue.csv",
    [
      "FiscalMonthName,CustomerTenantID,CustomerTenantName,Workloads,AdjustedRevenueAmtCD,PartnerAssociationType",
      `2026-10,${UPPER},Contoso,Sales,300,CSP Tier 1`,
      `2026-10,${LOWER},Contoso,Customer Service,300,CSP Tier 1`,
    ].join("\n")
  );
  readCsvText(
    c,
    "bizusage.csv",
    [
      "FiscalMonthName,CustomerTenantID,CustomerTenantName,Workload,MAU,PartnerAssociationType,MetricType",
      `2026-10,${LOWER},Contoso,Power BI,30,PAL,Paid`,
      `2026-10,${UPPER},Contoso,Power Apps,30,PAL,Paid`,
    ].join("\n")
  );
  return c.result();
}

describe("tenant ids match regardless of case", () => {
  const data = input();

  test("every export reader numbers one tenant, named by its first spelling", () => {
    for (const exp of [data.usage, data.azure!, data.bizAppsUsage!, data.bizAppsRevenue!]) {
      expect(exp.tenants).toHaveLength(1);
      expect(new Set(exp.records.map((r) => r.tenant))).toEqual(new Set([0]));
    }
    expect(data.usage.tenants[0]).toEqual({ key: UPPER, name: "Contoso" });
    expect(data.azure!.tenants[0]).toEqual({ key: UPPER, name: "Contoso" });
    expect(data.bizAppsUsage!.tenants[0]).toEqual({ key: LOWER, name: "Contoso" });
  });

  test("M365 usage export: one net customer add, not two (Modern Work SMB and Security SMB)", () => {
    const r = scoreDesignations(data, { asOf: "2026-10", ruleSet: "2026" }, [modernWorkModule, securityModule]);
    const mw = r.report.designations.find((d) => d.id === "modern-work")!;
    expect(mw.tracks.find((t) => t.id === "smb")!.metrics.find((m) => m.id === "net-customer-adds")!.value).toBe(1);
    const sec = r.report.designations.find((d) => d.id === "security")!;
    const nca = sec.tracks.find((t) => t.id === "smb")!.metrics.find((m) => m.id === "net-customer-adds")!;
    // M365: one tenant with Intune and MDO; Azure: one tenant with $800 TTM ≥ $600.
    expect(nca.value).toEqual({ azure: 1, m365: 1 });
  });

  test("--exclude by either casing leaves the tenant out of every export", () => {
    const left = withoutTenants(data, [LOWER]);
    expect(left.matched).toEqual([LOWER]);
    expect(left.input.usage.records).toEqual([]);
    expect(left.input.azure!.records).toEqual([]);
    expect(left.input.bizAppsUsage!.records).toEqual([]);
    expect(left.input.bizAppsRevenue!.records).toEqual([]);
  });
});

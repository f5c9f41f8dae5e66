import { InputCollector, readCsvText, scoreDesignations, type ParsedInput } from "../../../src/engine";
import { withoutTenants } from "../../../src/engine/input/withoutTenants";
import { azureCsv } from "../../helpers/azure";
import { bizUsageCsv, revenueCsv } from "../../helpers/bizApps";
import { usageCsv } from "../../helpers/score";

/** One export of each kind; Contoso is in all four (M365 by name; the others as "tid-Contoso" / "Contoso Ltd"). */
function input(): ParsedInput {
  const c = new InputCollector();
  readCsvText(
    c,
    "usage.csv",
    usageCsv([
      ["Contoso", "CSP Tier 1", "Exchange", "Oct-2025", 20, 40],
      ["Fabrikam", "CSP Tier 1", "Exchange", "Oct-2025", 30, 50],
      ["Fabrikam", "CSP Tier 1", "Exchange", "Oct-2024", 30, 50],
    ])
  );
  readCsvText(
    c,
    "azure.csv",
    azureCsv([
      ["Contoso", "Storage", "2025-10", 1200],
      ["Northwind", "Storage", "2025-10", 800],
    ])
  );
  readCsvText(
    c,
    "revenue.csv",
    revenueCsv([
      ["tid-Contoso", "Sales", "2025-10", 300, "CSP Tier 1"],
      ["tid-Adatum", "Sales", "2025-10", 400, "CSP Tier 1"],
    ])
  );
  readCsvText(c, "bizusage.csv", bizUsageCsv([["tid-Contoso", "Power BI", "2025-10", 30, "PAL"]]));
  return c.result();
}

describe("withoutTenants", () => {
  it("leaves out every row of the named tenants in every export, matched by id or name regardless of case and spaces", () => {
    const original = input();
    const before = JSON.stringify(original);
    // "CONTOSO" names the M365 tenant and the Azure name; " tid-contoso " the Azure and Business Applications ids.
    const { input: left, matched, unmatched } = withoutTenants(original, ["CONTOSO", " tid-contoso ", "No Such Tenant"]);
    expect(matched.sort()).toEqual([" tid-contoso ", "CONTOSO"].sort());
    expect(unmatched).toEqual(["No Such Tenant"]);
    const tenantsOf = (data: { tenants: { key: string }[]; records: { tenant: number }[] } | null) => data!.records.map((r) => data!.tenants[r.tenant].key);
    expect(tenantsOf(left.usage)).toEqual(["Fabrikam", "Fabrikam"]);
    expect(tenantsOf(left.azure)).toEqual(["tid-Northwind"]);
    expect(tenantsOf(left.bizAppsRevenue)).toEqual(["tid-Adatum"]);
    expect(left.bizAppsUsage!.records).toEqual([]);
    // The input is not changed; the tenant lists are kept (rows refer to tenants by index).
    expect(JSON.stringify(original)).toBe(before);
    expect(left.usage.tenants).toBe(original.usage.tenants);
  });

  it("matches the name with spaces taken out, and shares the exports it does not touch", () => {
    const original = input();
    const { input: left, matched } = withoutTenants(original, ["northwind"]);
    expect(matched).toEqual(["northwind"]);
    expect(left.azure!.records).toHaveLength(1);
    expect(left.usage).toBe(original.usage);
    expect(left.bizAppsRevenue).toBe(original.bizAppsRevenue);
    expect(withoutTenants(original, ["North Wind"]).matched).toEqual(["North Wind"]);
  });

  it("scores as if the customer had left: Modern Work SMB net customer adds 1 → 0", () => {
    // With Contoso: SMB customers in Oct-2025 {Contoso, Fabrikam} − Oct-2024 {Fabrikam} = 1 add (2 points).
    const nca = (i: ParsedInput) =>
      scoreDesignations(i, { designations: ["modern-work"] })
        .report.designations[0].tracks.find((t) => t.id === "smb")!
        .metrics.find((m) => m.id === "net-customer-adds")!;
    expect(nca(input())).toMatchObject({ value: 1, points: 2 });
    expect(nca(withoutTenants(input(), ["contoso"]).input)).toMatchObject({ value: 0, points: 0 });
  });
});

import { scoreDesignations } from "../../../src/engine";
import type { RowFlags } from "../../../src/engine/model/flags";
import { infrastructureModule } from "../../../src/engine/designations/infrastructure/module";
import { modernWorkModule } from "../../../src/engine/designations/modern-work/module";
import { securityModule } from "../../../src/engine/designations/security/module";
import { everyMonth, scoreSecurity, securityInput, type AzureRow, type UsageRow } from "../../helpers/security";

function flagsOf(result: ReturnType<typeof scoreSecurity>, layout: string) {
  const byRow = new Map(result.report.rows!.filter((f) => f.layout === layout).map((f) => [f.row, f]));
  return (i: number): RowFlags => byRow.get(i + 2)!;
}

describe("Security row flags, 2023 rules (Azure: PAL, a customer at $100 over 12 months; M365: CPOR, 25 paid seats)", () => {
  const azure: AzureRow[] = [
    /* 0 */ ["T1", "Key Vault", "2025-10", 150, "PAL"],
    /* 1 */ ["T1", "Storage", "2025-10", 50, "PAL"],
    /* 2 */ ["T1", "Key Vault", "2025-10", 50, "CSP Tier 1"],
    /* 3 */ ["T2", "Sentinel", "2024-06", 30, "PAL"],
    /* 4 */ ["T2", "Sentinel", "2023-03", 30, "PAL"],
    /* 5 */ ["T2", "Sentinel", "2025-10", 30, "PAL", "Azure Free Trial"],
  ];
  const m365: UsageRow[] = [
    /* 0 */ ["A", "CPOR", "Intune", "Oct-2025", 10, 30],
    /* 1 */ ["A", "CPOR", "Defender for Office 365", "Oct-2025", 5, 30],
    /* 2 */ ["B", "CPOR", "Intune", "Oct-2025", 2, 20],
    /* 3 */ ["C", "CSP Tier1", "Intune", "Oct-2025", 10, 30],
    /* 4 */ ["A", "CPOR", "Intune", "Mar-2025", 10, 30],
    /* 5 */ ["A", "CPOR", "Exchange", "Oct-2025", 10, 30],
  ];
  const result = scoreSecurity({ azure, m365 }, { asOf: "2025-10", rows: true });
  const az = flagsOf(result, "azure-usage");
  const m = flagsOf(result, "m365-usage");

  test("an Azure row of a tenant at $150 over the 12 months: a customer, in usage growth, not a deployment ($12,000)", () => {
    expect(az(0)).toMatchObject({
      countsToward: ["Security: net customer adds (Azure), usage growth (Azure)"],
      reason: "",
      cells: { "security-azure-service": "Key Vault", "security-ttm-acr": 150 },
    });
  });

  test("Azure rows that count toward nothing say why", () => {
    expect(az(1)).toMatchObject({
      countsToward: [],
      reason: 'Security: "Storage" is not an eligible Azure security service.',
      cells: { "security-azure-service": "No" },
    });
    expect(az(2)).toMatchObject({ countsToward: [], reason: 'Security: association "CSP Tier 1" does not count for Azure (PAL).', cells: {} });
    expect(az(4)).toMatchObject({
      countsToward: [],
      reason: "Security: not in a compared period (the score compares the 12 months to Oct-2025 with the 12 months to Oct-2024).",
      cells: {},
    });
    expect(az(5)).toMatchObject({ countsToward: [], reason: 'Security: offer "Azure Free Trial" is excluded (Trial offers do not count).', cells: {} });
  });

  test("a row in the previous 12 months is the baseline of usage growth; $30 is no customer", () => {
    expect(az(3)).toMatchObject({ countsToward: ["Security: usage growth (Azure, baseline 12 months to Oct-2024)"], cells: { "security-ttm-acr": 30 } });
  });

  test("an M365 row: customer (30 paid seats), deployment (33% active), the tenant's protected users", () => {
    expect(m(0)).toMatchObject({
      layout: "m365-usage",
      countsToward: ["Security: net customer adds (M365), usage growth (M365), deployments (M365)"],
      cells: { "security-m365-workload": "Intune", "security-m365-deployment": "Yes", "security-protected-users": 10 },
    });
  });

  test("a second workload of the tenant with fewer active seats adds no protected users", () => {
    expect(m(1).countsToward).toEqual(["Security: net customer adds (M365), deployments (M365)"]);
    expect(m(1).cells).toMatchObject({ "security-m365-workload": "Microsoft Defender for Office 365", "security-protected-users": 5 });
  });

  test("20 paid seats: no customer, no deployment, still protected users (2023 counts every tenant's)", () => {
    expect(m(2)).toMatchObject({ countsToward: ["Security: usage growth (M365)"], cells: { "security-m365-deployment": "No", "security-protected-users": 2 } });
  });

  test("M365 rows that count toward nothing say why", () => {
    expect(m(3).reason).toBe('Security: association "CSP Tier 1" does not count for M365 (CPOR).');
    expect(m(4)).toMatchObject({ countsToward: [], reason: "Not a compared month: the score compares Oct-2025 with Oct-2024.", cells: {} });
    expect(m(5)).toMatchObject({
      countsToward: [],
      reason: 'Security: workload "Exchange" is not an eligible M365 security workload.',
      cells: { "security-m365-workload": "No" },
    });
  });

  test("the tables: Security's columns on both exports", () => {
    const tables = result.report.flagTables!;
    expect(tables.find((t) => t.layout === "azure-usage")!.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["SPD Counts toward", "@"],
      ["SPD Reason", "@"],
      ["SPD Security service", "@"],
      ["SPD Tenant security ACR (12 months)", "$#,##0"],
    ]);
    expect(tables.find((t) => t.layout === "m365-usage")!.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["SPD Counts toward", "@"],
      ["SPD Reason", "@"],
      ["SPD Security workload", "@"],
      ["SPD Security deployment (≥ 15% of paid seats active)", "@"],
      ["SPD Security protected users", "#,##0"],
    ]);
  });
});

describe("Security beside the designations that read the same exports", () => {
  test("one row, what each says merged: Infrastructure and Security on the Azure export, Modern Work and Security on the M365 export", () => {
    const input = securityInput({ azure: [["T1", "Key Vault", "2025-10", 150, "PAL"]], m365: [["A", "CPOR", "Intune", "Oct-2025", 10, 30]] });
    const result = scoreDesignations(input, { asOf: "2025-10", rows: true }, [modernWorkModule, securityModule, infrastructureModule]);
    const az = flagsOf(result, "azure-usage")(0);
    expect(az.countsToward).toEqual(["Security: net customer adds (Azure), usage growth (Azure)", "Infrastructure: usage growth, deployments"]);
    expect(az.cells).toMatchObject({ "security-ttm-acr": 150, "azure-month-acr": 150, "azure-customer-month-1000": "No" });
    const m = flagsOf(result, "m365-usage")(0);
    expect(m.countsToward).toContain("Security: net customer adds (M365), usage growth (M365), deployments (M365)");
    expect(m.countsToward.some((x) => x.startsWith("Modern Work"))).toBe(true);
  });
});

describe("Security 2026: Enterprise and SMB bands on the 12-month security ACR", () => {
  test("a tenant at $5,000 over the 12 months is a customer on both tracks, and an SMB deployment and growth tenant", () => {
    const azure = everyMonth("2025-07", "2026-06", (month) => ["T", "Sentinel", month, 5000 / 12, "PAL"]);
    const result = scoreSecurity({ azure }, { asOf: "2026-06", rows: true });
    const last = flagsOf(result, "azure-usage")(11);
    expect(last.countsToward).toEqual(["Security: net customer adds (Azure)", "Security SMB: usage growth (Azure), deployments (Azure)"]);
    expect(last.cells["security-ttm-acr"]).toBeCloseTo(5000, 6);
  });
});

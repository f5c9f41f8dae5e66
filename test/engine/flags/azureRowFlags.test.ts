import type { RowFlags } from "../../../src/engine/model/flags";
import { dataAiModule } from "../../../src/engine/designations/data-ai/module";
import { digitalAppInnovationModule } from "../../../src/engine/designations/digital-app-innovation/module";
import { infrastructureModule } from "../../../src/engine/designations/infrastructure/module";
import { scoreAzure, type AzureRow } from "../../helpers/azure";

const NOT_COMPARED = "Not a compared month: the score compares Oct-2025 with Oct-2024.";

/** Row flags by the row's place in `rows` (row 2 of the file is rows[0]). */
function flagsOf(rows: AzureRow[], options = {}, scorers = [infrastructureModule]) {
  const result = scoreAzure({ rows }, { asOf: "2025-10", rows: true, ...options }, scorers);
  const byRow = new Map(result.report.rows!.map((f) => [f.row, f]));
  return { at: (i: number): RowFlags => byRow.get(i + 2)!, tables: result.report.flagTables!, result };
}

const r = (tenant: string, service: string, month: string, acr: number, more: Partial<AzureRow> = {}): AzureRow => ({ tenant, service, month, acr, ...more });

describe("Azure consumption row flags (2023 rules: $1,000 in two consecutive months)", () => {
  const rows: AzureRow[] = [
    /* 0 */ r("A", "Storage", "2025-09", 1000),
    /* 1 */ r("A", "Storage", "2025-10", 1000),
    /* 2 */ r("B", "Storage", "2025-09", 999),
    /* 3 */ r("B", "Storage", "2025-10", 1000),
    /* 4 */ r("B", "Storage", "2024-09", 999),
    /* 5 */ r("B", "Storage", "2024-10", 1500),
    /* 6 */ r("C", "Storage", "2024-09", 1200),
    /* 7 */ r("C", "Storage", "2024-10", 800),
    /* 8 */ r("A", "Virtual Machines", "2025-03", 50),
    /* 9 */ r("D", "Storage", "2024-03", 5),
    /* 10 */ r("D", "Storage", "2025-10", 30, { offer: "Azure Free Trial" }),
    /* 11 */ r("D", "Storage", "2025-10", 30, { association: "CPOR" }),
    /* 12 */ r("D", "Storage", "2025-11", 30),
    /* 13 */ r("D", "Key Vault", "2025-03", 20),
  ];
  const { at, tables } = flagsOf(rows);

  test("a customer month at $1,000 after one at $1,000: net customer adds, usage growth, deployments", () => {
    expect(at(1)).toMatchObject({
      layout: "azure-usage",
      countsToward: ["Infrastructure: net customer adds, usage growth, deployments"],
      reason: "",
      cells: { "azure-month-acr": 1000, "azure-customer-month-1000": "Yes", "azure-customer-1000-both": "Yes", "azure-deployment-service": "Yes" },
    });
  });

  test("the month before M counts toward two metrics: net customer adds (its consecutive-month check) and deployments", () => {
    expect(at(0).countsToward).toEqual(["Infrastructure: net customer adds, deployments"]);
    expect(at(0).cells).toMatchObject({ "azure-month-acr": 1000, "azure-customer-month-1000": "Yes", "azure-customer-1000-both": "Yes" });
  });

  test("$999 is below the threshold, $1,000 is at it; a month at $1,000 after one at $999 is no second consecutive month", () => {
    expect(at(2).cells).toMatchObject({ "azure-month-acr": 999, "azure-customer-month-1000": "No", "azure-customer-1000-both": "No" });
    expect(at(2).countsToward).toEqual(["Infrastructure: deployments"]);
    expect(at(3).cells).toMatchObject({ "azure-month-acr": 1000, "azure-customer-month-1000": "Yes", "azure-customer-1000-both": "No" });
    expect(at(3).countsToward).toEqual(["Infrastructure: usage growth, deployments"]);
  });

  test("baseline months: a $999 month before the baseline counts toward nothing and says why", () => {
    expect(at(4)).toMatchObject({ countsToward: [], reason: "Below $1,000 ACR in Sep-2024 (the tenant's counted ACR is $999): not a customer month." });
    expect(at(5).countsToward).toEqual(["Infrastructure: usage growth (baseline Oct-2024)"]);
    expect(at(5).cells).toMatchObject({ "azure-customer-month-1000": "Yes", "azure-customer-1000-both": "No" });
    expect(at(5).cells["azure-deployment-service"]).toBeUndefined();
  });

  test("a month at $1,000 followed by one below it is not the first of two consecutive months", () => {
    expect(at(6)).toMatchObject({ countsToward: [], reason: "Below $1,000 ACR in Oct-2024, so Sep-2024 is not followed by a second consecutive month." });
    expect(at(7).countsToward).toEqual(["Infrastructure: usage growth (baseline Oct-2024)"]);
  });

  test("a deployment window month counts toward deployments, but not on a Virtual Machines service", () => {
    expect(at(13)).toMatchObject({ countsToward: ["Infrastructure: deployments"], reason: "", cells: { "azure-deployment-service": "Yes" } });
    expect(at(13).cells["azure-month-acr"]).toBeUndefined();
    expect(at(8)).toMatchObject({
      countsToward: [],
      reason: `Not a deployment: Virtual Machines services are left out of deployments. ${NOT_COMPARED}`,
      cells: { "azure-deployment-service": "No" },
    });
  });

  test("rows outside the compared months, after the as-of month, under an excluded offer or association say why, with empty details", () => {
    expect(at(9)).toMatchObject({ countsToward: [], reason: NOT_COMPARED, cells: {} });
    expect(at(10)).toMatchObject({
      countsToward: [],
      reason: 'Offer "Azure Free Trial" is excluded (Trial offers do not count): its ACR does not count.',
      cells: {},
    });
    expect(at(11)).toMatchObject({ countsToward: [], reason: 'Association "CPOR" does not count for the Azure designations (CSP, DPOR, PAL).', cells: {} });
    expect(at(12)).toMatchObject({ countsToward: [], reason: "After the as-of month Oct-2025: not read.", cells: {} });
  });

  test("the table: SPD Counts toward, SPD Reason, then the Azure detail columns", () => {
    const table = tables.find((t) => t.layout === "azure-usage")!;
    expect(table.columns.map((c) => [c.id, c.header, c.numberFormat])).toEqual([
      ["counts-toward", "SPD Counts toward", "@"],
      ["reason", "SPD Reason", "@"],
      ["azure-month-acr", "SPD Tenant ACR that month", "$#,##0"],
      ["azure-customer-month-1000", "SPD Customer month (≥ $1,000 ACR)", "@"],
      ["azure-customer-1000-both", "SPD Customer (≥ $1,000 ACR two months running)", "@"],
      ["azure-deployment-service", "SPD Deployment service", "@"],
    ]);
    for (const c of table.columns) expect(c.meaning).toMatch(/\.$/);
  });
});

describe("the three Azure designations", () => {
  test("share one set of columns and each names itself in SPD Counts toward", () => {
    const { at, tables } = flagsOf([r("A", "Storage", "2025-09", 1000), r("A", "Storage", "2025-10", 1000)], {}, [
      infrastructureModule,
      dataAiModule,
      digitalAppInnovationModule,
    ]);
    expect(at(1).countsToward).toEqual([
      "Infrastructure: net customer adds, usage growth, deployments",
      "Data & AI: net customer adds, usage growth, deployments",
      "Digital & App Innovation: net customer adds, usage growth, deployments",
    ]);
    expect(tables.find((t) => t.layout === "azure-usage")!.columns).toHaveLength(6);
  });

  test("a skipped row says why, once", () => {
    const { result } = flagsOf([r("A", "Storage", "2025-10", 1000), r("A", "Storage", "2025-10", Number.NaN)], {}, [infrastructureModule, dataAiModule]);
    const skipped = result.report.rows!.find((f) => f.row === 3)!;
    expect(skipped.countsToward).toEqual([]);
    expect(skipped.reason).toMatch(/^Skipped: ACR_USD .*; the row was skipped\. Fix the cell and score again\.$/);
  });
});

describe("2026 rules: $1,000 Enterprise and $500 SMB, in one of the last two months", () => {
  test("a tenant at $600 counts toward SMB net customer adds only; the tracks are named where they differ", () => {
    const rows = [r("E", "Storage", "2026-05", 600), r("E", "Storage", "2026-06", 600), r("F", "Storage", "2026-06", 1000)];
    const result = scoreAzure({ rows }, { asOf: "2026-06", rows: true });
    const at = (i: number) => result.report.rows!.find((f) => f.row === i + 2)!;
    expect(at(1).countsToward).toEqual(["Infrastructure: usage growth, deployments", "Infrastructure SMB: net customer adds"]);
    expect(at(1).cells).toMatchObject({
      "azure-customer-month-1000": "No",
      "azure-customer-month-500": "Yes",
      "azure-customer-1000-either": "No",
      "azure-customer-500-either": "Yes",
    });
    expect(at(2).countsToward).toEqual(["Infrastructure: net customer adds, usage growth, deployments"]);
    const headers = result.report.flagTables!.find((t) => t.layout === "azure-usage")!.columns.map((c) => c.header);
    expect(headers).toEqual([
      "SPD Counts toward",
      "SPD Reason",
      "SPD Tenant ACR that month",
      "SPD Customer month (≥ $1,000 ACR)",
      "SPD Customer month (≥ $500 ACR)",
      "SPD Customer (≥ $1,000 ACR in one of two months)",
      "SPD Customer (≥ $500 ACR in one of two months)",
      "SPD Deployment service",
    ]);
  });
});

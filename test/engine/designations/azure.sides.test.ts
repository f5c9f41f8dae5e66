import { dataAiModule } from "../../../src/engine/designations/data-ai/module";
import { digitalAppInnovationModule } from "../../../src/engine/designations/digital-app-innovation/module";
import { infrastructureModule } from "../../../src/engine/designations/infrastructure/module";
import type { MetricResult, MetricSides } from "../../../src/engine";
import { designation, metric, monthly, scoreAzure, type AzureTuple } from "../../helpers/azure";

const ALL = [infrastructureModule, dataAiModule, digitalAppInnovationModule];

/** The one pair of sides of a single-valued metric. */
function only(m: MetricResult): MetricSides {
  expect(Object.keys(m.sides ?? {})).toEqual([""]);
  return m.sides![""];
}

/** The metric's value follows from its sides: their difference, or the growth in percent (0 over no baseline). */
function agrees(m: MetricResult): void {
  const s = only(m);
  if (s.change === "difference") expect(m.value).toBe(s.now.value - s.baseline.value);
  else if (s.baseline.value > 0) expect(m.value as number).toBeCloseTo(((s.now.value - s.baseline.value) * 100) / s.baseline.value, 9);
  else expect(m.value).toBe(0);
}

describe("Azure: the two sides of every customer metric, hand-computed", () => {
  // As of Oct-2025 (2023 rules, two consecutive months of $1,000). Baseline Oct-2024.
  // Filler: $1 of Storage every month Sep-2024..Oct-2025.
  // Old: $1,500 Key Vault in Sep and Oct-2024 (a customer a year ago only).
  // Both: $2,000 App Service in Sep/Oct-2024 and Sep/Oct-2025 (a customer on both sides).
  // New: $1,200 Azure SQL Database, Newer: $3,000 Cosmos DB, in Sep and Oct-2025.
  // VMOnly: $5,000 Virtual Machines in Oct-2025 only (not two months; a VM service is no deployment).
  // Refund: Key Vault +$50 in Mar-2025 and −$50 in Apr-2025 (nets to $0: no deployment, no tenant).
  const rows: AzureTuple[] = [
    ...monthly("Filler", "Storage", "2024-09", "2025-10", 1),
    ["Old", "Key Vault", "2024-09", 1500],
    ["Old", "Key Vault", "2024-10", 1500],
    ...[...monthly("Both", "App Service", "2024-09", "2024-10", 2000), ...monthly("Both", "App Service", "2025-09", "2025-10", 2000)],
    ...monthly("New", "Azure SQL Database", "2025-09", "2025-10", 1200),
    ...monthly("Newer", "Azure Cosmos DB", "2025-09", "2025-10", 3000),
    ["VMOnly", "Virtual Machines", "2025-10", 5000],
    ["Refund", "Key Vault", "2025-03", 50],
    ["Refund", "Key Vault", "2025-04", -50],
  ];

  test("net customer adds: customers 3 now (Both, New, Newer) against 2 a year ago (Both, Old)", () => {
    const m = metric(scoreAzure({ rows }), "net-customer-adds");
    expect(m.value).toBe(1);
    expect(only(m)).toEqual({
      measure: "customers",
      change: "difference",
      now: { month: "2025-10", value: 3, tenants: ["Both", "New", "Newer"] },
      baseline: { month: "2024-10", value: 2, tenants: ["Both", "Old"] },
    });
    agrees(m);
    // One of the last two months (option): VMOnly's October alone makes it a customer.
    const either = metric(scoreAzure({ rows }, { options: ["nca-either-month"] }), "net-customer-adds");
    expect(only(either).now).toEqual({ month: "2025-10", value: 4, tenants: ["Both", "New", "Newer", "VMOnly"] });
    agrees(either);
  });

  test("usage growth: ACR $11,201 in Oct-2025 against $3,501 in Oct-2024 → 219.94 %, with the tenants in each sum", () => {
    const m = metric(scoreAzure({ rows }), "usage-growth");
    expect(only(m)).toEqual({
      measure: "ACR (USD)",
      change: "percent",
      now: { month: "2025-10", value: 11201, tenants: ["Both", "Filler", "New", "Newer", "VMOnly"] },
      baseline: { month: "2024-10", value: 3501, tenants: ["Both", "Filler", "Old"] },
    });
    expect(m.value as number).toBeCloseTo(219.937, 3);
    agrees(m);
  });

  test("usage growth on trailing-12-month sums (option growth-ttm): $17,412 to Oct-2025 against $7,002 to Oct-2024", () => {
    // To Oct-2025: Filler 12 + Both 4,000 + New 2,400 + Newer 6,000 + VMOnly 5,000 (Refund nets to 0).
    // To Oct-2024: Filler 2 (Sep, Oct) + Old 3,000 + Both 4,000.
    const m = metric(scoreAzure({ rows }, { options: ["growth-ttm"] }), "usage-growth");
    expect(only(m)).toEqual({
      measure: "ACR (USD)",
      change: "percent",
      now: { month: "2025-10", value: 17412, tenants: ["Both", "Filler", "New", "Newer", "VMOnly"] },
      baseline: { month: "2024-10", value: 7002, tenants: ["Both", "Filler", "Old"] },
    });
    agrees(m);
  });

  test("deployments: 4 services over Nov-2024..Oct-2025 against none (not a year-over-year difference)", () => {
    // Storage, App Service, Azure SQL Database, Azure Cosmos DB; Key Vault nets to $0 in the window
    // (Old's rows are before it) and Virtual Machines is no deployment.
    const m = metric(scoreAzure({ rows }), "deployments");
    expect(m.value).toBe(4);
    expect(only(m)).toEqual({
      measure: "deployed Azure services",
      change: "difference",
      now: { month: "2025-10", value: 4, tenants: ["Both", "Filler", "New", "Newer"] },
      baseline: { month: "2024-10", value: 0, tenants: [] },
    });
    agrees(m);
  });

  test("certification metrics have no sides (people now, no baseline)", () => {
    const r = scoreAzure({ rows });
    expect(metric(r, "intermediate-certifications").sides).toBeUndefined();
    expect(metric(r, "advanced-certifications").sides).toBeUndefined();
  });

  test("a growth over no baseline says so instead of reading as 0 %", () => {
    // Nothing in Oct-2024: the baseline is $0.
    const r = scoreAzure({ rows: [...monthly("Filler", "Storage", "2024-11", "2025-10", 1), ...monthly("New", "Key Vault", "2025-09", "2025-10", 1500)] });
    const m = metric(r, "usage-growth");
    expect(m.value).toBe(0);
    expect(m.points).toBe(0);
    expect(only(m)).toEqual({
      measure: "ACR (USD)",
      change: "percent",
      now: { month: "2025-10", value: 1501, tenants: ["Filler", "New"] },
      baseline: { month: "2024-10", value: 0, tenants: [] },
      note: "no baseline: growth cannot score",
    });
  });
});

describe("Azure 2026: each track's customers against its own threshold; growth and deployments alike on both", () => {
  // As of Jun-2026, one of the last two months. Big: $1,500 in Jun-2026 (Enterprise and SMB customer).
  // Small: $600 in May-2026 (SMB only: $500). Was: $700 in Jun-2025 (an SMB customer a year ago).
  const rows: AzureTuple[] = [
    ...monthly("Filler", "Storage", "2025-05", "2026-06", 1),
    ["Big", "Key Vault", "2026-06", 1500],
    ["Small", "App Service", "2026-05", 600],
    ["Was", "App Service", "2025-06", 700],
  ];

  test("Enterprise customers 1 / 0; SMB customers 2 / 1; growth $1,501 vs $701 on both tracks (a baseline under $1,000: 0 points)", () => {
    const r = scoreAzure({ rows }, { asOf: "2026-06" });
    expect(designation(r).ruleSet.id).toBe("infrastructure-2026");
    const enterprise = metric(r, "net-customer-adds", "enterprise");
    expect(only(enterprise).now).toEqual({ month: "2026-06", value: 1, tenants: ["Big"] });
    expect(only(enterprise).baseline).toEqual({ month: "2025-06", value: 0, tenants: [] });
    const smb = metric(r, "net-customer-adds", "smb");
    expect(only(smb).now).toEqual({ month: "2026-06", value: 2, tenants: ["Big", "Small"] });
    expect(only(smb).baseline).toEqual({ month: "2025-06", value: 1, tenants: ["Was"] });
    for (const t of ["enterprise", "smb"]) {
      const growth = metric(r, "usage-growth", t);
      expect(growth.points).toBe(0);
      expect(only(growth).now).toEqual({ month: "2026-06", value: 1501, tenants: ["Big", "Filler"] });
      expect(only(growth).baseline).toEqual({ month: "2025-06", value: 701, tenants: ["Filler", "Was"] });
      expect(only(growth).note).toBeUndefined();
      agrees(growth);
      // Storage, Key Vault, App Service over Jul-2025..Jun-2026 (Was's June 2025 is before the window).
      expect(only(metric(r, "deployments", t)).now).toEqual({ month: "2026-06", value: 3, tenants: ["Big", "Filler", "Small"] });
      agrees(metric(r, "deployments", t));
      agrees(metric(r, "net-customer-adds", t));
    }
  });

  test("every non-certification metric of every Azure designation and edition has sides that agree with its value", () => {
    for (const asOf of ["2025-10", "2026-06"]) {
      const r = scoreAzure({ rows: [...rows, ...monthly("Filler", "Storage", "2024-09", "2025-04", 1)] }, { asOf }, ALL);
      for (const d of r.report.designations)
        for (const t of d.tracks)
          for (const m of t.metrics) {
            if (m.id.endsWith("-certifications")) expect(m.sides).toBeUndefined();
            else agrees(m);
          }
    }
  });
});

describe("Azure: the baseline and the trailing window come from the rule set's trailingMonths", () => {
  test("with trailingMonths 6, customers, growth and deployments compare Oct-2025 with Apr-2025 and read May..Oct", () => {
    const rules = infrastructureModule.ruleSets[0];
    const six = { ...infrastructureModule, ruleSets: [{ ...rules, trailingMonths: { ...rules.trailingMonths, value: 6 } }] };
    const rows: AzureTuple[] = [
      ...monthly("Filler", "Storage", "2024-09", "2025-10", 1),
      ...monthly("Spring", "Key Vault", "2025-03", "2025-04", 1500), // a customer in Apr-2025, gone by Oct
      ...monthly("Fall", "App Service", "2025-09", "2025-10", 2000),
    ];
    const r = scoreAzure({ rows }, { asOf: "2025-10" }, [six]);
    const nca = metric(r, "net-customer-adds");
    expect(only(nca).baseline).toEqual({ month: "2025-04", value: 1, tenants: ["Spring"] });
    expect(nca.value).toBe(0);
    expect(only(metric(r, "usage-growth")).baseline).toEqual({ month: "2025-04", value: 1501, tenants: ["Filler", "Spring"] });
    // May..Oct-2025: Storage and App Service; Spring's Key Vault is before the window.
    expect(only(metric(r, "deployments")).now).toEqual({ month: "2025-10", value: 2, tenants: ["Fall", "Filler"] });
    expect(r.report.warnings.filter((w) => w.code === "azure-month-missing")).toEqual([]);
  });
});

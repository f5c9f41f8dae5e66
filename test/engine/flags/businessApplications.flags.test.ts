import { flagCells, type RowFlags } from "../../../src/engine";
import { scoreBizApps, type BizUsageRow, type RevenueRow } from "../../helpers/bizApps";

// As of Oct-2025 the 2023 rule set is in force: net customer adds at least $1,500 (Enterprise) / $250 (SMB)
// of a tenant workload's revenue in the month; Enterprise classification over $5,000 in both Oct-2025 and
// Oct-2024; deployments at least 10,000 (Enterprise) / 5,000 (SMB) MCV; Power BI 200 per MAU (PAL only),
// Business Central 1,000 per MAU (Dynamics: CPOR OSU, DPOR, CSP).
const M = "Oct-2025";
const P = "Oct-2024";

const revenue: RevenueRow[] = [
  ["T1", "Sales", "Jun-2025", 3000, "CPOR RevRec"], // row 2: not a compared month
  ["T1", "Sales", M, 200, "DPOR"], // row 3: under both thresholds
  ["T2", "Sales", M, 250, "DPOR"], // row 4: at the SMB threshold, under Enterprise's
  ["T3", "Power BI", M, 1000, "CPOR RevRec"], // rows 5, 6: $1,500 summed, at the Enterprise threshold
  ["T3", "Power BI", M, 500, "CPOR OSA"],
  ["T4", "Finance", M, 6000, "CSP Tier 1"], // rows 7, 8: over $5,000 in both months
  ["T4", "Finance", P, 5500, "CSP Tier 1"],
  ["T5", "Sales", M, 3000, "CPOR OSU"], // row 9: OSU is customer success, not net customer adds
  ["T6", "Azure", M, 3000, "DPOR"], // row 10: not a Business Applications workload
  ["T7", "Sales", M, 100, "DPOR"], // rows 11, 12: $150 summed
  ["T7", "Sales Enterprise", M, 50, "DPOR"],
  ["T1", "Sales", "Nov-2025", 3000, "DPOR"], // row 13: after the as-of month
  ["T8", "Sales", M, "lots" as unknown as number, "DPOR"], // row 14: skipped by the reader
];

const usage: BizUsageRow[] = [
  ["U1", "Power BI", M, 30, "PAL"], // row 2: 6,000 MCV: an SMB deployment, not an Enterprise one
  ["U2", "Business Central", M, 10, "DPOR"], // row 3: 10,000 MCV: a deployment on both tracks
  ["U2", "Business Central", P, 4, "DPOR"], // row 4: baseline, 4,000 MCV
  ["U3", "Power BI", M, 100, "PAL", "Trial"], // row 5: trial
  ["U4", "Power BI", M, 10, "DPOR"], // row 6: Power BI counts under PAL only
  ["U5", "Marketing", M, 10, "DPOR"], // row 7: no rate
  ["U1", "Power BI", "Mar-2025", 30, "PAL"], // row 8: not compared
];

const result = scoreBizApps({ revenue, usage }, { asOf: "2025-10", rows: true });
const rows = result.report.rows!;
const at = (layout: string, row: number): RowFlags => {
  const found = rows.find((r) => r.layout === layout && r.row === row);
  if (!found) throw new Error(`no ${layout} row ${row}`);
  return found;
};
const rev = (row: number) => at("bizapps-revenue", row);
const use = (row: number) => at("bizapps-usage", row);
const table = (layout: string) => result.report.flagTables!.find((t) => t.layout === layout)!;

describe("Business Applications revenue row flags", () => {
  test("the table: what the row counts toward, why not, then the thresholds of the rule set", () => {
    expect(table("bizapps-revenue").columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["SPD Counts toward", "@"],
      ["SPD Reason", "@"],
      ["SPD Eligible workload", "@"],
      ["SPD Association", "@"],
      ["SPD Tenant workload revenue", "$#,##0"],
      ["SPD Revenue ≥ $1,500 (Enterprise)", "@"],
      ["SPD Revenue ≥ $250 (SMB)", "@"],
      ["SPD Revenue > $5,000 both months (Enterprise classification)", "@"],
    ]);
    for (const c of table("bizapps-revenue").columns) expect(c.meaning).toMatch(/\.$/);
  });

  test("a row outside the compared months decides nothing, and no detail is filled", () => {
    expect(rev(2)).toMatchObject({ countsToward: [], reason: "Not a compared month: the score compares Oct-2025 with Oct-2024.", cells: {} });
    expect(rev(13)).toMatchObject({ countsToward: [], reason: "After the as-of month Oct-2025: not read.", cells: {} });
  });

  test("a tenant workload under both thresholds says its revenue and both thresholds", () => {
    expect(rev(3)).toEqual({
      layout: "bizapps-revenue",
      file: "bizapps-revenue.csv",
      row: 3,
      countsToward: [],
      reason: "Revenue $200 in Oct-2025 is under every track's monthly threshold (Enterprise: at least $1,500; SMB: at least $250).",
      cells: {
        "bizapps-nca-workload": "Sales",
        "bizapps-revenue-association": "DPOR",
        "bizapps-workload-revenue": 200,
        "bizapps-enterprise-nca-revenue": "No",
        "bizapps-smb-nca-revenue": "No",
        "bizapps-classification": "No",
      },
    });
    // $100 + $50 of one tenant's Sales ("Sales Enterprise" is Sales) are one tenant workload of $150.
    expect(rev(11).reason).toBe(
      "Revenue $150 in Oct-2025 (2 rows of the tenant's Sales summed) is under every track's monthly threshold (Enterprise: at least $1,500; SMB: at least $250)."
    );
    expect(rev(12).cells["bizapps-workload-revenue"]).toBe(150);
  });

  test("at a threshold counts: $250 for SMB only, $1,500 (two rows summed) for both tracks", () => {
    expect(rev(4)).toMatchObject({ countsToward: ["Business Applications SMB: net customer adds"], reason: "" });
    expect(rev(4).cells).toMatchObject({ "bizapps-enterprise-nca-revenue": "No", "bizapps-smb-nca-revenue": "Yes" });
    expect(rev(5).countsToward).toEqual(["Business Applications: net customer adds"]);
    expect(rev(6)).toMatchObject({
      countsToward: ["Business Applications: net customer adds"],
      cells: { "bizapps-workload-revenue": 1500, "bizapps-enterprise-nca-revenue": "Yes" },
    });
  });

  test("over $5,000 in both months: net customer adds and the Enterprise classification (the baseline row says so)", () => {
    expect(rev(7).countsToward).toEqual(["Business Applications: net customer adds, Enterprise classification"]);
    expect(rev(8).countsToward).toEqual(["Business Applications: net customer adds (baseline Oct-2024), Enterprise classification (baseline Oct-2024)"]);
    expect(rev(8).cells).toMatchObject({ "bizapps-workload-revenue": 5500, "bizapps-classification": "Yes" });
  });

  test("an association or a workload that does not count says so; skipped rows say why", () => {
    expect(rev(9)).toMatchObject({
      countsToward: [],
      reason:
        'Association "CPOR OSU" does not count for net customer adds (eligible: CPOR RevRec, CPOR OSA, CPOR RevRec Performance, CSP Tier 1, CSP Tier 2, DPOR).',
      cells: { "bizapps-revenue-association": "CPOR OSU" },
    });
    expect(rev(9).cells["bizapps-workload-revenue"]).toBeUndefined();
    expect(rev(10)).toMatchObject({
      reason: 'Workload "Azure" is not on the Business Applications net-customer-adds list.',
      cells: { "bizapps-nca-workload": "No" },
    });
    expect(rev(14).reason).toMatch(/^Skipped: AdjustedRevenueAmtCD "lots" is not an amount in USD/);
  });

  test("flagCells writes the row in the table's column order", () => {
    expect(flagCells(table("bizapps-revenue"), rev(4))).toEqual(["Business Applications SMB: net customer adds", "", "Sales", "DPOR", 250, "No", "Yes", "No"]);
  });
});

describe("Business Applications usage row flags", () => {
  test("the table", () => {
    expect(table("bizapps-usage").columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["SPD Counts toward", "@"],
      ["SPD Reason", "@"],
      ["SPD Rate-card workload", "@"],
      ["SPD Association", "@"],
      ["SPD Row MCV (usage × rate)", "#,##0"],
      ["SPD Tenant workload MCV", "#,##0"],
      ["SPD Deployment, MCV ≥ 10,000 (Enterprise)", "@"],
      ["SPD Deployment, MCV ≥ 5,000 (SMB)", "@"],
    ]);
  });

  test("6,000 MCV: usage growth on both tracks, a deployment for SMB only", () => {
    expect(use(2)).toMatchObject({
      countsToward: ["Business Applications Enterprise: usage growth", "Business Applications SMB: usage growth, deployments"],
      reason: "",
      cells: {
        "bizapps-rate-card-workload": "Power BI",
        "bizapps-row-mcv": 6000,
        "bizapps-workload-mcv": 6000,
        "bizapps-enterprise-deployment": "No",
        "bizapps-smb-deployment": "Yes",
      },
    });
  });

  test("10,000 MCV counts toward two metrics on both tracks; the baseline row names its month", () => {
    expect(use(3).countsToward).toEqual(["Business Applications: usage growth, deployments"]);
    expect(use(4).countsToward).toEqual(["Business Applications: usage growth (baseline Oct-2024)"]);
    expect(use(4).cells).toMatchObject({ "bizapps-workload-mcv": 4000, "bizapps-enterprise-deployment": "No", "bizapps-smb-deployment": "No" });
  });

  test("a trial, an association that does not count for the workload, a workload without a rate, a month not compared", () => {
    expect(use(5)).toMatchObject({ countsToward: [], reason: "Trial usage (MetricType): only paid usage counts." });
    expect(use(5).cells["bizapps-row-mcv"]).toBeUndefined();
    expect(use(6)).toMatchObject({
      countsToward: [],
      reason: 'Association "DPOR" does not count for Power Platform and Customer Insights usage (eligible: PAL).',
    });
    expect(use(7)).toMatchObject({
      countsToward: [],
      reason: 'Workload "Marketing" has no rate on the rate card: it adds no MCV.',
      cells: { "bizapps-rate-card-workload": "No" },
    });
    expect(use(8)).toMatchObject({ countsToward: [], reason: "Not a compared month: the score compares Oct-2025 with Oct-2024.", cells: {} });
  });

  test("without the rows option no flags are computed", () => {
    expect(scoreBizApps({ revenue, usage }, { asOf: "2025-10" }).report.rows).toBeUndefined();
  });
});

import { InputCollector, flagCells, readCsvText, scoreDesignations, type RowFlags } from "../../../src/engine";
import { skillingCsv, usageCsv } from "../../helpers/score";
import { azureCsv, monthly } from "../../helpers/azure";
import { revenueCsv } from "../../helpers/bizApps";

// As of Oct-2025: Modern Work, the three Azure designations (2023 rules) and Business Applications (2023 rules) are scored.
function read() {
  const c = new InputCollector();
  readCsvText(c, "usage.csv", usageCsv([["T1", "CSP Tier 1", "Exchange", "Oct-2025", 5, 20]]));
  readCsvText(c, "azure.csv", azureCsv(monthly("A", "Storage", "2024-09", "2025-10", 2000)));
  readCsvText(c, "revenue.csv", revenueCsv([["B1", "Sales", "Oct-2025", 2000, "DPOR"]]));
  readCsvText(
    c,
    "skilling.csv",
    skillingCsv([
      ["Ana", "Microsoft 365 Certified: Teams Administrator Associate"], // row 2
      ["Quentin", "Microsoft Certified: Azure Administrator Associate"], // row 3
      ["Aiko", "Microsoft Certified: Azure Network Engineer Associate", "2023-01-01", "2025-09-19"], // row 4: expired
      ["Bo", "Certified Kubernetes Administrator"], // row 5: on no list
      ["ana", "Microsoft 365 Certified: Endpoint Administrator Associate"], // row 6: Ana's second Modern Work certification
      ["Cleo", "Microsoft Certified: Dynamics 365 Customer Service Functional Consultant Associate"], // row 7: retired 30 Jun 2023, counted until 30 Jun 2024
      ["Dan", "Microsoft 365 Certified: Teams Administrator Associate", "2025-11-12"], // row 8: completed after the as-of month
      ["Eve", "Microsoft 365 Certified: Teams Administrator Associate", "2023-01-01", "3 Mar 2025"], // row 9: expired, the day kept
      ["Fay", "Microsoft 365 Certified: Administrator Expert"], // row 10: advanced
      ["", "Microsoft 365 Certified: Teams Administrator Associate"], // row 11: skipped
      ["Gus", "Microsoft 365 Certified: Teams Administrator Associate", "someday"], // row 12: skipped
    ])
  );
  return c.result();
}

const input = read();
const { report } = scoreDesignations(input, { asOf: "2025-10", rows: true });
const skilling = report.rows!.filter((r) => r.layout === "skilling");
const row = (n: number): RowFlags => skilling.find((r) => r.row === n)!;
const table = report.flagTables!.find((t) => t.layout === "skilling")!;

describe("skilling row flags: the lists and steps each row counts toward, its level and status", () => {
  test("the table: counts toward, reason, level, status, once per person", () => {
    expect(table.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["SPD Counts toward", "@"],
      ["SPD Reason", "@"],
      ["SPD Level", "@"],
      ["SPD Status in the as-of month", "@"],
      ["SPD Counted once per person", "@"],
    ]);
  });

  test("a Modern Work certification counts for Modern Work; an Azure Administrator for the three Azure designations' prerequisite steps", () => {
    expect(row(2)).toMatchObject({
      file: "skilling.csv",
      countsToward: ["Modern Work: intermediate"],
      reason: "",
      cells: { "skilling-level": "intermediate", "skilling-status": "Valid" },
    });
    // 2023 Azure rules: Data & AI's Step 2 and Infrastructure / Digital & App Innovation intermediate Step 1 (RULES.md §4.6).
    expect(row(3).countsToward).toEqual([
      "Data & AI: intermediate, Step 2",
      "Infrastructure: intermediate, Step 1",
      "Digital & App Innovation: intermediate, Step 1",
    ]);
    expect(row(10)).toMatchObject({ countsToward: ["Modern Work: advanced"], cells: { "skilling-level": "advanced", "skilling-status": "Valid" } });
  });

  test("an expired certification says the expiry date, to the day", () => {
    expect(row(4)).toMatchObject({
      countsToward: [],
      reason: "Does not count: expired 19 Sep 2025, before the as-of month Oct-2025.",
      cells: { "skilling-status": "Expired 19 Sep 2025" },
    });
    expect(row(9)).toMatchObject({ countsToward: [], reason: "Does not count: expired 3 Mar 2025, before the as-of month Oct-2025." });
    expect(flagCells(table, row(9))).toEqual([
      "",
      "Does not count: expired 3 Mar 2025, before the as-of month Oct-2025.",
      "intermediate",
      "Expired 3 Mar 2025",
      null,
    ]);
  });

  test("a retired certification says until when it counted", () => {
    expect(row(7)).toMatchObject({
      countsToward: [],
      reason: "Does not count: retired, counted until 30 Jun 2024.",
      cells: { "skilling-level": "intermediate", "skilling-status": "Retired (counted until 30 Jun 2024)" },
    });
  });

  test("one completed after the as-of month does not count yet", () => {
    expect(row(8)).toMatchObject({
      countsToward: [],
      reason: "Does not count: completed 12 Nov 2025, after the as-of month Oct-2025.",
      cells: { "skilling-status": "Not yet (completed 12 Nov 2025, after the as-of month)" },
    });
  });

  test("a person with two certifications on one list: each row counts, and each names the other (a person counts once)", () => {
    expect(row(2).countsToward).toEqual(["Modern Work: intermediate"]);
    expect(row(6).countsToward).toEqual(["Modern Work: intermediate"]);
    expect(row(2).cells["skilling-once"]).toBe("Counted once per person: also counted on row 6");
    expect(row(6).cells["skilling-once"]).toBe("Counted once per person: also counted on row 2");
    expect(row(3).cells["skilling-once"]).toBeUndefined();
  });

  test("a certification on no list says that, with no detail; skipped rows say why", () => {
    expect(row(5)).toMatchObject({
      countsToward: [],
      reason: '"Certified Kubernetes Administrator" is on no certification list of the designations scored.',
      cells: {},
    });
    expect(row(11).reason).toBe("Skipped: Individual name is empty; the row was skipped.");
    expect(row(12).reason).toBe('Skipped: Completion date "someday" is not a date; the row was skipped. Fix the cell and score again.');
  });

  test("a count typed in for a designation replaces the export there: its rows say so", () => {
    const typed = scoreDesignations(input, { asOf: "2025-10", rows: true, intermediate: 3 }).report.rows!;
    expect(typed.find((r) => r.layout === "skilling" && r.row === 2)).toMatchObject({
      countsToward: [],
      reason: "Does not count: the Modern Work intermediate count was typed in, which replaces the export.",
    });
  });
});

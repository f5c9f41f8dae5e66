import { InputCollector, readCsvText, scoreDesignations, skillingRowFlags, parseIsoMonth } from "../../../src/engine";
import { skillingCsv, usageCsv } from "../../helpers/score";
import { azureCsv, monthly } from "../../helpers/azure";

describe("skilling row flags: which designations' certification steps each row counts toward", () => {
  const c = new InputCollector();
  readCsvText(c, "usage.csv", usageCsv([["T1", "CSP Tier 1", "Exchange", "Oct-2025", 5, 20]]));
  readCsvText(c, "azure.csv", azureCsv(monthly("A", "Storage", "2024-09", "2025-10", 2000)));
  readCsvText(
    c,
    "skilling.csv",
    skillingCsv([
      ["Ana", "Microsoft 365 Certified: Teams Administrator Associate"],
      ["Quentin", "Microsoft Certified: Azure Administrator Associate"],
      ["Aiko", "Microsoft Certified: Azure Network Engineer Associate", "2023-01-01", "2025-09-19"],
      ["Bo", "Certified Kubernetes Administrator"],
    ]),
  );
  const input = c.result();
  const { outcomes } = scoreDesignations(input, { asOf: "2025-10" });
  const flags = skillingRowFlags(input, outcomes, parseIsoMonth("2025-10")!);

  test("a Modern Work certification counts for Modern Work; an Azure Administrator for the three Azure designations' prerequisite steps", () => {
    expect(flags[0]).toEqual({ file: "skilling.csv", row: 2, countsToward: ["Modern Work: intermediate"], reason: "" });
    // 2023 Azure rules: Data & AI's Step 2 and Infrastructure / Digital & App Innovation intermediate Step 1 (RULES.md §4.6).
    expect(flags[1].countsToward).toEqual(["Data & AI: intermediate, Step 2", "Infrastructure: intermediate, Step 1", "Digital & App Innovation: intermediate, Step 1"]);
  });

  test("an expired certification says so; one on no list says that", () => {
    expect(flags[2]).toMatchObject({ countsToward: [], reason: "Does not count: expired Sep-2025." });
    expect(flags[3].reason).toBe('"Certified Kubernetes Administrator" is on no certification list of the designations scored.');
  });
});

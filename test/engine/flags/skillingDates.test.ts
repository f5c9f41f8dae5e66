import { InputCollector, readCsvText, scoreDesignations } from "../../../src/engine";
import { skillingCsv, usageCsv } from "../../helpers/score";

// The skilling reader keeps months; the status keeps the day the export gave, however it wrote the date.
describe("skilling status: the expiry date as the export gave it", () => {
  const cert = "Microsoft 365 Certified: Teams Administrator Associate";
  const c = new InputCollector();
  readCsvText(c, "usage.csv", usageCsv([["T1", "CSP Tier 1", "Exchange", "Oct-2025", 5, 20]]));
  readCsvText(
    c,
    "skilling.csv",
    skillingCsv([
      ["A", cert, "2023-01-01", "45719"], // Excel serial: 3 Mar 2025
      ["B", cert, "2023-01-01", "15/3/2025"], // d/m/yyyy
      ["C", cert, "2023-01-01", "3/15/2025"], // m/d/yyyy
      ["D", cert, "2023-01-01", "1/3/2025"], // the first of March, as parseMonth reads it
      ["E", cert, "2023-01-01", "2025-03"], // a month only
    ])
  );
  const rows = scoreDesignations(c.result(), { asOf: "2025-10", rows: true }).report.rows!.filter((r) => r.layout === "skilling");

  test.each([
    [2, "Expired 3 Mar 2025"],
    [3, "Expired 15 Mar 2025"],
    [4, "Expired 15 Mar 2025"],
    [5, "Expired 1 Mar 2025"],
    [6, "Expired Mar 2025"],
  ])("row %i: %s", (row, status) => {
    expect(rows.find((r) => r.row === row)!.cells["skilling-status"]).toBe(status);
  });
});

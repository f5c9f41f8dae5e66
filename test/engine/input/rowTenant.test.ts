/**
 * A run of rows with the same tenant cells is read once (RowTenant): the tenants, their numbering and
 * every warning come out as when each row's cells were read on their own.
 */
import { InputCollector, readCsvText } from "../../../src/engine";
import { lastCellMemo } from "../../../src/engine/input/rowCaches";

const HEADER = "CustomerTenantId,CustomerName,PartnerAssociationType,WorkloadName,Month,MonthlyActiveUsers,PaidAvailableUnits";
const A = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
const B = "3f2504e0-4f89-11d3-9a0c-0305e82c3302";

function read(lines: string[]) {
  const collector = new InputCollector();
  readCsvText(collector, "u.csv", [HEADER, ...lines].join("\n"));
  return collector.result();
}

const row = (id: string, name: string, month = "2025-10", workload = "Exchange") => `${id},${name},CSP Tier1,${workload},${month},10,12`;

describe("tenant cells read once per run of rows", () => {
  it("names every row whose id or name holds an invisible character, not only the first of a run", () => {
    const hidden = A.replace("-4f89", "-\u200b4f89");
    const input = read([
      row(hidden, "Contoso"),
      row(hidden, "Contoso", "2025-10", "Teams"),
      row(A, "Contoso", "2025-10", "SharePoint"),
      row(hidden, "Contoso", "2024-10"),
      row(B, "Fabrikam\u200b"),
      row(B, "Fabrikam\u200b", "2024-10"),
    ]);
    expect(input.usage.tenants).toEqual([
      { key: A, name: "Contoso" },
      { key: B, name: "Fabrikam" },
    ]);
    expect(input.usage.records.map((r) => r.tenant)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(input.issues.filter((i) => i.cause === "invisible-character").map((i) => [i.row, i.column])).toEqual([
      [2, "CustomerTenantId"],
      [3, "CustomerTenantId"],
      [5, "CustomerTenantId"],
      [6, "CustomerName"],
      [7, "CustomerName"],
    ]);
  });

  it("numbers tenants in the order their first kept row comes, across runs and spellings", () => {
    const input = read([row(B, "Fabrikam", "Foo-2025"), row(A, "Contoso"), row(B, "Fabrikam"), row(A.toUpperCase(), "CONTOSO"), row(A, "Contoso")]);
    // B's first row is skipped (its month), so A is the first tenant; A's upper-case spelling is A.
    expect(input.usage.tenants).toEqual([
      { key: A, name: "Contoso" },
      { key: B, name: "Fabrikam" },
    ]);
    expect(input.usage.records.map((r) => [r.row, r.tenant])).toEqual([
      [3, 0],
      [4, 1],
      [5, 0],
      [6, 0],
    ]);
  });

  it("reads a row with no id by its name, and skips a row with neither, within a run", () => {
    const input = read([row("", "Northwind"), row("", "Northwind", "2024-10"), row("", ""), row("", "Northwind", "2025-09")]);
    expect(input.usage.tenants).toEqual([{ key: "Northwind", name: "Northwind" }]);
    expect(input.usage.records.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(input.usage.rejected.map((r) => r.row)).toEqual([4]);
  });
});

describe("lastCellMemo", () => {
  it("reads a cell again only when it differs from the last one, a first NaN included", () => {
    const seen: unknown[] = [];
    const of = lastCellMemo((cell) => (seen.push(cell), String(cell)));
    expect([NaN, NaN, "a", "a", "b", "a", 1, 1].map(of)).toEqual(["NaN", "NaN", "a", "a", "b", "a", "1", "1"]);
    expect(seen).toEqual([NaN, NaN, "a", "b", "a", 1]);
  });
});

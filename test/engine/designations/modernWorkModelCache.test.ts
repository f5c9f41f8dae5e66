/**
 * The usage model is built once per export and rule set (history scores six months of one export);
 * the as-of month is part of the key only when rows carry a claim month, the one thing it decides.
 */
import { InputCollector, readCsvText, scoreDesignations } from "../../../src/engine";
import { buildUsageModel } from "../../../src/engine/designations/modern-work/usageModel";
import { modernWork2023 } from "../../../src/engine/designations/modern-work/rules2023";
import { parseIsoMonth } from "../../../src/engine/parse/months";
import { usageCsv, type UsageRow } from "../../helpers/score";

function usage(rows: UsageRow[]) {
  const c = new InputCollector();
  readCsvText(c, "usage.csv", usageCsv(rows));
  return c.result().usage;
}

const OCT = parseIsoMonth("2025-10")!;
const SEP = parseIsoMonth("2025-09")!;

describe("the Modern Work usage model", () => {
  it("is one model for every as-of month of an export without claim months", () => {
    const data = usage([
      ["A", "CSP Tier 1", "Exchange", "Oct-2024", 50, 100],
      ["A", "CSP Tier 1", "Exchange", "Oct-2025", 60, 100],
    ]);
    expect(buildUsageModel(data, modernWork2023, OCT)).toBe(buildUsageModel(data, modernWork2023, SEP));
  });

  it("is the as-of month's own when rows carry a claim month, and reads that month's claim", () => {
    const data = usage([
      ["A", "CSP Tier 1", "Exchange", "Sep-2025", 50, 100, "2025-03-01"],
      ["A", "CSP Tier 1", "Exchange", "Oct-2025", 60, 100, "2025-06-01"],
    ]);
    const oct = buildUsageModel(data, modernWork2023, OCT);
    expect(buildUsageModel(data, modernWork2023, OCT)).toBe(oct);
    const sep = buildUsageModel(data, modernWork2023, SEP);
    expect(sep).not.toBe(oct);
    expect(oct.groups[0].claimMonth).toBe(parseIsoMonth("2025-06"));
    expect(sep.groups[0].claimMonth).toBe(parseIsoMonth("2025-03"));
    // Only the last model is kept (a model per month of a large export would be a lot to hold).
    expect(buildUsageModel(data, modernWork2023, SEP)).toBe(sep);
    expect(buildUsageModel(data, modernWork2023, OCT)).not.toBe(oct);
  });

  it("is built again when rows are added to the export", () => {
    const data = usage([["A", "CSP Tier 1", "Exchange", "Oct-2025", 60, 100]]);
    const before = buildUsageModel(data, modernWork2023, OCT);
    data.records.push({ ...data.records[0], tenant: 0, month: OCT - 12, mau: 10 });
    const after = buildUsageModel(data, modernWork2023, OCT);
    expect(after).not.toBe(before);
    expect(after.groups[0].has(OCT - 12)).toBe(true);
  });

  it("gives the history the same scores as scoring each month on its own", () => {
    const rows: UsageRow[] = [];
    for (let t = 0; t < 30; t++)
      for (const month of ["Apr-2025", "May-2025", "Jun-2025", "Jul-2025", "Aug-2025", "Sep-2025", "Oct-2025", "Oct-2024", "Jun-2024"])
        rows.push([`T${t}`, t % 3 ? "CSP Tier 1" : "DPOR", t % 2 ? "Exchange" : "Teams", month, 20 + ((t * 7) % 40), 40 + (t % 5) * 100]);
    const c = new InputCollector();
    readCsvText(c, "usage.csv", usageCsv(rows));
    const input = c.result();
    const months = ["2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10"];
    // Scored in turn on one input (the cache shared), then each on an input of its own (nothing shared).
    const shared = months.map((asOf) => scoreDesignations(input, { asOf, designations: ["modern-work"] }).report.designations[0]);
    const alone = months.map((asOf) => {
      const own = new InputCollector();
      readCsvText(own, "usage.csv", usageCsv(rows));
      return scoreDesignations(own.result(), { asOf, designations: ["modern-work"] }).report.designations[0];
    });
    expect(shared).toEqual(alone);
    expect(new Set(shared.map((d) => d.total)).size).toBeGreaterThan(1);
  });
});

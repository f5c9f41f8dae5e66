/**
 * The history over the checked-in samples. Only the Azure export (Nov-2023 … Oct-2025) is asserted on
 * in detail: the Modern Work sample is being extended to monthly rows, so its months are not relied on.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputCollector, readCsvText, scoreDesignations } from "../../../src/engine";
import { scoreHistory } from "../../../src/engine/history";

const samplesDir = resolve(__dirname, "..", "..", "..", "samples");

function samples() {
  const c = new InputCollector();
  for (const name of readdirSync(samplesDir)
    .filter((n) => n.endsWith(".csv"))
    .sort())
    readCsvText(c, name, readFileSync(join(samplesDir, name), "utf8"));
  return c.result();
}

const AZURE = ["data-ai", "infrastructure", "digital-app-innovation"] as const;

describe("scoreHistory over samples/*.csv", () => {
  const input = samples();
  const history = scoreHistory(input, { asOf: "2025-10" });

  test("the window is May-2025 … Oct-2025, and every Azure month has its data (the export starts Nov-2023, 13 months before Dec-2024)", () => {
    expect([history.from, history.to]).toEqual(["2025-05", "2025-10"]);
    for (const id of AZURE) {
      const d = history.designations.find((x) => x.id === id)!;
      expect(d.months.map((m) => [m.month, m.available, m.ruleSet])).toEqual(
        ["2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10"].map((m) => [m, true, `${id}-2023`])
      );
    }
  });

  test("each month's row is what scoring that month alone gives", () => {
    for (const month of ["2025-05", "2025-07", "2025-10"]) {
      const { report } = scoreDesignations(input, { asOf: month });
      for (const id of AZURE) {
        const alone = report.designations.find((d) => d.id === id)!;
        const row = history.designations.find((d) => d.id === id)!.months.find((m) => m.month === month)!;
        const counting = alone.tracks.find((t) => t.id === alone.countingTrack)!;
        expect([row.total, row.status, row.qualified]).toEqual([alone.total, alone.status, alone.qualified]);
        expect(row.metrics.map((m) => m.points)).toEqual(counting.metrics.map((m) => m.points));
      }
    }
  });

  test("Infrastructure qualifies from Jul-2025 (net customer adds reach 30 points), Data & AI and Digital & App Innovation never do", () => {
    const byId = Object.fromEntries(history.designations.map((d) => [d.id, d]));
    expect(byId.infrastructure.qualifiedMonths).toEqual(["2025-07", "2025-08", "2025-09", "2025-10"]);
    expect(byId.infrastructure.months.map((m) => m.metrics.find((x) => x.id === "net-customer-adds")!.points)).toEqual([10, 10, 30, 30, 30, 30]);
    expect(byId["data-ai"].qualifiedInWindow).toBe(false);
    expect(byId["digital-app-innovation"].qualifiedInWindow).toBe(false);
  });

  test("a month of every other designation is available exactly when each export it reads has rows in the month and 12 months before", () => {
    // Independent of how the other samples grow: read the months straight from the parsed rows.
    const months = (records: { month: number }[] | undefined) => new Set((records ?? []).map((r) => r.month));
    const m365 = months(input.usage.records);
    const exports = {
      "modern-work": [m365],
      security: [months(input.azure?.records), m365],
      "business-applications": [months(input.bizAppsRevenue?.records), months(input.bizAppsUsage?.records)],
    };
    for (const [id, sets] of Object.entries(exports)) {
      const d = history.designations.find((x) => x.id === id)!;
      for (const row of d.months) {
        const [y, m] = row.month.split("-").map(Number);
        const index = y * 12 + m - 1;
        expect([id, row.month, row.available]).toEqual([id, row.month, sets.every((s) => s.has(index) && s.has(index - 12))]);
      }
    }
  });
});

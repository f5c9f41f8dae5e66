import { metric, monthly, scoreAzure, warning, warningCodes, type AzureTuple } from "../../helpers/azure";

// As-of Oct-2025: the baseline month is Oct-2024. Sep-2024 and Sep-2025 rows keep every month NCA reads present.
const frame: AzureTuple[] = [
  ["Frame", "Storage", "2024-09", 0],
  ["Frame", "Storage", "2025-09", 0],
];

describe("Azure usage growth (1 point per 1 %, max 20)", () => {
  test("growth of exactly 20 % earns 20 points, from single months across the whole customer base", () => {
    const r = scoreAzure({
      rows: [
        ...frame,
        ["A", "Storage", "2024-10", 600],
        ["B", "Virtual Machines", "2024-10", 400], // VMs count for usage growth
        ["A", "Storage", "2025-10", 700],
        ["B", "Virtual Machines", "2025-10", 500],
      ],
    });
    // Baseline 600 + 400 = 1,000; now 700 + 500 = 1,200; (1,200 − 1,000) × 100 / 1,000 = 20 % → 20 points.
    const g = metric(r, "usage-growth");
    expect(g.value).toBe(20);
    expect(g.points).toBe(20);
    expect(g.gaps).toEqual([]);
  });

  test("partial growth scores pro rata; a fall scores 0", () => {
    const up = scoreAzure({ rows: [...frame, ["A", "Storage", "2024-10", 8000], ["A", "Storage", "2025-10", 9000]] });
    // (9,000 − 8,000) × 100 / 8,000 = 12.5 % → 12.5 points; 7.5 more for full points.
    expect(metric(up, "usage-growth").points).toBeCloseTo(12.5, 10);
    expect(metric(up, "usage-growth").gaps[0].text).toBe("8 more percentage points of ACR growth: +7.5 points");
    const down = scoreAzure({ rows: [...frame, ["A", "Storage", "2024-10", 8000], ["A", "Storage", "2025-10", 6000]] });
    expect(metric(down, "usage-growth").value).toBeCloseTo(-25, 10); // (6,000 − 8,000) / 8,000 = −25 %
    expect(metric(down, "usage-growth").points).toBe(0);
  });

  test("a baseline under $1,000 scores 0 with a gap and a warning; exactly $1,000 scores", () => {
    const under = scoreAzure({ rows: [...frame, ["A", "Storage", "2024-10", 999.99], ["A", "Storage", "2025-10", 5000]] });
    const g = metric(under, "usage-growth");
    expect(g.points).toBe(0);
    expect(g.gaps).toHaveLength(1);
    expect(g.gaps[0].text).toBe("Baseline ACR in Oct-2024 is $999.99, under the $1,000 minimum: usage growth scores 0 until the baseline reaches $1,000");
    expect(warning(under, "azure-growth-baseline")).toBe(
      "Infrastructure: usage growth scores 0: ACR in Oct-2024 (the baseline) is $999.99, under the $1,000 minimum."
    );

    const exact = scoreAzure({ rows: [...frame, ["A", "Storage", "2024-10", 1000], ["A", "Storage", "2025-10", 1050]] });
    expect(metric(exact, "usage-growth").points).toBeCloseTo(5, 10); // 50 / 1,000 = 5 %
    expect(warningCodes(exact)).not.toContain("azure-growth-baseline");
  });

  test("credits (negative ACR) are netted in and reported", () => {
    const r = scoreAzure({
      rows: [...frame, ["A", "Storage", "2024-10", 1000], ["A", "Storage", "2025-10", 1300], ["A", "Storage", "2025-10", -200]],
    });
    // Now 1,300 − 200 = 1,100 → 10 %.
    expect(metric(r, "usage-growth").points).toBeCloseTo(10, 10);
    expect(warning(r, "azure-negative-acr")).toBe("Infrastructure: 1 row has negative ACR (credits); they are included in the sums.");
  });

  test("growth-ttm compares trailing-12-month sums instead", () => {
    const rows = [...monthly("A", "Storage", "2023-11", "2025-09", 1000), ["A", "Storage", "2025-10", 1200] as AzureTuple];
    // Single months: Oct-2024 1,000 → Oct-2025 1,200 = 20 % → 20 points.
    expect(metric(scoreAzure({ rows }), "usage-growth").points).toBeCloseTo(20, 10);
    // TTM: Nov-2023..Oct-2024 = 12,000; Nov-2024..Oct-2025 = 11 × 1,000 + 1,200 = 12,200 → 200 / 12,000 = 1.667 %.
    const ttm = scoreAzure({ rows }, { options: ["growth-ttm"] });
    expect(metric(ttm, "usage-growth").value).toBeCloseTo(100 / 60, 10);
    expect(metric(ttm, "usage-growth").points).toBeCloseTo(100 / 60, 10);
    expect(warningCodes(ttm)).not.toContain("azure-ttm-baseline-partial");
  });

  test("growth-ttm warns when the export does not reach back to the baseline TTM's first month", () => {
    const r = scoreAzure({ rows: monthly("A", "Storage", "2024-01", "2025-10", 1000) }, { options: ["growth-ttm"] });
    expect(warning(r, "azure-ttm-baseline-partial")).toMatch(/export starts after Nov-2023: the baseline TTM \(Nov-2023 to Oct-2024\) is partial/);
  });
});

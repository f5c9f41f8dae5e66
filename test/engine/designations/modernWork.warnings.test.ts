import { score, skillingCsv, type UsageRow } from "../../helpers/score";

const rows: UsageRow[] = [["A", "CSP Tier1", "Exchange", "Oct-2025", 10, 20]];
const warning = (r: ReturnType<typeof score>, code: string) => r.report.warnings.find((w) => w.code === code)?.message;

describe("Modern Work warnings", () => {
  test("no skilling export and no counts: the shared no-skilling warning", () => {
    expect(warning(score(rows), "no-skilling")).toBe(
      "Modern Work: no skilling export and no certified-people counts: its certification metrics score 0. Add the skilling export or give the counts."
    );
    expect(warning(score(rows, { intermediate: 1 }), "no-skilling")).toBeUndefined();
    expect(warning(score(rows, {}, skillingCsv([["Ana", "Microsoft 365 Fundamentals"]])), "no-skilling")).toBeUndefined();
  });

  test("counts given with a skilling export: the shared counts-override-skilling warning", () => {
    const r = score(rows, { advanced: 2 }, skillingCsv([["Ana", "Microsoft 365 Fundamentals"]]));
    expect(warning(r, "counts-override-skilling")).toMatch(/^Modern Work: certified-people counts given as options replace those from the skilling export/);
  });

  test("the baseline month is the rule set's trailingMonths before the as-of month", () => {
    expect(warning(score(rows, { asOf: "2025-10" }), "no-baseline-rows")).toBe(
      "The usage export has no rows for Oct-2024, 12 months before Oct-2025: every eligible tenant counts as a new customer and all usage as growth. Download the export covering the trailing 12 months."
    );
  });
});

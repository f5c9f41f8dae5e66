/** --anniversary: one date for every designation, or DESIGNATION=YYYY-MM-DD per designation (Partner Center keeps one each). */
import { parseCli, type CliOptions } from "../../src/cli/args";

const parse = (...extra: string[]) => parseCli(["score", "x.csv", "--history", ...extra]) as CliOptions;

describe("--anniversary", () => {
  test("one date for all, as before", () => {
    expect(parse("--anniversary", "2026-03-15")).toMatchObject({ anniversary: "2026-03-15", anniversaries: {} });
  });

  test("per designation, repeatable, beside a date for the others", () => {
    const cli = parse("--anniversary", "security=2026-03-15", "--anniversary", "Data-AI=2026-01-10", "--anniversary", "2026-06-01");
    expect(cli.anniversary).toBe("2026-06-01");
    expect(cli.anniversaries).toEqual({ security: "2026-03-15", "data-ai": "2026-01-10" });
  });

  test("mistakes are bad usage, saying which", () => {
    expect(() => parse("--anniversary", "cloud=2026-03-15")).toThrow(/--anniversary: unknown designation "cloud"/);
    expect(() => parse("--anniversary", "security=2026-03-15", "--anniversary", "security=2026-04-15")).toThrow("given twice");
    expect(() => parse("--anniversary", "2026-03-15", "--anniversary", "2026-04-15")).toThrow("give one date for all");
    expect(() => parseCli(["score", "x.csv", "--anniversary", "security=2026-03-15"])).toThrow(/only --history prints/);
  });
});

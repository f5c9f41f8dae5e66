import { USAGE, parseCli } from "../../src/cli/args";
import { DESIGNATIONS } from "../../src/engine";
import { scoreSecurity } from "../helpers/security";

describe("spd --help: the rule options", () => {
  const ids = [
    ...new Set(DESIGNATIONS.flatMap((d) => d.ruleSets.flatMap((r) => ("alternatives" in r ? (r.alternatives as { id: string }[]).map((a) => a.id) : [])))),
  ];

  test("lists every option id that --option accepts", () => {
    expect(ids).toEqual(
      expect.arrayContaining(["nca-either-month", "growth-ttm", "smb-under-1m", "nca-smb-500", "security-smb-drops-promoted", "security-smb-keeps-promoted"])
    );
    for (const id of ids) expect(USAGE).toContain(id);
  });

  test("says the old Security id is the default now and changes nothing", () => {
    expect(USAGE).toMatch(/security-smb-keeps-promoted[^\n]*(default|no effect|changes? nothing)/);
  });

  test("an old command line with --option security-smb-keeps-promoted still parses and scores", () => {
    const cli = parseCli(["score", "usage.csv", "--option", "security-smb-keeps-promoted"]);
    expect(cli !== "help" && cli.options).toEqual(["security-smb-keeps-promoted"]);
    const r = scoreSecurity({ m365: [["T", "CPOR", "Intune", "Oct-2026", 10, 20]] }, { asOf: "2026-10", options: ["security-smb-keeps-promoted"] });
    expect(r.report.designations[0].scored).toBe(true);
  });
});

describe("options that would be ignored or overruled are refused", () => {
  test.each([
    [
      ["--intermediate", "3", "--certified", "modern-work:intermediate=5"],
      /--intermediate 3 and --certified modern-work:intermediate=5 both give Modern Work's intermediate count; give it once/,
    ],
    [["--anniversary", "2026-03-15"], /--anniversary is for the renewal status, which only --history prints/],
    [["--today", "2026-03-15"], /--today is for the renewal status/],
    [["--track", "modern-work=smb"], /--track modern-work=…: Modern Work is never classified into a track \(it scores every track and counts the better\)/],
  ])("%p", (extra, message) => {
    expect(() => parseCli(["score", "x.csv", ...extra])).toThrow(message);
  });

  test("the same options are fine where they apply", () => {
    expect(() =>
      parseCli([
        "score",
        "x.csv",
        "--history",
        "--anniversary",
        "2026-03-15",
        "--track",
        "business-applications=smb",
        "--intermediate",
        "3",
        "--certified",
        "security:intermediate=2",
      ])
    ).not.toThrow();
  });
});

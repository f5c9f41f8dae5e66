import { USAGE, parseCli } from "../../src/cli/args";
import { DESIGNATIONS } from "../../src/engine";
import { scoreSecurity } from "../helpers/security";

describe("spd --help: the rule options", () => {
  const ids = [...new Set(DESIGNATIONS.flatMap((d) => d.ruleSets.flatMap((r) => ("alternatives" in r ? (r.alternatives as { id: string }[]).map((a) => a.id) : []))))];

  test("lists every option id that --option accepts", () => {
    expect(ids).toEqual(expect.arrayContaining(["nca-either-month", "growth-ttm", "smb-under-1m", "nca-smb-500", "security-smb-drops-promoted", "security-smb-keeps-promoted"]));
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

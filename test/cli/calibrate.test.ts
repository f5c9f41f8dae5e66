/**
 * `spd calibrate` as a child process: --observed parsing errors, the text and JSON reports, --save,
 * and --options-file in score, simulate and calibrate. Independent runs start together.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spd, type Run } from "../helpers/cli";

const BIZ = ["samples/bizapps-revenue.csv", "samples/bizapps-usage.csv", "samples/skilling.csv"];
const OBSERVED = "business-applications/smb/net-customer-adds=4";

let dir: string;
let saved: string;
const runs: Record<string, Run> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "spd-calibrate-"));
  saved = join(dir, "calibrated.json");
  const notOptions = join(dir, "not-options.json");
  writeFileSync(notOptions, JSON.stringify({ kind: "report", options: [] }));
  const notJson = join(dir, "not-json.json");
  writeFileSync(notJson, "nca-smb-500\n");
  const both = join(dir, "both.json");
  writeFileSync(both, JSON.stringify({ kind: "spd-calibrated-options", version: 1, options: ["growth-ttm", "nca-smb-500"] }));
  const cases: Record<string, string[]> = {
    noObserved: ["calibrate", ...BIZ],
    noEquals: ["calibrate", ...BIZ, "--observed", "business-applications/smb/net-customer-adds"],
    notNumber: ["calibrate", ...BIZ, "--observed", "business-applications/smb/net-customer-adds=three"],
    badMetric: ["calibrate", ...BIZ, "--observed", "business-applications/smb/nca=3"],
    badTrack: ["calibrate", ...BIZ, "--observed", "business-applications/large/net-customer-adds=3"],
    badPart: ["calibrate", ...BIZ, "--observed", "business-applications/smb/net-customer-adds/CSP=3"],
    notScored: ["calibrate", ...BIZ, "--observed", "modern-work/smb/net-customer-adds=3"],
    observedOnScore: ["score", ...BIZ, "--observed", OBSERVED],
    saveOnSimulate: ["simulate", ...BIZ, "--save", saved],
    outOnCalibrate: ["calibrate", ...BIZ, "--observed", OBSERVED, "--out", join(dir, "x.xlsx")],
    missingFile: ["calibrate", join(dir, "missing.csv"), "--observed", OBSERVED],
    json: ["calibrate", ...BIZ, "--observed", OBSERVED, "--observed", "business-applications/smb/total=59.36", "--json"],
    noMatch: ["calibrate", ...BIZ, "--observed", "business-applications/smb/net-customer-adds=7"],
    missingOptionsFile: ["score", ...BIZ, "--options-file", join(dir, "none.json")],
    notOptionsFile: ["score", ...BIZ, "--options-file", notOptions],
    notJsonFile: ["score", ...BIZ, "--options-file", notJson],
    otherDesignation: ["score", ...BIZ, "--options-file", both, "--designation", "business-applications", "--json"],
  };
  const first = Object.entries(cases).map(async ([k, args]) => [k, await spd(args)] as const);
  // --save, then the saved file in score, simulate and calibrate.
  const chain = (async () => {
    const out: [string, Run][] = [["save", await spd(["calibrate", ...BIZ, "--observed", OBSERVED, "--save", saved])]];
    const later = await Promise.all([
      spd(["score", ...BIZ, "--options-file", saved]),
      spd(["score", ...BIZ, "--options-file", saved, "--json"]),
      spd(["simulate", ...BIZ, "--options-file", saved]),
      spd(["simulate", ...BIZ, "--options-file", saved, "--json"]),
      spd(["calibrate", ...BIZ, "--options-file", saved, "--observed", "business-applications/smb/net-customer-adds=3"]),
    ]);
    out.push(["scoreText", later[0]], ["scoreJson", later[1]], ["simulateText", later[2]], ["simulateJson", later[3]], ["calibrateFromFile", later[4]]);
    return out;
  })();
  for (const [k, r] of [...(await Promise.all(first)), ...(await chain)]) runs[k] = r;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("spd calibrate: usage errors exit 2 and name the bad part", () => {
  test.each([
    ["noObserved", /calibrate needs at least one --observed value/],
    ["noEquals", /--observed "business-applications\/smb\/net-customer-adds": no "=VALUE"/],
    ["notNumber", /"three" is not a number/],
    [
      "badMetric",
      /unknown metric "nca" for business-applications\/smb; use one of net-customer-adds, intermediate-certifications, advanced-certifications, usage-growth, deployments, total\./,
    ],
    ["badTrack", /unknown track "large" for business-applications \(rules business-applications-2023\); use one of enterprise, smb\./],
    ["badPart", /business-applications\/smb\/net-customer-adds has one value, no parts; drop "\/CSP"/],
    ["notScored", /modern-work is not scored from these exports \(Needs the M365 usage export/],
    ["observedOnScore", /--observed belongs to the calibrate command/],
    ["saveOnSimulate", /--save belongs to the calibrate command/],
    ["outOnCalibrate", /--out belongs to the score command/],
  ])("%s", (name, message) => {
    const r = runs[name];
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  test("an unreadable export or options file exits 3", () => {
    expect(runs.missingFile.code).toBe(3);
    expect(runs.missingFile.stderr).toMatch(/missing\.csv: cannot be read/);
    expect(runs.missingOptionsFile.code).toBe(3);
    expect(runs.missingOptionsFile.stderr).toMatch(/none\.json: cannot be read \(ENOENT\)/);
    expect(runs.notOptionsFile.code).toBe(3);
    expect(runs.notOptionsFile.stderr).toMatch(/not an options file \("kind" is "report"/);
    expect(runs.notJsonFile.code).toBe(3);
    expect(runs.notJsonFile.stderr).toMatch(/not-json\.json: not JSON/);
  });
});

describe("spd calibrate: reports", () => {
  test("text: the options, every combination with its values, the match and the tenants behind it", () => {
    const r = runs.save;
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Calibration to Partner Center as of Oct-2025 (baseline Oct-2024)");
    expect(r.stdout).toContain("Business Applications (rules: business-applications-2023)");
    expect(r.stdout).toContain("  Observed: smb/net-customer-adds = 4");
    expect(r.stdout).toContain("    nca-smb-500: Net customer adds, SMB:");
    expect(r.stdout).toMatch(/✓ nca-smb-500 +smb\/net-customer-adds 4 ✓/);
    expect(r.stdout).toMatch(/✗ default reading \(current\) +smb\/net-customer-adds 3 ✗ \(−1\)/);
    expect(r.stdout).toContain("  Matches: nca-smb-500.");
    expect(r.stdout).toMatch(/Tenants behind smb\/net-customer-adds \(default reading 3 → nca-smb-500 4\): \d+ tenants count differently/);
    expect(r.stdout).toContain("Chosen: Business Applications: nca-smb-500");
    expect(r.stdout).toContain(`Saved to ${saved}; use it with --options-file ${saved}`);
  });

  test("--save writes the chosen options as a small JSON file", () => {
    expect(JSON.parse(readFileSync(saved, "utf8"))).toEqual({
      kind: "spd-calibrated-options",
      version: 1,
      options: ["nca-smb-500"],
      designations: { "business-applications": { ruleSet: "business-applications-2023", options: ["nca-smb-500"], status: "matched" } },
      observed: [OBSERVED],
      asOf: "2025-10",
    });
  });

  test("--json: one document with the groups, the ranked combinations and the options to use", () => {
    const r = runs.json;
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.asOf).toBe("2025-10");
    expect(doc.options).toEqual(["nca-smb-500"]);
    expect(doc.byDesignation).toEqual({ "business-applications": ["nca-smb-500"] });
    expect(doc.saved).toBeNull();
    const g = doc.groups[0];
    expect(g.status).toBe("matched");
    expect(g.observations.map((o: { address: string; kind: string }) => [o.address, o.kind])).toEqual([
      ["business-applications/smb/net-customer-adds", "value"],
      ["business-applications/smb/total", "points"],
    ]);
    expect(g.combinations.map((c: { label: string; matches: boolean; mismatches: number }) => [c.label, c.matches, c.mismatches])).toEqual([
      ["nca-smb-500", true, 0],
      ["default reading", false, 2],
    ]);
  });

  test("nothing matches: the closest reading and the metric that differs, by how much", () => {
    const r = runs.noMatch;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No combination reproduces every observed value. Closest: nca-smb-500, 1 of 1 differ:");
    expect(r.stdout).toContain("    smb/net-customer-adds: engine 4, Partner Center 7 (−3)");
    expect(r.stdout).toMatch(/Tenants behind smb\/net-customer-adds \(default reading 3 → nca-smb-500 4\)/);
  });
});

describe("--options-file: the saved options in every later score, simulation and calibration", () => {
  test("score: applied, and the report says they came from the file", () => {
    expect(runs.scoreText.code).toBe(0);
    expect(runs.scoreText.stdout.split("\n")[0]).toBe(`Options from ${saved}: nca-smb-500`);
    expect(runs.scoreText.stdout).toContain("(rules: business-applications-2023, options: nca-smb-500)");
    const doc = JSON.parse(runs.scoreJson.stdout);
    expect(doc.optionsFile).toEqual({ file: saved, options: ["nca-smb-500"] });
    expect(doc.designations.find((d: { id: string }) => d.id === "business-applications").ruleSet.options).toEqual(["nca-smb-500"]);
  });

  test("simulate: applied, and said", () => {
    expect(runs.simulateText.code).toBe(0);
    expect(runs.simulateText.stdout.split("\n")[0]).toBe(`Options from ${saved}: nca-smb-500`);
    const doc = JSON.parse(runs.simulateJson.stdout);
    expect(doc.optionsFile).toEqual({ file: saved, options: ["nca-smb-500"] });
    expect(doc.current.designations.find((d: { id: string }) => d.id === "business-applications").ruleSet.options).toEqual(["nca-smb-500"]);
  });

  test("calibrate: the file's options are the current reading", () => {
    const r = runs.calibrateFromFile;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Options from ${saved}: nca-smb-500`);
    expect(r.stdout).toMatch(/✓ default reading +smb\/net-customer-adds 3 ✓/);
    expect(r.stdout).toMatch(/✗ nca-smb-500 \(current\)/);
  });

  test("the file's options for designations not scored (--designation) are left out, not an error", () => {
    expect(runs.otherDesignation.stderr).toBe("");
    expect(runs.otherDesignation.code).toBe(0);
    const doc = JSON.parse(runs.otherDesignation.stdout);
    expect(doc.optionsFile).toEqual({ file: join(dir, "both.json"), options: ["nca-smb-500"] });
  });
});

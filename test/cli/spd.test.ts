/**
 * The real command line, run as a child process (node --import tsx src/cli/spd.ts): exit codes,
 * the --json document, --rows and --out. All runs start together in beforeAll to keep the suite fast.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { spd, type Run } from "../helpers/cli";

const SEED = "test/fixtures/seed-002-sample.csv";

let dir: string;
let xlsxPath: string;
const runs: Record<string, Run> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "spd-cli-"));
  xlsxPath = join(dir, "scored.xlsx");
  const noHeader = join(dir, "no-header.csv");
  writeFileSync(noHeader, "Name,Amount,When\nx,1,2\n");
  const cases: Record<string, string[]> = {
    json: ["score", SEED, "--json"],
    rowsOut: ["score", SEED, "--json", "--rows", "--out", xlsxPath],
    unknownOption: ["score", SEED, "--bogus"],
    noFiles: ["score"],
    badAsOf: ["score", SEED, "--as-of", "2025-13"],
    badIntermediate: ["score", SEED, "--intermediate", "x"],
    missingFile: ["score", join(dir, "does-not-exist.csv")],
    noLayout: ["score", noHeader],
    options: [
      "score",
      SEED,
      "--json",
      "--rules",
      "2026",
      "--designation",
      "modern-work",
      "--designation",
      "security",
      "--certified",
      "security:intermediate=3",
      "--track",
      "infrastructure=smb",
    ],
    badTrack: ["score", SEED, "--track", "infrastructure=large"],
    badCertified: ["score", SEED, "--certified", "security=3"],
    badDesignation: ["score", SEED, "--designation", "azure"],
    badRuleOption: ["score", SEED, "--option", "nca-everything"],
    badRules: ["score", SEED, "--rules", "2019"],
  };
  const results = await Promise.all(Object.entries(cases).map(async ([k, args]) => [k, await spd(args)] as const));
  for (const [k, r] of results) runs[k] = r;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("exit 0: scored", () => {
  test("--json prints exactly one JSON document", () => {
    const r = runs.json;
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    const report = JSON.parse(r.stdout);
    expect(report.asOf).toBe("2025-10");
    expect(report.baseline).toBe("2024-10");
    // Every designation has an entry; those without their export say which one they need.
    expect(report.designations.map((d: { id: string }) => d.id)).toEqual([
      "data-ai",
      "infrastructure",
      "digital-app-innovation",
      "business-applications",
      "modern-work",
      "security",
    ]);
    const mw = report.designations.find((d: { id: string }) => d.id === "modern-work");
    expect(mw).toMatchObject({ scored: true, trackChoice: "best", ruleSet: { id: "modern-work-2023", edition: "2023" } });
    expect(report.designations.find((d: { id: string }) => d.id === "infrastructure")).toMatchObject({
      scored: false,
      needs: expect.stringMatching(/^Needs the Azure consumption export/),
    });
    expect(report.microsoftCloud.attained).toBe(false);
    expect(report.inputs).toEqual([{ name: "seed-002-sample.csv", layout: "m365-usage", rows: 25, skipped: 0 }]);
    expect(report.rows).toBeUndefined();
  });

  test("--rows adds one row entry per data row", () => {
    const r = runs.rowsOut;
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.rows).toHaveLength(25);
    const rowNumbers = report.rows.map((f: { row: number }) => f.row).sort((a: number, b: number) => a - b);
    expect(rowNumbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    expect(report.rows.every((f: { file: string }) => f.file === "seed-002-sample.csv")).toBe(true);
    const first = report.rows.find((f: { row: number }) => f.row === 2);
    // Oct-2024 is the baseline: Exchange, CSP, 13 of 14 paid units active.
    expect(first).toMatchObject({ layout: "m365-usage", countsToward: [expect.stringMatching(/^Modern Work SMB: .*\(CSP, baseline Oct-2024\)$/)], reason: "" });
    expect(first.cells).toMatchObject({ "m365-eligible-workload": "Exchange", "m365-association": "CSP", "m365-deployment": "Yes" });
    expect(first.cells["m365-active-share"]).toBeCloseTo(13 / 14, 10);
    // The flag tables come with the rows: what --out and the add-in write, column by column.
    expect(report.flagTables.map((t: { layout: string }) => t.layout)).toEqual(["m365-usage"]);
  });

  test("--out writes a workbook with the usage rows, SPD flag columns and an SPD Summary sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    expect(workbook.getWorksheet("SPD Summary")).toBeDefined();
    const usage = workbook.getWorksheet("seed-002-sample");
    expect(usage).toBeDefined();
    const header = (usage!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "CustomerTenantName",
      "PartnerAttachType",
      "WorkloadName",
      "MonthName",
      "ActiveUsage",
      "QualifiedUsage",
      "SPD Counts toward",
      "SPD Reason",
      "SPD Enterprise eligible",
      "SPD SMB eligible",
      "SPD Eligible workload",
      "SPD Association",
      "SPD Active share (deployment at 40% or more)",
      "SPD Deployment",
      "SPD Security workload",
      "SPD Security deployment (≥ 15% of paid seats active)",
      "SPD Security protected users",
    ]);
    // Column L is SPD Association, M the active share (a percentage), on every data row and no further.
    for (let n = 2; n <= 26; n++) expect([n, usage!.getRow(n).getCell(12).value]).toEqual([n, "CSP"]);
    expect(usage!.getRow(27).getCell(12).value).toBeNull();
    expect(usage!.getColumn(13).numFmt).toBe("0.0%");
    // The export's own columns are as wide as their headers (Excel's default width cut them to a few letters).
    expect([1, 2, 3, 4, 5, 6].map((c) => usage!.getColumn(c).width! >= header[c - 1]!.toString().length)).toEqual([true, true, true, true, true, true]);
    expect(usage!.getColumn(7).numFmt).toBe("@");
    const row2 = usage!.getRow(2);
    expect(row2.getCell(1).value).toBe("5C8E1A7F3B9D4E26F0A3");
    expect(row2.getCell(13).value).toBeCloseTo(13 / 14, 10);
    const row26 = usage!.getRow(26);
    expect(row26.getCell(1).value).toBe("7C1F9A3E5B8D02F4A6C9");
    expect(row26.getCell(13).value).toBeCloseTo(53 / 96, 10);
  });
});

test("--rules, --designation and --certified reach the engine", () => {
  const r = runs.options;
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report.designations.map((d: { id: string; ruleSet: { id: string } }) => [d.id, d.ruleSet.id])).toEqual([
    ["modern-work", "modern-work-2026"],
    ["security", "security-2026"],
  ]);
  const security = report.designations[1];
  // 3 people given: prerequisites taken as met. SMB: 4 + 4 + 3 × 8 = 32; Enterprise: 3 × 40/6 = 20.
  const points = security.tracks.map((t: { id: string; metrics: { id: string; points: number; basis: string }[] }) => {
    const m = t.metrics.find((x) => x.id === "intermediate-certifications")!;
    return [t.id, m.points, m.basis];
  });
  expect(points).toEqual([
    ["enterprise", 20, "option"],
    ["smb", 32, "option"],
  ]);
});

describe("exit 2: bad usage", () => {
  test.each<[string, RegExp]>([
    ["unknownOption", /--bogus/],
    ["noFiles", /at least one export file/],
    ["badAsOf", /2025-13/],
    ["badIntermediate", /--intermediate takes a whole number/],
    ["badTrack", /--track takes DESIGNATION=enterprise or DESIGNATION=smb, not "infrastructure=large"/],
    ["badCertified", /--certified takes DESIGNATION:intermediate=N/],
    ["badDesignation", /--designation: unknown designation "azure"; use one of data-ai, infrastructure/],
    ["badRuleOption", /Unknown rule option "nca-everything"/],
    ["badRules", /Unknown rule set "2019"/],
  ])("%s", (key, message) => {
    const r = runs[key];
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Usage: ");
  });
});

describe("exit 3: unreadable input", () => {
  test("a missing file", () => {
    const r = runs.missingFile;
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("does-not-exist.csv");
    expect(r.stderr).toContain("ENOENT");
  });

  test("a CSV with no known header lists the expected and the found columns", () => {
    const r = runs.noLayout;
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("no-header.csv, row 1");
    expect(r.stderr).toContain("CustomerTenantId or CustomerTenantName, PartnerAttachType, WorkloadName, MonthName, ActiveUsage, QualifiedUsage");
    expect(r.stderr).toContain("Individual name, Certification name");
    expect(r.stderr).toContain("Found: Name, Amount, When");
  });
});

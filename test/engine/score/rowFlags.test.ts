import { InputCollector, readCsvText, scoreModernWork } from "../../../src/engine";
import { score, usageCsv } from "../../helpers/score";

const M = "Oct-2025";
const P = "Oct-2024";

function flags(rows: Parameters<typeof score>[0], options = {}) {
  return score(rows, { rows: true, ...options }).report.rows!;
}

describe("per-row flags", () => {
  test("an eligible current row: normalised association, track eligibility, ratio, deployment, what it counts toward", () => {
    const [row] = flags([["A", "CSP Tier1", "Exchange Online", M, 8, 20]]);
    expect(row).toEqual({
      layout: "m365-usage",
      file: "usage.csv",
      row: 2,
      countsToward: ["Modern Work SMB: net customer adds, deployments (CSP), usage growth (CSP)"],
      reason: "",
      cells: {
        "modern-work-enterprise-eligible": "No",
        "modern-work-smb-eligible": "Yes",
        "m365-eligible-workload": "Exchange",
        "m365-association": "CSP",
        "m365-active-share": 0.4,
        "m365-deployment": "Yes",
      },
    });
  });

  test("a baseline row says it is the baseline", () => {
    const rows = flags([
      ["A", "CPOR", "Teams", P, 1, 500],
      ["A", "CPOR", "Teams", M, 300, 500],
    ]);
    expect(rows[0].countsToward).toEqual(["Modern Work Enterprise: net customer adds (baseline Oct-2024), usage growth (CPOR, baseline Oct-2024)"]);
    expect(rows[1].countsToward).toEqual(["Modern Work Enterprise: net customer adds, deployments (CPOR), usage growth (CPOR)"]);
  });

  test("a workload row below the band still counts toward growth when another workload makes the tenant eligible", () => {
    const rows = flags([
      ["A", "CSP Tier1", "Exchange", M, 8, 20],
      ["A", "CSP Tier1", "Teams", M, 1, 5],
    ]);
    expect(rows[1].countsToward).toEqual(["Modern Work SMB: usage growth (CSP)"]);
  });

  test.each([
    [["A", "CSP Tier1", "Skype for Business", M, 8, 20], /^Modern Work: workload "Skype for Business" is not eligible/],
    [["A", "PAL", "Exchange", M, 8, 20], /^Modern Work: association "PAL" is not eligible \(Enterprise: CPOR, DPOR; SMB: CPOR, CSP\)/],
    [["A", "CSP Tier1", "Exchange", M, 8, 10], /^Modern Work SMB: the tenant has no eligible workload with 11–300 paid units under CPOR or CSP in Oct-2025/],
    [["A", "DPOR", "Exchange", M, 8, 300], /^Modern Work Enterprise: .*more than 300 paid units under CPOR or DPOR in Oct-2025/],
  ] as const)("a row that counts toward nothing says why: %j", (row, reason) => {
    const [f] = flags([row as unknown as Parameters<typeof score>[0][number]]);
    expect(f.countsToward).toEqual([]);
    expect(f.reason).toMatch(reason);
  });

  test("a month outside M and M−12 and a duplicate row say why", () => {
    const rows = flags(
      [
        ["A", "CSP Tier1", "Exchange", "Mar-2025", 8, 20],
        ["A", "CSP Tier1", "Exchange", M, 8, 20],
        ["A", "CSP Tier1", "Exchange", M, 8, 20],
      ],
      { asOf: "2025-10" }
    );
    // Outside the compared months nothing is decided: the details stay empty and the reason says why.
    expect(rows[0]).toMatchObject({ countsToward: [], reason: "Not a compared month: the score compares Oct-2025 with Oct-2024.", cells: {} });
    expect(rows[2].reason).toBe("Modern Work: duplicate of row 3 (same tenant, workload, association and month); counted once.");
  });

  test("duplicates are counted once in the score, with a warning", () => {
    const r = score([
      ["A", "CSP Tier1", "Exchange", M, 100, 200],
      ["A", "CSP Tier1", "Exchange", M, 100, 200],
    ]);
    expect(r.report.designations[0].tracks[1].metrics.find((m) => m.id === "usage-growth")!.value).toEqual({ CPOR: 0, CSP: 100 });
    expect(r.report.warnings.map((w) => w.code)).toContain("duplicate-rows");
  });

  test("rows the reader skipped are listed with the reason", () => {
    const collector = new InputCollector();
    readCsvText(collector, "u.csv", `${usageCsv([["A", "CSP Tier1", "Exchange", M, 8, 20]])}\nB,CSP Tier1,Exchange,Oct-2025,lots,20`);
    const r = scoreModernWork(collector.result(), { rows: true });
    const skipped = r.report.rows!.find((f) => f.row === 3)!;
    expect(skipped.reason).toMatch(/^Skipped: ActiveUsage "lots" is not a count of users/);
    expect(r.report.inputs).toEqual([{ name: "u.csv", layout: "m365-usage", rows: 2, skipped: 1 }]);
  });
});

describe("warnings about the data", () => {
  test("no rows 12 months before the as-of month", () => {
    const r = score([["A", "CSP Tier1", "Exchange", M, 8, 20]]);
    expect(r.report.warnings.find((w) => w.code === "no-baseline-rows")?.message).toMatch(/no rows for Oct-2024/);
  });

  test("an as-of month the export does not cover, and rows after it", () => {
    const r = score([["A", "CSP Tier1", "Exchange", M, 8, 20]], { asOf: "2025-06" });
    const codes = r.report.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(["no-rows-as-of", "rows-after-as-of"]));
    expect(r.report.asOf).toBe("2025-06");
    expect(r.report.baseline).toBe("2024-06");
  });

  test("ineligible workloads and associations are listed with row counts", () => {
    const r = score([
      ["A", "CSP Tier1", "Skype for Business", M, 8, 20],
      ["B", "TPOR-DIR", "Exchange", M, 8, 20],
    ]);
    const messages = r.report.warnings.map((w) => w.message).join("\n");
    expect(messages).toMatch(/Skype for Business \(1 row\)/);
    expect(messages).toMatch(/TPOR-DIR \(1 row\)/);
  });
});

/**
 * Check the data, classified in the engine: each report warning is a fix or a note, with a one-line
 * title, a one-line action for a fix, and the file, row (as the sheet shows it) and column it is about.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputCollector, WARNING_CODES, classifyWarning, readCsvText, scoreDesignations, type ReportWarning } from "../../../src/engine";

const HEADER = "CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage";

function report(files: Record<string, string>, options: Parameters<typeof scoreDesignations>[1] = {}) {
  const collector = new InputCollector();
  for (const [name, text] of Object.entries(files)) readCsvText(collector, name, text);
  return scoreDesignations(collector.result(), { designations: ["modern-work"], ...options }).report;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("every warning code the scorers use is classified", () => {
  // Literal codes: `code: "x"`, warn("x", …), say("x", …), and Security's `security-${half}-…`.
  const codes = new Set<string>();
  for (const file of sourceFiles(join(__dirname, "../../../src/engine"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bcode: "([a-z0-9-]+)"/g)) codes.add(m[1]);
    for (const m of text.matchAll(/\b(?:warn|say)\(\s*"([a-z0-9-]+)"/g)) codes.add(m[1]);
    for (const m of text.matchAll(/code: `security-\$\{half\}-([a-z-]+)`/g)) for (const half of ["azure", "m365"]) codes.add(`security-${half}-${m[1]}`);
  }
  codes.delete("input"); // input issues are classified by their cause

  test("the scan finds the codes (it would pass vacuously otherwise)", () => {
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes]).toEqual(expect.arrayContaining(["no-skilling", "azure-month-missing", "trial-rows", "security-m365-ineligible-associations"]));
  });

  test.each([...codes].sort())("%s has a kind and a short title", (code) => {
    const known = WARNING_CODES[code];
    expect(known).toBeDefined();
    expect(known.title.length).toBeLessThanOrEqual(40);
    if (known.kind === "fix") expect(known.action!.length).toBeLessThanOrEqual(60);
  });
});

describe("input issues: rows skipped and cells to clean are fixes, with file, row and column", () => {
  const csv = [
    "Partner Center export", // row 1: a title line above the header
    HEADER, // row 2
    "Contoso,CSP Tier1,Exchange,Oct-2025,10,12", // row 3
    "Fabrikam,CSP Tier1,Exchange,Oct-20x5,10,12", // row 4: not a month
    "Tailspin,CSP Tier1,Exchange,Oct-2025,,12", // row 5: empty ActiveUsage
    "Wide\u200BWorld,CSP Tier1,Exchange,Oct-2025,3,3", // row 6: an invisible character in the tenant
    "Proseware,CSP Tier1,Exchange", // row 7: cut short
    "Contoso,CSP Tier1,Exchange,Oct-2024,10,12", // row 8
  ].join("\n");
  const r = report({ "usage.csv": csv });
  const input = r.warnings.filter((w) => w.code === "input");
  const at = (row: number) => input.find((w) => w.row === row)!;

  test("an unreadable month: a fix titled so, at row 4, column MonthName, with what to do", () => {
    expect(at(4)).toEqual(
      expect.objectContaining({
        kind: "fix",
        title: "Unreadable value: row skipped",
        action: "Fix the cell and score again.",
        file: "usage.csv",
        row: 4,
        column: "MonthName",
      })
    );
    expect(at(4).message).toMatch(/^usage\.csv, row 4, column MonthName: MonthName "Oct-20x5" is not a month/);
  });

  test("an empty count, a cut-short line and an invisible character: fixes at their rows and columns", () => {
    expect(at(5)).toEqual(expect.objectContaining({ kind: "fix", title: "Empty cell: row skipped", column: "ActiveUsage" }));
    expect(at(7)).toEqual(expect.objectContaining({ kind: "fix", title: "Row cut short: skipped", column: "MonthName", action: "Download the export again." }));
    expect(at(6)).toEqual(expect.objectContaining({ kind: "fix", title: "Invisible character in a tenant", column: "CustomerTenantName" }));
  });

  test("title lines above the header are a note on how the file was read, at the header's row", () => {
    expect(at(2)).toEqual(expect.objectContaining({ kind: "info", title: "Title lines above the header", file: "usage.csv" }));
    expect(at(2).action).toBeUndefined();
  });

  test("fixes come first in the report, then the notes", () => {
    const kinds = r.warnings.map((w) => w.kind);
    expect(kinds.indexOf("info")).toBeGreaterThan(kinds.lastIndexOf("fix"));
    expect(kinds.filter((k) => k === "fix").length).toBeGreaterThanOrEqual(4);
  });

  test("many rows of one kind: the summary line is a fix on the column, without a row", () => {
    const lines = [HEADER, ...Array.from({ length: 25 }, (_, i) => `T${i},CSP Tier1,Exchange,Foo-2024,1,2`), "V,CSP Tier1,Exchange,Oct-2025,1,2"];
    const more = report({ "many.csv": lines.join("\n") }).warnings.find((w) => /more rows like/.test(w.message))!;
    expect(more).toEqual(expect.objectContaining({ kind: "fix", title: "More rows skipped", file: "many.csv", column: "MonthName", row: undefined }));
  });

  test("many tenant cells with an invisible character: the summary says they were read (cleaned), not skipped", () => {
    const lines = [HEADER, ...Array.from({ length: 23 }, (_, i) => `T\u200B${i},CSP Tier1,Exchange,Oct-2025,1,2`)];
    const r = report({ "zw.csv": lines.join("\n") });
    const more = r.warnings.filter((w) => w.code === "input" && w.row === undefined);
    expect(more).toHaveLength(1);
    expect(more[0]).toEqual(expect.objectContaining({ kind: "fix", title: "Invisible character in a tenant", column: "CustomerTenantName" }));
    expect(more[0].message).toBe(
      "zw.csv, column CustomerTenantName: 3 more cells like the ones above hold an invisible character; they were read without it. Clean the cells."
    );
    expect(r.inputs[0]).toEqual(expect.objectContaining({ rows: 23, skipped: 0 }));
  });
});

describe("the scorers' warnings: a missing month or export is a fix, rows the rules leave out a note", () => {
  test("no rows a year before the as-of month (Modern Work): a fix saying to download the trailing months", () => {
    const r = report({ "usage.csv": [HEADER, "Contoso,CSP Tier1,Exchange,Oct-2025,10,12"].join("\n") });
    const baseline = r.warnings.find((w) => w.code === "no-baseline-rows")!;
    expect(baseline).toEqual(
      expect.objectContaining({ kind: "fix", title: "No rows a year before", action: "Download the export covering the trailing months." })
    );
    expect(r.warnings.find((w) => w.code === "no-skilling")).toEqual(expect.objectContaining({ kind: "fix", title: "No certified people" }));
  });

  test("the samples: the rows left out by the rules are notes, every one with its title", () => {
    const dir = join(__dirname, "../../../samples");
    const files = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith(".csv"))
        .map((f) => [f, readFileSync(join(dir, f), "utf8")])
    );
    const r = report(files, { designations: undefined });
    const byCode = new Map(r.warnings.map((w) => [w.code, w]));
    expect(byCode.get("trial-rows")).toEqual(expect.objectContaining({ kind: "info", title: "Trial rows not counted" }));
    expect(byCode.get("azure-negative-acr")).toEqual(expect.objectContaining({ kind: "info", title: "Negative ACR (credits) included" }));
    // The three Azure designations' shared warning stays one line, classified once.
    expect(r.warnings.filter((w) => w.code === "azure-negative-acr")).toHaveLength(1);
    for (const w of r.warnings) expect(w.title).not.toBe("");
  });

  test("a code not listed yet is a note titled by its first words (never dropped)", () => {
    const w: ReportWarning = classifyWarning({ code: "something-new", message: "Modern Work: rows of a new kind were read as zero; more text follows." });
    expect(w).toEqual(expect.objectContaining({ kind: "info", title: "Rows of a new kind were read as zero" }));
    // An already classified warning is kept as it is.
    expect(classifyWarning(w)).toBe(w);
  });
});

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExcelDouble } from "../../tools/excel-double";
import { toXlsx } from "../../tools/excel-double/toXlsx";
import { SUMMARY_SHEET, summaryLayout, type Report } from "../../src/engine";
import { writeBlocks } from "../../src/excel/writeBlocks";
import { ROOT, spd } from "../helpers/cli";
import { SAMPLE_FILES, SAMPLES, modernWorkCompared, sampleReport } from "../helpers/summarySamples";

/**
 * The summary sheet as LibreOffice prints it (headless, to PDF): the add-in's (written through the
 * in-memory double, exported with ExcelJS) and the --out workbook's. On the summary's first page: the
 * designations table with every total and status. PNGs of the summary's pages stay in test-output/.
 *
 * Needs Debian's libreoffice-calc-nogui (soffice) and poppler-utils (pdftotext, pdftoppm); .ci/run
 * installs LibreOffice when missing. Never skipped: without them the test fails saying what to install.
 */
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const poppler = ["/usr/bin/pdftotext", "/usr/bin/pdftoppm"].every((p) => existsSync(p));
const OUTPUT = join(ROOT, "test-output");

/** "0.0#" as LibreOffice shows it: 68 → 68.0, 56.361 → 56.36. */
const shown = (n: number) => (Math.round(n * 100) / 100).toFixed(2).replace(/(\.\d)0$/, "$1");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The PDF's pages as text, and the number (1-based) of the summary's first page. */
function summaryPages(pdf: string): { pages: string[]; first: number } {
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 30 }).split("\f");
  return { pages, first: pages.findIndex((p) => p.includes("Partner Capability Score")) + 1 };
}

function expectDesignationsOn(page: string, report: Report): void {
  expect(page).toMatch(/Designation\s+Track that counts\s+Total\s+Status\s+Points to 70\s+Next step/);
  for (const d of report.designations) {
    // The name's first words (a long one wraps in column A), then on its line the total and status.
    const status = d.scored
      ? d.qualified
        ? "Qualified"
        : { Partial: "Partial", InProgress: "In progress", NotStarted: "Not started", Qualified: "Qualified" }[d.status]
      : "Not scored";
    const total = d.scored ? `${shown(d.total)}\\s+` : "";
    expect({ designation: d.name, found: new RegExp(`${escape(d.name.slice(0, 36))}[^\\n]*?\\s${total}${escape(status)}`).test(page) }).toEqual({
      designation: d.name,
      found: true,
    });
  }
}

function toPngs(pdf: string, first: number, last: number, name: string): string[] {
  mkdirSync(OUTPUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "spd-png-"));
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(first), "-l", String(last), pdf, join(dir, "page")]);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".png"))
    .sort();
  return files.map((f, i) => {
    const target = join(OUTPUT, `${name}-page${i + 1}.png`);
    renameSync(join(dir, f), target);
    return target;
  });
}

test("LibreOffice prints the designations table, totals and statuses, on the summary's first page (add-in and --out)", async () => {
  if (!soffice || !poppler)
    throw new Error(
      "LibreOffice and poppler-utils are needed: apt-get install libreoffice-calc-nogui poppler-utils (.ci/run installs LibreOffice when missing)"
    );
  const dir = mkdtempSync(join(tmpdir(), "spd-summary-lo-"));

  // --out: the samples, Modern Work cut to the months the score compares (LibreOffice prints every sheet).
  const usage = join(dir, "modern-work-usage.csv");
  writeFileSync(usage, modernWorkCompared());
  const out = join(dir, "out.xlsx");
  const run = await spd(["score", usage, ...SAMPLE_FILES.map((f) => join(SAMPLES, f)), "--history", "--today", "2025-11-02", "--out", out]);
  expect(run.code).toBe(0);

  // The add-in: the same report written by writeBlocks into the double, then saved as .xlsx.
  const { report, extras } = sampleReport(true);
  const double = createExcelDouble();
  const restore = double.install();
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(SUMMARY_SHEET);
      writeBlocks(sheet, SUMMARY_SHEET, summaryLayout(report, ["modern-work-usage.csv", ...SAMPLE_FILES], extras));
      await context.sync();
    });
  } finally {
    restore();
  }
  const addIn = join(dir, "addin.xlsx");
  // The double reports ExcelApi 1.9, so writeBlocks merged the notes rows and set the page layout
  // (landscape, one page wide) as in Excel; toXlsx writes both.
  const summary = double.workbook.getSheet(SUMMARY_SHEET);
  expect(summary.mergedAreas().length).toBeGreaterThan(0);
  expect({ orientation: summary.pageLayout.orientation, zoom: summary.pageLayout.zoom }).toEqual({
    orientation: "Landscape",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });
  writeFileSync(addIn, (await toXlsx(double.workbook, { sheets: [SUMMARY_SHEET] })).bytes);

  const converted = spawnSync(soffice, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, out, addIn], {
    encoding: "utf8",
    timeout: 170_000,
  });
  expect(converted.status).toBe(0);

  for (const [name, pdf] of [
    ["summary-out", join(dir, "out.pdf")],
    ["summary-addin", join(dir, "addin.pdf")],
  ] as const) {
    const { pages, first } = summaryPages(pdf);
    expect({ name, first: first > 0 }).toEqual({ name, first: true });
    // The pictures first, to look at even when the check below fails.
    const last = pages.length - (pages[pages.length - 1].trim() ? 0 : 1);
    expect(toPngs(pdf, first, last, name).length).toBeGreaterThan(0);
    expectDesignationsOn(pages[first - 1], report);
  }
}, 180_000);

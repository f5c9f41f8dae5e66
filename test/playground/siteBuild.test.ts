/** The playground's static site has its own build and folder; the add-in's production build (dist/) takes nothing of it. */
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const addin = require("../../webpack.config.js");
const playground = require("../../tools/playground/webpack.config.js");

const pages = (config: { plugins: object[] }) =>
  config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => (p as { userOptions: { filename: string } }).userOptions.filename);

describe("builds", () => {
  test("npm run build (dist/) has the task pane and functions only, nothing from tools/playground", async () => {
    const config = await addin({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(config.output.path).toBe(join(ROOT, "dist"));
    expect(Object.keys(config.entry)).toEqual(["taskpane", "functions"]);
    expect(JSON.stringify(config.entry)).not.toMatch(/tools/);
    expect(pages(config)).toEqual(["taskpane.html"]);
  });

  test("npm run build:site writes the playground alone into dist-site/, with index.html", async () => {
    const config = await playground({ WEBPACK_BUILD: true, site: true }, { mode: "production" });
    expect(config.output.path).toBe(join(ROOT, "dist-site"));
    expect(Object.keys(config.entry)).toEqual(["playground"]);
    expect(pages(config)).toEqual(["index.html", "playground.html"]);
    const e2e = await playground({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(e2e.output.path).toBe(join(ROOT, "dist-playground"));
  });
});

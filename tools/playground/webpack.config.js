/**
 * The playground: the real task pane and Excel adapter beside an in-memory workbook (tools/excel-double)
 * loaded with samples/. A development tool, never shipped: `npm run build` (webpack.config.js) leaves it out.
 * - `webpack serve` (what `npm start` runs where Excel cannot be sideloaded): the add-in config plus the
 *   playground page, so one dev server serves /playground.html, /taskpane.html and the rest of the add-in.
 * - `webpack` (`npm run build:playground`, which test/e2e/playground.test.ts and ownFile.test.ts need): the
 *   playground page alone, into dist-playground/.
 * - `webpack --env site` (`npm run build:site`): the same page as a static site, into dist-site/ with
 *   index.html (and playground.html): host the folder anywhere, or open index.html from disk. ExcelJS (reading
 *   .xlsx files, writing the download) is a chunk of its own, loaded when first needed.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addin = require("../../webpack.config.js");

module.exports = async (env, argv) => {
  const base = await addin(env, argv);
  const entry = { playground: path.join(__dirname, "index.tsx") };
  const page = new HtmlWebpackPlugin({ filename: "playground.html", template: path.join(__dirname, "playground.html"), chunks: ["playground"] });
  if (env.WEBPACK_SERVE) return { ...base, entry: { ...base.entry, ...entry }, plugins: [...base.plugins, page] };
  const site = Boolean(env.site);
  const index = new HtmlWebpackPlugin({ filename: "index.html", template: path.join(__dirname, "playground.html"), chunks: ["playground"] });
  return {
    ...base,
    entry,
    output: { path: path.resolve(__dirname, site ? "../../dist-site" : "../../dist-playground"), clean: true, chunkFilename: "[name].[contenthash:8].js" },
    plugins: site ? [index, page] : [page],
  };
};

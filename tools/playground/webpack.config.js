/**
 * The playground: the real task pane and Excel adapter beside an in-memory workbook (tools/excel-double)
 * loaded with samples/. A development tool, never shipped: `npm run build` (webpack.config.js) leaves it out.
 * - `webpack serve` (what `npm start` runs where Excel cannot be sideloaded): the add-in config plus the
 *   playground page, so one dev server serves /playground.html, /taskpane.html and the rest of the add-in.
 * - `webpack` (`npm run build:playground`, which test/e2e/playground.test.ts needs): the playground page
 *   alone, into dist-playground/.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addin = require("../../webpack.config.js");

module.exports = async (env, argv) => {
  const base = await addin(env, argv);
  const entry = { playground: path.join(__dirname, "index.tsx") };
  const page = new HtmlWebpackPlugin({ filename: "playground.html", template: path.join(__dirname, "playground.html"), chunks: ["playground"] });
  if (env.WEBPACK_SERVE) return { ...base, entry: { ...base.entry, ...entry }, plugins: [...base.plugins, page] };
  return {
    ...base,
    entry,
    output: { path: path.resolve(__dirname, "../../dist-playground"), clean: true },
    plugins: [page],
  };
};

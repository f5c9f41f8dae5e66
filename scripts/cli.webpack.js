/**
 * The command line, compiled once (`npm run build`, before the add-in) into dist-cli/spd.js, the package's
 * `spd` bin: `npx spd score …` then starts plain JavaScript instead of compiling TypeScript through tsx at
 * every start (`npm run -s spd` still runs the sources, for development).
 * Packages stay in node_modules (required at run time, not bundled): ExcelJS loads only for --out and .xlsx.
 */
const path = require("path");
const webpack = require("webpack");

const root = path.resolve(__dirname, "..");

module.exports = {
  name: "cli",
  context: root,
  target: "node20",
  mode: "production",
  devtool: false,
  entry: { spd: "./src/cli/spd.ts" },
  output: { path: path.join(root, "dist-cli"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  externalsPresets: { node: true },
  // Bare imports (papaparse, exceljs, node:fs…) are required from node_modules at run time.
  externals: [({ request }, callback) => (/^[@a-z]/i.test(request) ? callback(null, `commonjs ${request}`) : callback())],
  module: {
    rules: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      { test: /\.csv$/, type: "asset/source" },
    ],
  },
  // Readable stack traces in bug reports; minifying saves nothing measurable at start-up.
  optimization: { minimize: false },
  plugins: [
    new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
    // One file: the --out writer is small, and a bin with a loose chunk beside it is easy to copy without.
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
  ],
  performance: { hints: false },
};

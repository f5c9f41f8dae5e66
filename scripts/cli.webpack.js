/**
 * The command line, compiled once (`npm run build`, before the add-in) into dist-cli/spd.js, the package's
 * `spd` bin: `npx spd score …` then starts plain JavaScript instead of compiling TypeScript through tsx at
 * every start (`npm run -s spd` still runs the sources, for development).
 * Packages stay in node_modules (required at run time, not bundled): ExcelJS loads only for --out and .xlsx.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const root = path.resolve(__dirname, "..");

module.exports = {
  name: "cli",
  context: root,
  target: "node20",
  mode: "production",
  devtool: false,
  // read-worker: the second thread of a large CSV read in two parts (src/cli/splitRead.ts).
  entry: { spd: "./src/cli/spd.ts", "read-worker": "./src/cli/readWorker.ts" },
  output: { path: path.join(root, "dist-cli"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  externalsPresets: { node: true },
  // Bare imports (exceljs, node:fs…) are required from node_modules at run time.
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
    // Plain node: with the reader cutting one row at a time, a larger young generation no longer pays
    // (32 MB against node's 16 on 1M usage rows: 0.1 s slower and 15 MB more). bench/peer.ts runs the bin
    // with whatever flags this line gives node.
    new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
    // Executable, so `./dist-cli/spd.js` runs by its shebang as the installed bin does.
    { apply: (compiler) => compiler.hooks.afterEmit.tap("ExecutableBin", () => fs.chmodSync(path.join(root, "dist-cli", "spd.js"), 0o755)) },
    // One file per entry: the --out writer is small, and a bin with a loose chunk beside it is easy to copy without.
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
  ],
  performance: { hints: false },
};

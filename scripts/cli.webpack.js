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
/** The flags the bin runs node with (its shebang line); bench/peer.ts reads them from there. */
const NODE_FLAGS = ["--max-semi-space-size=32"];

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
    // A young generation of 32 MB: reading a large export makes short-lived rows by the million, and with
    // Node's default (16 MB) most of them outlive a scavenge and are copied into the old generation:
    // peak memory on a 1M-row export 1.0 GB -> 0.78 GB. `env -S` passes the flag (Linux, macOS; npm's
    // Windows shim reads it too).
    new webpack.BannerPlugin({ banner: `#!/usr/bin/env -S node ${NODE_FLAGS.join(" ")}`, raw: true, entryOnly: true }),
    // Executable, so `./dist-cli/spd.js` runs by its shebang as the installed bin does.
    { apply: (compiler) => compiler.hooks.afterEmit.tap("ExecutableBin", () => fs.chmodSync(path.join(root, "dist-cli", "spd.js"), 0o755)) },
    // One file: the --out writer is small, and a bin with a loose chunk beside it is easy to copy without.
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
  ],
  performance: { hints: false },
};

/** Builds bench/template (the peer pane of the page-size target) into one bundle, with the add-in's loader and production mode, into the folder --output-path gives. */
const path = require("path");

module.exports = {
  mode: "production",
  context: __dirname,
  entry: { taskpane: "./index.tsx" },
  output: { path: path.resolve(__dirname, "dist"), clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
  performance: { hints: false },
};

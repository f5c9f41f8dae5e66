/* eslint-disable no-undef */
/**
 * The add-in: task pane, custom functions, manifest and assets, into dist/ (what `npm run build` ships).
 * The playground (tools/playground) is not part of it: tools/playground/webpack.config.js adds it for
 * `npm start` on Linux and builds it alone into dist-playground/ for the end-to-end test.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const devOrigin = "https://localhost:3000/";
// Where the production build is hosted; the manifest's localhost URLs are rewritten to it.
const prodOrigin = process.env.SPD_PROD_URL || "https://www.contoso.com/";

async function httpsOptions() {
  // Loaded lazily: installing the Office dev CA needs sudo, which Linux CI machines do not have.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  return {
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: ["./src/taskpane/index.tsx"],
      functions: "./src/functions/functions.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.csv$/, type: "asset/source" },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(devOrigin, "g"), prodOrigin)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: process.env.DEV_HTTP === "1" ? "http" : { type: "https", options: env.WEBPACK_BUILD || !dev ? {} : await httpsOptions() },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

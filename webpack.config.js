/**
 * The add-in: task pane, custom functions, manifest and assets, into dist/ (what `npm run build` ships).
 * The playground (tools/playground) is not part of it: tools/playground/webpack.config.js adds it for
 * `npm start` on Linux and builds it alone into dist-playground/ for the end-to-end test.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { HOW_TO_GIVE_URL, NO_MANIFEST_NOTICE, checkProdUrl, prodManifest } = require("./scripts/prod-manifest");

/**
 * Where the production build is hosted (SPD_PROD_URL, or `--env prodUrl=…`): the production manifest's
 * URLs point there. Without it the production build writes no manifest (the bundles still build) and
 * says how to give it; a given URL that cannot be one (http, localhost, a placeholder) stops the build.
 */
function productionUrl(env) {
  const raw = env.prodUrl ?? process.env.SPD_PROD_URL;
  if (raw === undefined || String(raw).trim() === "") return undefined;
  const { url, problem } = checkProdUrl(raw);
  if (problem) throw new Error(`${env.prodUrl !== undefined ? "--env prodUrl" : "SPD_PROD_URL"}: ${problem}; nothing was built.\n${HOW_TO_GIVE_URL}`);
  return url;
}

/** Adds the "no production manifest" notice to the build's output as a warning (printed with the stats). */
class NoProductionManifestNotice {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("NoProductionManifestNotice", (compilation) => {
      compilation.warnings.push(new compiler.webpack.WebpackError(NO_MANIFEST_NOTICE));
    });
  }
}

async function httpsOptions() {
  // Loaded lazily: installing the Office dev CA needs sudo, which Linux CI machines do not have.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  // Development serves manifest.xml as it is (https://localhost:3000/); production needs the real address.
  const prodUrl = dev ? undefined : productionUrl(env);
  const manifestPattern = dev
    ? [{ from: "manifest.xml", to: "manifest.xml" }]
    : prodUrl
      ? [{ from: "manifest.xml", to: "manifest.xml", transform: (content) => prodManifest(content.toString(), prodUrl) }]
      : [];
  return {
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: ["./src/taskpane/index.tsx"],
      functions: "./src/functions/functions.ts",
    },
    // What the pane's first screen does not need is a chunk of its own, fetched when first needed (views through React.lazy,
    // the SPD.* logic, saved-option checks, sheet writers, the dark theme): named after its webpackChunkName (what several of
    // them share is split into numbered chunks).
    output: { path: path.resolve(__dirname, "dist"), clean: true, chunkFilename: "[name].js" },
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
        patterns: [{ from: "assets/*", to: "assets/[name][ext][query]" }, { from: "src/help.html", to: "help.html" }, ...manifestPattern],
      }),
      ...(dev || prodUrl ? [] : [new NoProductionManifestNotice()]),
    ],
    // Both entries run in one page (the shared runtime): one webpack runtime, and what both use in one chunk
    // of their own (shared.js), instead of a copy inside each bundle.
    optimization: {
      runtimeChunk: "single",
      // The engine's worker stays one file of its own (engine-worker.js): it shares no chunk with the page's.
      splitChunks: {
        chunks: (chunk) => chunk.name !== "engine-worker",
        cacheGroups: { shared: { name: "shared", chunks: "initial", minChunks: 2, enforce: true, priority: 10 } },
      },
    },
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

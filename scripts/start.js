#!/usr/bin/env node
/**
 * `npm start`, the Office way where Excel is installed (webpack dev server + office-addin-debugging
 * sideload into desktop Excel), and on machines without Excel (Linux) the dev server alone, with the
 * playground page: the task pane beside an in-memory workbook loaded with the sample exports
 * (tools/playground; its webpack config adds the page to the add-in's, so the production build never ships it).
 */
const { spawn } = require("child_process");

const port = 3000;
const canSideload = process.platform === "win32" || process.platform === "darwin";

function run(command, args, env = {}) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32", env: { ...process.env, ...env } });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

if (canSideload && process.env.SPD_PLAYGROUND !== "1") {
  // office-addin-debugging starts `npm run dev-server` itself (package.json config) and opens Excel.
  // It exits 0 even when sideloading fails, so say where to look if Excel does not open.
  console.log("Starting the dev server and sideloading manifest.xml into Excel…");
  console.log(`If Excel does not open, the playground still works: SPD_PLAYGROUND=1 npm start`);
  // The local devDependency (6.1.2; see README, development notes), as Microsoft's templates run it.
  run("npx", ["--no-install", "office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log("Excel cannot be sideloaded on this machine, so the add-in runs in the playground:");
  console.log(`  http://localhost:${port}/playground.html   (task pane beside an in-memory workbook with the sample exports)`);
  console.log(`  http://localhost:${port}/taskpane.html     (the task pane itself, for Excel on the web / desktop)`);
  run("npx", ["webpack", "serve", "--mode", "development", "--config", "tools/playground/webpack.config.js"], { DEV_HTTP: "1" });
}

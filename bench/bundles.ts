/**
 * The pane page's size against its peer (issue 15): the add-in's production build and the minimal React +
 * Fluent UI v9 pane of Microsoft's template (bench/template, rebuilt here with the same package versions,
 * loader and production mode; one bundle, as the template builds it), both built in this run. The page is what taskpane.html loads before the pane can
 * render (the scripts taskpane.html names): runtime, shared chunk, vendor chunk, the engine's light parts,
 * taskpane.js and functions.js. Chunks fetched later (views
 * when opened, the SPD.* logic at the first call, the engine's worker) are listed, not counted.
 * Target: the page at most 2× the template, gzipped (level 9).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { ownPageScripts } from "../tools/pageScripts";

const TARGET = 2;
const root = resolve(__dirname, "..");
const webpack = join(root, "node_modules", ".bin", "webpack");
const KB = 1024;

function build(args: string[], out: string): void {
  const run = spawnSync(webpack, [...args, "--output-path", out], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`webpack ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
}

const sizes = (dir: string, file: string) => {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

const work = mkdtempSync(join(tmpdir(), "spd-bundles-"));
try {
  const page = join(work, "addin");
  const template = join(work, "template");
  build(["--mode", "production"], page);
  build(["--config", join("bench", "template", "webpack.config.cjs")], template);

  const html = readFileSync(join(page, "taskpane.html"), "utf8");
  const scripts = ownPageScripts(html);
  const pageSizes = scripts.map((f) => sizes(page, f));
  const later = readdirSync(page)
    .filter((f) => f.endsWith(".js") && !scripts.includes(f))
    .map((f) => sizes(page, f))
    .sort((a, b) => b.gzip - a.gzip);
  const templateSizes = readdirSync(template)
    .filter((f) => f.endsWith(".js"))
    .map((f) => sizes(template, f));
  const sum = (list: { raw: number; gzip: number }[]) => list.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
  const own = sum(pageSizes);
  const peer = sum(templateSizes);

  process.stdout.write("pane page (what taskpane.html loads before the first render):\n");
  for (const s of pageSizes) process.stdout.write(`  ${s.file.padEnd(22)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip\n`);
  process.stdout.write(`  ${"total".padEnd(22)} ${kb(own.raw).padStart(10)} ${kb(own.gzip).padStart(10)} gzip\n`);
  process.stdout.write(`fetched when needed (not counted): ${later.map((s) => `${s.file} ${kb(s.gzip)}`).join(", ")}\n`);
  process.stdout.write(`peer, the template's pane: ${kb(peer.raw)}, ${kb(peer.gzip)} gzip\n`);
  const ratio = own.gzip / peer.gzip;
  process.stdout.write(
    `page ${kb(own.gzip)} = ${ratio.toFixed(2)}× the template (≤ ${TARGET}×: ≤ ${kb(TARGET * peer.gzip)}) ${ratio <= TARGET ? "PASS" : "MISS"}\n`
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

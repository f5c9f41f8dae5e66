/**
 * The package's `spd` bin (dist-cli/spd.js, built by `npm run build`, which `npm test` runs first): plain
 * JavaScript that starts without tsx and says exactly what the sources say.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { ROOT, spd } from "../helpers/cli";

const BIN = join(ROOT, "dist-cli", "spd.js");
const SAMPLES = ["samples/modern-work-usage.csv", "samples/azure-usage.csv", "samples/skilling.csv"];

function runBin(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
}

describe("dist-cli/spd.js (the spd bin)", () => {
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error("dist-cli/spd.js is missing: run `npm run build` before the tests (npm test does).");
  });

  it("is the bin package.json names, and runs under node with no TypeScript loader", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(pkg.bin.spd).toBe("dist-cli/spd.js");
    // Plain node, no flags (see scripts/cli.webpack.js)
    expect(readFileSync(BIN, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const direct = spawnSync(BIN, ["--help"], { cwd: ROOT, encoding: "utf8" });
    expect(direct.status).toBe(0);
    const help = runBin(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("score FILE...");
  });

  it("scores the samples exactly as the sources do (JSON report)", async () => {
    const compiled = runBin(["score", ...SAMPLES, "--json"]);
    const sources = await spd(["score", ...SAMPLES, "--json"]);
    expect(compiled.status).toBe(0);
    expect(sources.code).toBe(0);
    const report = JSON.parse(compiled.stdout) as { designations: unknown[] };
    expect(report.designations.length).toBeGreaterThan(0);
    expect(report).toEqual(JSON.parse(sources.stdout));
  });

  it("loads ExcelJS when asked for a workbook (--out), from node_modules", () => {
    const out = join(ROOT, "test-output", "compiled-bin-out.xlsx");
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    rmSync(out, { force: true });
    const run = runBin(["score", ...SAMPLES, "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("stops quietly when the reader closes the pipe early (spd … | head)", async () => {
    const child = spawn(process.execPath, [BIN, "score", ...SAMPLES, "--json", "--rows"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

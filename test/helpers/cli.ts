/** The real command line, run as a child process (node --import tsx src/cli/spd.ts). */
import { spawn } from "node:child_process";
import { resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spd(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/spd.ts", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

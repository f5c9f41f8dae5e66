/**
 * Which functions the pane's long tasks run: reads the pane thread's CPU profile (node --cpu-prof, the
 * main thread's file: CPU.<date>.<pid>.0.<n>.cpuprofile) and the tasks over 200 ms bench/pane.ts wrote,
 * and sums, per action, the sampled time inside those tasks by function (self time) and by the deepest
 * src/ function on the stack, leaving out the double's sync execution (Excel's work).
 *
 *   npx tsx bench/pane-profile.ts .bench/prof-pane [.bench/pane-long-tasks-1000000.json] [top=12]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { LongTask } from "./pane";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const root = resolve(__dirname, "..");
const dir = resolve(process.argv[2] ?? join(root, ".bench", "prof-pane"));
const tasksFile = resolve(process.argv[3] ?? join(root, ".bench", "pane-long-tasks-1000000.json"));
const top = Number(process.argv[4] ?? 12);
const mainFile = readdirSync(dir)
  .filter((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f))
  .sort()
  .pop();
if (!mainFile) throw new Error(`no main-thread profile (CPU.*.<pid>.0.*.cpuprofile) in ${dir}`);
const profile = JSON.parse(readFileSync(join(dir, mainFile), "utf8")) as Profile;
const actions = JSON.parse(readFileSync(tasksFile, "utf8")) as { action: string; long: LongTask[] }[];

const byId = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const where = (f: CallFrame) => {
  const url = f.url.replace(/^file:\/\//, "");
  return url ? `${relative(root, url)}:${f.lineNumber + 1}` : "";
};
const label = (f: CallFrame) => `${f.functionName || "(anonymous)"} ${where(f)}`.trim();

// Per sampled node: its self label, the deepest src/ frame, and whether it is inside the double's execute.
interface Info {
  self: string;
  src: string;
  inDouble: boolean;
}
const infos = new Map<number, Info>();
function info(id: number): Info {
  let i = infos.get(id);
  if (i) return i;
  const self = label(byId.get(id)!.callFrame);
  let src = "";
  let inDouble = false;
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)!.callFrame;
    if (!src && f.url.includes("/src/")) src = label(f);
    if (f.functionName === "execute" && f.url.includes("tools/excel-double/context")) inDouble = true;
  }
  if (!src) src = self.startsWith("(") ? self : `(outside src/) ${self}`;
  i = { self, src, inDouble };
  infos.set(id, i);
  return i;
}

// Sample times: sample k covers [t_k, t_k+1).
const times: number[] = [];
let t = profile.startTime;
for (const d of profile.timeDeltas) times.push((t += d));

const ms = (us: number) => `${(us / 1000).toFixed(0)} ms`;
const table = (title: string, m: Map<string, number>, total: number) => {
  process.stdout.write(`  ${title}:\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`    ${ms(v).padStart(9)}  ${((100 * v) / total).toFixed(0).padStart(3)} %  ${k}\n`);
};

process.stdout.write(`profile ${mainFile} (${profile.samples.length.toLocaleString("en-US")} samples); tasks ${relative(root, tasksFile)}\n`);
let k = 0;
for (const { action, long } of actions) {
  if (!long.length) {
    process.stdout.write(`\n${action}: no pane task over 200 ms\n`);
    continue;
  }
  process.stdout.write(`\n${action}: ${long.length} pane task(s) over 200 ms: ${long.map((l) => `${Math.round(l.paneMs)} ms`).join(", ")} (double excluded)\n`);
  const self = new Map<string, number>();
  const src = new Map<string, number>();
  let total = 0;
  for (const task of long) {
    const perTask = new Map<string, number>();
    let taskTotal = 0;
    k = 0;
    while (k < times.length && times[k] < task.startUs) k++;
    for (; k < times.length && times[k] < task.endUs; k++) {
      const dur = Math.min(times[k + 1] ?? task.endUs, task.endUs) - times[k];
      const i = info(profile.samples[k]);
      if (i.inDouble || i.self.startsWith("(idle)")) continue;
      self.set(i.self, (self.get(i.self) ?? 0) + dur);
      src.set(i.src, (src.get(i.src) ?? 0) + dur);
      perTask.set(i.src, (perTask.get(i.src) ?? 0) + dur);
      total += dur;
      taskTotal += dur;
    }
    const head = [...perTask].sort((a, b) => b[1] - a[1]).slice(0, 3);
    process.stdout.write(`  task ${Math.round(task.paneMs)} ms (sampled ${ms(taskTotal)}): ${head.map(([n, v]) => `${n} ${ms(v)}`).join("; ")}\n`);
  }
  table("by deepest src/ function on the stack", src, total);
  table("by function (self time)", self, total);
}

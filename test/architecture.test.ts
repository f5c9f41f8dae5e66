import { readFileSync, readdirSync, statSync } from "fs";
import { dirname, join, relative, resolve, sep } from "path";

/**
 * The engine's shape, checked on every run: folders import each other without cycles, the rest of the
 * product reaches the engine only through its facade, designation folders keep to themselves, and the
 * generic layers never name a designation.
 */
const ROOT = resolve(__dirname, "..");
const ENGINE = join(ROOT, "src", "engine");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Relative imports and re-exports of a file, resolved to absolute paths without extension. */
function importsOf(file: string): { spec: string; target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, "utf8");
  const out: { spec: string; target: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)"/gms))
    out.push({ spec: m[2], target: resolve(dirname(file), m[2]), typeOnly: !!m[1] });
  return out;
}

/** The unit of layering: a top folder of the engine, or one designation's folder. */
function unitOf(path: string): string {
  const parts = relative(ENGINE, path).split(sep);
  if (parts.length === 1) return "(facade)";
  if (parts[0] === "designations" && parts.length > 2) return `designations/${parts[1]}`;
  return parts[0];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function engineGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sources(ENGINE)) {
    const from = unitOf(file);
    for (const { target, spec } of importsOf(file)) {
      const to = unitOf(isDirectory(target) ? join(target, "index.ts") : `${target}.ts`);
      if (to === from || relative(ENGINE, target).startsWith("..")) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${relative(ROOT, file)} imports "${spec}"`);
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Map<string, string>>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys())
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  return null;
}

describe("engine architecture", () => {
  test("no import cycles between engine folders (type imports included)", () => {
    const graph = engineGraph();
    const cycle = findCycle(graph);
    const why = cycle ? cycle.slice(1).map((to, i) => graph.get(cycle[i])!.get(to)!) : [];
    expect({ cycle, why }).toEqual({ cycle: null, why: [] });
  });

  test("the cycle check finds a cycle when there is one", () => {
    const graph = new Map([
      ["a", new Map([["b", "a → b"]])],
      ["b", new Map([["c", "b → c"]])],
      ["c", new Map([["a", "c → a"]])],
    ]);
    expect(findCycle(graph)).toEqual(["a", "b", "c", "a"]);
    expect(findCycle(new Map([["a", new Map([["b", ""]])]]))).toBeNull();
  });

  test("the command line, the add-in, the functions and the tools import the engine only through src/engine/index.ts", () => {
    const outside = ["src/cli", "src/excel", "src/taskpane", "src/functions", "tools"].flatMap((d) => sources(join(ROOT, d)));
    const deep: string[] = [];
    for (const file of outside)
      for (const { target, spec } of importsOf(file)) {
        const rel = relative(ENGINE, target);
        if (!rel.startsWith("..") && rel !== "" && rel !== "index") deep.push(`${relative(ROOT, file)}: "${spec}"`);
      }
    expect(deep).toEqual([]);
  });

  test("a designation folder imports only the shared layers (and the Azure family its shared Azure code)", () => {
    const allowed = new Set(["parse", "input", "model"]);
    const wrong: string[] = [];
    for (const [from, edges] of engineGraph()) {
      if (!from.startsWith("designations/")) continue;
      for (const [to, why] of edges) if (!allowed.has(to) && to !== "designations/azure") wrong.push(why);
    }
    expect(wrong).toEqual([]);
  });

  test("explain, history, simulate and optimise never name a designation: they loop over the modules", () => {
    const ids = ["modern-work", "security", "infrastructure", "data-ai", "digital-app-innovation", "business-applications"];
    const named: string[] = [];
    for (const dir of ["explain", "history", "simulate", "optimise"])
      for (const file of sources(join(ENGINE, dir))) {
        const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
        for (const id of ids) if (code.includes(`"${id}"`)) named.push(`${relative(ROOT, file)}: "${id}"`);
      }
    expect(named).toEqual([]);
  });
});

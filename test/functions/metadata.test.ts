/**
 * The built add-in: custom-functions-metadata-plugin's dist/functions.json (what Excel reads to know the
 * SPD.* functions' signatures) and the shared runtime wiring in dist/taskpane.html and dist/manifest.xml.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIST = join(__dirname, "../../dist");

function readDist(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path))
    throw new Error(
      `dist/${file} is missing: build first, as npm test does: \`npm run build -- --env prodUrl=https://spd-partner-score.test/\` (a production manifest is written only for a real HTTPS address).`
    );
  return readFileSync(path, "utf8");
}

interface ParameterMeta {
  name: string;
  type?: string;
  optional?: boolean;
  dimensionality?: "scalar" | "matrix";
  description?: string;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMeta[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
}

let functions: FunctionMeta[];
beforeAll(() => {
  functions = (JSON.parse(readDist("functions.json")) as { functions: FunctionMeta[] }).functions;
});

function fn(id: string): FunctionMeta {
  const f = functions.find((x) => x.id === id);
  if (!f) throw new Error(`dist/functions.json has no function ${id}; it has ${functions.map((x) => x.id).join(", ")}`);
  return f;
}

/** [name, type, optional, matrix] per parameter, in order. */
const shape = (f: FunctionMeta) => f.parameters.map((p) => [p.name, p.type ?? "any", p.optional === true, p.dimensionality === "matrix"]);

describe("dist/functions.json", () => {
  test("declares exactly the six SPD functions, each with a description", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(["DEPLOYED", "ELIGIBLE", "NEEDED", "POINTS", "SIMULATE", "STATUS", "TARGET"]);
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.description?.length).toBeGreaterThan(10);
      for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(3);
    }
  });

  test("POINTS(track, metric, value matrix, [association]) returns a number matrix", () => {
    const f = fn("POINTS");
    expect(shape(f)).toEqual([
      ["track", "string", false, false],
      ["metric", "string", false, false],
      ["value", "number", false, true],
      ["association", "string", true, false],
    ]);
    expect(f.result).toEqual({ type: "number", dimensionality: "matrix" });
  });

  test("TARGET(track, metric, [association]) returns a number", () => {
    const f = fn("TARGET");
    expect(shape(f)).toEqual([
      ["track", "string", false, false],
      ["metric", "string", false, false],
      ["association", "string", true, false],
    ]);
    expect(f.result.type).toBe("number");
    expect(f.result.dimensionality ?? "scalar").toBe("scalar");
  });

  test("ELIGIBLE(paidUnits matrix, track) returns a boolean matrix", () => {
    const f = fn("ELIGIBLE");
    expect(shape(f)).toEqual([
      ["paidUnits", "number", false, true],
      ["track", "string", false, false],
    ]);
    expect(f.result).toEqual({ type: "boolean", dimensionality: "matrix" });
  });

  test("DEPLOYED(activeUsers matrix, paidUnits matrix) returns a boolean matrix", () => {
    const f = fn("DEPLOYED");
    expect(shape(f)).toEqual([
      ["activeUsers", "number", false, true],
      ["paidUnits", "number", false, true],
    ]);
    expect(f.result).toEqual({ type: "boolean", dimensionality: "matrix" });
  });

  test("NEEDED(track, metric, value matrix, [association]) returns a number matrix", () => {
    const f = fn("NEEDED");
    expect(shape(f)).toEqual([
      ["track", "string", false, false],
      ["metric", "string", false, false],
      ["value", "number", false, true],
      ["association", "string", true, false],
    ]);
    expect(f.result).toEqual({ type: "number", dimensionality: "matrix" });
  });

  test("STATUS(pointsRange matrix) returns a string", () => {
    const f = fn("STATUS");
    expect(shape(f)).toEqual([["pointsRange", "number", false, true]]);
    expect(f.result.type).toBe("string");
    expect(f.result.dimensionality ?? "scalar").toBe("scalar");
  });

  test("SIMULATE(track, metrics, values, [added]) returns a number", () => {
    const f = fn("SIMULATE");
    expect(shape(f)).toEqual([
      ["track", "string", false, false],
      ["metrics", "string", false, true],
      ["values", "number", false, true],
      ["added", "number", true, true],
    ]);
    expect(f.result.type).toBe("number");
  });

  test("optional parameters come last", () => {
    for (const f of functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});

describe("shared runtime wiring", () => {
  test("dist/taskpane.html loads both taskpane.js and functions.js", () => {
    const html = readDist("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
    // office.js first, so Office and CustomFunctions exist before the bundles run
    expect(scripts[0]).toMatch(/^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/);
    expect(existsSync(join(DIST, "taskpane.js"))).toBe(true);
    expect(existsSync(join(DIST, "functions.js"))).toBe(true);
  });

  test("dist/manifest.xml exists and every file it points to was built", () => {
    const xml = readDist("manifest.xml");
    expect(xml).toMatch(/<OfficeApp\b/);
    const taskpane = /DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(xml);
    expect(taskpane).not.toBeNull();
    const origin = taskpane![1];
    const files = [...xml.matchAll(/DefaultValue="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => u.startsWith(origin))
      .map((u) => u.slice(origin.length));
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "functions.js", "functions.json"]));
    for (const file of files) expect([file, existsSync(join(DIST, file))]).toEqual([file, true]);
  });

  test("dist/ ships only the add-in: no playground, no Excel double", () => {
    readDist("taskpane.html");
    expect(readdirSync(DIST).filter((f) => /playground/i.test(f))).toEqual([]);
    // tools/excel-double's errors all start "excel-double:"; nothing in the add-in may bundle it.
    for (const bundle of ["taskpane.js", "functions.js"]) expect([bundle, readDist(bundle).includes("excel-double")]).toEqual([bundle, false]);
  });
});

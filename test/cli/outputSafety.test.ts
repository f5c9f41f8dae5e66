/**
 * --out never costs the user a file: it refuses to write over an input, writes through a temporary file
 * renamed into place, and turns file-system failures into one line with exit 3.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, spd } from "../helpers/cli";

const SEED = join(ROOT, "test/fixtures/seed-002-sample.csv");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "spd-out-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("--out naming an input file is refused (exit 2) and the input is left as it was", async () => {
  const input = join(dir, "mine.xlsx");
  copyFileSync(SEED, join(dir, "seed.csv"));
  // Make an .xlsx input first, then try to score it onto itself.
  expect((await spd(["score", join(dir, "seed.csv"), "--out", input])).code).toBe(0);
  const before = readFileSync(input);
  const run = await spd(["score", input, "--out", join(dir, ".", "mine.xlsx")]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--out .*mine\.xlsx is an input file/);
  expect(readFileSync(input).equals(before)).toBe(true);
}, 60_000);

test.each([
  ["a folder that does not exist", () => join(dir, "missing", "out.xlsx"), /its folder does not exist/],
  [
    "a folder in the way",
    () => {
      mkdirSync(join(dir, "taken.xlsx"), { recursive: true });
      return join(dir, "taken.xlsx");
    },
    /that is a folder/,
  ],
])(
  "--out into %s: one line naming the file, exit 3, nothing left behind",
  async (_label, target, why) => {
    const out = target();
    const run = await spd(["score", SEED, "--out", out]);
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(why);
    expect(run.stderr).toContain(out);
    expect(run.stderr).not.toMatch(/\bat \w/); // no stack trace
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  },
  60_000
);

test("a successful --out leaves only the workbook, no temporary file", async () => {
  const out = join(dir, "fresh.xlsx");
  expect((await spd(["score", SEED, "--out", out])).code).toBe(0);
  expect(existsSync(out)).toBe(true);
  expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
}, 60_000);

test("messages show control characters escaped: a header's escape sequences never reach the terminal", async () => {
  const hostile = join(dir, "hostile.csv");
  writeFileSync(hostile, "Name\u001b[2J\u001b]0;owned\u0007,Amount\u0000\nx,1\n");
  const run = await spd(["score", hostile]);
  expect(run.code).toBe(3);
  // eslint-disable-next-line no-control-regex -- the point: no control character reaches the terminal
  expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(run.stderr).toContain("\\x1b[2J");
}, 60_000);

test("the --out summary sheet names the rule options in force and where they came from", async () => {
  const out = join(dir, "options.xlsx");
  const run = await spd(["score", "samples/bizapps-revenue.csv", "--option", "nca-smb-500", "--out", out]);
  expect(run.code).toBe(0);
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const rows: string[][] = [];
  wb.getWorksheet("SPD Summary")!.eachRow((r) => rows.push([String(r.getCell(1).value ?? ""), String(r.getCell(2).value ?? "")]));
  expect(rows.find((r) => r[0] === "Rule options")?.[1]).toMatch(/^nca-smb-500 \(Business Applications: .+\) — from --option$/);
}, 60_000);

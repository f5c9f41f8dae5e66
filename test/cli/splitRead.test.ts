/**
 * A large CSV export read in two parts at once (src/cli/splitRead.ts: this thread the first half, a
 * worker thread, dist-cli/read-worker.js, the header line and the rest) against one reader: the same
 * table, columns, tenants, kinds, skipped rows and problems; and the bin's report the same either way.
 * Needs `npm run build` (npm test runs it).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputCollector, readCsvPieces, utf8Pieces, type ParsedInput } from "../../src/engine";
import { usageColumns } from "../../src/engine/input/usageColumns";
import { readCsvInTwo } from "../../src/cli/splitRead";
import { writeBulkUsage } from "../../scripts/samples/bulk";

const ROOT = join(__dirname, "../..");
const WORKER = join(ROOT, "dist-cli", "read-worker.js");
const BIN = join(ROOT, "dist-cli", "spd.js");

let dir = "";
let file = "";

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error("dist-cli/read-worker.js is missing: run `npm run build` before the tests (npm test does).");
  dir = mkdtempSync(join(tmpdir(), "spd-split-"));
  file = join(dir, "usage.csv");
  // 300k rows (19 MB, over the 16 MB from which a file is split), with bad rows in both halves: more of one kind
  // than the log names (20), an invisible character, a repeated header, a blank line.
  writeBulkUsage(file, 150_000, 7);
  const bad = (n: number, from: number) => Array.from({ length: n }, (_, i) => `Late ${(from + i) % 9},CSP Tier1,Exchange,Someday,${i},5`).join("\n") + "\n";
  appendFileSync(file, bad(12, 0) + "Zed\u200b Ltd,CPOR,Teams,Oct-2025,4,5\n\n");
  const first = readFileSync(file, "utf8");
  const header = first.slice(0, first.indexOf("\n") + 1);
  const second = join(dir, "second.csv");
  writeBulkUsage(second, 150_000, 8);
  const more = readFileSync(second, "utf8");
  writeFileSync(file, first + header + more.slice(more.indexOf("\n") + 1) + bad(25, 100) + "Zed\u200b Ltd,CPOR,Teams,Oct-2024,4,5\n");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function oneReader(path: string): ParsedInput {
  const c = new InputCollector();
  readCsvPieces(c, "usage.csv", utf8Pieces(readFileSync(path), isUtf8)!);
  return c.result();
}

/** What a read gave, its columns as plain arrays (the records of 300k rows are not built). */
function comparable(input: ParsedInput) {
  const c = usageColumns(input.usage);
  const columns = Object.fromEntries(
    ["file", "row", "tenant", "kind", "month", "mau", "pau", "claimMonth"].map((n) => [
      n,
      Array.from((c as unknown as Record<string, ArrayLike<number>>)[n]).slice(0, c.length),
    ])
  );
  return {
    length: c.length,
    columns,
    kinds: c.kinds,
    tenants: input.usage.tenants,
    rejected: input.usage.rejected,
    tables: input.tables,
    issues: input.issues,
  };
}

describe("a large CSV read in two parts", () => {
  it("gives what one reader gives, and is split (a worker read the second half)", async () => {
    const c = new InputCollector();
    const read = await readCsvInTwo(c, "usage.csv", file, WORKER);
    expect(read?.split).toBe(true);
    const split = comparable(c.result());
    const one = comparable(oneReader(file));
    expect(split.length).toBe(one.length);
    expect(split).toEqual(one);
    // The checks are not of two empty reads: rows skipped in both halves, 20 of a kind named and the rest counted.
    expect(one.rejected.length).toBe(37);
    expect(one.issues.map((i) => i.message)).toContain("17 more rows like the ones above were skipped.");
  }, 60_000);

  it("is not split when the file holds a quote (a line end inside quotes would not end a row)", async () => {
    const quoted = join(dir, "quoted.csv");
    writeFileSync(quoted, readFileSync(file, "utf8").replace("Late 0,", '"Late, 0",'));
    expect(await readCsvInTwo(new InputCollector(), "usage.csv", quoted, WORKER)).toBeNull();
  }, 60_000);

  it("reads on, on one thread, when the worker cannot start or throws: split or not, nothing is lost and nothing crashes", async () => {
    const broken = join(dir, "broken-worker.js");
    writeFileSync(broken, "throw new Error('no worker today');\n");
    const c = new InputCollector();
    const read = await readCsvInTwo(c, "usage.csv", file, broken);
    expect(read?.split).toBe(false);
    expect(comparable(c.result())).toEqual(comparable(oneReader(file)));
    // A file not split: the worker, started before the file was read, fails later; no listener-less error may end the process.
    const quoted = join(dir, "quoted.csv");
    expect(await readCsvInTwo(new InputCollector(), "usage.csv", quoted, broken)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }, 60_000);

  it("gives the bin's report alike on one thread and on two (SPD_READ_THREADS=1)", () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [BIN, "score", file, "--json"], { encoding: "utf8", maxBuffer: 256 << 20, env: { ...process.env, ...env } });
    const two = run({});
    const one = run({ SPD_READ_THREADS: "1" });
    expect(two.status).toBe(0);
    expect(one.status).toBe(0);
    expect(two.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);
});

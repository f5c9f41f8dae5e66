/**
 * `spd simulate` and `spd score --history` as a child process on the seed-002 sample (one M365
 * export, Oct-2024 and Oct-2025): the what-if output, its JSON, and clear errors.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const SEED = "test/fixtures/seed-002-sample.csv";

function spd(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/spd.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("spd simulate", () => {
  test("without a scenario it lists the recommendations with their ids", () => {
    const r = spd("simulate", SEED, "--intermediate", "2", "--advanced", "1", "--designation", "modern-work");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Simulated as of Oct-2025: nothing changed");
    expect(r.stdout).toMatch(/modern-work\/smb\/net-customer-adds\s+\d+ more net customer adds: \+[\d.]+ points/);
  });

  test("--json: a ticked recommendation, a hypothetical customer and a left-out tenant", () => {
    const r = spd(
      "simulate",
      SEED,
      "--intermediate",
      "2",
      "--advanced",
      "1",
      "--designation",
      "modern-work",
      "--json",
      "--recommend",
      "modern-work/smb/net-customer-adds",
      "--add-customer",
      "workload=Exchange,association=CSP Tier 1,mau=30,paid=50,name=Contoso",
      "--exclude",
      "nobody"
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.scenario.customers[0]).toMatchObject({ name: "Contoso", workload: "Exchange", monthlyActiveUsers: 30, paidUnits: 50, customer: "new" });
    expect(out.applied.map((a: { id: string }) => a.id)).toEqual(["modern-work/smb/net-customer-adds"]);
    const smb = out.changes[0].tracks.find((t: { id: string }) => t.id === "smb");
    // The recommendation fills net customer adds (20 of 20) and the customer adds a CSP deployment and MAU.
    expect(smb.metrics.find((m: { id: string }) => m.id === "net-customer-adds").after.points).toBe(20);
    expect(smb.delta).toBeGreaterThan(0);
    expect(out.notes).toContain("Not found in the exports, so nothing was left out for: nobody.");
  });

  test("bad scenario input exits 2 with the reason", () => {
    const r = spd("simulate", SEED, "--add-customer", "workload=Exchange,association=CSP,mau=lots");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--add-customer: mau takes a number of 0 or more, not "lots".');
    const unknown = spd("simulate", SEED, "--recommend", "modern-work/smb/everything");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No recommendation "modern-work/smb/everything"');
    const misplaced = spd("score", SEED, "--exclude", "x");
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain("--exclude belongs to the simulate command");
  });
});

describe("spd score: cheapest path and history", () => {
  test("prints the cheapest path, and with --history the window table and renewal status", () => {
    const r = spd(
      "score",
      SEED,
      "--intermediate",
      "2",
      "--advanced",
      "1",
      "--designation",
      "modern-work",
      "--history",
      "--anniversary",
      "2026-03-15",
      "--today",
      "2025-11-02"
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cheapest path: .+ → [\d.]+ points/);
    expect(r.stdout).toContain("Monthly scores: May-2025 to Oct-2025");
    // The seed export holds only Oct-2024 and Oct-2025: the five earlier months have no data.
    expect(r.stdout).toMatch(/Sep-2025\s+Data unavailable/);
    expect(r.stdout).toContain("Renewal status (as of 2025-11-02)");
  });

  test("--weight changes the plan's effort; a bad weight exits 2", () => {
    const json = (args: string[]) =>
      JSON.parse(spd("score", SEED, "--intermediate", "2", "--advanced", "1", "--designation", "modern-work", "--json", ...args).stdout);
    const base = json([]).paths[0].cheapest;
    const costly = json(["--weight", "new-customer=100", "--weight", "deployment=100"]).paths[0].cheapest;
    expect(costly.cost).toBeGreaterThan(base.cost);
    const bad = spd("score", SEED, "--weight", "unicorn=3");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown effort kind "unicorn"');
  });
});

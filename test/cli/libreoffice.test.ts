import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The --out workbook must open in LibreOffice as written. Headless LibreOffice cannot show a repair
 * prompt, so the check is that it converts every sheet and the cells read back as written.
 */
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

test("the --out workbook opens in LibreOffice with every sheet and our columns", () => {
  // Never skipped: a missing LibreOffice fails here, saying how to get it (.ci/run installs it).
  if (!soffice) throw new Error("LibreOffice is missing: apt-get install libreoffice-calc-nogui poppler-utils (.ci/run installs them).");
  const dir = mkdtempSync(join(tmpdir(), "spd-lo-"));
  const out = join(dir, "score.xlsx");
  execFileSync("node", ["--import", "tsx", "src/cli/spd.ts", "score", "samples/modern-work-usage.csv", "samples/skilling.csv", "--out", out], {
    stdio: "ignore",
  });
  // 44,34,76,1,,0,false,true,false,false,false,-1: comma-separated UTF-8, every sheet to its own file.
  const result = spawnSync(
    soffice!,
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      dir,
      out,
    ],
    {
      encoding: "utf8",
      timeout: 110_000,
    }
  );
  expect(result.status).toBe(0);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort();
  expect(files).toEqual(["score-SPD Summary.csv", "score-modern-work-usage.csv", "score-skilling.csv"]);
  const usage = readFileSync(join(dir, "score-modern-work-usage.csv"), "utf8").split("\n");
  expect(usage[0]).toMatch(
    /^CustomerTenantName,.*,QualifiedUsage,SPD Counts toward,SPD Reason,SPD Enterprise eligible,SPD SMB eligible,SPD Eligible workload,SPD Association,SPD Active share \(deployment at 40% or more\),SPD Deployment,/
  );
  // Months and text stay text in the flag columns; a row outside the compared months says so and has no details.
  expect(usage.some((l) => /,Not a compared month: the score compares Oct-2025 with Oct-2024\.,,,,,,,/.test(l))).toBe(true);
  expect(usage.filter((l) => l.trim()).length).toBe(26675);
  const summary = readFileSync(join(dir, "score-SPD Summary.csv"), "utf8");
  expect(summary).toMatch(/As-of month,2025-10/);
  expect(summary).toMatch(/Solutions Partner for Modern Work,SMB \(best\),86\.1\d*,Qualified,0(\.0)?,/);
  expect(summary).toMatch(/Modern Work — 86\.1 points, qualified \(2023 rules, in force from 12 Jun 2023\)/);
  expect(summary).toMatch(/SMB track total \(best: counts\),,70,86\.1\d*,100,,Qualified/);
}, 120_000);

/**
 * The checked-in samples (samples/*.csv) are exactly what scripts/samples/generate.ts writes, and they
 * say what samples/README.md says: the Modern Work SMB track qualifies, the Enterprise track does not;
 * the Azure and Business Applications exports have the shape and the cases the README lists.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SAMPLE_FILES, generateSamples, writeSamples } from "../scripts/samples/generate";
import { InputCollector, readCsvText, scoreDesignations, scoreModernWork } from "../src/engine";

const samplesDir = resolve(__dirname, "..", "samples");

describe("samples/ and their generator", () => {
  it("regenerating the samples gives the checked-in files byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "spd-samples-"));
    try {
      writeSamples(dir);
      expect(readdirSync(dir).sort()).toEqual([...SAMPLE_FILES].sort());
      for (const name of SAMPLE_FILES) {
        const fresh = readFileSync(join(dir, name));
        const checkedIn = readFileSync(join(samplesDir, name));
        // Compare as text first for a readable diff, then as bytes (line endings, encoding).
        expect(fresh.toString("utf8")).toBe(checkedIn.toString("utf8"));
        expect(fresh.equals(checkedIn)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the generator is deterministic", () => {
    expect(generateSamples()).toEqual(generateSamples());
  });
});

describe("scoring the checked-in samples", () => {
  const collector = new InputCollector();
  for (const name of SAMPLE_FILES) readCsvText(collector, name, readFileSync(join(samplesDir, name), "utf8"));
  const input = collector.result();
  const { report, certifications } = scoreModernWork(input);
  const [designation] = report.designations;
  const track = (id: "enterprise" | "smb") => designation.tracks.find((t) => t.id === id)!;

  it("reads every row of every file, as of Oct-2025 against Oct-2024", () => {
    expect(report.asOf).toBe("2025-10");
    expect(report.baseline).toBe("2024-10");
    expect(report.inputs.map((i) => [i.name, i.layout, i.rows, i.skipped])).toEqual([
      ["modern-work-usage.csv", "m365-usage", 2991, 0],
      ["skilling.csv", "skilling", 35, 0],
      ["azure-usage.csv", "azure-usage", 5782, 0],
      ["bizapps-usage.csv", "bizapps-usage", 348, 0],
      ["bizapps-revenue.csv", "bizapps-revenue", 344, 0],
    ]);
    expect(input.usage.tenants.length).toBeGreaterThanOrEqual(200);
  });

  it("the Modern Work SMB track qualifies with 86.1 points, in every metric", () => {
    const smb = track("smb");
    expect(smb.status).toBe("Qualified");
    expect(smb.total).toBeCloseTo(86.1, 2);
    for (const m of smb.metrics) expect(m.points).toBeGreaterThan(0);
    expect(designation.qualified).toBe(true);
  });

  it("the Enterprise track does not qualify: 37.83 points", () => {
    const enterprise = track("enterprise");
    expect(enterprise.status).not.toBe("Qualified");
    expect(enterprise.total).toBeCloseTo(37.83, 2);
  });

  it("the rows added to the skilling export change nothing for Modern Work: 3 intermediate, 1 advanced", () => {
    expect([certifications!.intermediate, certifications!.advanced]).toEqual([3, 1]);
  });
});

describe("every designation from the checked-in samples (the story samples/README.md tells)", () => {
  const collector = new InputCollector();
  for (const name of SAMPLE_FILES) readCsvText(collector, name, readFileSync(join(samplesDir, name), "utf8"));
  const { report } = scoreDesignations(collector.result());
  const summary = Object.fromEntries(report.designations.map((d) => [d.id, [d.bestTrack, Math.round(d.total * 100) / 100, d.qualified]]));

  it("Infrastructure and Modern Work qualify; the others are in progress; no Microsoft Cloud", () => {
    expect(summary).toEqual({
      "data-ai": ["single", 68, false],
      infrastructure: ["single", 88, true],
      "digital-app-innovation": ["single", 64, false],
      "business-applications": ["smb", 56.36, false],
      "modern-work": ["smb", 86.1, true],
      security: ["single", 16.92, false],
    });
    expect(report.microsoftCloud).toMatchObject({ attained: false, qualified: ["infrastructure", "modern-work"] });
  });

  it("Business Applications is classified SMB: 3 tenant workloads over $5,000 in both Octobers", () => {
    const bizApps = report.designations.find((d) => d.id === "business-applications")!;
    expect(bizApps.classification?.track).toBe("smb");
    expect(bizApps.classification?.reason).toMatch(/^SMB: 3 tenant workloads over \$5,000 in both Oct-2025 and Oct-2024/);
  });

  it("Security waits on a second Security Operations Analyst (the December 2023 prerequisite)", () => {
    const security = report.designations.find((d) => d.id === "security")!;
    expect(security.ruleSet.id).toBe("security-2023-12");
    const skilling = security.tracks[0].metrics.find((m) => m.id === "intermediate-certifications")!;
    expect(skilling.points).toBe(0);
    expect(skilling.gaps[0].text).toMatch(/^1 more person with .*Security Operations Analyst.*prerequisite Step 2/);
  });
});

/** Data rows of a checked-in CSV (the samples quote nothing, so a comma always separates). */
function rows(name: string): string[][] {
  return readFileSync(join(samplesDir, name), "utf8").trim().split("\n").slice(1).map((line) => line.split(","));
}
const distinct = (list: string[][], column: number) => [...new Set(list.map((r) => r[column]))].sort();

describe("samples/azure-usage.csv", () => {
  // CustomerTenantId, CustomerName, ServiceLevel2, Month, ACR_USD, PartnerAttributionType, CustomerSegment
  const azure = rows("azure-usage.csv");
  const counted = azure.filter((r) => r[5] !== "Partner As End Customer");
  /** Σ ACR per tenant in a month (first day written like 2025-10-01), eligible associations only. */
  const perTenant = (month: string) => {
    const sums = new Map<string, number>();
    for (const r of counted) if (r[3] === month) sums.set(r[0], (sums.get(r[0]) ?? 0) + Number(r[4]));
    return sums;
  };
  const atLeast1000 = (a: string, b: string, both: boolean) => {
    const [x, y] = [perTenant(a), perTenant(b)];
    const ids = new Set([...x.keys(), ...y.keys()]);
    return [...ids].filter((id) => (both ? (x.get(id) ?? 0) >= 1000 && (y.get(id) ?? 0) >= 1000 : (x.get(id) ?? 0) >= 1000 || (y.get(id) ?? 0) >= 1000)).length;
  };
  const total = (month: string) => [...perTenant(month).values()].reduce((s, v) => s + v, 0);

  it("has 61 tenants over 24 months, Nov-2023 to Oct-2025, under the documented association spellings", () => {
    expect(distinct(azure, 0)).toHaveLength(61);
    const months = distinct(azure, 3);
    expect([months.length, months[0], months[23]]).toEqual([24, "2023-11-01", "2025-10-01"]);
    expect(distinct(azure, 5)).toEqual(["CSP Tier 1", "CSP Tier 2", "DPOR", "PAL", "Partner As End Customer"]);
    expect(azure.filter((r) => Number(r[4]) < 0)).toHaveLength(4); // ACR credits
  });

  it("tells the net-customer-adds story: +6 with both of the last two months over $1,000, +7 with either", () => {
    // Both months: 20 tenants in Sep+Oct-2025 against 14 in Sep+Oct-2024 → 20 − 14 = 6.
    expect([atLeast1000("2025-09-01", "2025-10-01", true), atLeast1000("2024-09-01", "2024-10-01", true)]).toEqual([20, 14]);
    // Either month adds the tenant that reaches $1,000 in Oct-2025 only (985.40 in Sep-2025): 21 − 14 = 7.
    expect([atLeast1000("2025-09-01", "2025-10-01", false), atLeast1000("2024-09-01", "2024-10-01", false)]).toEqual([21, 14]);
    const bellows = azure.filter((r) => r[1] === "Bellows College Pty Ltd" && r[3] >= "2025-09-01").map((r) => r[4]);
    expect(bellows).toEqual(["1000.00", "1000.00"]); // exactly at the threshold
  });

  it("grows about 21 % year over year (Oct-2025 against Oct-2024)", () => {
    // 123,765.25 / 101,955.61 − 1 = 21.39 %.
    expect(total("2024-10-01")).toBeCloseTo(101955.61, 2);
    expect(total("2025-10-01")).toBeCloseTo(123765.25, 2);
  });
});

describe("samples/bizapps-usage.csv and samples/bizapps-revenue.csv", () => {
  // Usage: FiscalMonthName, PartnerAssociationType, CustomerTenantID, CustomerTenantName, MetricType, Workload, MAU
  const usage = rows("bizapps-usage.csv");
  // Revenue: FiscalMonthName, PartnerAssociationType, CustomerTenantID, CustomerTenantName, Workloads, AdjustedRevenueAmtCD
  const revenue = rows("bizapps-revenue.csv");

  it("covers Oct 2024 to Oct 2025 for 26 customers (25 with revenue: one is on a trial), 8 of them Azure customers too", () => {
    expect(distinct(usage, 0)).toHaveLength(13);
    expect(usage[0][0]).toBe("Oct 2024");
    expect(usage[usage.length - 1][0]).toBe("Oct 2025");
    expect(distinct(usage, 2)).toHaveLength(26);
    expect(distinct(revenue, 2)).toHaveLength(25);
    const azureTenants = new Set(rows("azure-usage.csv").map((r) => r[0]));
    expect(distinct(usage, 2).filter((id) => azureTenants.has(id))).toHaveLength(8);
    expect(distinct(usage, 1)).toEqual(["CPOR OSU", "CPOR RevRec", "CSP Tier 1", "DPOR", "PAL"]);
    expect(usage.filter((r) => r[4] === "Trial")).toHaveLength(5);
  });

  it("has 3 tenant workloads over $5,000 in both Octobers (fewer than 5: SMB) and a 4th in Oct 2025 only", () => {
    const revenueIn = (month: string) => {
      const sums = new Map<string, number>();
      for (const r of revenue) if (r[0] === month) sums.set(`${r[2]} ${r[4]}`, (sums.get(`${r[2]} ${r[4]}`) ?? 0) + Number(r[5]));
      return sums;
    };
    const [before, after] = [revenueIn("Oct 2024"), revenueIn("Oct 2025")];
    const over = (m: Map<string, number>) => [...m].filter(([, v]) => v > 5000).map(([k]) => k);
    expect(over(before).filter((k) => over(after).includes(k))).toHaveLength(3); // Finance $7,350 → $7,980; Sales $6,300 → $6,720; Customer Service $5,460 → $5,775
    expect(over(after)).toHaveLength(4); // + a new Sales customer at $5,250
  });
});

/**
 * The checked-in samples (samples/*.csv) are exactly what scripts/samples/generate.ts writes, and they
 * say what samples/README.md says: the Modern Work SMB track qualifies, the Enterprise track does not;
 * the Azure and Business Applications exports have the shape and the cases the README lists.
 */
import { createHash } from "node:crypto";
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
      // Every month May-2024 … Oct-2025 (issue 5); Oct-2024 + Oct-2025 alone are still the 2,991 rows of before.
      ["modern-work-usage.csv", "m365-usage", 26674, 0],
      ["skilling.csv", "skilling", 35, 0],
      ["azure-usage.csv", "azure-usage", 5782, 0],
      // May-2024 … Oct-2025: 348 and 344 rows for Oct-2024 … Oct-2025 as before, plus May- … Sep-2024.
      ["bizapps-usage.csv", "bizapps-usage", 473, 0],
      ["bizapps-revenue.csv", "bizapps-revenue", 469, 0],
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
  const summary = Object.fromEntries(report.designations.map((d) => [d.id, [d.countingTrack, Math.round(d.total * 100) / 100, d.qualified]]));

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
  return readFileSync(join(samplesDir, name), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));
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

  it("covers May 2024 to Oct 2025 for 26 customers (25 with revenue: one is on a trial), 8 of them Azure customers too", () => {
    expect(distinct(usage, 0)).toHaveLength(18);
    expect(usage[0][0]).toBe("May 2024");
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

describe("the six months of the qualification window (issue 5): every month has its year-ago baseline", () => {
  // Of the rows as the file writes them, each ending in a newline (what `sha256sum` gives for the same lines).
  const sha256 = (lines: string[]) =>
    createHash("sha256")
      .update(`${lines.join("\n")}\n`)
      .digest("hex");
  const lines = (name: string) => readFileSync(join(samplesDir, name), "utf8").trim().split("\n").slice(1);

  it("the usage export holds May-2024 … Oct-2025, and its two Octobers are the two-month export of before, byte for byte", () => {
    const usage = rows("modern-work-usage.csv");
    const months = new Set(usage.map((r) => r[3]));
    const expected = ["2024", "2025"].flatMap((y) =>
      ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map((m) => `${m}-${y}`)
    );
    expect([...months].sort()).toEqual(expected.slice(4, 22).sort()); // May-2024 … Oct-2025: 18 months
    const octobers = lines("modern-work-usage.csv").filter((l) => /,Oct-202[45],/.test(l));
    expect(octobers).toHaveLength(2991);
    // sha256 of the data rows of samples/modern-work-usage.csv before the other months were added.
    expect(sha256(octobers)).toBe("4f1a0916ac2de0fcd8aa718bda9a55c51736ee094bc815bb022a50b15ad9d2c7");
    // Tenants that came and went between the Octobers: 243 tenants in them, 246 in all.
    expect(distinct(usage, 0)).toHaveLength(246);
  });

  it("the Business Applications exports add May … Sep 2024 and keep Oct 2024 … Oct 2025 byte for byte", () => {
    const kept = (name: string) => lines(name).filter((l) => !/^(May|Jun|Jul|Aug|Sep) 2024,/.test(l));
    expect([kept("bizapps-usage.csv").length, kept("bizapps-revenue.csv").length]).toEqual([348, 344]);
    expect(sha256(kept("bizapps-usage.csv"))).toBe("c8703c3cf5b26ad122f8bd3ff4feabd430c574e91728fe135f29d447ec657dce");
    expect(sha256(kept("bizapps-revenue.csv"))).toBe("6521a82b1ec40c01901b6b8326813022548c99d5d401d757bdcf7b7f136410c3");
  });

  it("no certification counts before it was earned: every completion date is before its expiry and not after Oct-2025", () => {
    // Individual name, Certification name, Certification type, Solution area, Completion date, Expiry date
    for (const [, , , , completed, expires] of rows("skilling.csv")) {
      expect(completed <= "2025-10-31").toBe(true);
      if (expires) expect(completed < expires).toBe(true);
    }
  });

  const collector = new InputCollector();
  for (const name of SAMPLE_FILES) readCsvText(collector, name, readFileSync(join(samplesDir, name), "utf8"));
  const input = collector.result();
  const WINDOW = ["2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10"];
  const reports = WINDOW.map((asOf) => scoreDesignations(input, { asOf }).report);
  const designation = (id: string) => reports.map((r) => r.designations.find((d) => d.id === id)!);

  it("Modern Work SMB qualifies in May, Jun, Sep and Oct-2025, not in Jul and Aug-2025 (six CSP customers left in Jul)", () => {
    const smb = designation("modern-work").map((d) => d.tracks.find((t) => t.id === "smb")!);
    const value = (t: (typeof smb)[number], id: string) => t.metrics.find((m) => m.id === id)!.value;
    // SMB points: net adds 20 × n / 10; intermediate 10 (2 or more people); advanced 15 (1 person);
    // usage growth 30 × CSP MAU growth / 2,000; deployments 25 × min(1, CSP deployments / 10).
    expect(smb.map((t) => value(t, "net-customer-adds"))).toEqual([6, 5, 0, 1, 6, 8]); // 182→188, 183→188, 183→183, 183→184, 183→189, 183→191
    expect(smb.map((t) => (value(t, "usage-growth") as Record<string, number>).CSP)).toEqual([1572, 1564, 953, 1073, 1636, 1340]);
    expect(smb.map((t) => (value(t, "deployments") as Record<string, number>).CSP)).toEqual([17, 16, 2, 7, 27, 49]);
    // May 12 + 10 + 15 + 23.58 + 25 = 85.58; Jun 10 + 10 + 15 + 23.46 + 25 = 83.46; Jul 0 + 10 + 15 + 14.295 + 5 = 44.295;
    // Aug 2 + 10 + 15 + 16.095 + 17.5 = 60.595; Sep 12 + 10 + 15 + 24.54 + 25 = 86.54; Oct 16 + 10 + 15 + 20.1 + 25 = 86.1.
    [85.58, 83.46, 44.295, 60.595, 86.54, 86.1].forEach((total, i) => expect(smb[i].total).toBeCloseTo(total, 6));
    expect(smb.map((t) => t.status)).toEqual(["Qualified", "Qualified", "InProgress", "InProgress", "Qualified", "Qualified"]);
    expect(designation("modern-work").map((d) => d.qualified)).toEqual([true, true, false, false, true, true]);
    // Chloé Martin's Messaging Administrator expired in Jun-2025: 4 intermediate people in May and Jun, 3 after.
    expect(smb.map((t) => value(t, "intermediate-certifications"))).toEqual([4, 4, 3, 3, 3, 3]);
  });

  it("Modern Work Enterprise stays in progress every month", () => {
    const enterprise = designation("modern-work").map((d) => d.tracks.find((t) => t.id === "enterprise")!);
    // Net adds 20 × n / 5; intermediate 10 × n / 4; advanced 15 × n / 2; usage 30 × DPOR / 4,000; deployments 25 × DPOR / 10.
    // May 0 + 10 + 7.5 + 4.6575 (621) + 2.5 (1) = 24.6575; Jun 4 + 10 + 7.5 + 14.8875 (1,985) + 7.5 (3) = 43.8875;
    // Jul 4 + 7.5 + 7.5 + 6.975 (930) + 7.5 (3) = 33.475; Aug 4 + 7.5 + 7.5 + 9.6375 (1,285) + 7.5 (3) = 36.1375;
    // Sep (the 540-seat DPOR customer gone) 0 + 7.5 + 7.5 + 0.18 (CPOR 6 of 1,000) + 2.5 (1) = 17.68; Oct 37.83.
    [24.6575, 43.8875, 33.475, 36.1375, 17.68, 37.83].forEach((total, i) => expect(enterprise[i].total).toBeCloseTo(total, 2));
    expect(enterprise.every((t) => t.status !== "Qualified")).toBe(true);
  });

  it("Business Applications (SMB) is in progress every month, closest in Sep-2025 before Aiko Tanaka's expert certification lapses", () => {
    const bizApps = designation("business-applications");
    expect(bizApps.map((d) => d.countingTrack)).toEqual(["smb", "smb", "smb", "smb", "smb", "smb"]);
    const metric = (id: string) => bizApps.map((d) => d.tracks.find((t) => t.id === "smb")!.metrics.find((m) => m.id === id)!);
    // Net adds 3 points each; intermediate 16 (4 people); advanced 7.5 a person; growth: its percentage; deployments 4 each.
    expect(metric("net-customer-adds").map((m) => m.value)).toEqual([2, 1, 3, 3, 3, 3]);
    expect(metric("advanced-certifications").map((m) => m.value)).toEqual([2, 2, 2, 2, 2, 1]);
    expect(metric("deployments").map((m) => m.value)).toEqual([0, 1, 1, 1, 2, 2]);
    // May 6 + 16 + 15 + 15.98 + 0 = 52.98; Jun 3 + 16 + 15 + 13.48 + 4 = 51.48; Jul 9 + 16 + 15 + 14.17 + 4 = 58.17;
    // Aug 9 + 16 + 15 + 13.37 + 4 = 57.37; Sep 9 + 16 + 15 + 17.31 + 8 = 65.31; Oct 9 + 16 + 7.5 + 15.86 + 8 = 56.36.
    [52.98, 51.48, 58.17, 57.37, 65.31, 56.36].forEach((total, i) => expect(bizApps[i].total).toBeCloseTo(total, 2));
    expect(bizApps.every((d) => !d.qualified)).toBe(true);
  });
});

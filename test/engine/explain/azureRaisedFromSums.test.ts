/**
 * Pricing Azure near misses from the export's sums (the modules' rowsRaised) against scoring the
 * export again with each near miss's rows raised, on generated exports: both rule sets, the options
 * that change what a customer, growth or the classification reads, and a track given.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputCollector, readCsvText, type ParsedInput } from "../../../src/engine";
import { findNearMisses, type NearMissOptions } from "../../../src/engine/explain";
import { writeBulkAzure } from "../../../scripts/samples/bulkAzure";
import { azureCsv, filler, monthly } from "../../helpers/azure";

const AZURE = ["infrastructure", "data-ai", "digital-app-innovation"] as ("infrastructure" | "data-ai" | "digital-app-innovation")[];

function read(csv: string): ParsedInput {
  const c = new InputCollector();
  readCsvText(c, "azure.csv", csv);
  return c.result();
}

function generated(seed: number, rows: number): ParsedInput {
  const dir = mkdtempSync(join(tmpdir(), "spd-azure-"));
  try {
    const file = join(dir, "azure.csv");
    writeBulkAzure(file, rows, seed);
    const c = new InputCollector();
    readCsvText(c, "azure.csv", readFileSync(file, "utf8"));
    return c.result();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each near miss's tenant, what it raises and what that is worth per designation, to the 9th decimal. */
function priced(input: ParsedInput, options: NearMissOptions): string[] {
  return findNearMisses(input, options).nearMisses.map((n) =>
    JSON.stringify([
      n.tenant.key,
      n.item,
      n.tracks,
      Math.round(n.points * 1e9),
      n.worth.map((w) => [w.designation, Math.round(w.points * 1e9), w.countingTrack, w.text]),
    ])
  );
}

describe("Azure near misses priced from the export's sums", () => {
  // A wide window (90 %) makes dozens of near misses per export; small exports have services only one tenant uses.
  it.each([
    [1, "2023", 12_000, []],
    [2, "2026", 12_000, []],
    [3, "2023", 8_000, ["nca-either-month", "growth-ttm"]],
    [4, "2026", 8_000, ["growth-ttm", "smb-under-1m"]],
    [5, "2026", 2_500, []],
    [6, "2023", 2_500, ["nca-either-month"]],
  ] as const)(
    "agree with scoring the export again per near miss (seed %d, %s rules, %d rows, options %j)",
    (seed, ruleSet, rows, opts) => {
      const input = generated(seed, rows);
      const options: NearMissOptions = { designations: AZURE, ruleSet, options: [...opts], windows: { amount: 0.9 } };
      const fast = findNearMisses(input, options);
      expect(fast.stats.rescores).toBe(0);
      const fastPriced = priced(input, options);
      const slow = priced(input, { ...options, method: "rescore" });
      expect(fastPriced.length).toBeGreaterThanOrEqual(3);
      expect(fastPriced.filter((x, i) => x !== slow[i])).toEqual([]);
      expect(fastPriced.length).toBe(slow.length);
    },
    120_000
  );

  it("agree with a track given (SMB), whatever the export's classification says", () => {
    const input = generated(7, 8_000);
    const options: NearMissOptions = { designations: AZURE, ruleSet: "2026", tracks: { infrastructure: "smb", "data-ai": "smb" }, windows: { amount: 0.9 } };
    const fast = priced(input, options);
    expect(fast.length).toBeGreaterThan(5);
    expect(fast).toEqual(priced(input, { ...options, method: "rescore" }));
  }, 120_000);

  // The generated exports spread every service over many tenants and never change the classification: these two do.
  it("agree when the raise makes a deployment: the tenant's service was under $0 over the window (a credit)", () => {
    const input = read(
      azureCsv([
        ...filler("2024-09", "2025-10"),
        ...monthly("Fabrikam", "Storage", "2024-09", "2025-10", 1000),
        ["B950", "Azure Bastion", "2025-03", -1950],
        ...monthly("B950", "Azure Bastion", "2025-09", "2025-10", 950),
      ])
    );
    const options: NearMissOptions = { designations: ["infrastructure"], ruleSet: "2023" };
    const fast = findNearMisses(input, options);
    expect(fast.stats.rescores).toBe(0);
    const [miss] = fast.nearMisses;
    expect(miss.tenant.name).toBe("B950");
    // $50 more in each month puts Bastion's window at $50: a second deployed service.
    expect(miss.worth[0].text).toMatch(/\+1 deployed Azure service \(\+2 points\)/);
    expect(priced(input, options)).toEqual(priced(input, { ...options, method: "rescore" }));
  });

  it("agree when the raise moves the partner to another track: the tenant's TTM ACR passes the inferred SMB maximum", () => {
    // 2026, no segment column: SMB customers are those with TTM ACR up to $12,000. Four of five are SMB (80 %): the SMB track
    // counts, whose customers need $500 a month. N450 is at $450 in both months with $11,990 over the year: $50 more in each
    // makes it a customer, and puts it at $12,090: three of five SMB, and the partner Enterprise.
    const input = read(
      azureCsv([
        ...monthly("S1", "Storage", "2024-09", "2025-10", 600),
        ...monthly("S2", "Storage", "2024-09", "2025-10", 600),
        ...monthly("S3", "Storage", "2024-09", "2025-10", 600),
        ...monthly("E1", "Storage", "2024-09", "2025-10", 5000),
        ...monthly("N450", "Storage", "2024-11", "2025-08", 1109),
        ...monthly("N450", "Storage", "2025-09", "2025-10", 450),
      ])
    );
    const options: NearMissOptions = { designations: ["infrastructure"], ruleSet: "2026" };
    const fast = findNearMisses(input, options);
    expect(fast.stats.rescores).toBe(0);
    const miss = fast.nearMisses.find((n) => n.tenant.name === "N450")!;
    expect(miss.tracks).toEqual(["smb"]);
    expect(miss.worth[0].countingTrack).toBe("enterprise");
    expect(priced(input, options)).toEqual(priced(input, { ...options, method: "rescore" }));
  });
});

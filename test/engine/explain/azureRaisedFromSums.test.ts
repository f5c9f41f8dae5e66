/**
 * Pricing Azure near misses from the export's sums (the modules' rowsRaised) against scoring the
 * export again with each near miss's rows raised, on generated exports: both rule sets, the options
 * that change what a customer, growth or the classification reads, and a track given.
 */
import { InputCollector, readCsvText, scoreDesignations, type ParsedInput, type ScoreOptions } from "../../../src/engine";
import { findNearMisses, type NearMissOptions, type NearMisses } from "../../../src/engine/explain";
import { azureCsv, filler, generatedAzure as generated, monthly, type AzureRow } from "../../helpers/azure";
import { Rng } from "../../../scripts/samples/prng";
import { moduleOf } from "../../../src/engine/designations/registry";
import { measureColumns } from "../../../src/engine/input/measureColumns";
import { parseIsoMonth } from "../../../src/engine/parse/months";
import type { Raise } from "../../../src/engine/model/nearMiss/types";
import type { TrackResult } from "../../../src/engine/model/results";

const AZURE = ["infrastructure", "data-ai", "digital-app-innovation"] as ("infrastructure" | "data-ai" | "digital-app-innovation")[];

function read(csv: string): ParsedInput {
  const c = new InputCollector();
  readCsvText(c, "azure.csv", csv);
  return c.result();
}

/** Each near miss's tenant, what it raises and what that is worth per designation, to the 9th decimal. */
function pricedOf(found: NearMisses): string[] {
  return found.nearMisses.map((n) =>
    JSON.stringify([
      n.tenant.key,
      n.item,
      n.tracks,
      Math.round(n.points * 1e9),
      n.worth.map((w) => [w.designation, Math.round(w.points * 1e9), w.countingTrack, w.text]),
    ])
  );
}

const priced = (input: ParsedInput, options: NearMissOptions) => pricedOf(findNearMisses(input, options));

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
      const fastPriced = pricedOf(fast);
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

// A small export with everything a raise can meet: associations and offers that do not count, blank and
// mixed segments, Virtual Machines, credits; Sep-2023 … Oct-2025.
const MONTHS = Array.from({ length: 26 }, (_, k) => `${2023 + Math.floor((k + 8) / 12)}-${String(((k + 8) % 12) + 1).padStart(2, "0")}`);
function mixedExport(rng: Rng, segments: boolean, offers: boolean): ParsedInput {
  const rows: AzureRow[] = [];
  for (let t = 0; t < 14; t++) {
    const segment = rng.pick(["SMB", "Enterprise", "", "Corporate"]);
    for (const service of ["Storage", "Virtual Machines", "Azure Bastion", "Key Vault", "Sentinel", "Azure OpenAI"].filter(() => rng.chance(0.4)))
      for (const month of MONTHS.filter(() => rng.chance(0.7)))
        rows.push({
          tenant: `T${t}`,
          service,
          month,
          acr: rng.chance(0.05) ? -rng.int(0, 80_000) / 100 : rng.int(0, 160_000) / 100,
          association: rng.chance(0.8) ? "CSP Tier 1" : rng.pick(["PAL", "DPOR", "CPOR", "Nonsense"]),
          ...(segments ? { segment: rng.chance(0.85) ? segment : rng.pick(["SMB", "", "Enterprise"]) } : {}),
          ...(offers ? { offer: rng.pick(["", "Pay-As-You-Go", "Azure Free Trial", "Support Plan"]) } : {}),
        });
  }
  return read(azureCsv(rows));
}

/** Tracks as values, points and totals rounded to the 7th decimal, with the classification. */
const outcome = (tracks: TrackResult[], classification: string | undefined) =>
  JSON.stringify([
    classification,
    tracks.map((t) => [t.id, Math.round(t.total * 1e7), t.metrics.map((m) => [m.id, JSON.stringify(m.value), Math.round(m.points * 1e7)])]),
  ]);

describe("Azure rows raised, from the sums, against the export scored again with the rows added", () => {
  // Any row of the export copied to any month around the as-of month and the baseline, with any amount: Security's
  // candidates raise rows Azure's never do (other associations, months, offers), and a raise may not count at all.
  it.each([
    ["2023", [], true, true],
    ["2026", [], true, false],
    ["2026", ["growth-ttm", "smb-under-1m"], false, true],
    ["2023", ["nca-either-month", "growth-ttm"], false, false],
  ] as const)("agree on random raises (%s rules, options %j, segments %s, offers %s)", (ruleSet, opts, segments, offers) => {
    const rng = new Rng(ruleSet.length * 7 + opts.length * 3 + Number(segments) * 2 + Number(offers));
    const input = mixedExport(rng, segments, offers);
    const columns = measureColumns(input.azure!);
    let moved = 0;
    for (const track of [undefined, "smb"] as const) {
      const options: ScoreOptions = {
        ruleSet,
        options: [...opts],
        designations: ["infrastructure"],
        rows: false,
        ...(track ? { tracks: { infrastructure: track } } : {}),
      };
      const base = scoreDesignations(input, options);
      const result = base.report.designations[0];
      const asOfText = result.asOf ?? base.report.asOf;
      const asOf = parseIsoMonth(asOfText)!;
      const rules = base.outcomes[0].rules!;
      const raised = moduleOf("infrastructure").rowsRaised!(input, rules as never, { asOf, ...(track ? { track } : {}) }, result.tracks);
      const was = outcome(result.tracks, base.outcomes[0].score!.classification?.track);
      for (let k = 0; k < 40; k++) {
        const tenant = columns.tenant[rng.int(0, columns.length - 1)];
        const raises: Raise[] = Array.from({ length: rng.int(1, 3) }, () => {
          const i = rng.int(0, columns.length - 1);
          const record = { ...columns.record(i), tenant: rng.chance(0.8) ? tenant : columns.tenant[i] };
          record.month = asOf + rng.pick([0, -1, -5, -11, -12, -13, -24, 1]);
          record.value = rng.int(0, 200_000) / 100 - (rng.chance(0.1) ? 3_000 : 0);
          return { exp: "azure", record };
        });
        const fast = raised(raises)!;
        const again = scoreDesignations(
          { ...input, azure: { ...input.azure!, records: [...input.azure!.records, ...raises.map((r) => r.record as never)] } },
          { ...options, asOf: asOfText }
        );
        const want = outcome(again.report.designations[0].tracks, again.outcomes[0].score!.classification?.track);
        expect(outcome(fast.tracks, fast.classification?.track)).toBe(want);
        if (want !== was) moved++;
      }
    }
    // Most raises move something: the comparison is not of two unchanged scores.
    expect(moved).toBeGreaterThan(10);
  });

  it("read a raised row's segment as the score does: the tenant's first segment in the as-of month wins", () => {
    // 2026: four customers in Oct-2025, three of SMB segment and X with a blank one (SMB by its small TTM ACR): SMB.
    const input = read(
      azureCsv([
        ...["S1", "S2", "S3"].flatMap((tenant) =>
          monthly(tenant, "Storage", "2024-09", "2025-10", 600).map(([t, sv, month, acr]) => ({ tenant: t, service: sv, month, acr, segment: "SMB" }))
        ),
        ...monthly("X", "Storage", "2024-09", "2025-10", 300).map(([tenant, service, month, acr]) => ({ tenant, service, month, acr, segment: "" })),
      ])
    );
    const options: ScoreOptions = { ruleSet: "2026", designations: ["infrastructure"], rows: false };
    const base = scoreDesignations(input, options);
    expect(base.outcomes[0].score!.classification?.track).toBe("smb");
    const result = base.report.designations[0];
    const raised = moduleOf("infrastructure").rowsRaised!(input, base.outcomes[0].rules as never, { asOf: parseIsoMonth("2025-10")! }, result.tracks);
    const columns = measureColumns(input.azure!);
    const rowOf = (name: string) => columns.record(columns.tenant.indexOf(input.azure!.tenants.findIndex((t) => t.name === name)));
    const classified = (name: string, segment: string) => {
      const raises: Raise[] = [{ exp: "azure", record: { ...rowOf(name), month: parseIsoMonth("2025-10")!, value: 10, segment } }];
      const again = scoreDesignations(
        { ...input, azure: { ...input.azure!, records: [...input.azure!.records, raises[0].record as never] } },
        { ...options, asOf: "2025-10" }
      );
      const fast = raised(raises)!;
      expect(outcome(fast.tracks, fast.classification?.track)).toBe(
        outcome(again.report.designations[0].tracks, again.outcomes[0].score!.classification?.track)
      );
      return fast.classification?.track;
    };
    // X's first segment in Oct-2025 is now "Enterprise": three of four SMB (75 %), Enterprise.
    expect(classified("X", "Enterprise")).toBe("enterprise");
    // S1 already says SMB in Oct-2025: a later row's segment changes nothing.
    expect(classified("S1", "Enterprise")).toBe("smb");
  });
});

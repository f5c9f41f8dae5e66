/**
 * Modern Work's and Security's tenants explained from their own terms (Modern Work's read from the base
 * score in one pass, Security's computed from the tenant's rows without scoring them) against the
 * definitions: the tenant's rows scored alone, and the exports scored again without the tenant.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputCollector, readCsvText, explainTenants, type ParsedInput } from "../../../src/engine";
import { writeBulkUsage } from "../../../scripts/samples/bulk";
import { writeBulkAzure } from "../../../scripts/samples/bulkAzure";
import { mulberry32 } from "../../../scripts/samples/prng";
import { explainContext } from "../../../src/engine/explain/context";
import { indicesOf } from "../../../src/engine/input/tenantDirectory";
import { singleTenantInput } from "../../../src/engine/explain/singleTenant";
import { scoreDesignations } from "../../../src/engine/scoring/scoreDesignations";
import { DESIGNATIONS, moduleOf } from "../../../src/engine/designations/registry";
import { leversOf, metricValue } from "../../../src/engine/model/metricSpace";
import { metricResult, type MetricValue } from "../../../src/engine/model/trackResult";
import { parseIsoMonth } from "../../../src/engine/parse/months";
import { keptValue } from "../../../src/engine/model/tenantValues";
import { TENANT_METRICS } from "../../../src/engine/explain/designationExports";
import type { DesignationId } from "../../../src/engine/model/ruleTypes";

function generated(seed: number, usageRows: number, azureRows: number): ParsedInput {
  const dir = mkdtempSync(join(tmpdir(), "spd-terms-"));
  try {
    const c = new InputCollector();
    writeBulkUsage(join(dir, "usage.csv"), usageRows, seed);
    readCsvText(c, "usage.csv", readFileSync(join(dir, "usage.csv"), "utf8"));
    if (azureRows) {
      writeBulkAzure(join(dir, "azure.csv"), azureRows, seed);
      readCsvText(c, "azure.csv", readFileSync(join(dir, "azure.csv"), "utf8"));
    }
    return c.result();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Per designation and tenant: what it moves, to the 9th decimal, and the texts. */
function outcomes(input: ParsedInput, options: Parameters<typeof explainTenants>[1]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of explainTenants(input, options).designations)
    for (const e of d.tenants)
      out.set(
        `${d.designation}|${e.tenant.key}`,
        JSON.stringify([Math.round(e.points * 1e9), Math.round(e.designationPoints * 1e9), e.countingTrackWithout ?? null, e.qualification ?? null, e.summary])
      );
  return out;
}

/** The tenant-metric values a score keeps, per track: what explaining read from a score before the terms. */
function scoredValues(input: ParsedInput, id: DesignationId, asOf: string, ruleSet: "2023" | "2026"): Map<string, Map<string, MetricValue>> {
  const r = scoreDesignations(input, { designations: [id], asOf, ruleSet, rows: false }).report.designations[0];
  if (!r.scored) return new Map();
  return new Map(r.tracks.map((t) => [t.id, new Map(t.metrics.filter((m) => TENANT_METRICS.includes(m.id)).map((m) => [m.id, metricValue(m)]))]));
}

/** The non-zero values, "track|metric|lever|value": what a scenario moves (a designation a tenant's rows cannot score moves nothing). */
function moving(values: Map<string, Map<string, MetricValue>>): string[] {
  const out: string[] = [];
  for (const [track, metrics] of values)
    for (const [metric, v] of metrics) {
      if (typeof v === "number") {
        if (v !== 0) out.push(`${track}|${metric}|${v}`);
      } else for (const [lever, x] of Object.entries(v)) if (x !== 0) out.push(`${track}|${metric}|${lever}|${x}`);
    }
  return out.sort();
}

const SEPARABLE = ["modern-work", "security"] as ("modern-work" | "security")[];

describe("separable designations: each tenant's own terms", () => {
  it.each([
    [1, "2023", 3_000, 1_200],
    [2, "2026", 3_000, 1_200],
    [3, "2026", 1_500, 0],
  ] as const)(
    "equal its rows scored alone, tenant by tenant (seed %d, %s rules)",
    (seed, ruleSet, usageRows, azureRows) => {
      const input = generated(seed, usageRows, azureRows);
      const ctx = explainContext(input, { designations: SEPARABLE, ruleSet });
      let compared = 0;
      for (const d of ctx.designations) {
        const module = moduleOf(d.id);
        const terms = module.tenantTerms?.(input, d.rules as never, d.score);
        for (const entry of ctx.directory.entries) {
          const single = singleTenantInput(input, entry);
          const expected = scoredValues(single, d.id, d.asOf, ruleSet);
          const alone = module.tenantValues!(single, d.rules as never, { asOf: parseIsoMonth(d.asOf)! });
          expect(moving(alone)).toEqual(moving(expected));
          if (expected.size) expect(alone).toEqual(expected);
          if (terms) expect(terms(indicesOf(entry))).toEqual(alone);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(100);
    },
    120_000
  );

  it.each([
    [4, "2023"],
    [5, "2026"],
  ] as const)(
    "explain what scoring again without each tenant explains (seed %d, %s rules)",
    (seed, ruleSet) => {
      const input = generated(seed, 2_500, 1_000);
      const options = { designations: SEPARABLE, ruleSet };
      const fast = outcomes(input, options);
      const slow = outcomes(input, { ...options, method: "leave-one-out" });
      expect(fast.size).toBeGreaterThan(100);
      expect([...fast].filter(([k, v]) => slow.get(k) !== v)).toEqual([]);
    },
    120_000
  );

  it("score no tenant again for Modern Work: its terms come from the one base score", () => {
    const r = explainTenants(generated(6, 1_500, 0), { designations: ["modern-work"] });
    expect(r.tenants.length).toBeGreaterThan(50);
    expect(r.stats).toEqual({ rescores: 0, tenantScores: 0 });
    expect(new Set(r.tenants.flatMap((t) => t.designations.map((e) => e.method)))).toEqual(new Set(["per-tenant"]));
  });
});

describe("keptValue", () => {
  it("is the value a scored metric keeps, for every metric of every rule set, on random values", () => {
    const rng = mulberry32(7);
    const draw = () => (rng() < 0.2 ? 0 : Math.round((rng() - 0.3) * 5000) / (rng() < 0.5 ? 1 : 100));
    let checked = 0;
    for (const module of DESIGNATIONS)
      for (const rules of module.ruleSets)
        for (const track of rules.tracks)
          for (const metric of track.metrics) {
            // The metric's own levers (association types, parts, step ids), and one it does not have.
            const keys = [...leversOf(metric).filter((k): k is string => k !== undefined), "other"];
            for (let i = 0; i < 20; i++) {
              const value = i % 3 === 0 ? draw() : Object.fromEntries(keys.filter(() => rng() < 0.6).map((k) => [k, draw()]));
              expect(keptValue(metric, value)).toEqual(metricValue(metricResult(metric, value)));
              checked++;
            }
          }
    expect(checked).toBeGreaterThan(1000);
  });
});

/**
 * Explaining Business Applications tenants from the exports' sums (method "from-sums", the module's
 * tenantsLeftOut) against scoring the exports again without each tenant (method "leave-one-out"): on
 * the samples and on generated exports (both rule sets, the options that change the computation, a
 * given track, an early as-of month, with and without the revenue export).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { explainTenants, scoreDesignations, type ParsedInput, type ScoreOptions } from "../../../src/engine";
import { findNearMisses, type DesignationEffect, type NearMissOptions, type NearMisses, type TenantEffects } from "../../../src/engine/explain";
import { businessApplicationsModule } from "../../../src/engine/designations/business-applications/module";
import type { BusinessApplicationsRuleSet } from "../../../src/engine/designations/business-applications/types";
import { withoutTenantIndices } from "../../../src/engine/input/withoutTenants";
import { parseIsoMonth } from "../../../src/engine/parse/months";
import type { TrackResult } from "../../../src/engine/model/results";
import { Rng } from "../../../scripts/samples/prng";
import { bizUsageCsv, revenueCsv, type BizUsageRow, type RevenueRow } from "../../helpers/bizApps";
import { readInputs } from "../../helpers/input";
import { measureColumns } from "../../../src/engine/input/measureColumns";

const BA = ["business-applications"] as "business-applications"[];
const SAMPLES = join(__dirname, "../../../samples");

function samples(...names: string[]): ParsedInput {
  return readInputs(Object.fromEntries(names.map((n) => [n, readFileSync(join(SAMPLES, n), "utf8")])));
}

/** 2024-01 … 2025-12. */
const MONTHS = Array.from({ length: 24 }, (_, k) => `${2024 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`);

// Names of the revenue list, the rate card, their aliases (two of them one unit: Sales and Sales Insights), the
// settings' Supply Chain and Commerce, and a workload on neither list.
const WORKLOADS = [
  "Sales",
  "Sales Insights",
  "Customer Service",
  "Field Service",
  "Business Central",
  "Finance",
  "Project Operations",
  "Supply Chain",
  "Commerce",
  "Power Apps",
  "Power BI",
  "Power Automate",
  "Customer Insights",
  "Guides",
  "Contoso Widget",
];
// Every association the lists name, a bare CPOR (bareCporCounts), a revenue association on usage, and one that counts nowhere.
const REVENUE_ASSOCIATIONS = ["CPOR RevRec", "CPOR OSA", "CPOR", "CSP Tier 1", "CSP Tier 2", "DPOR", "PAL", "CPOR OSU"];
const USAGE_ASSOCIATIONS = ["CPOR OSU", "CPOR", "CSP Tier 1", "CSP Tier 2", "DPOR", "PAL", "CPOR RevRec"];
// Monthly revenue levels at and around every threshold ($250, $500, $1,500, $5,000).
const LEVELS = [120, 249.99, 250, 260, 500, 500.01, 900, 1499.99, 1500, 1500.01, 2500, 5000, 5000.01, 7000, 20000];

interface Generated {
  revenue: RevenueRow[];
  usage: BizUsageRow[];
}

/**
 * A Business Applications export pair: `tenants` customers with one to three workloads each, over
 * 2024-01 … 2025-12, some new, some lost, some in one export only; revenue at and around the
 * thresholds (some months exactly on them), usage in MAU (profiles for Customer Insights) with trials
 * and a few fractional values. `big` is the chance a workload's revenue is over $5,000 (the
 * Enterprise classification's units): small exports with few of them sit near its five.
 */
function generate(seed: number, tenants: number, big = 0.15): Generated {
  const rng = new Rng(seed);
  const out: Generated = { revenue: [], usage: [] };
  for (let i = 0; i < tenants; i++) {
    const id = `T${seed}-${i}`;
    const start = rng.chance(0.25) ? rng.int(1, MONTHS.length - 1) : 0;
    const end = rng.chance(0.15) ? rng.int(start, MONTHS.length - 1) : MONTHS.length - 1;
    const inRevenue = rng.chance(0.85);
    const inUsage = rng.chance(0.8);
    const revenueAssociation = rng.pick(REVENUE_ASSOCIATIONS);
    const usageAssociation = rng.pick(USAGE_ASSOCIATIONS);
    const workloads = new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(WORKLOADS)));
    for (const workload of workloads) {
      const level = rng.chance(big) ? rng.pick([5000, 5000.01, 6000, 9000, 25000]) : rng.pick(LEVELS.filter((l) => l < 5000));
      const flat = rng.chance(0.3);
      const growth = rng.between(-0.5, 0.8);
      const mau = 10 ** rng.between(0, 3.3) * (workload === "Customer Insights" ? 300 : 1);
      for (let k = start; k <= end; k++) {
        const month = MONTHS[k];
        const drift = (1 + growth) ** ((k - 12) / 12) * rng.between(0.9, 1.1);
        if (inRevenue && !rng.chance(0.05)) {
          const amount = flat ? level : Math.round(level * drift * 100) / 100;
          out.revenue.push([id, workload, month, amount, revenueAssociation]);
          // Now and then a second row of the same unit and month (another subscription).
          if (rng.chance(0.05)) out.revenue.push([id, workload, month, Math.round(rng.between(0, 400) * 100) / 100, revenueAssociation]);
        }
        if (inUsage && !rng.chance(0.05)) {
          const users = rng.chance(0.05) ? Math.round(mau * drift * 10) / 10 : Math.max(0, Math.round(mau * drift));
          out.usage.push([id, workload, month, users, usageAssociation, rng.chance(0.07) ? "Trial" : "Paid"]);
        }
      }
    }
  }
  return out;
}

function input(g: Generated, withRevenue = true, withUsage = true): ParsedInput {
  const files: Record<string, string> = {};
  if (withRevenue) files["bizapps-revenue.csv"] = revenueCsv(g.revenue);
  if (withUsage) files["bizapps-usage.csv"] = bizUsageCsv(g.usage);
  return readInputs(files);
}

/** An effect as the explanation gives it, less how it was computed. */
function comparable(e: DesignationEffect) {
  const { method, ...rest } = e;
  void method;
  return rest;
}

function byTenant(r: TenantEffects): Map<string, ReturnType<typeof comparable>> {
  const d = r.designations.find((x) => x.designation === "business-applications")!;
  return new Map(d.tenants.map((e) => [e.tenant.key, comparable(e)]));
}

/** Both ways, every tenant: the effects must be identical, and the fast way never scores the exports again. */
function expectSameEffects(parsed: ParsedInput, options: ScoreOptions) {
  const fast = explainTenants(parsed, { ...options, designations: BA });
  const slow = explainTenants(parsed, { ...options, designations: BA, method: "leave-one-out" });
  const methods = new Set(fast.designations[0].tenants.map((e) => e.method));
  expect([...methods]).toEqual(["from-sums"]);
  expect(fast.stats.rescores).toBe(0);
  const a = byTenant(fast);
  const b = byTenant(slow);
  expect(a.size).toBe(b.size);
  expect([...a].filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(b.get(k)))).toEqual([]);
  // And deep-equal, not only as JSON (−0, undefined keys).
  expect(a).toEqual(b);
  return fast;
}

/** The tracks as the scorer gives them, less the sides (the tenants behind each month), which the tracks from sums leave out. */
function withoutSides(tracks: TrackResult[]): TrackResult[] {
  return tracks.map((t) => ({ ...t, metrics: t.metrics.map(({ sides, ...m }) => (void sides, m)) }));
}

describe("Business Applications explanations from the exports' sums", () => {
  it("agree with scoring again without each tenant on the samples (revenue and usage, usage only, revenue only, given track)", () => {
    const both = samples("bizapps-usage.csv", "bizapps-revenue.csv", "skilling.csv");
    const r = expectSameEffects(both, {});
    expect(r.designations[0].tenants.length).toBe(26);
    // The sample's top tenant decides whether the designation qualifies: the fast way says so too.
    expect(r.designations[0].tenants.some((e) => e.qualification)).toBe(true);
    expectSameEffects(samples("bizapps-usage.csv", "skilling.csv"), {});
    expectSameEffects(samples("bizapps-revenue.csv"), { ruleSet: "2023" });
    expectSameEffects(both, { tracks: { "business-applications": "enterprise" }, options: ["nca-smb-500", "bare-cpor-not-counted"] });
  }, 60_000);

  it.each([
    [1, "2026", [], 120],
    [2, "2023", [], 120],
    [3, "2026", ["nca-smb-500", "bare-cpor-not-counted"], 120],
    [4, "2023", ["nca-enterprise-over-1500", "supply-chain-unrated", "commerce-unrated"], 120],
    [5, "2026", ["advanced-enterprise-2.14", "supply-chain-unrated"], 60],
  ] as const)(
    "agree with scoring again without each tenant on generated exports (seed %d, %s rules, options %j, %d tenants)",
    (seed, ruleSet, options, tenants) => {
      const g = generate(seed, tenants);
      const opts = { ruleSet, options: [...options] };
      const r = expectSameEffects(input(g), opts);
      expect(r.designations[0].tenants.length).toBeGreaterThan(tenants * 0.9);
      // Tenants move every metric a tenant can move.
      const moving = new Set(r.designations[0].tenants.flatMap((e) => e.tracks.flatMap((t) => t.metrics.map((m) => m.metric))));
      expect([...moving].sort()).toEqual(["deployments", "net-customer-adds", "usage-growth"]);
      // Without the revenue export (not classified: the better track counts), and with the partner's track given.
      expectSameEffects(input(g, false), opts);
      expectSameEffects(input(g), { ...opts, tracks: { "business-applications": "smb" } });
      // An early as-of month: baseline 2024-02 (new tenants only, thin baseline, rows after M), and one with no baseline rows at all.
      expectSameEffects(input(g), { ...opts, asOf: "2025-02" });
      expectSameEffects(input(g), { ...opts, asOf: "2024-11" });
    },
    120_000
  );

  it("agree where a tenant moves the Enterprise classification and the track that counts", () => {
    // Small exports with five or six units over $5,000 in both months: Enterprise, by the classification's five units.
    let moved = 0;
    for (const seed of [11, 16, 18, 24, 25]) {
      const g = generate(seed, 30, 0.2);
      for (const ruleSet of ["2023", "2026"]) {
        const r = expectSameEffects(input(g), { ruleSet });
        moved += r.designations[0].tenants.filter((e) => e.countingTrackWithout).length;
      }
    }
    // Without one of those units' tenants the partner is SMB, and the SMB track counts.
    expect(moved).toBeGreaterThan(5);
  }, 120_000);

  it("give the tracks the scorer gives without any set of tenants (several at once, in either export, all of them)", () => {
    const g = generate(21, 80);
    const parsed = input(g);
    for (const [ruleSet, options, track] of [
      ["2026", [], undefined],
      ["2023", ["nca-smb-500", "bare-cpor-not-counted", "supply-chain-unrated"], undefined],
      ["2026", ["commerce-unrated"], "enterprise"],
    ] as const) {
      const base = scoreDesignations(parsed, { ruleSet, options: [...options], designations: BA });
      const rules = base.outcomes[0].rules as BusinessApplicationsRuleSet;
      const asOf = parseIsoMonth(base.report.designations[0].asOf ?? base.report.asOf)!;
      const score = base.outcomes[0].score!;
      const leftOut = businessApplicationsModule.tenantsLeftOut!(parsed, rules, { asOf, ...(track ? { track } : {}) }, score.tracks);
      const rng = new Rng(ruleSet.length + options.length);
      const revenueTenants = parsed.bizAppsRevenue!.tenants.length;
      const usageTenants = parsed.bizAppsUsage!.tenants.length;
      const pick = (n: number, of: number) => Array.from({ length: n }, () => rng.int(0, of - 1));
      const sets = [
        {},
        { bizAppsRevenue: pick(1, revenueTenants) },
        { bizAppsUsage: pick(1, usageTenants) },
        ...Array.from({ length: 20 }, () => ({ bizAppsRevenue: pick(rng.int(0, 12), revenueTenants), bizAppsUsage: pick(rng.int(0, 12), usageTenants) })),
        { bizAppsRevenue: [...Array(revenueTenants).keys()] },
        { bizAppsUsage: [...Array(usageTenants).keys()] },
      ];
      for (const set of sets) {
        const without = businessApplicationsModule.score(withoutTenantIndices(parsed, set), rules, {
          asOf,
          counts: {},
          options: [],
          rows: false,
          ...(track ? { track } : {}),
        });
        const fromSums = leftOut(set)!;
        expect(fromSums.tracks).toEqual(withoutSides(without.tracks));
        expect(fromSums.classification!.track).toBe(without.classification!.track);
      }
      // No row left in either export: not scored, so the caller scores again.
      expect(leftOut({ bizAppsRevenue: [...Array(revenueTenants).keys()], bizAppsUsage: [...Array(usageTenants).keys()] })).toBeNull();
    }
  }, 60_000);

  it("score the exports a bounded number of times, not once per tenant", () => {
    const parsed = input(generate(31, 150));
    const score = jest.spyOn(businessApplicationsModule, "score");
    try {
      const fast = explainTenants(parsed, { designations: BA });
      const fastCalls = score.mock.calls.length;
      const tenants = fast.designations[0].tenants.length;
      expect(tenants).toBeGreaterThan(100);
      // The base score only: every tenant's effect comes from the sums.
      expect(fastCalls).toBe(1);
      expect(fast.stats).toEqual({ rescores: 0, tenantScores: 0 });
      score.mockClear();
      const slow = explainTenants(parsed, { designations: BA, method: "leave-one-out" });
      expect(score.mock.calls.length).toBe(1 + tenants);
      expect(slow.stats.rescores).toBe(tenants);
    } finally {
      score.mockRestore();
    }
  }, 60_000);
});

/** Each near miss's tenant, item and what raising it is worth, to the 9th decimal. */
function priced(found: NearMisses): string[] {
  return found.nearMisses.map((n) =>
    JSON.stringify([
      n.kind,
      n.tenant.key,
      n.item,
      n.tracks,
      Math.round(n.points * 1e9),
      n.worth.map((w) => [Math.round(w.points * 1e9), w.countingTrack, w.text]),
    ])
  );
}

describe("Business Applications near misses priced from the exports' sums", () => {
  // A wide window (90 %) makes revenue and MCV near misses by the dozen; seed 11's small export sits near the classification's five units.
  it.each([
    [1, "2026", [], 120, undefined],
    [2, "2023", ["nca-smb-500", "bare-cpor-not-counted"], 120, undefined],
    [4, "2023", ["nca-enterprise-over-1500", "supply-chain-unrated", "commerce-unrated"], 120, "smb"],
    [11, "2026", [], 30, undefined],
    [16, "2023", [], 30, undefined],
  ] as const)(
    "agree with scoring the exports again per near miss (seed %d, %s rules, options %j, %d tenants, track %s)",
    (seed, ruleSet, opts, tenants, track) => {
      const g = generate(seed, tenants, seed > 10 ? 0.2 : 0.15);
      const options: NearMissOptions = {
        ruleSet,
        options: [...opts],
        windows: { amount: 0.9 },
        ...(track ? { tracks: { "business-applications": track } } : {}),
      };
      for (const parsed of [input(g), input(g, false), input(g, true, false)]) {
        const fast = findNearMisses(parsed, { ...options, designations: BA });
        expect(fast.stats.rescores).toBe(0);
        const a = priced(fast);
        expect(a.length).toBeGreaterThanOrEqual(3);
        expect(a).toEqual(priced(findNearMisses(parsed, { ...options, designations: BA, method: "rescore" })));
      }
    },
    120_000
  );

  // Any row of either export copied to a month around the as-of month and the baseline, with any amount: trial rows,
  // unrated workloads, associations that do not count and months the sums do not read among them.
  it.each([
    ["2026", [], undefined],
    ["2023", ["nca-smb-500", "bare-cpor-not-counted"], "smb"],
    ["2023", ["nca-enterprise-over-1500", "supply-chain-unrated", "commerce-unrated"], undefined],
  ] as const)(
    "agree on random raises with the exports scored again with the rows added (%s rules, options %j, track %s)",
    (ruleSet, opts, track) => {
      const rng = new Rng(ruleSet.length + opts.length * 5);
      const g = generate(40 + opts.length, 40, 0.2);
      let moved = 0;
      for (const parsed of [input(g), input(g, false), input(g, true, false)]) {
        const options: ScoreOptions = {
          ruleSet,
          options: [...opts],
          designations: BA,
          rows: false,
          ...(track ? { tracks: { "business-applications": track } } : {}),
        };
        const base = scoreDesignations(parsed, options);
        const result = base.report.designations[0];
        const asOfText = result.asOf ?? base.report.asOf;
        const asOf = parseIsoMonth(asOfText)!;
        const raised = businessApplicationsModule.rowsRaised!(
          parsed,
          base.outcomes[0].rules as BusinessApplicationsRuleSet,
          { asOf, ...(track ? { track } : {}) },
          result.tracks
        );
        const exports = (["bizAppsRevenue", "bizAppsUsage"] as const).filter((exp) => parsed[exp]);
        const outcome = (tracks: TrackResult[], classification: string | undefined) =>
          JSON.stringify([
            classification,
            withoutSides(tracks).map((t) => [t.id, t.total, t.metrics.map((m) => [m.id, m.value, m.points, m.blocked ?? null])]),
          ]);
        const was = outcome(result.tracks, base.outcomes[0].score!.classification?.track);
        for (let k = 0; k < 40; k++) {
          const raises = Array.from({ length: rng.int(1, 3) }, () => {
            const exp = rng.pick(exports);
            const columns = measureColumns(parsed[exp]!);
            const record = { ...columns.record(rng.int(0, columns.length - 1)) };
            record.month = asOf + rng.pick([0, -12, -1, 1, -11, -13]);
            record.value = exp === "bizAppsUsage" ? rng.int(0, 200) : rng.int(0, 300_000) / 100;
            return { exp, record };
          });
          const fast = raised(raises)!;
          const again = { ...parsed };
          for (const exp of exports) {
            const mine = raises.filter((r) => r.exp === exp).map((r) => r.record);
            if (mine.length) again[exp] = { ...parsed[exp]!, records: [...parsed[exp]!.records, ...mine] };
          }
          const rescored = scoreDesignations(again, { ...options, asOf: asOfText });
          const want = outcome(rescored.report.designations[0].tracks, rescored.outcomes[0].score!.classification?.track);
          expect(outcome(fast.tracks, fast.classification?.track)).toBe(want);
          if (want !== was) moved++;
        }
      }
      expect(moved).toBeGreaterThan(10);
    },
    60_000
  );
});

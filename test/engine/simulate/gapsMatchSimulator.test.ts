/**
 * Every recommendation (a metric gap as units: "6 more M365 net customer adds: +20 points") promises
 * exactly what the simulator gives when it is ticked alone, on random exports of every kind, for every
 * designation, track and rule edition. Seeded (the samples' PRNG), so a failure can be replayed.
 */
import {
  DESIGNATIONS,
  InputCollector,
  formatPoints,
  readCsvText,
  scoreDesignations,
  type ParsedInput,
  type Report,
  type RuleSetBase,
  type ScoreOptions,
} from "../../../src/engine";
import { simulate } from "../../../src/engine/simulate/simulate";
import { EMPTY_SCENARIO } from "../../../src/engine/simulate/scenario";
import { recommendations, type Recommendation } from "../../../src/engine/simulate/recommendations";
import type { BusinessApplicationsRuleSet } from "../../../src/engine/designations/business-applications/types";
import type { SecurityRuleSet } from "../../../src/engine/designations/security/types";
import type { CertificationRule, ModernWorkRuleSet, MetricRule } from "../../../src/engine/model/ruleTypes";
import { Rng } from "../../../scripts/samples/prng";
import { security2023 } from "../../../src/engine/designations/security/rules2023";
import { security2026 } from "../../../src/engine/designations/security/rules2026";
import { metricResult } from "../../../src/engine/model/trackResult";
import { addUnits, rescoreMetric } from "../../../src/engine/model/metricSpace";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Month index (year × 12 + month − 1) → "Oct-2026" and "2026-10". */
const named = (i: number) => `${MONTHS[i % 12]}-${Math.floor(i / 12)}`;
const iso = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

const ALL_SETS: RuleSetBase[] = DESIGNATIONS.flatMap((d) => [...d.ruleSets] as RuleSetBase[]);
const setsOf = <R extends RuleSetBase>(designation: string) => ALL_SETS.filter((r) => r.designation === designation) as R[];
const names = (list: { name: string }[]) => [...new Set(list.map((w) => w.name))];

const M365_WORKLOADS = [
  ...new Set([
    ...setsOf<ModernWorkRuleSet>("modern-work").flatMap((r) => names(r.workloads.value)),
    ...setsOf<SecurityRuleSet>("security").flatMap((r) => names(r.m365Workloads.value)),
    "Defender for Endpoint P1",
    "Yammer",
  ]),
];
const AZURE_SERVICES = [
  ...new Set([
    ...setsOf<SecurityRuleSet>("security").flatMap((r) => names(r.azureServices.value)),
    "Virtual Machines",
    "Storage",
    "Azure SQL Database",
    "Network Watcher",
  ]),
];
const BIZAPPS_WORKLOADS = [
  ...new Set(setsOf<BusinessApplicationsRuleSet>("business-applications").flatMap((r) => [...names(r.ncaWorkloads.value), ...names(r.rateCard.value)])),
];

/** Every certification any rule set names (steps and Modern Work's lists). */
function certificationsOf(rules: RuleSetBase): CertificationRule[] {
  const out: CertificationRule[] = [];
  const fromMetric = (m: MetricRule) => {
    if (m.target.kind === "steps") for (const step of m.target.steps) out.push(...step.certifications.value);
  };
  for (const track of rules.tracks) track.metrics.forEach(fromMetric);
  const mw = rules as Partial<ModernWorkRuleSet>;
  if (mw.certifications) out.push(...mw.certifications.intermediate.value, ...mw.certifications.advanced.value);
  return out;
}
const CERTIFICATIONS = [...new Set(ALL_SETS.flatMap(certificationsOf).map((c) => c.name))];

const M365_ASSOCIATIONS = ["CSP Tier 1", "CSP Tier 2", "CPOR", "DPOR", "PAL"];
const AZURE_ASSOCIATIONS = ["PAL", "CSP Tier 1", "CSP Tier 2", "CPOR"];
const BIZAPPS_ASSOCIATIONS = ["CPOR RevRec", "CPOR OSA", "CPOR OSU", "CSP Tier 1", "CSP Tier 2", "DPOR", "PAL"];

/** Random exports of every kind around the as-of month M: tenants that stay, leave, arrive, grow and shrink. */
function randomExports(rng: Rng, asOf: number): ParsedInput {
  const c = new InputCollector();
  const scale = rng.pick([0.3, 1, 3]);

  const usage = ["CustomerTenantId,CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage"];
  for (let t = rng.int(3, 30); t > 0; t--) {
    const id = rng.hex(12);
    const association = rng.pick(M365_ASSOCIATIONS);
    const seats = rng.chance(0.25) ? rng.int(301, 2500) : rng.int(1, 300);
    for (let w = rng.int(1, 3); w > 0; w--) {
      const workload = rng.pick(M365_WORKLOADS);
      for (const back of [0, 12, 24]) {
        if (!rng.chance(back === 0 ? 0.7 : 0.6)) continue;
        const pau = Math.max(1, Math.round(seats * rng.between(0.4, 1.6) * scale));
        const mau = Math.round(pau * rng.between(0, 1.1));
        usage.push(`${id},Tenant ${id},${association},${workload},${named(asOf - back)},${mau},${pau}`);
      }
    }
  }
  readCsvText(c, "usage.csv", usage.join("\n"));

  const azure = ["CustomerTenantId,CustomerName,ServiceLevel2,Month,ACR_USD,PartnerAttributionType"];
  for (let t = rng.int(2, 20); t > 0; t--) {
    const id = rng.hex(12);
    const association = rng.pick(AZURE_ASSOCIATIONS);
    const monthly = rng.pick([20, 80, 300, 900, 2500]) * rng.between(0.5, 1.5) * scale;
    const service = rng.pick(AZURE_SERVICES);
    const from = rng.int(0, 35);
    const to = rng.int(0, from);
    for (let back = from; back >= to; back--)
      if (rng.chance(0.85)) azure.push(`${id},Tenant ${id},${service},${iso(asOf - back)},${(monthly * rng.between(0.3, 1.7)).toFixed(2)},${association}`);
  }
  readCsvText(c, "azure.csv", azure.join("\n"));

  const revenue = ["FiscalMonthName,CustomerTenantID,CustomerTenantName,Workloads,AdjustedRevenueAmtCD,PartnerAssociationType"];
  const bizUsage = ["FiscalMonthName,CustomerTenantID,CustomerTenantName,Workload,MAU,PartnerAssociationType,MetricType"];
  for (let t = rng.int(2, 20); t > 0; t--) {
    const id = rng.hex(12);
    const association = rng.pick(BIZAPPS_ASSOCIATIONS);
    const workload = rng.pick(BIZAPPS_WORKLOADS);
    for (const back of [0, 1, 12, 13]) {
      if (rng.chance(0.65))
        revenue.push(
          `${iso(asOf - back)},${id},Tenant ${id},${workload},${(rng.pick([100, 600, 1500, 6000]) * rng.between(0.5, 1.5) * scale).toFixed(2)},${association}`
        );
      if (rng.chance(0.65))
        bizUsage.push(
          `${iso(asOf - back)},${id},Tenant ${id},${workload},${Math.round(rng.pick([5, 40, 200]) * rng.between(0.5, 1.5) * scale)},${association},${rng.chance(0.1) ? "Trial" : "Paid"}`
        );
    }
  }
  readCsvText(c, "revenue.csv", revenue.join("\n"));
  readCsvText(c, "bizusage.csv", bizUsage.join("\n"));

  const skilling = ["Individual name,Certification name,Certification type,Solution area,Completion date,Expiry date"];
  for (let p = rng.int(0, 25); p > 0; p--) {
    const person = `Person ${rng.hex(6)}`;
    for (let k = rng.int(1, 3); k > 0; k--) skilling.push(`${person},"${rng.pick(CERTIFICATIONS)}",,,${iso(asOf - rng.int(1, 20))}-10,`);
  }
  readCsvText(c, "skilling.csv", skilling.join("\n"));
  return c.result();
}

function metricPoints(report: Report, r: Recommendation): number {
  const metric = report.designations
    .find((d) => d.id === r.designation)
    ?.tracks.find((t) => t.id === r.track)
    ?.metrics.find((m) => m.id === r.metric);
  if (!metric) throw new Error(`no metric for ${r.id}`);
  return metric.points;
}

interface Mismatch {
  seed: number;
  id: string;
  text: string;
  promised: number;
  simulated: number;
}

/** Ticks each recommendation alone and compares the points the metric gains with those the gap promises. */
function mismatches(seed: number): { checked: number; wrong: Mismatch[]; ids: string[] } {
  const rng = new Rng(seed);
  const asOf = rng.pick([2025 * 12 + 9, 2026 * 12 + 9, 2024 * 12 + 2]);
  const edition = rng.pick(["2023", "2026", undefined]);
  const options: ScoreOptions = {
    asOf: iso(asOf),
    ...(edition ? { ruleSet: edition } : {}),
    ...(rng.chance(0.2) ? { options: ["growth-ttm", "security-smb-drops-promoted"] } : {}),
  };
  const input = randomExports(rng, asOf);
  const base = scoreDesignations(input, options);
  const list = recommendations(base.report, base.outcomes);
  const wrong: Mismatch[] = [];
  for (const r of list) {
    const sim = simulate(input, options, { ...EMPTY_SCENARIO, recommendations: [r.id] }, base);
    const gained = metricPoints(sim.simulated, r) - metricPoints(base.report, r);
    const saysPoints = r.text.includes(`+${formatPoints(gained)} points`);
    const moreText = /^([\d,.]+) more /.exec(r.text);
    const saysUnits = !moreText || Number(moreText[1].replace(/,/g, "")) === r.units;
    if (Math.abs(gained - r.points) > 1e-6 || !saysPoints || !saysUnits) wrong.push({ seed, id: r.id, text: r.text, promised: r.points, simulated: gained });
  }
  return { checked: list.length, wrong, ids: list.map((r) => r.id) };
}

describe("Security: a negative half first climbs back to 0", () => {
  const rule = (set: SecurityRuleSet, track: string, id: string) => set.tracks.find((t) => t.id === track)!.metrics.find((m) => m.id === id)!;
  /** The gap for a part, and the points the simulator's rescoring gains from its units. */
  function gapAndGain(metric: MetricRule, value: Record<string, number>, part: string) {
    const result = metricResult(metric, value);
    const gap = result.gaps.find((g) => g.association === part)!;
    const after = rescoreMetric(metric, result, addUnits(metric, result, value, part, gap.more));
    return { gap, gained: after.points - result.points };
  }

  test("M365 net customer adds at −1 (SMB, 4 points an add): 6 more for +20, not 5", () => {
    const { gap, gained } = gapAndGain(rule(security2026, "smb", "net-customer-adds"), { azure: 0, m365: -1 }, "m365");
    expect([gap.more, gap.points, gap.text]).toEqual([6, 20, "6 more M365 net customer adds: +20 points"]);
    expect(gained).toBe(20);
  });

  test("protected users at −3,103 beside Azure's 9.6 points (125 a point): 4,403 more for +10.4, not 1,300", () => {
    const metric = rule(security2023, "single", "usage-growth");
    const { gap, gained } = gapAndGain(metric, { azure: 12000, m365: -3103 }, "m365");
    expect(metricResult(metric, { azure: 12000, m365: -3103 }).points).toBeCloseTo(9.6, 10);
    expect([gap.more, gap.text]).toEqual([4403, "4,403 more M365 protected users of growth: +10.4 points"]);
    expect(gap.points).toBeCloseTo(10.4, 10);
    expect(gained).toBeCloseTo(10.4, 10);
    // The first unit is worth nothing yet.
    expect(gap.perUnit).toBe(0);
    // Azure's gap is unchanged: the M365 half is clamped at 0, it does not cancel Azure's points.
    expect(metricResult(metric, { azure: 12000, m365: -3103 }).gaps.find((g) => g.association === "azure")!.more).toBe(13000);
  });
});

/** Random export sets per run (each a new seed); GAPS_SEEDS=200 for a longer search. */
const SEEDS = Number(process.env.GAPS_SEEDS ?? 12);

describe("recommendations promise what the simulator gives", () => {
  test(`every gap of every designation, track and metric, on ${SEEDS} random export sets`, () => {
    const wrong: Mismatch[] = [];
    const seen = new Set<string>();
    let checked = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = mismatches(seed);
      checked += r.checked;
      wrong.push(...r.wrong);
      for (const id of r.ids) seen.add(id.split("/").slice(0, 3).join("/"));
    }
    expect(wrong.slice(0, 12)).toEqual([]);
    // The random exports reach every designation and both parts of Security's metrics.
    expect(checked).toBeGreaterThan(SEEDS * 15);
    for (const d of ["data-ai", "infrastructure", "digital-app-innovation", "business-applications", "modern-work", "security"])
      expect([...seen].some((id) => id.startsWith(`${d}/`))).toBe(true);
  });
});

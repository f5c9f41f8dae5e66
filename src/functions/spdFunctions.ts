import { looseKey, qualificationOf } from "../engine";
import { inPaidBand } from "../engine";
import { metricResult, type MetricValue } from "../engine";
import {
  DESIGNATIONS,
  MODERN_WORK_RULE_SETS,
  normaliseAssociation,
  trackStatus,
  type MetricRule,
  type ModernWorkRuleSet,
  type TrackRule,
  type GenericTrackRule,
  type RuleSetBase,
  STATUS_LABEL,
  withAlternatives,
} from "../engine";
import { functionRuleOptions } from "./ruleOptions";

/**
 * The logic behind the SPD.* worksheet functions, free of the CustomFunctions runtime so it can be
 * tested directly. Bad arguments throw SpdArgumentError; the runtime wrapper turns that into #VALUE!.
 */
export class SpdArgumentError extends Error {
  override name = "SpdArgumentError";
}

export type Matrix<T> = T[][];

/**
 * A rule set as the options in force read it (the workbook's "Use these options", see ./ruleOptions):
 * its named alternatives applied, and the settings that change a track's numbers folded into the
 * tracks by its designation module (Business Applications' advanced-enterprise-2.14: 2.14 points per
 * advanced certified person), exactly as scoring does. Options of other rule sets change nothing.
 */
export function inForce<R extends RuleSetBase>(rules: R): R {
  const options = functionRuleOptions();
  if (!options.length) return rules;
  const chosen = withAlternatives(rules, options).rules;
  const scorer = DESIGNATIONS.find((d) => d.id === rules.designation);
  return (scorer?.effectiveRules?.(chosen) as R | undefined) ?? chosen;
}

/** Worksheet functions use the newest rule set: they answer "what is it worth today". */
export function currentRules(): ModernWorkRuleSet {
  return inForce(MODERN_WORK_RULE_SETS[MODERN_WORK_RULE_SETS.length - 1]);
}

/**
 * The rule set a track argument names: "smb" (Modern Work), "security/smb", "infrastructure",
 * "data-ai/enterprise", or a rule set id before the slash ("security-2023/single").
 */
function rulesFor(name: string): { rules: RuleSetBase; trackName: string } {
  const [first, ...rest] = name.split(/[/:]/);
  const key = looseKey(first);
  for (const scorer of DESIGNATIONS) {
    const byId = scorer.ruleSets.find((r: RuleSetBase) => looseKey(r.id) === key);
    if (byId) return { rules: inForce(byId), trackName: rest.join("/") };
    if (looseKey(scorer.id) === key) return { rules: inForce(scorer.ruleSets[scorer.ruleSets.length - 1]), trackName: rest.join("/") };
  }
  return { rules: currentRules(), trackName: name };
}

const METRIC_ALIASES: Record<string, MetricRule["id"]> = {
  netcustomeradds: "net-customer-adds",
  nca: "net-customer-adds",
  customeradds: "net-customer-adds",
  intermediatecertifications: "intermediate-certifications",
  intermediate: "intermediate-certifications",
  advancedcertifications: "advanced-certifications",
  advanced: "advanced-certifications",
  usagegrowth: "usage-growth",
  growth: "usage-growth",
  deployments: "deployments",
  deployment: "deployments",
};

export function findTrack(name: unknown): GenericTrackRule {
  const { rules, trackName } = rulesFor(String(name ?? "").trim());
  const key = looseKey(trackName);
  // A designation with one track needs no track name ("infrastructure").
  const track = rules.tracks.length === 1 && key === "" ? rules.tracks[0] : rules.tracks.find((t) => looseKey(t.id) === key || looseKey(t.label) === key);
  if (!track) {
    const prefix = rules.designation === "modern-work" && !String(name ?? "").includes("/") ? "" : `${rules.designation}/`;
    throw new SpdArgumentError(`Unknown track "${String(name ?? "")}". Use ${rules.tracks.map((t) => `"${prefix}${t.id}"`).join(" or ")}.`);
  }
  return track;
}

export function findMetric(track: GenericTrackRule, name: unknown): MetricRule {
  const id = METRIC_ALIASES[looseKey(String(name ?? ""))];
  const metric = track.metrics.find((m) => m.id === id);
  if (!metric) throw new SpdArgumentError(`Unknown metric "${String(name ?? "")}". Use one of: ${track.metrics.map((m) => `"${m.id}"`).join(", ")}.`);
  return metric;
}

/** The key of a per-association or per-part metric: the association type (CPOR, DPOR, CSP) or the part (azure, m365). */
function keyOf(metric: MetricRule, track: GenericTrackRule, association: unknown): string | null {
  const t = metric.target;
  if (t.kind === "single" || t.kind === "steps") return null;
  const options = t.kind === "parts" ? t.parts.map((p) => p.id) : Object.keys(t.targets);
  const given = String(association ?? "").trim();
  const what = t.kind === "parts" ? "part" : "association type";
  if (!given) throw new SpdArgumentError(`${track.label} ${metric.label.toLowerCase()} has a target per ${what}; give one of ${options.join(", ")}.`);
  // The engine's own normalisation: "CSP Tier 1" is CSP, "DAP" is DPOR, as in the exports.
  const key = t.kind === "parts" ? options.find((o) => looseKey(o) === looseKey(given)) : options.find((a) => a === normaliseAssociation(given).type);
  if (!key)
    throw new SpdArgumentError(
      `"${given}" is not ${t.kind === "parts" ? "a part" : "an association type"} of ${track.label} ${metric.label.toLowerCase()}; use ${options.join(", ")}.`
    );
  return key;
}

/** The metric's raw value shape for one number: certification prerequisites taken as met, as Partner Center's simulator does. */
function valueFor(metric: MetricRule, key: string | null, value: number): MetricValue {
  const t = metric.target;
  if (t.kind === "steps") {
    const people: Record<string, number> = {};
    for (const step of t.steps) people[step.id] = step.minPeople.value;
    people[t.steps[t.steps.length - 1].id] = value;
    return people;
  }
  return key === null ? value : { [key]: value };
}

function evaluate(metric: MetricRule, key: string | null, value: number) {
  const result = metricResult(metric, valueFor(metric, key, value));
  const goal = typeof result.target === "number" ? result.target : result.target[key!];
  return { points: result.points, target: goal };
}

/** The target of a metric; per-association metrics need the association (CPOR, DPOR, CSP), two-part ones the part (azure, m365). */
export function targetOf(metric: MetricRule, track: GenericTrackRule, association?: unknown): number {
  return evaluate(metric, keyOf(metric, track, association), 0).target;
}

function numberAt(value: unknown, what: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  throw new SpdArgumentError(`${what} must be a number, not "${String(value)}".`);
}

function map2d<T, R>(m: Matrix<T>, f: (v: T) => R): Matrix<R> {
  return m.map((row) => row.map(f));
}

export function points(track: unknown, metric: unknown, values: Matrix<unknown>, association?: unknown): Matrix<number> {
  const t = findTrack(track);
  const m = findMetric(t, metric);
  const key = keyOf(m, t, association);
  return map2d(values, (v) => evaluate(m, key, numberAt(v, "value")).points);
}

export function target(track: unknown, metric: unknown, association?: unknown): number {
  const t = findTrack(track);
  return targetOf(findMetric(t, metric), t, association);
}

export function needed(track: unknown, metric: unknown, values: Matrix<unknown>, association?: unknown): Matrix<number> {
  const t = findTrack(track);
  const goal = targetOf(findMetric(t, metric), t, association);
  return map2d(values, (v) => Math.max(0, Math.ceil(goal - numberAt(v, "value") - 1e-9)));
}

export function eligible(paidUnits: Matrix<unknown>, track: unknown): Matrix<boolean> {
  const t = findTrack(track);
  if (!("paidUnits" in t)) throw new SpdArgumentError('SPD.ELIGIBLE is for Modern Work tracks (paid-unit bands): use "enterprise" or "smb".');
  return map2d(paidUnits, (v) => inPaidBand(t as TrackRule, numberAt(v, "paidUnits")));
}

export function deployed(activeUsers: Matrix<unknown>, paidUnits: Matrix<unknown>): Matrix<boolean> {
  if (activeUsers.length !== paidUnits.length || activeUsers.some((r, i) => r.length !== paidUnits[i].length))
    throw new SpdArgumentError("activeUsers and paidUnits must be the same size.");
  const ratio = currentRules().deploymentRatio.value;
  return activeUsers.map((row, i) =>
    row.map((v, j) => {
      const mau = numberAt(v, "activeUsers");
      const pau = numberAt(paidUnits[i][j], "paidUnits");
      return pau > 0 && mau / pau >= ratio;
    })
  );
}

/** Status from the points of a track's metrics (a row or column of them); blanks are ignored. */
export function status(pointsRange: Matrix<unknown>): string {
  const values = pointsRange
    .flat()
    .filter((v) => v !== null && v !== "" && v !== undefined)
    .map((v) => numberAt(v, "points"));
  if (!values.length) throw new SpdArgumentError("pointsRange holds no points.");
  const total = values.reduce((a, b) => a + b, 0);
  return STATUS_LABEL[trackStatus(total, values, qualificationOf(currentRules().qualification))];
}

/**
 * A track's total with units added: one row per metric ("deployments/CSP" names an association or
 * part), its current value and the units to add. Metrics not listed count 0; certification
 * prerequisites are taken as met, as Partner Center's simulator does.
 */
export function simulate(track: unknown, metrics: Matrix<unknown>, values: Matrix<unknown>, added?: Matrix<unknown>): number {
  const t = findTrack(track);
  const names = metrics.flat();
  const current = values.flat();
  const more = added?.flat() ?? [];
  if (current.length !== names.length)
    throw new SpdArgumentError(`metrics and values must be the same size (${names.length} metrics, ${current.length} values).`);
  if (added && more.length !== names.length)
    throw new SpdArgumentError(`metrics and added must be the same size (${names.length} metrics, ${more.length} added).`);
  const byMetric = new Map<MetricRule, Record<string, number> | number>();
  names.forEach((raw, i) => {
    if (raw === null || raw === undefined || String(raw).trim() === "") return;
    const [name, lever] = String(raw).split(/[/:]/);
    const m = findMetric(t, name);
    const key = keyOf(m, t, lever);
    const value =
      numberAt(current[i], `value for ${String(raw)}`) +
      (more[i] === undefined || more[i] === "" || more[i] === null ? 0 : numberAt(more[i], `added for ${String(raw)}`));
    const seen = byMetric.get(m);
    if (key === null) {
      if (seen !== undefined) throw new SpdArgumentError(`${m.id} is listed twice.`);
      byMetric.set(m, value);
    } else byMetric.set(m, { ...(seen as Record<string, number> | undefined), [key]: value });
  });
  let total = 0;
  for (const [m, value] of byMetric) total += metricResult(m, typeof value === "number" ? valueFor(m, null, value) : value).points;
  return total;
}

/** Which rule set a track argument names (for tests and messages). */
export function ruleSetOf(track: unknown): string {
  findTrack(track);
  return rulesFor(String(track ?? "").trim()).rules.id;
}

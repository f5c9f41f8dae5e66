import { looseKey } from "../engine/parse/keys";
import { inPaidBand } from "../engine/score/usageModel";
import {
  MODERN_WORK_RULE_SETS,
  linearPoints,
  normaliseAssociation,
  trackStatus,
  type MetricRule,
  type ModernWorkRuleSet,
  type TrackRule,
  STATUS_LABEL,
} from "../engine";

/**
 * The logic behind the SPD.* worksheet functions, free of the CustomFunctions runtime so it can be
 * tested directly. Bad arguments throw SpdArgumentError; the runtime wrapper turns that into #VALUE!.
 */
export class SpdArgumentError extends Error {
  override name = "SpdArgumentError";
}

export type Matrix<T> = T[][];

/** Worksheet functions use the newest rule set: they answer "what is it worth today". */
export function currentRules(): ModernWorkRuleSet {
  return MODERN_WORK_RULE_SETS[MODERN_WORK_RULE_SETS.length - 1];
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

export function findTrack(name: unknown, rules = currentRules()): TrackRule {
  const key = looseKey(String(name ?? ""));
  const track = rules.tracks.find((t) => looseKey(t.id) === key || looseKey(t.label) === key);
  if (!track) throw new SpdArgumentError(`Unknown track "${String(name ?? "")}". Use ${rules.tracks.map((t) => `"${t.id}"`).join(" or ")}.`);
  return track;
}

export function findMetric(track: TrackRule, name: unknown): MetricRule {
  const id = METRIC_ALIASES[looseKey(String(name ?? ""))];
  const metric = track.metrics.find((m) => m.id === id);
  if (!metric) throw new SpdArgumentError(`Unknown metric "${String(name ?? "")}". Use one of: ${track.metrics.map((m) => `"${m.id}"`).join(", ")}.`);
  return metric;
}

/** The target of a metric; per-association metrics need the association (CPOR, DPOR, CSP). */
export function targetOf(metric: MetricRule, track: TrackRule, association?: unknown): number {
  if (metric.target.kind === "single") return metric.target.target.value;
  if (metric.target.kind !== "per-association") throw new SpdArgumentError(`${metric.label} has no single target.`);
  const targets = metric.target.targets;
  const given = String(association ?? "").trim();
  const options = Object.keys(targets);
  if (!given) throw new SpdArgumentError(`${track.label} ${metric.label.toLowerCase()} has a target per association type; give one of ${options.join(", ")}.`);
  // The engine's own normalisation: "CSP Tier 1" is CSP, "DAP" is DPOR, as in the exports.
  const type = normaliseAssociation(given).type;
  const key = options.find((a) => a === type);
  if (!key) throw new SpdArgumentError(`"${given}" is not an association type of ${track.label} ${metric.label.toLowerCase()}; use ${options.join(", ")}.`);
  return targets[key as keyof typeof targets]!.value;
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
  const target = targetOf(m, t, association);
  return map2d(values, (v) => linearPoints(numberAt(v, "value"), target, m.maxPoints.value));
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
  return map2d(paidUnits, (v) => inPaidBand(t, numberAt(v, "paidUnits")));
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
    }),
  );
}

/** Status from the points of a track's metrics (a row or column of them); blanks are ignored. */
export function status(pointsRange: Matrix<unknown>): string {
  const values = pointsRange.flat().filter((v) => v !== null && v !== "" && v !== undefined).map((v) => numberAt(v, "points"));
  if (!values.length) throw new SpdArgumentError("pointsRange holds no points.");
  const total = values.reduce((a, b) => a + b, 0);
  return STATUS_LABEL[trackStatus(total, values, currentRules().qualification.minTotal.value)];
}

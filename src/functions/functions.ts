/* global CustomFunctions */
import { loadFunctionRuleOptions } from "../excel/ruleOptions";

// The functions' logic needs every designation's rules: a chunk of its own (functions-logic.js), fetched by
// the first SPD.* call, so the pane's page does not carry it to start (issue 15). The functions are
// therefore asynchronous; after that first call the chunk is in memory and each answers at once.
const logic = () => import(/* webpackChunkName: "functions-logic" */ "./spdFunctions");

// The rule options saved in the workbook ("Use these options") apply to SPD.* too. The pane publishes
// them when it opens or changes them; this reads them once at start-up for a workbook whose SPD.*
// cells compute before the pane is opened (the shared runtime allows Excel calls from here).
if (typeof Office !== "undefined" && typeof Excel !== "undefined")
  void Office.onReady()
    .then(() => Excel.run((context) => loadFunctionRuleOptions(context)))
    .catch(() => undefined);

type Logic = Awaited<ReturnType<typeof logic>>;

/** Runs a function body with the logic loaded, and turns a bad argument into #VALUE! with the reason as its message. */
async function guard<T>(body: (spd: Logic) => T): Promise<T> {
  const spd = await logic();
  try {
    return body(spd);
  } catch (error) {
    if (error instanceof spd.SpdArgumentError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    throw error;
  }
}

/**
 * Points a metric value earns (linear, capped at the metric's maximum).
 * @customfunction POINTS
 * @param track "enterprise" or "smb" (Modern Work), or designation/track: "security/smb", "infrastructure", "data-ai/enterprise", "business-applications/smb".
 * @param metric "net-customer-adds", "intermediate-certifications", "advanced-certifications", "usage-growth" or "deployments".
 * @param value The metric value (certified people in the scoring step for certifications), or a range of values.
 * @param [association] CPOR, DPOR or CSP for Modern Work usage growth and deployments; azure or m365 for Security.
 * @returns Points for each value.
 */
export async function points(track: string, metric: string, value: number[][], association?: string): Promise<number[][]> {
  return guard((spd) => spd.points(track, metric, value, association));
}

/**
 * The value that earns a metric's full points.
 * @customfunction TARGET
 * @param track "enterprise" or "smb" (Modern Work), or designation/track, e.g. "security/enterprise".
 * @param metric The metric, e.g. "deployments".
 * @param [association] CPOR, DPOR or CSP for Modern Work usage growth and deployments; azure or m365 for Security.
 * @returns The target.
 */
export async function target(track: string, metric: string, association?: string): Promise<number> {
  return guard((spd) => spd.target(track, metric, association));
}

/**
 * Whether a workload's paid units make its tenant eligible for a track.
 * @customfunction ELIGIBLE
 * @param paidUnits Paid available units (PAU), or a range of them.
 * @param track "enterprise" (more than 300) or "smb" (11 to 300).
 * @returns TRUE when eligible.
 */
export async function eligible(paidUnits: number[][], track: string): Promise<boolean[][]> {
  return guard((spd) => spd.eligible(paidUnits, track));
}

/**
 * Whether a workload is a deployment: active users at least 40 % of paid units.
 * @customfunction DEPLOYED
 * @param activeUsers Monthly active users (MAU), or a range.
 * @param paidUnits Paid available units (PAU), a range of the same size.
 * @returns TRUE for a deployment.
 */
export async function deployed(activeUsers: number[][], paidUnits: number[][]): Promise<boolean[][]> {
  return guard((spd) => spd.deployed(activeUsers, paidUnits));
}

/**
 * How many more units a metric needs for full points.
 * @customfunction NEEDED
 * @param track "enterprise" or "smb" (Modern Work), or designation/track, e.g. "infrastructure".
 * @param metric The metric, e.g. "net-customer-adds".
 * @param value The current value, or a range.
 * @param [association] CPOR, DPOR or CSP for Modern Work usage growth and deployments; azure or m365 for Security.
 * @returns Units still needed (0 when full).
 */
export async function needed(track: string, metric: string, value: number[][], association?: string): Promise<number[][]> {
  return guard((spd) => spd.needed(track, metric, value, association));
}

/**
 * A track's status from its metric points: Qualified, Partial, In progress or Not started.
 * @customfunction STATUS
 * @param pointsRange The points of each metric of one track.
 * @returns The status.
 */
export async function status(pointsRange: number[][]): Promise<string> {
  return guard((spd) => spd.status(pointsRange));
}

/**
 * A track's total points with units added (what-if): one row per metric, its current value and the units to add.
 * @customfunction SIMULATE
 * @param track "enterprise" or "smb" (Modern Work), or designation/track, e.g. "security/smb".
 * @param metrics The metrics, one per cell: "net-customer-adds", "deployments/CSP", "usage-growth/azure" (association or part after the slash).
 * @param values The current value of each metric (certified people in the scoring step for certifications).
 * @param [added] Units to add to each metric (blank = 0).
 * @returns The simulated total points of the track.
 */
export async function simulate(track: string, metrics: string[][], values: number[][], added?: number[][]): Promise<number> {
  return guard((spd) => spd.simulate(track, metrics, values, added));
}

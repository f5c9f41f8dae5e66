/**
 * Building blocks of a synthetic M365 usage (contribution) export in the layout of seed 002:
 * `CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage`, one row per
 * tenant × association × workload × month, counts written like `13.00`.
 *
 * Shared by the checked-in sample (scripts/samples/generate.ts) and the benchmark (bench/bench.ts).
 */
import type { Rng } from "./prng";

export const USAGE_HEADER = "CustomerTenantName,PartnerAttachType,WorkloadName,MonthName,ActiveUsage,QualifiedUsage";

/** Baseline P and as-of month M, as the export spells them. */
export const BASELINE_MONTH = "Oct-2024";
export const AS_OF_MONTH = "Oct-2025";

/** Workload names as the export spells them. The last three are not eligible for Modern Work. */
export const W = {
  exchange: "Exchange",
  intune: "Intune",
  apps: "Microsoft365Apps",
  sharepoint: "SharePoint",
  teams: "Teams",
  meetings: "TeamsMeetings",
  phone: "TeamsPhoneEnabledUsers",
  engage: "VivaEngage",
  connections: "VivaConnections",
  skype: "Skype for Business",
  w365: "Windows 365",
  onedrive: "OneDrive",
} as const;
export type Workload = (typeof W)[keyof typeof W];

/** Association spellings as they appear in exports. */
export const A = { csp1: "CSP Tier1", csp2: "CSP Tier 2", cpor: "CPOR", dpor: "DPOR", pal: "PAL" } as const;

/** Usage of one workload in one month: paid available units and monthly active users. */
export interface WorkloadUsage {
  workload: Workload;
  pau: number;
  mau: number;
}

/** The rows of one tenant under one association: usage in P and in M (null when absent that month). */
export interface TenantBlock {
  id: string;
  association: string;
  P: WorkloadUsage[] | null;
  M: WorkloadUsage[] | null;
}

/** Licence bundles: which workloads a tenant pays for. */
export type Plan = "basic" | "standard" | "premium" | "e3" | "e5";

const PLAN_WORKLOADS: Record<Plan, Workload[]> = {
  basic: [W.exchange, W.sharepoint, W.teams, W.meetings, W.engage],
  standard: [W.exchange, W.apps, W.sharepoint, W.teams, W.meetings, W.engage],
  premium: [W.exchange, W.intune, W.apps, W.sharepoint, W.teams, W.meetings, W.engage],
  e3: [W.exchange, W.intune, W.apps, W.sharepoint, W.teams, W.meetings, W.engage, W.connections],
  e5: [W.exchange, W.intune, W.apps, W.sharepoint, W.teams, W.meetings, W.phone, W.engage, W.connections],
};

/** Typical MAU/PAU of a settled tenant, per workload: [low, high]. */
const ADOPTION: Record<Workload, [number, number]> = {
  [W.exchange]: [0.82, 1.02],
  [W.teams]: [0.66, 0.98],
  [W.meetings]: [0.42, 0.85],
  [W.sharepoint]: [0.3, 0.72],
  [W.apps]: [0.55, 0.95],
  [W.intune]: [0.15, 0.9],
  [W.phone]: [0.45, 0.95],
  [W.engage]: [0.02, 0.35],
  [W.connections]: [0.0, 0.28],
  [W.skype]: [0.0, 0.25],
  [W.w365]: [0.6, 1.0],
  [W.onedrive]: [0.4, 0.85],
};

export interface TenantProfile {
  seats: number;
  plan: Plan;
  /** Teams Phone seats (0: none). */
  phoneSeats: number;
  /** Extra workloads: Viva Connections on a Business plan, and the ineligible ones. */
  connections: boolean;
  skype: number;
  w365: number;
  onedrive: boolean;
}

/** Paid units per workload of a profile. */
export function licensed(p: TenantProfile): Map<Workload, number> {
  const pau = new Map<Workload, number>();
  for (const w of PLAN_WORKLOADS[p.plan]) pau.set(w, p.seats);
  if (p.phoneSeats > 0) pau.set(W.phone, p.phoneSeats);
  else pau.delete(W.phone);
  if (p.connections) pau.set(W.connections, p.seats);
  if (p.skype > 0) pau.set(W.skype, p.skype);
  if (p.w365 > 0) pau.set(W.w365, p.w365);
  if (p.onedrive) pau.set(W.onedrive, p.seats);
  return pau;
}

export function freshAdoption(rng: Rng, w: Workload, onboarding = 1): number {
  const [lo, hi] = ADOPTION[w];
  const a = rng.between(lo, hi);
  // A tenant still being onboarded uses most workloads less; mail moves over first.
  return w === W.exchange ? a : a * onboarding;
}

/** Usage of every licensed workload, keeping adoption rates already drawn for the tenant. */
export function usageOf(rng: Rng, pau: Map<Workload, number>, adoption: Map<Workload, number>, onboarding = 1): WorkloadUsage[] {
  const out: WorkloadUsage[] = [];
  for (const [workload, units] of pau) {
    let a = adoption.get(workload);
    if (a === undefined) {
      a = freshAdoption(rng, workload, onboarding);
      adoption.set(workload, a);
    }
    out.push({ workload, pau: units, mau: Math.max(0, Math.round(units * a)) });
  }
  return out;
}

/** Next year's adoption: mostly a little higher, sometimes lower. */
export function drift(rng: Rng, adoption: Map<Workload, number>, mean: number, sd: number): Map<Workload, number> {
  const next = new Map<Workload, number>();
  for (const [w, a] of adoption) next.set(w, Math.min(1.05, Math.max(0, a + mean + rng.normal(sd))));
  return next;
}

export type Lifecycle = "retained" | "lost" | "gained";

export interface RandomTenantOptions {
  association: string;
  lifecycle: Lifecycle;
  /** Seats in the first month the tenant appears. */
  seats: number;
  /** Seat change over the year for retained tenants, as a fraction (mean, sd). */
  seatGrowth?: [number, number];
  /** Adoption drift over the year (mean, sd). */
  adoptionDrift?: [number, number];
  plan?: Plan;
}

export function randomPlan(rng: Rng): Plan {
  const u = rng.float();
  return u < 0.34 ? "basic" : u < 0.64 ? "standard" : "premium";
}

export function randomProfile(rng: Rng, seats: number, plan: Plan = randomPlan(rng)): TenantProfile {
  // Teams Phone: part of E5; an add-on for some of the seats elsewhere.
  let phoneSeats = 0;
  if (plan === "e5") phoneSeats = Math.round(seats * rng.between(0.3, 0.7));
  else if (rng.chance(0.22)) phoneSeats = Math.max(1, Math.round(seats * rng.between(0.1, 0.6)));
  return {
    seats,
    plan,
    phoneSeats,
    connections: plan !== "basic" && rng.chance(0.18),
    skype: rng.chance(0.14) ? rng.int(1, Math.max(1, Math.min(25, Math.round(seats / 3)))) : 0,
    w365: rng.chance(0.08) ? rng.int(1, 8) : 0,
    onedrive: rng.chance(0.3),
  };
}

/**
 * A tenant from its licences in P and in M (null: not in that month). Adoption is drawn once and drifts
 * over the year; a tenant new in M is onboarding (`onboarding` < 1 scales down all but Exchange).
 */
export function tenantFromProfiles(
  rng: Rng,
  id: string,
  association: string,
  first: TenantProfile | null,
  second: TenantProfile | null,
  o: { drift?: [number, number]; onboarding?: number } = {}
): TenantBlock {
  const [dMean, dSd] = o.drift ?? [0.01, 0.05];
  const adoption = new Map<Workload, number>();
  const P = first ? usageOf(rng, licensed(first), adoption) : null;
  const M = second ? usageOf(rng, licensed(second), first ? drift(rng, adoption, dMean, dSd) : adoption, o.onboarding ?? 1) : null;
  return { id, association, P, M };
}

const UPGRADE: Partial<Record<Plan, Plan>> = { basic: "standard", standard: "premium", premium: "e3" };

/** A tenant with a random licence mix and usage; `id` must be unique. */
export function randomTenant(rng: Rng, id: string, o: RandomTenantOptions): TenantBlock {
  const [gMean, gSd] = o.seatGrowth ?? [0.03, 0.08];
  const [dMean, dSd] = o.adoptionDrift ?? [0.01, 0.05];
  const first = randomProfile(rng, o.seats, o.plan);
  if (o.lifecycle === "gained") {
    // New this year: onboarding, so most workloads are used less than by settled tenants.
    const usage = usageOf(rng, licensed(first), new Map(), rng.between(0.6, 1));
    return { id, association: o.association, P: null, M: usage };
  }
  const adoption = new Map<Workload, number>();
  const P = usageOf(rng, licensed(first), adoption);
  if (o.lifecycle === "lost") return { id, association: o.association, P, M: null };
  const seats = Math.max(1, Math.round(o.seats * (1 + gMean + rng.normal(gSd))));
  const upgraded = rng.chance(0.1) ? (UPGRADE[first.plan] ?? first.plan) : first.plan;
  const second: TenantProfile = {
    ...first,
    seats,
    plan: upgraded,
    phoneSeats:
      first.phoneSeats > 0
        ? Math.max(1, Math.round(first.phoneSeats * (seats / o.seats) * rng.between(0.95, 1.2)))
        : rng.chance(0.05)
          ? Math.max(1, Math.round(seats * 0.2))
          : 0,
    // Skype for Business is retired: most tenants that had it no longer report it.
    skype: first.skype > 0 && rng.chance(0.3) ? Math.max(1, first.skype - rng.int(0, 3)) : 0,
    w365: first.w365 > 0 ? first.w365 + rng.int(0, 3) : rng.chance(0.04) ? rng.int(1, 5) : 0,
  };
  const M = usageOf(rng, licensed(second), drift(rng, adoption, dMean, dSd), rng.between(0.7, 1));
  return { id, association: o.association, P, M };
}

/** SMB-sized seat count: 11 + a log-normal part, median about 35, skewed towards small tenants, at most `max`. */
export function smbSeats(rng: Rng, max = 240): number {
  return Math.min(max, 11 + Math.round(Math.exp(Math.log(24) + rng.normal(0.75))));
}

/** `13` → `13.00`, as the export writes counts. */
export function count(n: number): string {
  return `${n}.00`;
}

/** CSV lines of one block, sorted by workload then month (P first). */
export function blockLines(block: TenantBlock, out: string[]): void {
  const names = new Set<Workload>();
  for (const u of block.P ?? []) names.add(u.workload);
  for (const u of block.M ?? []) names.add(u.workload);
  const sorted = [...names].sort();
  const P = new Map((block.P ?? []).map((u) => [u.workload, u]));
  const M = new Map((block.M ?? []).map((u) => [u.workload, u]));
  const prefix = `${block.id},${block.association},`;
  for (const w of sorted) {
    const p = P.get(w);
    if (p) out.push(`${prefix}${w},${BASELINE_MONTH},${count(p.mau)},${count(p.pau)}`);
    const m = M.get(w);
    if (m) out.push(`${prefix}${w},${AS_OF_MONTH},${count(m.mau)},${count(m.pau)}`);
  }
}

/** The whole export: header, then tenants by id, each tenant's associations by name. */
export function usageCsv(blocks: TenantBlock[]): string {
  const sorted = [...blocks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.association < b.association ? -1 : a.association > b.association ? 1 : 0));
  const lines = [USAGE_HEADER];
  for (const b of sorted) blockLines(b, lines);
  return `${lines.join("\n")}\n`;
}

/**
 * The months around the two sampled months of an M365 usage block: the sample export holds every month
 * from May-2024 to Oct-2025, so each month of the qualification window (May … Oct-2025, RULES.md §1.3) has
 * its year-ago baseline. A block's Oct-2024 (P) and Oct-2025 (M) rows are kept exactly as drawn; the other
 * months are derived from them here, with their own PRNG stream, so adding months never shifts a P or M row.
 *
 * How a month is derived (the sample's model of a real tenant, nothing the engine relies on):
 * - before P: paid units shrink back along the tenant's yearly seat growth, adoption along its drift;
 * - between P and M: paid units and adoption move linearly from P to M; workloads added or dropped
 *   between the years (a plan upgrade, Skype for Business retired) switch at one licence-change month;
 * - a customer that leaves fades in its last two months; a new one keeps its licences and ramps its use;
 * - every month adds a few percent of noise to active use.
 */
import type { Rng } from "./prng";
import { USAGE_HEADER, count, type TenantBlock, type Workload, type WorkloadUsage } from "./usage";

/** Month t = 0 … 17 is May-2024 … Oct-2025; t = 5 is Oct-2024 (P), t = 17 is Oct-2025 (M). */
export const HISTORY_MONTHS = 18;
export const P_INDEX = 5;
export const M_INDEX = 17;
const FIRST_MONTH = 2024 * 12 + 4; // May-2024, months counted from January of year 0
const NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Month t as the export writes it: `May-2024`. */
export function historyMonth(t: number): string {
  const m = FIRST_MONTH + t;
  return `${NAMES[m % 12]}-${Math.floor(m / 12)}`;
}

/** Which months a block has rows in, and how its licences change. */
export interface BlockPlan {
  /** First and last month with rows (a block with P and M has first ≤ P_INDEX and last = M_INDEX). */
  first: number;
  last: number;
  /** Month from which the workloads are M's instead of P's (only matters when they differ). */
  change: number;
  /** Keep P's rows unchanged until M: the edge cases, whose README statements name Oct-2025. */
  hold?: boolean;
}

/** A block's rows month by month (null: no rows that month). */
export interface MonthlyBlock {
  id: string;
  association: string;
  months: Array<WorkloadUsage[] | null>;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function row(rng: Rng, workload: Workload, pau: number, ratio: number): WorkloadUsage {
  const noisy = clamp(ratio * (1 + rng.normal(0.03)), 0, 1.05);
  return { workload, pau, mau: Math.round(pau * noisy) };
}

const ratioOf = (u: WorkloadUsage) => (u.pau > 0 ? u.mau / u.pau : 0);

/** Rows of a block that has P: month t ≤ P, shrunk back along the yearly seat growth and adoption drift. */
function before(rng: Rng, block: TenantBlock, t: number, plan: BlockPlan): WorkloadUsage[] {
  const P = block.P!;
  const M = new Map((block.M ?? []).map((u) => [u.workload, u]));
  const back = (P_INDEX - t) / 12;
  // A tenant that joined in 2024 was still onboarding: use grows to its October level.
  const onboarding = plan.first > 0 ? 0.6 + (0.4 * (t - plan.first + 1)) / (P_INDEX - plan.first + 1) : 1;
  // A customer gone before Oct-2024 fades in its last two months, as any leaving customer does.
  const fade = plan.last < P_INDEX && t >= plan.last - 1 ? 0.8 : 1;
  return P.map((p) => {
    const m = M.get(p.workload);
    const growth = m ? clamp(m.pau / Math.max(1, p.pau) - 1, -0.2, 0.3) : 0.04;
    const drift = m ? ratioOf(m) - ratioOf(p) : 0.01;
    const pau = Math.max(1, Math.round(p.pau * (1 - growth * back)));
    return row(rng, p.workload, pau, (ratioOf(p) - drift * back) * onboarding * fade);
  });
}

/** Rows of a block with P and M, between them. */
function between(rng: Rng, block: TenantBlock, t: number, plan: BlockPlan): WorkloadUsage[] {
  const P = new Map(block.P!.map((u) => [u.workload, u]));
  const M = new Map(block.M!.map((u) => [u.workload, u]));
  const f = (t - P_INDEX) / (M_INDEX - P_INDEX);
  const set = t < plan.change ? block.P! : block.M!;
  return set.map(({ workload }) => {
    const p = P.get(workload);
    const m = M.get(workload);
    if (p && m) return row(rng, workload, Math.round(p.pau + (m.pau - p.pau) * f), ratioOf(p) + (ratioOf(m) - ratioOf(p)) * f);
    if (p) return row(rng, workload, p.pau, ratioOf(p)); // dropped at the licence change
    // Added at the licence change: use ramps up to M's.
    const ramp = 0.55 + (0.45 * (t - plan.change)) / Math.max(1, M_INDEX - plan.change);
    return row(rng, workload, m!.pau, ratioOf(m!) * ramp);
  });
}

/** Rows of a customer that leaves: P's licences, use fading in its last two months. */
function leaving(rng: Rng, block: TenantBlock, t: number, plan: BlockPlan): WorkloadUsage[] {
  const fade = t >= plan.last - 1 ? 0.8 : 1;
  return block.P!.map((p) => row(rng, p.workload, p.pau, ratioOf(p) * fade));
}

/** Rows of a new customer: M's licences from its first month, use ramping up from 70 % of M's. */
function arriving(rng: Rng, block: TenantBlock, t: number, plan: BlockPlan): WorkloadUsage[] {
  const progress = (t - plan.first + 1) / (M_INDEX - plan.first + 1);
  // One that leaves again before Oct-2025 fades in its last two months.
  const fade = plan.last < M_INDEX && t >= plan.last - 1 ? 0.8 : 1;
  return block.M!.map((m) => row(rng, m.workload, m.pau, ratioOf(m) * (0.7 + 0.3 * progress) * fade));
}

/**
 * A block's rows for every month of the history. P and M are placed as they are (the very objects, so
 * their rows are written byte for byte as before); every other month comes from `rng`.
 */
export function blockHistory(rng: Rng, block: TenantBlock, plan: BlockPlan): MonthlyBlock {
  const months: Array<WorkloadUsage[] | null> = Array.from({ length: HISTORY_MONTHS }, () => null);
  for (let t = plan.first; t <= plan.last; t++) {
    if (t === P_INDEX && block.P) months[t] = block.P;
    else if (t === M_INDEX && block.M) months[t] = block.M;
    else if (plan.hold) months[t] = block.P;
    else if (block.P && t < P_INDEX) months[t] = before(rng, block, t, plan);
    else if (block.P && block.M) months[t] = between(rng, block, t, plan);
    else if (block.P) months[t] = leaving(rng, block, t, plan);
    else months[t] = arriving(rng, block, t, plan);
  }
  return { id: block.id, association: block.association, months };
}

/** CSV lines of one block: by workload, then month by month (the two-month export's order, extended). */
function monthlyLines(block: MonthlyBlock, out: string[]): void {
  const byMonth = block.months.map((usage) => new Map((usage ?? []).map((u) => [u.workload, u])));
  const names = [...new Set(byMonth.flatMap((m) => [...m.keys()]))].sort();
  const prefix = `${block.id},${block.association},`;
  for (const w of names)
    byMonth.forEach((m, t) => {
      const u = m.get(w);
      if (u) out.push(`${prefix}${w},${historyMonth(t)},${count(u.mau)},${count(u.pau)}`);
    });
}

/** The whole export: header, then tenants by id, each tenant's associations by name. */
export function monthlyUsageCsv(blocks: MonthlyBlock[]): string {
  const sorted = [...blocks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.association < b.association ? -1 : a.association > b.association ? 1 : 0));
  const lines = [USAGE_HEADER];
  for (const b of sorted) monthlyLines(b, lines);
  return `${lines.join("\n")}\n`;
}

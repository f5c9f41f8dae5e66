/**
 * When the sample's Modern Work customers come and go, month by month (May-2024 … Oct-2025), so the six
 * months of the qualification window tell a story (samples/README.md, "Month by month"):
 * - the partner's SMB customer count creeps up through the winter, so the SMB track qualifies in
 *   May- and Jun-2025;
 * - in Jul-2025 six CSP customers move to another partner at once: net customer adds fall to 0 and the SMB
 *   track drops out (every metric must earn points) in Jul- and Aug-2025;
 * - a summer campaign brings eight CSP customers in Aug- and Sep-2025: qualified again in Sep- and Oct-2025.
 * Oct-2024 and Oct-2025 are the blocks drawn by generate.ts, unchanged; only the months around them are new.
 */
import { M_INDEX, P_INDEX, blockHistory, type BlockPlan, type MonthlyBlock } from "./usageHistory";
import { Rng } from "./prng";
import { A, randomTenant, smbSeats, type TenantBlock } from "./usage";

/** The groups of generate.ts whose months the story sets; untagged blocks get random months. */
export type StoryTag = "csp-retained" | "csp-lost" | "csp-gained" | "cpor-lost" | "cpor-gained" | "ent-lost" | "ent-new" | "edge";

/**
 * Per tag, in the order generate.ts adds the blocks: the first month with rows (retained and new
 * customers) or the last (customers that leave). Month t: 0 = May-2024, 5 = Oct-2024, 12 = May-2025,
 * 17 = Oct-2025. Blocks beyond a list's length get the default (retained: since May-2024; others: random).
 */
const SCHEDULE: Partial<Record<StoryTag, number[]>> = {
  // Three CSP customers joined in the summer of 2024 (Jun, Jul, Sep); the rest were customers in May-2024.
  "csp-retained": [1, 2, 4],
  // Last month with rows: one a month through the winter, then six at once in Jun-2025 (gone from Jul-2025).
  "csp-lost": [6, 7, 8, 10, 11, 13, 13, 13, 13, 13, 13, 14, 15],
  // First month: seven through the winter, a few in May–Jul, the campaign's eight in Aug–Sep, two in Oct-2025.
  "csp-gained": [6, 7, 9, 9, 10, 11, 11, 12, 12, 13, 14, 15, 15, 16, 16, 16, 16, 16, 16, 17, 17],
  "cpor-lost": [9],
  "cpor-gained": [8],
  // Enterprise: the 336-seat CPOR customer leaves after Jan-2025, the 540-seat DPOR one after Aug-2025;
  // the new CPOR customer arrives in Mar-2025, the new DPOR one in Jun-2025.
  "ent-lost": [8, 15],
  "ent-new": [10, 13],
};

/** Months of one block drawn by generate.ts (P in Oct-2024 and/or M in Oct-2025). */
function planFor(rng: Rng, block: TenantBlock, tag: StoryTag | undefined, nth: number): BlockPlan {
  if (tag === "edge") return { first: 0, last: M_INDEX, change: M_INDEX, hold: true };
  const scheduled = tag ? SCHEDULE[tag]?.[nth] : undefined;
  // Drawn even when scheduled, so a schedule change moves no other block's months.
  const change = rng.int(P_INDEX + 1, M_INDEX - 1);
  const random = block.P ? rng.int(P_INDEX, M_INDEX - 1) : rng.int(P_INDEX + 1, M_INDEX);
  if (block.P && block.M) return { first: scheduled ?? 0, last: M_INDEX, change };
  if (block.P) return { first: 0, last: scheduled ?? random, change: M_INDEX };
  return { first: scheduled ?? random, last: M_INDEX, change: P_INDEX };
}

/** Customers only in the months around P and M: they never show in the two-month comparison. */
function passingCustomers(rng: Rng, newId: () => string): Array<[TenantBlock, BlockPlan]> {
  const csp = (lifecycle: "lost" | "gained") => randomTenant(rng, newId(), { association: A.csp1, lifecycle, seats: smbSeats(rng, 120) });
  return [
    // Left in the summer of 2024: SMB customers in the baselines of May-2025 (and Jun-, Jul-, Aug-2025).
    [csp("lost"), { first: 0, last: 1, change: M_INDEX }],
    [csp("lost"), { first: 0, last: 3, change: M_INDEX }],
    // Came in Jan-2025 and left again after May-2025.
    [csp("gained"), { first: 8, last: 12, change: P_INDEX }],
  ];
}

/**
 * Every block's rows for May-2024 … Oct-2025, plus the customers that came and went in between. Uses its
 * own PRNG stream: the blocks' P and M rows are the ones generate.ts drew, untouched.
 */
export function usageHistory(blocks: TenantBlock[], tags: Map<TenantBlock, StoryTag>, seed: number): MonthlyBlock[] {
  const rng = new Rng(seed);
  const seen = new Map<StoryTag, number>();
  const out = blocks.map((block) => {
    const tag = tags.get(block);
    const nth = tag ? (seen.get(tag) ?? 0) : 0;
    if (tag) seen.set(tag, nth + 1);
    return blockHistory(rng, block, planFor(rng, block, tag, nth));
  });
  const ids = new Set(blocks.map((b) => b.id));
  const newId = () => {
    let id = rng.hex(20);
    while (ids.has(id)) id = rng.hex(20);
    ids.add(id);
    return id;
  };
  for (const [block, plan] of passingCustomers(rng, newId)) out.push(blockHistory(rng, block, plan));
  return out;
}

/**
 * The checked-in samples (samples/*.csv), generated deterministically: a fictitious partner's Modern Work
 * contribution export (drawn as Oct-2024 vs Oct-2025, then given every month from May-2024 so the six
 * months of the qualification window each have a baseline), its skilling export, its Azure consumption
 * export (scripts/samples/azure.ts) and its Business Applications usage and revenue exports
 * (scripts/samples/bizApps.ts). The Modern Work partner is tuned so that the SMB track qualifies and the
 * Enterprise track does not; samples/README.md records what the scorers say.
 *
 * `npm run samples` writes them; test/samples.test.ts checks the checked-in files equal this output.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { azureCsv } from "./azure";
import { bizAppsCsvs } from "./bizApps";
import { Rng } from "./prng";
import { skillingCsv } from "./skilling";
import { monthlyUsageCsv } from "./usageHistory";
import { usageHistory, type StoryTag } from "./usageStory";
import {
  A,
  W,
  randomProfile,
  randomTenant,
  smbSeats,
  tenantFromProfiles,
  type TenantBlock,
  type TenantProfile,
  type Workload,
  type WorkloadUsage,
} from "./usage";

export const SAMPLE_FILES = ["modern-work-usage.csv", "skilling.csv", "azure-usage.csv", "bizapps-usage.csv", "bizapps-revenue.csv"] as const;

const SEED = 0x5d_2025;
/** The months around Oct-2024 and Oct-2025 come from their own stream, so they never shift those rows. */
const HISTORY_SEED = 0x5d_2024_05;

/** Rows given exactly, for the edge cases: [workload, MAU, PAU]. */
function rows(list: Array<[Workload, number, number]>): WorkloadUsage[] {
  return list.map(([workload, mau, pau]) => ({ workload, mau, pau }));
}

function profile(seats: number, plan: TenantProfile["plan"], extra: Partial<TenantProfile> = {}): TenantProfile {
  return { seats, plan, phoneSeats: 0, connections: false, skype: 0, w365: 0, onedrive: false, ...extra };
}

/**
 * The Oct-2024 and Oct-2025 blocks of the Modern Work sample. `tags` (optional) receives the group of the
 * blocks whose months the month-by-month story sets (scripts/samples/usageStory.ts); tagging draws nothing.
 */
export function sampleUsageBlocks(tags?: Map<TenantBlock, StoryTag>): TenantBlock[] {
  const rng = new Rng(SEED);
  const ids = new Set<string>();
  const newId = (): string => {
    let id = rng.hex(20);
    while (ids.has(id)) id = rng.hex(20);
    ids.add(id);
    return id;
  };
  const csp = () => (rng.chance(0.62) ? A.csp1 : A.csp2);
  const blocks: TenantBlock[] = [];
  const add = (b: TenantBlock, tag?: StoryTag) => {
    blocks.push(b);
    if (tag) tags?.set(b, tag);
  };

  // --- SMB customers bought through CSP (the bulk of a typical Modern Work partner) ---------------
  for (let i = 0; i < 150; i++)
    add(randomTenant(rng, newId(), { association: csp(), lifecycle: "retained", seats: smbSeats(rng), seatGrowth: [0.05, 0.08] }), "csp-retained");
  for (let i = 0; i < 13; i++) add(randomTenant(rng, newId(), { association: csp(), lifecycle: "lost", seats: smbSeats(rng, 150) }), "csp-lost");
  for (let i = 0; i < 21; i++) add(randomTenant(rng, newId(), { association: csp(), lifecycle: "gained", seats: smbSeats(rng, 120) }), "csp-gained");

  // --- SMB customers where the partner is claiming partner of record -----------------------------
  for (let i = 0; i < 12; i++) add(randomTenant(rng, newId(), { association: A.cpor, lifecycle: "retained", seats: smbSeats(rng, 260) }));
  add(randomTenant(rng, newId(), { association: A.cpor, lifecycle: "lost", seats: smbSeats(rng) }), "cpor-lost");
  add(randomTenant(rng, newId(), { association: A.cpor, lifecycle: "gained", seats: smbSeats(rng) }), "cpor-gained");

  // --- Associations that count for no track ------------------------------------------------------
  // Partner Admin Link only.
  for (let i = 0; i < 7; i++) add(randomTenant(rng, newId(), { association: A.pal, lifecycle: i < 6 ? "retained" : "gained", seats: smbSeats(rng) }));
  add(tenantFromProfiles(rng, newId(), A.pal, profile(820, "e3"), profile(845, "e3")));
  // DPOR on SMB-sized tenants (DPOR is an Enterprise association only).
  add(tenantFromProfiles(rng, newId(), A.dpor, profile(120, "premium"), profile(126, "premium")));
  add(tenantFromProfiles(rng, newId(), A.dpor, profile(64, "standard"), profile(61, "standard")));
  // CSP on tenants over 300 seats (CSP is an SMB association only; no workload under 301 paid units).
  add(tenantFromProfiles(rng, newId(), A.csp1, profile(460, "standard", { onedrive: true }), profile(505, "standard", { onedrive: true })));
  add(tenantFromProfiles(rng, newId(), A.csp2, profile(372, "basic"), profile(366, "basic")));

  // --- Micro tenants (10 paid units or fewer: too small for SMB) ----------------------------------
  for (let i = 0; i < 10; i++) {
    const seats = rng.int(1, 9);
    add(
      tenantFromProfiles(
        rng,
        newId(),
        csp(),
        randomProfile(rng, seats, "basic"),
        i < 8 ? randomProfile(rng, Math.max(1, seats + rng.int(-1, 1)), "basic") : null
      )
    );
  }

  // --- Enterprise customers (more than 300 paid units on a workload), CPOR and DPOR -------------------
  const ent = (association: string, p: TenantProfile | null, m: TenantProfile | null, onboarding = 1) =>
    add(tenantFromProfiles(rng, newId(), association, p, m, { drift: [0.01, 0.04], onboarding }), p && m ? undefined : p ? "ent-lost" : "ent-new");
  ent(A.cpor, profile(1850, "e5", { phoneSeats: 640 }), profile(1890, "e5", { phoneSeats: 655 }));
  ent(A.cpor, profile(920, "e3", { onedrive: true }), profile(948, "e3", { onedrive: true }));
  ent(A.cpor, profile(640, "e3"), profile(612, "e3"));
  ent(A.cpor, profile(410, "premium", { w365: 12 }), profile(431, "premium", { w365: 18 }));
  // Teams Phone on 120-135 seats only: this tenant is also an SMB customer (one workload has 11..300 PAU).
  ent(A.cpor, profile(1200, "e3", { phoneSeats: 120 }), profile(1236, "e3", { phoneSeats: 135 }));
  ent(A.cpor, profile(336, "basic"), null); // moved to another partner
  ent(A.cpor, null, profile(352, "standard"), 0.7); // new this year, still onboarding
  ent(A.dpor, profile(2400, "e3", { onedrive: true }), profile(2432, "e3", { onedrive: true }));
  ent(A.dpor, profile(780, "e3"), profile(792, "e3"));
  ent(A.dpor, profile(530, "standard", { skype: 40 }), profile(518, "standard"));
  ent(A.dpor, profile(3500, "e5", { phoneSeats: 900 }), profile(3540, "e5", { phoneSeats: 905 }));
  ent(A.dpor, profile(540, "basic"), null); // lost
  ent(A.dpor, null, profile(430, "e3"), 0.6); // new, onboarding

  // --- Edge cases, rows given exactly -----------------------------------------------------------------
  // 10 paid units both months: not SMB (SMB needs more than 10).
  add(
    {
      id: newId(),
      association: A.csp1,
      P: rows([
        [W.exchange, 10, 10],
        [W.sharepoint, 4, 10],
        [W.teams, 9, 10],
        [W.meetings, 6, 10],
      ]),
      M: rows([
        [W.exchange, 10, 10],
        [W.sharepoint, 5, 10],
        [W.teams, 10, 10],
        [W.meetings, 7, 10],
      ]),
    },
    "edge"
  );
  // 10 → 11 paid units: becomes an SMB customer in Oct-2025.
  add(
    {
      id: newId(),
      association: A.csp2,
      P: rows([
        [W.exchange, 9, 10],
        [W.teams, 8, 10],
        [W.apps, 7, 10],
      ]),
      M: rows([
        [W.exchange, 11, 11],
        [W.teams, 9, 11],
        [W.apps, 8, 11],
      ]),
    },
    "edge"
  );
  // Exactly 300 paid units in Oct-2025: still SMB (SMB is 11..300).
  add(
    {
      id: newId(),
      association: A.csp1,
      P: rows([
        [W.exchange, 262, 281],
        [W.teams, 240, 281],
        [W.meetings, 170, 281],
        [W.sharepoint, 151, 281],
        [W.apps, 220, 281],
      ]),
      M: rows([
        [W.exchange, 291, 300],
        [W.teams, 262, 300],
        [W.meetings, 183, 300],
        [W.sharepoint, 160, 300],
        [W.apps, 236, 300],
      ]),
    },
    "edge"
  );
  // 290 → 301 paid units under CSP: SMB in Oct-2024, in no track in Oct-2025 (CSP does not count for Enterprise).
  add(
    {
      id: newId(),
      association: A.csp1,
      P: rows([
        [W.exchange, 271, 290],
        [W.teams, 250, 290],
        [W.sharepoint, 131, 290],
      ]),
      M: rows([
        [W.exchange, 288, 301],
        [W.teams, 266, 301],
        [W.sharepoint, 140, 301],
      ]),
    },
    "edge"
  );
  // 296 → 301 paid units under DPOR: no track in Oct-2024, Enterprise in Oct-2025.
  add(
    {
      id: newId(),
      association: A.dpor,
      P: rows([
        [W.exchange, 280, 296],
        [W.teams, 236, 296],
        [W.sharepoint, 112, 296],
        [W.meetings, 150, 296],
      ]),
      M: rows([
        [W.exchange, 290, 301],
        [W.teams, 248, 301],
        [W.sharepoint, 121, 301],
        [W.meetings, 161, 301],
      ]),
    },
    "edge"
  );
  // MAU/PAU exactly 40% counts as deployed (Intune 40/100 now), 39% does not (SharePoint fell to 39/100).
  add(
    {
      id: newId(),
      association: A.csp1,
      P: rows([
        [W.exchange, 96, 100],
        [W.intune, 31, 100],
        [W.sharepoint, 41, 100],
        [W.teams, 88, 100],
      ]),
      M: rows([
        [W.exchange, 97, 100],
        [W.intune, 40, 100],
        [W.sharepoint, 39, 100],
        [W.teams, 90, 100],
      ]),
    },
    "edge"
  );
  // Exactly 40% under CPOR: Teams Phone 12/30 is a new deployment.
  add(
    {
      id: newId(),
      association: A.cpor,
      P: rows([
        [W.exchange, 29, 30],
        [W.teams, 27, 30],
        [W.phone, 8, 30],
        [W.engage, 2, 30],
      ]),
      M: rows([
        [W.exchange, 30, 30],
        [W.teams, 28, 30],
        [W.phone, 12, 30],
        [W.engage, 3, 30],
      ]),
    },
    "edge"
  );
  // Only an ineligible workload is in the SMB band (Windows 365, 14 PAU): in no track.
  add(
    {
      id: newId(),
      association: A.csp2,
      P: rows([
        [W.exchange, 8, 8],
        [W.teams, 7, 8],
        [W.w365, 12, 14],
      ]),
      M: rows([
        [W.exchange, 8, 8],
        [W.teams, 8, 8],
        [W.w365, 13, 14],
      ]),
    },
    "edge"
  );
  // Bought through both CSP tiers: two sets of rows for the same tenant and workloads.
  const both = newId();
  add(
    {
      id: both,
      association: A.csp1,
      P: rows([
        [W.exchange, 24, 25],
        [W.teams, 21, 25],
        [W.sharepoint, 12, 25],
      ]),
      M: rows([
        [W.exchange, 27, 28],
        [W.teams, 24, 28],
        [W.sharepoint, 15, 28],
      ]),
    },
    "edge"
  );
  add(
    {
      id: both,
      association: A.csp2,
      P: rows([
        [W.exchange, 14, 15],
        [W.teams, 12, 15],
      ]),
      M: rows([
        [W.exchange, 15, 15],
        [W.teams, 14, 15],
      ]),
    },
    "edge"
  );
  // CSP for the licences and CPOR on the Intune and Teams Phone rollout of the same tenant.
  const claimed = newId();
  add(
    {
      id: claimed,
      association: A.csp1,
      P: rows([
        [W.exchange, 58, 62],
        [W.apps, 51, 62],
        [W.intune, 20, 62],
        [W.sharepoint, 30, 62],
        [W.teams, 55, 62],
      ]),
      M: rows([
        [W.exchange, 64, 66],
        [W.apps, 57, 66],
        [W.intune, 38, 66],
        [W.sharepoint, 33, 66],
        [W.teams, 60, 66],
      ]),
    },
    "edge"
  );
  add(
    {
      id: claimed,
      association: A.cpor,
      P: rows([[W.intune, 20, 62]]),
      M: rows([
        [W.intune, 38, 66],
        [W.phone, 14, 18],
      ]),
    },
    "edge"
  );

  return blocks;
}

/** The Modern Work usage export: every month from May-2024 to Oct-2025 (scripts/samples/usageStory.ts). */
export function modernWorkUsageCsv(): string {
  const tags = new Map<TenantBlock, StoryTag>();
  const blocks = sampleUsageBlocks(tags);
  return monthlyUsageCsv(usageHistory(blocks, tags, HISTORY_SEED));
}

/** The sample files by name, as they are checked in under samples/. */
export function generateSamples(): Record<(typeof SAMPLE_FILES)[number], string> {
  const bizApps = bizAppsCsvs();
  return {
    "modern-work-usage.csv": modernWorkUsageCsv(),
    "skilling.csv": skillingCsv(),
    "azure-usage.csv": azureCsv(),
    "bizapps-usage.csv": bizApps.usage,
    "bizapps-revenue.csv": bizApps.revenue,
  };
}

/** Writes the sample files into `dir`; returns their paths. */
export function writeSamples(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(generateSamples()).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}

import { dataAiModule } from "../../../src/engine/designations/data-ai/module";
import { latestMonthOf } from "../../../src/engine/model/exportsRead";
import { digitalAppInnovationModule } from "../../../src/engine/designations/digital-app-innovation/module";
import { infrastructureModule } from "../../../src/engine/designations/infrastructure/module";
import type { RuleSetBase } from "../../../src/engine";
import { designation, filler, metric, scoreAzure, track, warning, warningCodes, type AzureTuple, type SkillRow } from "../../helpers/azure";

const ALL = [infrastructureModule, dataAiModule, digitalAppInnovationModule];

const AZURE_RULE_SETS = {
  infrastructure: infrastructureModule.ruleSets,
  "data-ai": dataAiModule.ruleSets,
  "digital-app-innovation": digitalAppInnovationModule.ruleSets,
};

describe("Azure rule sets", () => {
  test("the as-of month picks the rule set: Oct 2025 → 2023 (single track), Jun 2026 → 2026 (classified)", () => {
    const old = scoreAzure({ rows: filler("2024-09", "2025-10") }, { asOf: "2025-10" });
    expect(designation(old).ruleSet).toMatchObject({ id: "infrastructure-2023", edition: "2023", effectiveFrom: "2023-06-13" });
    expect(designation(old).trackChoice).toBe("single");
    expect(designation(old).tracks.map((t) => [t.id, t.label])).toEqual([["single", "All partners"]]);
    expect(designation(old).classification).toBeUndefined();

    const now = scoreAzure({ rows: filler("2025-05", "2026-06") }, { asOf: "2026-06" });
    expect(designation(now).ruleSet).toMatchObject({ id: "infrastructure-2026", edition: "2026", effectiveFrom: "2026-05-08" });
    expect(designation(now).tracks.map((t) => [t.id, t.label])).toEqual([
      ["enterprise", "Enterprise"],
      ["smb", "SMB"],
    ]);
  });

  test('ruleSet "2026" overrides the as-of month, and a rule-set id picks one set', () => {
    const rows = filler("2024-09", "2025-10");
    expect(designation(scoreAzure({ rows }, { ruleSet: "2026" })).ruleSet.id).toBe("infrastructure-2026");
    expect(designation(scoreAzure({ rows: filler("2025-05", "2026-06") }, { ruleSet: "infrastructure-2023" })).ruleSet.id).toBe("infrastructure-2023");
    const all = scoreAzure({ rows }, { ruleSet: "2026" }, ALL);
    expect(all.report.designations.map((d) => d.ruleSet.id)).toEqual(["infrastructure-2026", "data-ai-2026", "digital-app-innovation-2026"]);
  });

  test("every value in every rule set names a source the rule set lists and quotes its wording (or says why it has none)", () => {
    const sets: RuleSetBase[] = Object.values(AZURE_RULE_SETS).flat();
    expect(sets).toHaveLength(6);
    for (const set of sets) {
      const ids = new Set(set.sources.map((s) => s.id));
      const missing: string[] = [];
      const visit = (value: unknown, path: string): void => {
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
        else if (value && typeof value === "object") {
          const o = value as Record<string, unknown>;
          if ("value" in o && "source" in o) {
            if (!ids.has(String(o.source))) missing.push(`${path}: ${String(o.source)}`);
            // A number always has the source's words; a reading with no wording of its own says so in a note.
            if (typeof o.value === "number" ? !o.quote : !o.quote && !o.note) missing.push(`${path}: no quote`);
          }
          for (const [k, v] of Object.entries(o)) if (k !== "sources") visit(v, `${path}.${k}`);
        }
      };
      visit(set, set.id);
      expect(missing).toEqual([]);
      for (const source of set.sources)
        expect(`${source.id}: ${source.url}`).toMatch(/: (https:\/\/(learn|techcommunity)\.microsoft\.com\/|seeds\/\d{3}_[0-9a-f]{16}\.txt$|issue \d+$)/);
    }
  });

  test("the rule sets are plain data: 2026 shares no object with 2023 but certification and source records", () => {
    for (const [old, now] of Object.values(AZURE_RULE_SETS)) {
      const objects = (value: unknown, out = new Set<object>()): Set<object> => {
        if (value && typeof value === "object" && !out.has(value)) {
          out.add(value);
          for (const v of Object.values(value)) objects(v, out);
        }
        return out;
      };
      const before = objects(old);
      const shared = [...objects(now)].filter(
        (o) => before.has(o) && !("aliases" in o) && !("url" in o) && !(Array.isArray(o) && o.every((x) => typeof x === "string"))
      );
      expect(shared).toEqual([]);
    }
  });

  test("the three designations' points tables (issue 4: 30/20/20/20/10, 30/40/—/20/10, 30/20/20/20/10)", () => {
    const maxima = (id: keyof typeof AZURE_RULE_SETS) => AZURE_RULE_SETS[id].map((set) => set.tracks.map((t) => t.metrics.map((m) => m.maxPoints.value)));
    expect(maxima("infrastructure")).toEqual([
      [[30, 20, 20, 20, 10]],
      [
        [30, 20, 20, 20, 10],
        [30, 20, 20, 20, 10],
      ],
    ]);
    expect(maxima("data-ai")).toEqual([
      [[30, 40, 20, 10]],
      [
        [30, 40, 20, 10],
        [30, 40, 20, 10],
      ],
    ]);
    expect(maxima("digital-app-innovation")).toEqual([
      [[30, 20, 20, 20, 10]],
      [
        [30, 20, 20, 20, 10],
        [30, 20, 20, 20, 10],
      ],
    ]);
  });
});

describe("Azure export: needs, as-of month, missing months", () => {
  test("without an Azure export each Azure designation says which export it needs", () => {
    const r = scoreAzure({ skilling: [["Ana", "Azure Administrator Associate"]] }, { asOf: "2025-10" }, ALL);
    for (const d of r.report.designations) {
      expect(d.scored).toBe(false);
      expect(d.needs).toBe("Needs the Azure consumption export (CustomerTenantId, ServiceLevel2, Month, ACR_USD, PartnerAttributionType).");
    }
    expect(latestMonthOf(infrastructureModule, emptyInput())).toBeNull();
  });

  test("the as-of month defaults to the latest month in the Azure export", () => {
    const r = scoreAzure({
      rows: [
        ["A", "Storage", "2025-08", 5],
        ["A", "Storage", "2025-10", 5],
      ],
    });
    expect(r.report.asOf).toBe("2025-10");
    expect(r.report.baseline).toBe("2024-10");
  });

  test("M−1, M−12 and M−13 absent: one warning each, naming the month and what reads it", () => {
    const r = scoreAzure({ rows: [["A", "Storage", "2025-10", 5000]] });
    const missing = r.report.warnings.filter((w) => w.code === "azure-month-missing").map((w) => w.message);
    expect(missing).toEqual([
      "Infrastructure: the Azure export has no rows for Sep-2025, the month before the as-of month: net customer adds needs the tenant's ACR in it too, so every tenant is taken as $0 in it. Export at least Sep-2024 to Oct-2025.",
      "Infrastructure: the Azure export has no rows for Oct-2024, the same month last year: the baseline of net customer adds and usage growth is taken as $0. Export at least Sep-2024 to Oct-2025.",
      "Infrastructure: the Azure export has no rows for Sep-2024, the month before the baseline month: the baseline of net customer adds needs the tenant's ACR in it too, so every tenant is taken as $0 in it. Export at least Sep-2024 to Oct-2025.",
    ]);
    expect(warningCodes(scoreAzure({ rows: filler("2024-09", "2025-10") }))).not.toContain("azure-month-missing");
  });

  test("rows after a given as-of month are not counted, and say so", () => {
    const r = scoreAzure({ rows: [...filler("2024-09", "2025-10"), ["A", "Storage", "2025-11", 9000]] }, { asOf: "2025-10" });
    expect(warning(r, "azure-after-as-of")).toBe("Infrastructure: 1 row is after the as-of month Oct-2025 and not counted.");
    expect(metric(r, "usage-growth").value).toBe(0); // Oct-2024 $1 → Oct-2025 $1
  });
});

describe("Azure: a whole partner, hand-computed", () => {
  // Filler: $1 of Storage every month Sep-2024..Oct-2025. Z: $4,999 in Oct-2024 only (not eligible
  // at the baseline: it lacks Sep-2024). A, B, C: $2,000 in Sep-2025 and Oct-2025 on three services.
  const rows: AzureTuple[] = [
    ...filler("2024-09", "2025-10"),
    ["Z", "Storage", "2024-10", 4999],
    ...(["A", "B", "C"] as const).flatMap((t, i): AzureTuple[] => {
      const service = ["Azure SQL Database", "Key Vault", "App Service"][i];
      return [
        [t, service, "2025-09", 2000],
        [t, service, "2025-10", 2000],
      ];
    }),
    ["A", "Azure Monitor", "2025-05", 10],
  ];
  const people = (cert: string, names: string[]): SkillRow[] => names.map((n) => [n, cert]);
  const skilling: SkillRow[] = [
    ...people("Azure Administrator Associate", ["P1", "P2"]),
    ...people("Azure Network Engineer Associate", ["P1", "P2", "P3", "P4", "P5"]),
    ...people("Azure Solutions Architect Expert", ["P6", "P7"]),
    ...people("Azure Virtual Desktop Specialty", ["P6", "P7", "P8", "P9", "P10"]),
  ];

  test("Infrastructure 2023 at 100 points qualifies; Data & AI and Digital & App Innovation share the customer metrics", () => {
    const r = scoreAzure({ rows, skilling }, {}, ALL);
    // NCA: {A, B, C} − {} = 3 → 30. Growth: Oct-2024 4,999 + 1 = 5,000 → Oct-2025 6,001: 20.02 % → 20 (cap).
    // Deployments: Storage, Azure SQL Database, Key Vault, App Service, Azure Monitor = 5 → 10.
    // Intermediate: 2 admins, 5 network engineers → 20. Advanced: 2 architects, 5 AVD → 20.
    const infra = track(r, "single", "infrastructure");
    expect(infra.metrics.map((m) => m.points)).toEqual([30, 20, 20, 20, 10]);
    expect(designation(r, "infrastructure")).toMatchObject({ scored: true, qualified: true, total: 100, status: "Qualified", bestTrack: "single" });

    // Data & AI: step 1 (2 architects) met, step 2 (2 admins) met, nobody in step 3 → 0 points: 30 + 0 + 20 + 10 = 60.
    const dai = designation(r, "data-ai");
    expect(dai.total).toBe(60);
    expect(dai.status).toBe("InProgress");
    expect(metric(r, "intermediate-certifications", "single", "data-ai").gaps[0].text).toBe("10 more intermediate certified people: +40 points");
    // Digital & App Innovation: none of its step-2 certifications → 30 + 0 + 0 + 20 + 10 = 60.
    expect(designation(r, "digital-app-innovation").total).toBe(60);
    expect(r.report.microsoftCloud.qualified).toEqual(["infrastructure"]);
  });
});

function emptyInput() {
  return {
    usage: { files: [], tenants: [], records: [], rejected: [] },
    azure: null,
    bizAppsUsage: null,
    bizAppsRevenue: null,
    skilling: null,
    tables: [],
    issues: [],
  } as never;
}

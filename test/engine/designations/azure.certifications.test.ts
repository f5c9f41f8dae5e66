import { dataAiModule } from "../../../src/engine/designations/data-ai/module";
import { digitalAppInnovationModule } from "../../../src/engine/designations/digital-app-innovation/module";
import { infrastructureModule } from "../../../src/engine/designations/infrastructure/module";
import { filler, metric, scoreAzure, warning, warningCodes, type SkillRow } from "../../helpers/azure";

const rows2025 = filler("2024-09", "2025-10"); // as-of Oct-2025 → 2023 rules
const rows2026 = filler("2025-05", "2026-06"); // as-of Jun-2026 → 2026 rules

const ADMIN = "Microsoft Certified: Azure Administrator Associate";
const ARCHITECT = "Microsoft Certified: Azure Solutions Architect Expert";
const NETWORK = "Microsoft Certified: Azure Network Engineer Associate";
const HYBRID = "Windows Server Hybrid Administrator Associate";

describe("Azure certifications, 2023 rules (2-person prerequisites, 4 points per person)", () => {
  test("Infrastructure intermediate: gate met, then 4 points per person; a person counts once per step and may count in both steps", () => {
    const skilling: SkillRow[] = [
      ["Ana", ADMIN],
      ["Bo", ADMIN],
      ["Ana", NETWORK], // Ana counts in step 1 and step 2
      ["Cy", NETWORK],
      ["Dee", NETWORK],
      ["Dee", HYBRID], // Dee holds two step-2 certifications: one person
      ["Eve", "Azure Fundamentals"], // not on any list
    ];
    const r = scoreAzure({ rows: rows2025, skilling });
    const m = metric(r, "intermediate-certifications");
    // Step 1: Ana, Bo (2 ≥ 2, no points). Step 2: Ana, Cy, Dee = 3 × 4 = 12 points.
    expect(m.steps).toEqual([
      { id: "step-1", label: "Step 1", people: 2, minPeople: 2, met: true, points: 0 },
      { id: "step-2", label: "Step 2", people: 3, minPeople: 0, met: true, points: 12 },
    ]);
    expect(m.points).toBe(12);
    expect(m.basis).toBe("skilling-export");
    expect(m.gaps[0].text).toBe("2 more intermediate certified people: +8 points");
  });

  test("1 of 2 prerequisite people → 0 points and a prerequisite gap", () => {
    const r = scoreAzure({
      rows: rows2025,
      skilling: [
        ["Ana", ADMIN],
        ["Bo", NETWORK],
        ["Cy", NETWORK],
      ],
    });
    const m = metric(r, "intermediate-certifications");
    expect(m.points).toBe(0);
    expect(m.steps![0]).toMatchObject({ people: 1, minPeople: 2, met: false });
    // Once a second administrator joins, Bo and Cy earn 2 × 4 = 8.
    expect(m.gaps[0].text).toBe("1 more person with Azure Administrator Associate (prerequisite Step 1): unlocks +8 points");
  });

  test("Infrastructure advanced: 2 Solutions Architect Experts, then Virtual Desktop / SAP specialties", () => {
    const r = scoreAzure({
      rows: rows2025,
      skilling: [
        ["Ana", ARCHITECT],
        ["Bo", ARCHITECT],
        ["Cy", "Azure Virtual Desktop Specialty"],
        ["Dee", "Azure for SAP Workloads Specialty"],
      ],
    });
    expect(metric(r, "advanced-certifications").points).toBe(8); // 2 × 4
  });

  test("a retired certification counts until its validUntil (Azure Stack Hub Operator: through Jul 2024), not after", () => {
    const skilling: SkillRow[] = [
      ["Ana", ADMIN],
      ["Bo", ADMIN],
      ["Cy", "Azure Stack Hub Operator Associate", "2023-05-02"],
      ["Dee", HYBRID],
    ];
    const rows = filler("2023-06", "2024-08");
    // Jul-2024: Cy and Dee = 2 × 4 = 8. Aug-2024: only Dee = 4.
    expect(metric(scoreAzure({ rows, skilling }, { asOf: "2024-07" }), "intermediate-certifications").points).toBe(8);
    expect(metric(scoreAzure({ rows, skilling }, { asOf: "2024-08" }), "intermediate-certifications").points).toBe(4);
  });

  test("an expired certification (expiry before the as-of month) does not count", () => {
    const r = scoreAzure({
      rows: rows2025,
      skilling: [
        ["Ana", ADMIN],
        ["Bo", ADMIN, "2022-01-05", "2025-09-30"],
        ["Cy", NETWORK],
      ],
    });
    expect(metric(r, "intermediate-certifications").steps![0].people).toBe(1);
    expect(metric(r, "intermediate-certifications").points).toBe(0);
  });

  test("Data & AI: one intermediate metric worth 40 (Solutions Architect, then Administrator, then 4 per person), no advanced metric", () => {
    const step3 = [
      "Azure Database Administrator Associate",
      "Azure AI Engineer Associate",
      "Azure Data Scientist Associate",
      "Azure Data Engineer Associate",
      "Data Analyst Associate",
    ];
    const people = Array.from({ length: 11 }, (_, i): SkillRow => [`P${i}`, step3[i % step3.length]]);
    const r = scoreAzure({ rows: rows2025, skilling: [["Ana", ARCHITECT], ["Bo", ARCHITECT], ["Ana", ADMIN], ["Cy", ADMIN], ...people] }, {}, [dataAiModule]);
    const t = r.report.designations[0].tracks[0];
    expect(t.metrics.map((m) => m.id)).toEqual(["net-customer-adds", "intermediate-certifications", "usage-growth", "deployments"]);
    const m = metric(r, "intermediate-certifications", "single", "data-ai");
    // 11 people × 4 = 44, capped at 40.
    expect(m.maxPoints).toBe(40);
    expect(m.points).toBe(40);
    expect(m.steps!.map((s) => s.people)).toEqual([2, 2, 11]);
  });

  test("Digital & App Innovation 2023: Azure IoT Developer (retired) still counts in Oct 2023", () => {
    const rows = filler("2022-09", "2023-10");
    const r = scoreAzure(
      {
        rows,
        skilling: [
          ["Ana", ARCHITECT],
          ["Bo", ARCHITECT],
          ["Cy", "Azure IoT Developer Specialty", "2022-05-01"],
          ["Dee", "Azure DevOps Engineer Expert"],
        ],
      },
      { asOf: "2023-10" },
      [digitalAppInnovationModule]
    );
    expect(metric(r, "advanced-certifications", "single", "digital-app-innovation").points).toBe(8);
  });

  test("typed counts replace the skilling export (prerequisites taken as met)", () => {
    const r = scoreAzure({ rows: rows2025, skilling: [["Ana", NETWORK]] }, { counts: { infrastructure: { intermediate: 3, advanced: 5 } } });
    expect(metric(r, "intermediate-certifications").points).toBe(12); // 3 × 4
    expect(metric(r, "intermediate-certifications").basis).toBe("option");
    expect(metric(r, "advanced-certifications").points).toBe(20); // 5 × 4
    expect(warning(r, "counts-override-skilling")).toBe(
      "Infrastructure: certified-people counts given as options replace those from the skilling export (prerequisite steps taken as met)."
    );
    expect(warningCodes(scoreAzure({ rows: rows2025, skilling: [["Ana", NETWORK]] }))).not.toContain("counts-override-skilling");
  });

  test("no skilling export and no counts: certification metrics score 0 with a warning (every designation's codes)", () => {
    const r = scoreAzure({ rows: rows2025 });
    expect(metric(r, "intermediate-certifications").points).toBe(0);
    expect(metric(r, "intermediate-certifications").basis).toBe("none");
    expect(warning(r, "no-skilling")).toBe(
      "Infrastructure: no skilling export and no certified-people counts: its certification metrics score 0. Add the skilling export or give the counts."
    );
    const counted = scoreAzure({ rows: rows2025 }, { counts: { infrastructure: { intermediate: 1 } } });
    expect(warningCodes(counted)).not.toContain("no-skilling");
    expect(warningCodes(counted)).not.toContain("counts-override-skilling");
    // Data & AI scores intermediate certifications only: one metric.
    const dai = scoreAzure({ rows: rows2025 }, {}, [dataAiModule]);
    expect(warning(dai, "no-skilling")).toBe(
      "Data & AI: no skilling export and no certified-people counts: its certification metric scores 0. Add the skilling export or give the counts."
    );
  });
});

describe("Azure certifications, 2026 rules (Enterprise as 2023; SMB prerequisites need 1 person and earn 4, capped at 4)", () => {
  test("Data & AI: Administrator is step 1 and Solutions Architect step 2 in 2026 (the reverse of 2023)", () => {
    const skilling: SkillRow[] = [
      ["Ana", ADMIN],
      ["Bo", ADMIN],
    ];
    const old = scoreAzure({ rows: rows2025, skilling }, {}, [dataAiModule]);
    expect(metric(old, "intermediate-certifications", "single", "data-ai").steps!.map((s) => s.people)).toEqual([0, 2, 0]);
    const now = scoreAzure({ rows: rows2026, skilling }, {}, [dataAiModule]);
    expect(metric(now, "intermediate-certifications", "enterprise", "data-ai").steps!.map((s) => s.people)).toEqual([2, 0, 0]);
  });

  test("Data & AI, Learn examples: the same two people in all three steps → Enterprise 8, SMB 4 + 4 + 8 = 16", () => {
    const skilling: SkillRow[] = ["Ana", "Bo"].flatMap((p): SkillRow[] => [
      [p, ADMIN],
      [p, ARCHITECT],
      [p, "Microsoft Certified: Fabric Data Engineer Associate"],
    ]);
    const r = scoreAzure({ rows: rows2026, skilling }, {}, [dataAiModule]);
    expect(metric(r, "intermediate-certifications", "enterprise", "data-ai").points).toBe(8);
    const smb = metric(r, "intermediate-certifications", "smb", "data-ai");
    expect(smb.points).toBe(16);
    expect(smb.steps!.map((s) => s.points)).toEqual([4, 4, 8]); // each prerequisite capped at 4 with 2 people
  });

  test("Data & AI SMB, Learn example 3: step 2 missing → only step 1's 4 points", () => {
    const r = scoreAzure(
      {
        rows: rows2026,
        skilling: [
          ["Ana", ADMIN],
          ["Bo", ADMIN],
          ["Cy", "Data Analyst Associate"],
          ["Dee", "Data Analyst Associate"],
        ],
      },
      {},
      [dataAiModule]
    );
    expect(metric(r, "intermediate-certifications", "smb", "data-ai").points).toBe(4);
    expect(metric(r, "intermediate-certifications", "enterprise", "data-ai").points).toBe(0);
  });

  test("Infrastructure SMB: 1 administrator earns 4, then 4 per person, capped at 20; Enterprise needs 2 administrators", () => {
    const three = scoreAzure(
      {
        rows: rows2026,
        skilling: [
          ["Ana", ADMIN],
          ["Bo", NETWORK],
          ["Cy", HYBRID],
        ],
      },
      {},
      [infrastructureModule]
    );
    expect(metric(three, "intermediate-certifications", "smb").points).toBe(12); // 4 + 2 × 4
    expect(metric(three, "intermediate-certifications", "enterprise").points).toBe(0);
    const many = scoreAzure({ rows: rows2026, skilling: [["Ana", ADMIN], ...["B", "C", "D", "E", "F"].map((p): SkillRow => [p, NETWORK])] });
    expect(metric(many, "intermediate-certifications", "smb").points).toBe(20); // 4 + 5 × 4 = 24, capped at 20
  });

  test("Digital & App Innovation 2026 lists: GitHub Agentic AI Developer and Azure AI Cloud Developer count", () => {
    const r = scoreAzure(
      {
        rows: rows2026,
        skilling: [
          ["Ana", ADMIN],
          ["Bo", ADMIN],
          ["Cy", "GitHub Certified: Agentic AI Developer"],
          ["Dee", "Microsoft Certified: Azure AI Cloud Developer Associate"],
        ],
      },
      {},
      [digitalAppInnovationModule]
    );
    expect(metric(r, "intermediate-certifications", "enterprise", "digital-app-innovation").points).toBe(8);
  });
});

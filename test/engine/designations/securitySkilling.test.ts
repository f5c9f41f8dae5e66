import { scoreSecurity, securityMetric, warningCodes, type SkillRow, type UsageRow } from "../../helpers/security";

const ASE = "Microsoft Certified: Azure Security Engineer Associate";
const CLOUD_AI = "Microsoft Certified: Cloud and AI Security Engineer Associate";
const SOA = "Microsoft Certified: Security Operations Analyst Associate";
const M365_SA = "Microsoft 365 Certified: Security Administrator Associate";
const CAE = "Microsoft Certified: Cybersecurity Architect Expert";
const IAA = "Microsoft Certified: Identity and Access Administrator Associate";
const IPA = "Microsoft Certified: Information Protection Administrator Associate";
const ISA = "Microsoft Certified: Information Security Administrator Associate";

/** Any usage in the as-of month, so Security is scored. */
const usageIn = (month: string): UsageRow[] => [["T", "CPOR", "Intune", month, 1, 1]];

function certs(asOf: string, skilling: SkillRow[], track: "single" | "enterprise" | "smb" = "single", extra = {}) {
  const r = scoreSecurity({ m365: usageIn(asOf), skilling }, { asOf, ...extra });
  return { r, m: securityMetric(r, track, "intermediate-certifications") };
}

describe("Security 2023 skilling: the December 2023 gate change, picked by as-of month", () => {
  test("RULES.md §3.3 example under the pre-December rule: 1 + 1 + 1 people → 6.67 points", () => {
    // A: step 1; B: step 2 (M365 Security Administrator, retired but eligible through June 2024); C: step 3.
    const { r, m } = certs("2023-11", [
      ["A", ASE],
      ["B", M365_SA],
      ["C", CAE],
    ]);
    expect(r.report.designations[0].ruleSet.id).toBe("security-2023");
    expect(m.steps!.map((s) => [s.people, s.minPeople, s.met])).toEqual([
      [1, 1, true],
      [1, 1, true],
      [1, 0, true],
    ]);
    expect(m.points).toBeCloseTo(40 / 6, 10); // 6.67: 40 points from six people
  });

  test("before December, a Security Operations Analyst counts in step 2 and in step 3", () => {
    // Step 1: A; step 2: B (SOA); step 3: B (SOA) and C → 2 × 6.67 = 13.33.
    const { m } = certs("2023-11", [
      ["A", ASE],
      ["B", SOA],
      ["C", CAE],
    ]);
    expect(m.value).toBe(2);
    expect(m.points).toBeCloseTo(80 / 6, 10);
  });

  test("from December 2023 steps 1 and 2 need two people each: the same people score 0", () => {
    const { r, m } = certs("2023-12", [
      ["A", ASE],
      ["B", SOA],
      ["C", CAE],
    ]);
    expect(r.report.designations[0].ruleSet.id).toBe("security-2023-12");
    // Step 3 no longer lists SOA, so only C is in it; step 1 (1 of 2) is not met.
    expect(m.steps!.map((s) => [s.people, s.minPeople, s.met])).toEqual([
      [1, 2, false],
      [1, 2, false],
      [1, 0, false],
    ]);
    expect(m.points).toBe(0);
    // Step 2 lacks a person too: one more in step 1 alone unlocks nothing, and the gap says so (the
    // simulator ticks a gap on its own); both together unlock C's 6.67.
    expect(m.gaps.map((g) => [g.association, g.more, g.points])).toEqual([
      ["step-1", 1, 0],
      ["step-2", 1, 0],
      ["step-3", 5, 0],
    ]);
    expect(m.gaps[0].text).toBe(`1 more person with ${ASE} (prerequisite Step 1); also 1 more person in Step 2`);
    expect(m.gaps[2].text).toBe("5 more Step 3 certified people: no points until Step 1 and Step 2 have their people (with them, +40 points)");
  });

  test("December examples of the Learn page: 2 + 2 + 3 → 20; two people in all three steps → 13.33; step 2 missing → 0", () => {
    const first = certs("2024-01", [
      ["A", ASE],
      ["B", ASE],
      ["C", SOA],
      ["D", SOA],
      ["E", CAE],
      ["F", IAA],
      ["G", "Information Protection and Compliance Administrator Associate"],
    ]);
    expect(first.m.points).toBeCloseTo(20, 10);
    const both = (p: string): SkillRow[] => [
      [p, ASE],
      [p, SOA],
      [p, IAA],
    ];
    expect(certs("2024-01", [...both("A"), ...both("B")]).m.points).toBeCloseTo(80 / 6, 10);
    expect(
      certs("2024-01", [
        ["A", ASE],
        ["B", ASE],
        ["A", CAE],
        ["B", CAE],
      ]).m.points
    ).toBe(0);
  });

  test("six step-3 people give the full 40; a seventh adds nothing", () => {
    const rows: SkillRow[] = [
      ["A", ASE],
      ["B", ASE],
      ["A", SOA],
      ["B", SOA],
    ];
    for (const p of ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]) rows.push([p, IAA]);
    const { m } = certs("2024-01", rows);
    expect(m.value).toBe(7);
    expect(m.points).toBe(40);
  });

  test("the retired M365 Security Administrator counts through June 2024, not after", () => {
    const rows: SkillRow[] = [
      ["A", ASE],
      ["B", ASE],
      ["C", M365_SA],
      ["D", M365_SA],
      ["E", CAE],
    ];
    expect(certs("2024-06", rows).m.points).toBeCloseTo(40 / 6, 10);
    expect(certs("2024-07", rows).m.points).toBe(0);
  });
});

describe("Security 2026 skilling", () => {
  test("SMB doc examples: 4 + 4 + 3 × 8 = 32; 4 + 4 + 2 × 8 = 24; step 2 missing → 4", () => {
    const ex1 = certs(
      "2026-10",
      [
        ["A", ASE],
        ["B", ASE],
        ["C", SOA],
        ["D", SOA],
        ["E", CAE],
        ["F", IAA],
        ["G", ISA],
      ],
      "smb"
    );
    expect(ex1.m.points).toBe(32);
    expect(ex1.m.steps!.map((s) => s.points)).toEqual([4, 4, 24]);
    const same = (p: string): SkillRow[] => [
      [p, ASE],
      [p, SOA],
      [p, CAE],
    ];
    expect(certs("2026-10", [...same("A"), ...same("B")], "smb").m.points).toBe(24);
    const ex3 = certs(
      "2026-10",
      [
        ["A", ASE],
        ["B", ASE],
        ["A", CAE],
        ["B", CAE],
      ],
      "smb"
    );
    expect(ex3.m.points).toBe(4);
    expect(ex3.m.steps!.map((s) => s.points)).toEqual([4, 0, 0]);
  });

  test("SMB: no step 1 → 0; four step-3 people reach the maximum 40, a fifth adds nothing", () => {
    expect(
      certs(
        "2026-10",
        [
          ["A", SOA],
          ["B", CAE],
          ["C", CAE],
        ],
        "smb"
      ).m.points
    ).toBe(0);
    const rows: SkillRow[] = [
      ["A", ASE],
      ["A", SOA],
    ];
    for (const p of ["P1", "P2", "P3", "P4", "P5"]) rows.push([p, IAA]);
    const { m } = certs("2026-10", rows, "smb");
    expect(m.target).toBe(4); // (40 − 4 − 4) / 8
    expect(m.points).toBe(40);
  });

  test("Enterprise doc examples: 2 + 2 + 3 → 20; the same two people → 13.33; step 2 missing → 0; one in step 1 → 0", () => {
    expect(
      certs(
        "2026-10",
        [
          ["A", ASE],
          ["B", ASE],
          ["C", SOA],
          ["D", SOA],
          ["E", CAE],
          ["F", IAA],
          ["G", ISA],
        ],
        "enterprise"
      ).m.points
    ).toBeCloseTo(20, 10);
    const same = (p: string): SkillRow[] => [
      [p, ASE],
      [p, SOA],
      [p, CAE],
    ];
    expect(certs("2026-10", [...same("A"), ...same("B")], "enterprise").m.points).toBeCloseTo(80 / 6, 10);
    expect(
      certs(
        "2026-10",
        [
          ["A", ASE],
          ["B", ASE],
          ["A", CAE],
          ["B", CAE],
        ],
        "enterprise"
      ).m.points
    ).toBe(0);
    expect(
      certs(
        "2026-10",
        [
          ["A", ASE],
          ["C", SOA],
          ["D", SOA],
          ["A", CAE],
          ["B", CAE],
        ],
        "enterprise"
      ).m.points
    ).toBe(0);
  });

  test("Azure Security Engineer counts until 31 Aug 2027 (a year past its retirement); Cloud and AI Security Engineer replaces it", () => {
    const rows: SkillRow[] = [
      ["A", ASE],
      ["B", ASE],
      ["C", SOA],
      ["D", SOA],
      ["E", CAE],
    ];
    expect(certs("2027-08", rows, "enterprise").m.points).toBeCloseTo(40 / 6, 10);
    expect(certs("2027-09", rows, "enterprise").m.points).toBe(0);
    const renewed: SkillRow[] = [
      ["A", CLOUD_AI],
      ["B", CLOUD_AI],
      ["C", SOA],
      ["D", SOA],
      ["E", CAE],
    ];
    expect(certs("2027-09", renewed, "enterprise").m.points).toBeCloseTo(40 / 6, 10);
  });

  test("Information Protection Administrator (retired 31 May 2025) counts through May 2026", () => {
    const rows: SkillRow[] = [
      ["A", ASE],
      ["A", SOA],
      ["B", IPA],
    ];
    expect(certs("2026-05", rows, "smb").m.points).toBe(16); // 4 + 4 + 8
    expect(certs("2026-06", rows, "smb").m.points).toBe(8);
  });

  test("a typed count replaces the skilling export: prerequisites taken as met", () => {
    const { r, m } = certs("2026-10", [["A", CAE]], "enterprise", { counts: { security: { intermediate: 3 } } });
    expect(m.points).toBeCloseTo(20, 10); // 3 × 6.67
    expect(m.basis).toBe("option");
    expect(securityMetric(r, "smb", "intermediate-certifications").points).toBe(32); // 4 + 4 + 3 × 8
    expect(warningCodes(r)).toContain("counts-override-skilling");
  });

  test("no skilling export and no count: the metric scores 0, with a warning", () => {
    const r = scoreSecurity({ m365: usageIn("2026-10") }, { asOf: "2026-10" });
    expect(securityMetric(r, "enterprise", "intermediate-certifications").points).toBe(0);
    expect(securityMetric(r, "enterprise", "intermediate-certifications").basis).toBe("none");
    expect(warningCodes(r)).toContain("no-skilling");
  });
});

import { metric, score, skillingCsv, type UsageRow } from "../../helpers/score";

// The 2026 rule set is in force from 2026-05-08, so as-of Jun-2026 picks it; its baseline is Jun-2025.
const M = "Jun-2026";
const P = "Jun-2025";

describe("Modern Work rule sets by date", () => {
  const rows: UsageRow[] = [
    ["A", "CSP Tier1", "Exchange", "Oct-2025", 10, 20],
    ["A", "CSP Tier1", "Exchange", M, 12, 20],
  ];

  test.each([
    ["2025-10", undefined, "modern-work-2023"],
    ["2026-04", undefined, "modern-work-2023"],
    ["2026-05", undefined, "modern-work-2026"],
    ["2026-06", undefined, "modern-work-2026"],
    ["2025-10", "2026", "modern-work-2026"],
    ["2026-06", "2023", "modern-work-2023"],
    ["2025-10", "modern-work-2026", "modern-work-2026"],
  ])("as of %s with ruleSet %s → %s", (asOf, ruleSet, id) => {
    const r = score(rows, { asOf, ruleSet });
    expect(r.rules.id).toBe(id);
    expect(r.report.designations[0].ruleSet.id).toBe(id);
  });

  test("2026 keeps the 2023 points and thresholds", () => {
    const targets = (asOf: string) => {
      const r = score(rows, { asOf });
      return r.rules.tracks.map((t) =>
        t.metrics.map((m) => [m.id, m.maxPoints.value, JSON.stringify(m.target, (k, v) => (k === "note" || k === "source" || k === "quote" ? undefined : v))])
      );
    };
    expect(targets("2026-06")).toEqual(targets("2025-10"));
  });
});

describe("Teams Premium counts for usage growth and deployments under 2026, not for net customer adds", () => {
  // T1 has only Teams Premium: 40 active of 50 paid in M, nothing a year before.
  const rows: UsageRow[] = [["T1", "CSP Tier1", "Teams Premium", M, 40, 50]];

  test("2026: +40 CSP usage growth and one CSP deployment (40/50 = 80% ≥ 40%), but no customer", () => {
    const r = score(rows, { asOf: "2026-06" });
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: 40 }); // 40 − 0
    expect(metric(r, "smb", "deployments").value).toEqual({ CPOR: 0, CSP: 1 });
    expect(metric(r, "smb", "net-customer-adds").value).toBe(0);
    expect(r.usage.tracks.smb.customersNow).toBe(0);
  });

  test("its row flag says so: SMB usage growth and deployments (CSP), not net customer adds", () => {
    const r = score(rows, { asOf: "2026-06", rows: true });
    expect(r.report.rows![0].countsToward).toEqual(["Modern Work SMB: deployments (CSP), usage growth (CSP)"]);
  });

  test("2023 rules on the same rows: Teams Premium is not an eligible workload", () => {
    const r = score(rows, { asOf: "2026-06", ruleSet: "2023" });
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: 0 });
    expect(metric(r, "smb", "deployments").value).toEqual({ CPOR: 0, CSP: 0 });
    expect(r.report.warnings.map((w) => w.code)).toContain("ineligible-workloads");
  });

  test("on a tenant that is already a customer, its MAU adds to the growth", () => {
    const r = score(
      [
        ["T1", "CSP Tier1", "Exchange", P, 18, 20],
        ["T1", "CSP Tier1", "Exchange", M, 19, 20],
        ["T1", "CSP Tier1", "Teams Premium", M, 15, 20],
      ],
      { asOf: "2026-06" }
    );
    // (19 + 15) − 18 = 16; one customer in both months, so no net add.
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: 16 });
    expect(metric(r, "smb", "net-customer-adds").value).toBe(0);
  });
});

describe("certifications by rule set", () => {
  const rows: UsageRow[] = [
    ["A", "CSP Tier1", "Exchange", "Oct-2025", 10, 20],
    ["A", "CSP Tier1", "Exchange", M, 10, 20],
  ];
  const skilling = skillingCsv([
    ["Ann", "Microsoft 365 Certified: Messaging Administrator Associate"],
    ["Bo", "Microsoft 365 Certified: Copilot and Agent Administration Fundamentals"],
  ]);

  test("Messaging Administrator counts in 2023 and not in 2026; Copilot and Agent Administration the other way round", () => {
    const r2023 = score(rows, { asOf: "2025-10" }, skilling);
    expect(metric(r2023, "smb", "intermediate-certifications").value).toBe(1); // Ann
    expect(r2023.certifications!.rows.map((x) => x.counts)).toEqual([true, false]);
    const r2026 = score(rows, { asOf: "2026-06" }, skilling);
    expect(metric(r2026, "smb", "intermediate-certifications").value).toBe(1); // Bo
    expect(r2026.certifications!.rows.map((x) => x.counts)).toEqual([false, true]);
    expect(r2026.certifications!.rows[0].reason).toMatch(/not an eligible Modern Work certification/);
  });

  test("retired certifications count to their last eligible day: Microsoft 365 Fundamentals through Mar-2027", () => {
    const later: UsageRow[] = [
      ["A", "CSP Tier1", "Exchange", "Mar-2027", 10, 20],
      ["A", "CSP Tier1", "Exchange", "Apr-2027", 10, 20],
    ];
    const fundamentals = skillingCsv([["Cy", "Microsoft 365 Fundamentals"]]);
    expect(metric(score(later, { asOf: "2027-03" }, fundamentals), "smb", "intermediate-certifications").value).toBe(1);
    expect(metric(score(later, { asOf: "2027-04" }, fundamentals), "smb", "intermediate-certifications").value).toBe(0);
  });
});

describe("a tenant promoted out of the SMB band stays SMB-eligible for a year (2026)", () => {
  // 40 paid units a year before, 400 now, under CSP (an SMB association).
  const promoted: UsageRow[] = [
    ["T1", "CSP Tier1", "Exchange", P, 30, 40],
    ["T1", "CSP Tier1", "Exchange", M, 350, 400],
  ];

  test("2026: still an SMB customer in M, and its growth counts", () => {
    const r = score(promoted, { asOf: "2026-06" });
    expect(r.usage.model.eligibility(0, r.usage.asOf)).toBe(2); // SMB bit; CSP never counts for Enterprise
    expect(r.usage.tracks.smb.customersNow).toBe(1);
    expect(r.usage.tracks.smb.customersBaseline).toBe(1);
    expect(metric(r, "smb", "net-customer-adds").value).toBe(0); // 1 − 1
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: 320 }); // 350 − 30
  });

  test("2023 rules: no longer SMB in M, so it is a lost customer and its usage counts for nothing", () => {
    const r = score(promoted, { asOf: "2026-06", ruleSet: "2023" });
    expect(r.usage.model.eligibility(0, r.usage.asOf)).toBe(0);
    expect(metric(r, "smb", "net-customer-adds").value).toBe(-1); // 0 − 1
    expect(metric(r, "smb", "usage-growth").value).toEqual({ CPOR: 0, CSP: -30 }); // 0 − 30
  });

  test("under CPOR it counts in both tracks in M", () => {
    const r = score(
      promoted.map(([t, , w, m, mau, pau]) => [t, "CPOR", w, m, mau, pau] as UsageRow),
      { asOf: "2026-06" }
    );
    expect(r.usage.tracks.enterprise.customersNow).toBe(1);
    expect(r.usage.tracks.smb.customersNow).toBe(1);
  });

  test("only for a year, only for a tenant that is still there, and only for one that was SMB", () => {
    const r = score(
      [
        // T1: SMB two years ago, above the band since: the year of grace is over.
        ["T1", "CSP Tier1", "Exchange", "Jun-2024", 30, 40],
        ["T1", "CSP Tier1", "Exchange", P, 330, 400],
        ["T1", "CSP Tier1", "Exchange", M, 350, 410],
        // T2: SMB a year ago, gone now.
        ["T2", "CSP Tier1", "Exchange", P, 30, 40],
        // T3: 10 paid units a year ago (not SMB), 400 now.
        ["T3", "CSP Tier1", "Exchange", P, 8, 10],
        ["T3", "CSP Tier1", "Exchange", M, 350, 400],
      ],
      { asOf: "2026-06" }
    );
    // Baseline Jun-2025: T1 is promoted from Jun-2024 (SMB then), T2 is SMB → 2; now: nobody.
    expect(r.usage.tracks.smb.customersBaseline).toBe(2);
    expect(r.usage.tracks.smb.customersNow).toBe(0);
  });
});

import { bizTrack, designation, scoreBizApps, warning, type RevenueRow } from "../../helpers/bizApps";

const M = "2025-10";
const P = "2024-10";

/** `n` tenant workloads with `amount` in both M and M−12 (tenants E1…En, Sales, DPOR). */
function steady(n: number, amount: number, prefix = "E"): RevenueRow[] {
  return Array.from({ length: n }, (_, i): RevenueRow[] => [
    [`${prefix}${i + 1}`, "Sales", M, amount, "DPOR"],
    [`${prefix}${i + 1}`, "Sales", P, amount, "DPOR"],
  ]).flat();
}

// Three new SMB-size tenant workloads at M: SMB counts them ($300 ≥ $250), Enterprise does not (< $1,500).
const smallAdds: RevenueRow[] = [
  ["S1", "Power BI", M, 300, "CSP Tier 1"],
  ["S2", "Power BI", M, 300, "CSP Tier 1"],
  ["S3", "Power BI", M, 300, "CSP Tier 1"],
];

describe("Business Applications Enterprise / SMB classification", () => {
  test("5 tenant workloads over $5,000 in both M and M−12 make the partner Enterprise, and Enterprise counts", () => {
    const result = scoreBizApps({ revenue: [...steady(5, 6000), ...smallAdds] });
    const d = designation(result);
    expect(d.trackChoice).toBe("classified");
    expect(d.classification).toEqual({
      track: "enterprise",
      reason: "Enterprise: 5 tenant workloads over $5,000 in both Oct-2025 and Oct-2024; 5 or more makes the partner Enterprise.",
    });
    // Both tracks are scored and shown. NCA: Enterprise M 5 − P 5 = 0 → 0; SMB M 8 − P 5 = 3 → 9 points.
    expect(d.tracks.map((t) => [t.id, t.total])).toEqual([
      ["enterprise", 0],
      ["smb", 9],
    ]);
    // The classified track counts, though SMB scores more.
    expect(d.bestTrack).toBe("enterprise");
    expect(d.total).toBe(0);
  });

  test("4 over $5,000 plus one at exactly $5,000 and one over $5,000 only at M: SMB, with what it takes to be Enterprise", () => {
    const revenue: RevenueRow[] = [
      ...steady(4, 5000.01),
      ...steady(1, 5000, "X"),
      ["Y1", "Finance", M, 9000, "DPOR"],
      ["Y1", "Finance", P, 4000, "DPOR"],
      ...smallAdds,
    ];
    const d = designation(scoreBizApps({ revenue }));
    expect(d.classification).toEqual({
      track: "smb",
      reason: "SMB: 4 tenant workloads over $5,000 in both Oct-2025 and Oct-2024; 5 or more makes the partner Enterprise (1 more).",
    });
    // SMB: M 4 + X1 + Y1 + 3 small = 9, P 4 + X1 + Y1 = 6 → net 3 → 9 points; it is the track that counts.
    expect(d.bestTrack).toBe("smb");
    expect(d.total).toBe(9);
    expect(bizTrack(scoreBizApps({ revenue }), "enterprise").total).toBe(0);
  });

  test("the track the user gives overrides the data, and the reason says what the data gives", () => {
    const result = scoreBizApps({ revenue: [...steady(5, 6000), ...smallAdds] }, { tracks: { "business-applications": "smb" } });
    const d = designation(result);
    expect(d.classification?.track).toBe("smb");
    expect(d.classification?.reason).toBe(
      "SMB as given (the track Partner Center shows); the revenue export alone gives Enterprise: 5 tenant workloads over $5,000 in both Oct-2025 and Oct-2024; 5 or more makes the partner Enterprise."
    );
    expect(d.bestTrack).toBe("smb");
    expect(d.total).toBe(9);
  });

  test('"single" is not a Business Applications track: ignored with a warning', () => {
    const result = scoreBizApps({ revenue: steady(5, 6000) }, { tracks: { "business-applications": "single" } });
    expect(designation(result).classification?.track).toBe("enterprise");
    expect(warning(result, "track-not-applicable")).toBeDefined();
  });

  test("without the revenue export: not classified, the better total counts, the reason asks for the export", () => {
    // Usage only. T1 Business Central 6 MAU = 6,000 MCV at M, nothing at M−12: a deployment for SMB (≥ 5,000), not
    // for Enterprise (< 10,000). SMB deployments net 1 → 4 points; Enterprise 0.
    const result = scoreBizApps({
      usage: [
        ["T1", "Business Central", M, 6, "DPOR"],
        ["T0", "Power BI", P, 1, "PAL"],
      ],
    });
    const d = designation(result);
    expect(d.tracks.map((t) => [t.id, t.total])).toEqual([
      ["enterprise", 0],
      ["smb", 4],
    ]);
    expect(d.classification?.track).toBe("smb");
    expect(d.classification?.reason).toBe(
      "Not classified: the revenue export (AdjustedRevenueAmtCD) is needed to classify (5 or more tenant workloads over $5,000 in both Oct-2025 and Oct-2024 make the partner Enterprise). Counting the better track: SMB, 4 points (Enterprise 0)."
    );
    expect(d.bestTrack).toBe("smb");
    expect(d.total).toBe(4);
  });

  test("without the revenue export but with a given track, that track counts", () => {
    const result = scoreBizApps({ usage: [["T1", "Business Central", M, 6, "DPOR"]] }, { tracks: { "business-applications": "enterprise" } });
    const d = designation(result);
    expect(d.classification?.reason).toBe("Enterprise as given (the track Partner Center shows); the revenue export is needed to classify from the data.");
    expect(d.bestTrack).toBe("enterprise");
  });
});

import { designation, scoreAzure, track, warning, warningCodes, type AzureRow } from "../../helpers/azure";

// As-of Jun-2026 (2026 rules). "Frame" keeps May-2025, Jun-2025 and May-2026 present but has no ACR
// in Jun-2026, so it is not a customer for the classification.
const frame: AzureRow[] = ["2025-05", "2025-06", "2026-05"].map((month) => ({ tenant: "Frame", service: "Storage", month, acr: 1 }));

/** Five customers with $600 in Jun-2026 and the given segments. */
function customers(segments: (string | undefined)[]): AzureRow[] {
  return segments.map((segment, i) => ({ tenant: `T${i + 1}`, service: "Storage", month: "2026-06", acr: 600, segment }));
}

describe("Azure 2026 track classification (SMB when 80 % or more of the customers are SMB segment)", () => {
  test("4 of 5 SMB-segment customers (80 %) → SMB; both tracks are scored and shown", () => {
    // "SMB", "Small", "SM&C" and "smb - core" match loosely; "Enterprise Commercial" does not.
    const r = scoreAzure({ rows: [...frame, ...customers(["SMB", "Small", "SM&C", "smb - core", "Enterprise Commercial"])] });
    const d = designation(r);
    expect(d.ruleSet.id).toBe("infrastructure-2026");
    expect(d.trackChoice).toBe("classified");
    expect(d.classification).toEqual({
      track: "smb",
      reason: "SMB: 4 of 5 customers (80 %) are SMB segment in Jun-2026; 80 % or more makes the partner SMB.",
    });
    expect(d.bestTrack).toBe("smb");
    expect(d.tracks.map((t) => t.id)).toEqual(["enterprise", "smb"]);
    // SMB NCA: 5 tenants ≥ $500 → 30 points; Enterprise NCA: none ≥ $1,000 → 0.
    expect(d.total).toBe(track(r, "smb").total);
    expect(warningCodes(r)).not.toContain("azure-segment-inferred");
  });

  test("3 of 5 (60 %) → Enterprise, even though the SMB track would score more", () => {
    const r = scoreAzure({ rows: [...frame, ...customers(["SMB", "Small", "SM&C", "Major", "Enterprise Commercial"])] });
    const d = designation(r);
    expect(d.classification).toEqual({
      track: "enterprise",
      reason: "Enterprise: 3 of 5 customers (60 %) are SMB segment in Jun-2026; it takes 80 % or more (4 of 5) to be SMB.",
    });
    expect(d.bestTrack).toBe("enterprise");
    expect(track(r, "smb").total).toBeGreaterThan(track(r, "enterprise").total);
    expect(d.total).toBe(track(r, "enterprise").total);
  });

  test("without a segment column a customer is SMB by TTM ACR ≤ $12,000 (inferred, with a warning)", () => {
    const rows: AzureRow[] = [
      ...frame,
      ...customers([undefined, undefined, undefined]),
      { tenant: "T4", service: "Storage", month: "2026-06", acr: 12000 }, // TTM exactly $12,000: SMB
      { tenant: "T5", service: "Storage", month: "2026-06", acr: 12000.01 }, // over: not SMB
    ];
    const r = scoreAzure({ rows });
    // SMB: T1, T2, T3, T4 = 4 of 5 = 80 %.
    expect(designation(r).classification).toEqual({
      track: "smb",
      reason:
        "SMB: 4 of 5 customers (80 %) are SMB by TTM ACR of $12,000 or less (inferred: the export has no CustomerSegment column) in Jun-2026; 80 % or more makes the partner SMB.",
    });
    expect(warning(r, "azure-segment-inferred")).toBe(
      "Infrastructure: the Enterprise/SMB classification is inferred: the export has no CustomerSegment column, so a customer with TTM ACR of $12,000 or less is taken as SMB. Add the CustomerSegment column or set the track Partner Center shows."
    );
  });

  test("a blank segment value is inferred for that customer only", () => {
    const rows: AzureRow[] = [
      ...frame,
      ...customers(["SMB", "SMB", "Major", ""]),
      { tenant: "T5", service: "Storage", month: "2026-06", acr: 20000, segment: "" }, // blank and TTM > $12,000: not SMB
    ];
    const r = scoreAzure({ rows });
    // SMB: T1, T2, T4 (blank, $600 TTM) = 3 of 5 = 60 % → Enterprise.
    expect(designation(r).classification!.reason).toBe(
      "Enterprise: 3 of 5 customers (60 %) are SMB segment (2 without a segment value counted by TTM ACR of $12,000 or less) in Jun-2026; it takes 80 % or more (4 of 5) to be SMB."
    );
    expect(warning(r, "azure-segment-inferred")).toMatch(
      /^Infrastructure: the Enterprise\/SMB classification is inferred: 2 customers have no CustomerSegment value/
    );
  });

  test("the track the user gives wins, and the reason says so", () => {
    const r = scoreAzure(
      { rows: [...frame, ...customers(["SMB", "Small", "SM&C", "smb - core", "Enterprise Commercial"])] },
      { tracks: { infrastructure: "enterprise" } }
    );
    const d = designation(r);
    expect(d.classification).toEqual({
      track: "enterprise",
      reason:
        "Enterprise, as you set it (the track Partner Center shows); from the export it would be SMB: 4 of 5 customers (80 %) are SMB segment in Jun-2026; 80 % or more makes the partner SMB.",
    });
    expect(d.bestTrack).toBe("enterprise");
  });

  test("a track the rules do not have is ignored with a warning", () => {
    const r = scoreAzure({ rows: [...frame, ...customers(["SMB", "SMB", "SMB", "SMB", "SMB"])] }, { tracks: { infrastructure: "single" } });
    expect(designation(r).classification!.track).toBe("smb");
    expect(warning(r, "azure-track-ignored")).toBe('Infrastructure: the track "single" was ignored: these rules have enterprise and smb.');
  });

  test("option smb-under-1m: SMB needs more than 80 % and TTM ACR under $1M", () => {
    const at80 = scoreAzure({ rows: [...frame, ...customers(["SMB", "Small", "SM&C", "smb - core", "Enterprise Commercial"])] }, { options: ["smb-under-1m"] });
    // TTM Jul-2025..Jun-2026: 5 × 600 + Frame's May-2026 $1 = $3,001. 80 % is not more than 80 %.
    expect(designation(at80).classification).toEqual({
      track: "enterprise",
      reason:
        "Enterprise: TTM ACR is $3,001 (under $1,000,000) and 4 of 5 customers (80 %) are SMB segment in Jun-2026; SMB needs TTM ACR under $1,000,000 and more than 80 % SMB customers (option smb-under-1m).",
    });
    expect(designation(at80).ruleSet.options).toEqual(["smb-under-1m"]);
    const all = scoreAzure({ rows: [...frame, ...customers(["SMB", "SMB", "SMB", "SMB", "SMB"])] }, { options: ["smb-under-1m"] });
    expect(designation(all).classification!.track).toBe("smb");
    const big = scoreAzure(
      { rows: [...frame, ...customers(["SMB", "SMB", "SMB", "SMB"]), { tenant: "T5", service: "Storage", month: "2026-06", acr: 1_000_000, segment: "SMB" }] },
      { options: ["smb-under-1m"] }
    );
    // TTM = 4 × 600 + 1,000,000 + 1 = $1,002,401: not under $1M → Enterprise.
    expect(designation(big).classification!.reason).toMatch(/^Enterprise: TTM ACR is \$1,002,401 \(not under \$1,000,000\) and 5 of 5 customers \(100 %\)/);
  });

  test("no customer with ACR in the as-of month → Enterprise, and the reason says why", () => {
    const r = scoreAzure({ rows: [...frame, { tenant: "T1", service: "Storage", month: "2026-06", acr: 50, association: "CPOR" }] });
    expect(designation(r).classification!.reason).toBe(
      "Enterprise: no customer has ACR in Jun-2026, so there is no customer base to classify; Enterprise is the default. Check the as-of month and the association types in the export."
    );
  });
});

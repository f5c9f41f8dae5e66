import { linearPoints, trackStatus } from "../../../src/engine";
import { metric, score, track, type UsageRow } from "../../helpers/score";

const M = "Oct-2025";

describe("points and status", () => {
  test("points are linear, capped, never negative, and keep full precision", () => {
    expect(linearPoints(1, 3, 20)).toBeCloseTo(6.666666666666667, 15);
    expect(linearPoints(7, 5, 20)).toBe(20);
    expect(linearPoints(-3, 5, 20)).toBe(0);
    expect(linearPoints(5, 0, 20)).toBe(0);
  });

  test.each([
    [70, [20, 10, 15, 0.1, 24.9], "Qualified"],
    [70, [20, 10, 15, 0, 25], "Partial"],
    [69.99, [20, 10, 15, 0.1, 24.89], "InProgress"],
    [0, [0, 0, 0, 0, 0], "NotStarted"],
  ])("total %d with metrics %j → %s", (total, metrics, expected) => {
    expect(trackStatus(total, metrics, 70)).toBe(expected);
  });

  test("a full SMB track qualifies, Enterprise does not, and Modern Work is qualified when either track is", () => {
    const rows: UsageRow[] = [];
    for (let i = 0; i < 10; i++) rows.push([`S${i}`, "CSP Tier1", "Exchange", M, 250, 250]);
    const r = score(rows, { intermediate: 2, advanced: 1 });
    expect(track(r, "smb").total).toBeCloseTo(20 + 10 + 15 + 30 * Math.min(1, 2500 / 2000) + 25, 10);
    expect(track(r, "smb").status).toBe("Qualified");
    expect(track(r, "enterprise").status).toBe("InProgress"); // only certifications: 5 + 7.5
    expect(track(r, "enterprise").total).toBe(12.5);
    expect(r.report.designations[0].qualified).toBe(true);
    expect(r.report.designations[0].countingTrack).toBe("smb");
    expect(track(r, "smb").missing).toEqual([]);
  });

  test("70 points with one metric at 0 is Partial, not Qualified", () => {
    const rows: UsageRow[] = [];
    for (let i = 0; i < 10; i++) rows.push([`S${i}`, "CSP Tier1", "Exchange", M, 250, 250]);
    const r = score(rows, { intermediate: 2, advanced: 0 });
    expect(track(r, "smb").total).toBe(85);
    expect(track(r, "smb").status).toBe("Partial");
    expect(r.report.designations[0].qualified).toBe(false);
    expect(metric(r, "smb", "advanced-certifications").gaps[0].text).toBe("1 more advanced certified person: +15 points");
  });

  test("the gap to 70 is reported per track", () => {
    const r = score([["S0", "CSP Tier1", "Exchange", M, 1, 20]], { intermediate: 2, advanced: 1 });
    const smb = track(r, "smb");
    // NCA 1/10 × 20 = 2; certs 25; growth 1/500 × 30 = 0.06 (CPOR 0; CSP 1/2000 × 30 = 0.015); deployments 0
    expect(smb.total).toBeCloseTo(2 + 25 + 0.015, 10);
    expect(smb.pointsToQualify).toBeCloseTo(70 - smb.total, 10);
  });
});

test("the per-metric minimum comes from the rule set: without it, 70 points with a zero metric qualify", () => {
  expect(trackStatus(75, [30, 25, 20, 0], { minTotal: 70, everyMetricAboveZero: true })).toBe("Partial");
  expect(trackStatus(75, [30, 25, 20, 0], { minTotal: 70, everyMetricAboveZero: false })).toBe("Qualified");
  expect(trackStatus(75, [30, 25, 20, 0], { minTotal: 80, everyMetricAboveZero: false })).toBe("InProgress");
});

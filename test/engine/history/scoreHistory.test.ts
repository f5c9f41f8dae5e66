import { InputCollector, readCsvText, ScoreOptionError } from "../../../src/engine";
import { scoreHistory, type DesignationHistory, type ScoreHistory } from "../../../src/engine/history";
import { usageCsv, type UsageRow } from "../../helpers/score";
import { azureCsv, filler, monthly } from "../../helpers/azure";

function input(files: Record<string, string>) {
  const c = new InputCollector();
  for (const [name, text] of Object.entries(files)) readCsvText(c, name, text);
  return c.result();
}

const label = (m: string) => {
  const [y, mm] = m.split("-");
  return `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(mm) - 1]}-${y}`;
};

/**
 * One CSP tenant "B" in every baseline month (MAU 10 of 100 paid: a customer, not a deployment), and in
 * each 2025 month B plus `n` new tenants with MAU 50 of 100 paid (each a customer and a deployment).
 * SMB track, 2023 rules, with 2 intermediate and 1 advanced people typed in (10 + 15 points):
 *   net customer adds = (n + 1) − 1 = n        → 20 × n / 10
 *   usage growth (CSP) = (10 + 50n) − 10 = 50n → 30 × 50n / 2000 = 0.75n
 *   deployments (CSP) = n − 0 = n              → 25 × n / 10 = 2.5n
 *   total = 25 + 2n + 0.75n + 2.5n = 25 + 5.25n (n ≤ 10); n = 8 → 67, n = 9 → 72.25, n = 10 → 77.5, n = 2 → 35.5
 * Enterprise: no Enterprise tenant (PAU ≤ 300, CSP), certifications only: 2/4 × 10 + 1/2 × 15 = 12.5.
 */
function rowsFor(baselines: string[], newTenants: Record<string, number>): UsageRow[] {
  const rows: UsageRow[] = [];
  for (const m of baselines) rows.push(["B", "CSP Tier 1", "Exchange", label(m), 10, 100]);
  for (const [m, n] of Object.entries(newTenants)) {
    rows.push(["B", "CSP Tier 1", "Exchange", label(m), 10, 100]);
    for (let i = 0; i < n; i++) rows.push([`N${i}`, "CSP Tier 1", "Exchange", label(m), 50, 100]);
  }
  return rows;
}

// Feb-2024 is missing: Feb-2025 has no baseline.
const BASELINES = ["2024-01", "2024-03", "2024-04", "2024-05", "2024-06"];
const NEW_TENANTS = { "2025-01": 8, "2025-02": 9, "2025-03": 9, "2025-04": 10, "2025-05": 8, "2025-06": 2 };
const OPTIONS = { intermediate: 2, advanced: 1 };

function modernWork(history: ScoreHistory): DesignationHistory {
  return history.designations.find((d) => d.id === "modern-work")!;
}

describe("scoreHistory: the score of each of the last six months", () => {
  const data = input({ "usage.csv": usageCsv(rowsFor(BASELINES, NEW_TENANTS)) });
  const history = scoreHistory(data, OPTIONS);
  const mw = modernWork(history);

  test("the window is the latest month in the data and the five before it, oldest first", () => {
    expect(history.from).toBe("2025-01");
    expect(history.to).toBe("2025-06");
    expect(mw.months.map((m) => m.month)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
  });

  test("month by month the status flips: 67 In progress, (no baseline), 72.25 and 77.5 Qualified, 67, 35.5", () => {
    const shown = mw.months.map((m) => [m.month, m.available, m.total, m.status, m.qualified]);
    expect(shown).toEqual([
      ["2025-01", true, 67, "InProgress", false], // n = 8: 25 + 42
      ["2025-02", false, 0, "NotStarted", false],
      ["2025-03", true, 72.25, "Qualified", true], // n = 9: 25 + 47.25
      ["2025-04", true, 77.5, "Qualified", true], // n = 10: 25 + 20 + 7.5 + 25
      ["2025-05", true, 67, "InProgress", false],
      ["2025-06", true, 35.5, "InProgress", false], // n = 2: 25 + 10.5
    ]);
    expect(mw.qualifiedInWindow).toBe(true);
    expect(mw.qualifiedMonths).toEqual(["2025-03", "2025-04"]);
  });

  test("a row shows the best track's points per metric, its points to 70, the rule set, and a line per track", () => {
    const mar = mw.months[2];
    expect(mar.countingTrack).toBe("smb");
    expect(mar.countingTrackLabel).toBe("SMB");
    // n = 9: 18, 10, 15, 0.75 × 9 = 6.75, 2.5 × 9 = 22.5
    expect(mar.metrics.map((m) => [m.id, m.points, m.maxPoints])).toEqual([
      ["net-customer-adds", 18, 20],
      ["intermediate-certifications", 10, 10],
      ["advanced-certifications", 15, 15],
      ["usage-growth", 6.75, 30],
      ["deployments", 22.5, 25],
    ]);
    expect(mar.tracks).toEqual([
      { id: "enterprise", label: "Enterprise", total: 12.5, status: "InProgress" },
      { id: "smb", label: "SMB", total: 72.25, status: "Qualified" },
    ]);
    expect(mar.pointsToQualify).toBe(0);
    expect(mar.ruleSet).toBe("modern-work-2023");
    expect(mw.months[0].pointsToQualify).toBe(3); // 70 − 67
  });

  test("a month without its baseline is Data unavailable, and the reason names the month and the export", () => {
    const feb = mw.months[1];
    expect(feb.available).toBe(false);
    expect(feb.reason).toBe("Data unavailable: the M365 usage export has no rows for Feb-2024 (its baseline month, 12 months before).");
    expect(feb.metrics).toEqual([]);
    expect(feb.tracks).toEqual([]);
    expect(feb.countingTrack).toBeNull();
  });

  test("Security reads the same M365 export, so it has the same months; the Azure and Business Applications designations are listed with what they need", () => {
    const security = history.designations.find((d) => d.id === "security")!;
    expect(security.needs).toBeUndefined();
    expect(security.months.map((m) => m.available)).toEqual([true, false, true, true, true, true]);
    const infra = history.designations.find((d) => d.id === "infrastructure")!;
    expect(infra.needs).toMatch(/^Needs the Azure consumption export/);
    expect(infra.months).toHaveLength(6);
    expect(infra.months.every((m) => !m.available && /^Data unavailable: needs the Azure consumption export/.test(m.reason ?? ""))).toBe(true);
    expect(infra.qualifiedInWindow).toBe(false);
    expect(history.designations.map((d) => d.id)).toEqual([
      "data-ai",
      "infrastructure",
      "digital-app-innovation",
      "business-applications",
      "modern-work",
      "security",
    ]);
  });

  test("--as-of moves the window; a month with no rows at all is unavailable too", () => {
    const later = modernWork(scoreHistory(data, { ...OPTIONS, asOf: "2025-08" }));
    expect(later.months.map((m) => m.month)).toEqual(["2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"]);
    expect(later.months.map((m) => m.available)).toEqual([true, true, true, true, false, false]);
    // Neither Jul-2025 nor Jul-2024 is in the export.
    expect(later.months[4].reason).toBe(
      "Data unavailable: the M365 usage export has no rows for Jul-2025 (the month itself), Jul-2024 (its baseline month, 12 months before)."
    );
    expect(later.qualifiedMonths).toEqual(["2025-03", "2025-04"]);
  });

  test("any number of months; only the designations asked for", () => {
    const three = scoreHistory(data, { ...OPTIONS, designations: ["modern-work"] }, 3);
    expect(three.designations.map((d) => d.id)).toEqual(["modern-work"]);
    expect(three.designations[0].months.map((m) => [m.month, m.total])).toEqual([
      ["2025-04", 77.5],
      ["2025-05", 67],
      ["2025-06", 35.5],
    ]);
    expect(() => scoreHistory(data, OPTIONS, 0)).toThrow(ScoreOptionError);
    expect(() => scoreHistory(data, { asOf: "June 2025" })).toThrow(/--as-of "June 2025" is not a month/);
  });

  test("each month is scored with the rule set in force in it, unless one is asked for", () => {
    // The 2026 rule sets take effect on 2026-05-08: Mar and Apr 2026 are 2023 months, May to Aug 2026 are 2026 months.
    const months = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"];
    const rows = rowsFor(["2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"], Object.fromEntries(months.map((m) => [m, 9])));
    const across = modernWork(scoreHistory(input({ "usage.csv": usageCsv(rows) }), OPTIONS));
    expect(across.months.map((m) => m.ruleSet)).toEqual([
      "modern-work-2023",
      "modern-work-2023",
      "modern-work-2026",
      "modern-work-2026",
      "modern-work-2026",
      "modern-work-2026",
    ]);
    // Same points under both editions for these rows (the thresholds did not change): 25 + 5.25 × 9.
    expect(across.months.every((m) => m.total === 72.25)).toBe(true);
    const forced = modernWork(scoreHistory(input({ "usage.csv": usageCsv(rows) }), { ...OPTIONS, ruleSet: "2023" }));
    expect(forced.months.every((m) => m.ruleSet === "modern-work-2023")).toBe(true);
  });

  test("a month where the higher track is Partial but the other Qualified shows the qualifying track", () => {
    // Enterprise: 5 CPOR tenants with 400 paid in both months, MAU 10 → 400 (too big for SMB: PAU > 300):
    //   net customer adds 5 − 5 = 0 → 0; growth 5 × 390 = 1,950 ≥ 1,000 → 30; deployments 5 − 0 = 5 → 25;
    //   4 intermediate, 2 advanced → 10 + 15: total 80, Partial (a metric at 0).
    // SMB: 9 new CSP tenants, MAU 50 of 100: 18 + 10 + 15 + 6.75 + 22.5 = 72.25, Qualified.
    const rows: UsageRow[] = [];
    for (let i = 0; i < 5; i++) rows.push([`E${i}`, "CPOR", "Exchange", "Oct-2024", 10, 400], [`E${i}`, "CPOR", "Exchange", "Oct-2025", 400, 400]);
    for (let i = 0; i < 9; i++) rows.push([`S${i}`, "CSP Tier 1", "Exchange", "Oct-2025", 50, 100]);
    const oct = modernWork(scoreHistory(input({ "usage.csv": usageCsv(rows) }), { intermediate: 4, advanced: 2 }, 1)).months[0];
    expect(oct.tracks.map((t) => [t.id, t.total, t.status])).toEqual([
      ["enterprise", 80, "Partial"],
      ["smb", 72.25, "Qualified"],
    ]);
    expect([oct.total, oct.status, oct.qualified, oct.countingTrack]).toEqual([72.25, "Qualified", true, "smb"]);
    expect(oct.metrics.every((m) => m.points > 0)).toBe(true);
  });
});

describe("scoreHistory: Azure designations read the month before and the month before the baseline too", () => {
  // Net customer adds need "two consecutive months" of ACR, at M and at M − 12: a window month whose
  // M − 13 is missing would count every baseline customer as missing.
  const rows = [...monthly("A", "Storage", "2023-11", "2024-12", 2000), ...filler("2023-11", "2024-12")];
  const history = scoreHistory(input({ "azure.csv": azureCsv(rows) }), { asOf: "2024-12", designations: ["infrastructure"] }, 2);
  const infra = history.designations[0];

  test("Nov-2024 lacks Oct-2023 (the month before its baseline); Dec-2024 has Nov-2023 and Dec-2023", () => {
    expect(infra.months.map((m) => [m.month, m.available])).toEqual([
      ["2024-11", false],
      ["2024-12", true],
    ]);
    expect(infra.months[0].reason).toBe("Data unavailable: the Azure consumption export has no rows for Oct-2023 (the month before its baseline).");
    // Tenant A is an eligible customer in both Dec-2024 and Dec-2023: net customer adds 1 − 1 = 0.
    expect(infra.months[1].metrics.find((m) => m.id === "net-customer-adds")!.points).toBe(0);
  });
});

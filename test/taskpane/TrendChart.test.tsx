/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TrendChart, axisMonth, seriesPath, trendSummary } from "../../src/taskpane/components/TrendChart";
import type { DesignationHistory, MonthScore } from "../../src/engine/history/types";

// ---- fixtures: the window May-2025..Oct-2025, Jun-2025 without data ---------------------------

function month(m: string, enterprise: number, smb: number): MonthScore {
  const smbCounts = smb >= enterprise;
  const total = smbCounts ? smb : enterprise;
  return {
    month: m,
    available: true,
    total,
    status: total >= 70 ? "Qualified" : "InProgress",
    qualified: total >= 70,
    countingTrack: smbCounts ? "smb" : "enterprise",
    countingTrackLabel: smbCounts ? "SMB" : "Enterprise",
    metrics: [],
    tracks: [
      { id: "enterprise", label: "Enterprise", total: enterprise, status: enterprise >= 70 ? "Qualified" : "InProgress" },
      { id: "smb", label: "SMB", total: smb, status: smb >= 70 ? "Qualified" : "InProgress" },
    ],
  };
}

function unavailable(m: string): MonthScore {
  return {
    month: m,
    available: false,
    reason: "no baseline",
    total: 0,
    status: "NotStarted",
    qualified: false,
    countingTrack: null,
    countingTrackLabel: "",
    metrics: [],
    tracks: [],
  };
}

const MODERN_WORK: DesignationHistory = {
  id: "modern-work",
  name: "Solutions Partner for Modern Work",
  months: [
    month("2025-05", 30, 64),
    unavailable("2025-06"),
    month("2025-07", 35.5, 72.25),
    month("2025-08", 40, 75),
    month("2025-09", 41, 80),
    month("2025-10", 44.125, 86),
  ],
  qualifiedInWindow: true,
  qualifiedMonths: ["2025-07", "2025-08", "2025-09", "2025-10"],
};

function renderChart(history: DesignationHistory, props: { minTotal?: number; maxTotal?: number } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TrendChart history={history} {...props} />
    </FluentProvider>
  );
}

// Geometry (viewBox 360 × 240): plot from x 40 to 340 and y 10 to 210; six months, 50 units each,
// points at their centres x = 65, 115, ..., 315; y(v) = 10 + 200 × (1 − v/100) = 210 − 2v.

describe("TrendChart", () => {
  it("is one image whose name summarises the counting track, the window and the qualified months", () => {
    renderChart(MODERN_WORK);
    // SMB counts in Oct-2025; its first and last scores are 64 and 86; 4 of the 6 months qualify.
    expect(
      screen.getByRole("img", {
        name: "Modern Work: SMB 64 → 86 points from May-2025 to Oct-2025; qualified in 4 of 6 months; no data for Jun-2025",
      })
    ).toBeTruthy();
  });

  it("draws a line per track with a gap for the month without data", () => {
    const { container } = renderChart(MODERN_WORK);
    const path = (id: string) => container.querySelector(`[data-series="${id}"] path`)?.getAttribute("d");
    // SMB: 64 → y 82; Jun-2025 gap; 72.25 → 65.5, 75 → 60, 80 → 50, 86 → 38.
    expect(path("smb")).toBe("M65 82 M165 65.5 L215 60 L265 50 L315 38");
    // Enterprise: 30 → 150; gap; 35.5 → 139, 40 → 130, 41 → 128, 44.125 → 121.75.
    expect(path("enterprise")).toBe("M65 150 M165 139 L215 130 L265 128 L315 121.75");
    // A marker for each month with data (5 of 6), so the lone May-2025 point still shows.
    expect(container.querySelectorAll('[data-series="smb"] circle')).toHaveLength(5);
    // The gap month is shaded across its 50-unit band around x = 115.
    const gap = container.querySelector('[data-unavailable="2025-06"]');
    expect([gap?.getAttribute("x"), gap?.getAttribute("width")]).toEqual(["90", "50"]);
  });

  it("draws the dashed qualifying line labelled '70 to qualify', a 0–100 axis and short month labels", () => {
    const { container } = renderChart(MODERN_WORK);
    const line = container.querySelector("[data-qualify-line]");
    // 70 → y = 210 − 140 = 70.
    expect([line?.getAttribute("y1"), line?.getAttribute("y2"), line?.getAttribute("stroke-dasharray")]).toEqual(["70", "70", "6 4"]);
    const texts = [...container.querySelectorAll("svg[role=img] text")].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["70 to qualify", "0", "20", "40", "60", "80", "100"]));
    expect(texts).toEqual(expect.arrayContaining(["May 25", "Jun 25", "Jul 25", "Aug 25", "Sep 25", "Oct 25"]));
  });

  it("gives screen readers every value in a table", () => {
    renderChart(MODERN_WORK);
    const table = screen.getByRole("table", { name: "Modern Work: total points per month" });
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Month", "Enterprise", "SMB", "Qualified"],
      ["May-2025", "30", "64", "No"],
      ["Jun-2025", "Data unavailable", "Data unavailable", "Data unavailable"],
      ["Jul-2025", "35.5", "72.25", "Yes"],
      ["Aug-2025", "40", "75", "Yes"],
      ["Sep-2025", "41", "80", "Yes"],
      // Two decimals on display; the line is drawn at full precision.
      ["Oct-2025", "44.13", "86", "Yes"],
    ]);
  });

  it("follows the rule set's qualifying total and clamps to the axis", () => {
    const high: DesignationHistory = { ...MODERN_WORK, months: [month("2025-10", 10, 120)] };
    const { container } = renderChart(high, { minTotal: 75 });
    // 75 → y = 210 − 150 = 60; one month, centred at x = 40 + 150 = 190; 120 is drawn at 100 (y 10).
    expect(container.querySelector("[data-qualify-line]")?.getAttribute("y1")).toBe("60");
    expect(screen.getAllByText("75 to qualify").length).toBeGreaterThan(0);
    expect(container.querySelector('[data-series="smb"] path')?.getAttribute("d")).toBe("M190 10");
  });
});

describe("trend helpers", () => {
  it("formats axis months as 'May 25'", () => {
    expect(axisMonth("2025-05")).toBe("May 25");
    expect(axisMonth("2026-01")).toBe("Jan 26");
  });

  it("splits paths at missing values", () => {
    expect(
      seriesPath(
        [1, 2, null, 4, null, null, 7, 8],
        (i) => i,
        (v) => v
      )
    ).toBe("M0 1 L1 2 M3 4 M6 7 L7 8");
    expect(
      seriesPath(
        [null, null],
        (i) => i,
        (v) => v
      )
    ).toBe("");
  });

  it("says when a designation has no scores in the window", () => {
    const none: DesignationHistory = {
      ...MODERN_WORK,
      months: MODERN_WORK.months.map((m) => unavailable(m.month)),
      qualifiedInWindow: false,
      qualifiedMonths: [],
    };
    expect(trendSummary(none)).toBe(
      "Modern Work: no scores from May-2025 to Oct-2025; qualified in 0 of 6 months; no data for May-2025, Jun-2025, Jul-2025, Aug-2025, Sep-2025, Oct-2025"
    );
    expect(trendSummary({ ...MODERN_WORK, months: [month("2025-10", 80, 20)] })).toBe(
      "Modern Work: Enterprise 80 points from Oct-2025 to Oct-2025; qualified in 1 of 1 month"
    );
  });
});

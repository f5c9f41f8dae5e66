/** The History view's and the as-of picker's pure helpers. No DOM. */
import { scoreRequestWith, withAnniversary } from "../../src/taskpane/logic/anniversaries";
import { asOfLabel, designationsShown, microsoftCloudShown, unavailableAsOf } from "../../src/taskpane/logic/asOfData";
import { dayLabel, monthSpan, statusDateLine, unavailableText, windowLine } from "../../src/taskpane/logic/historyColumns";
import { staleExportsText } from "../../src/taskpane/logic/staleExports";
import type { WorkbookSummary } from "../../src/taskpane/service";
import { MW_HISTORY, OUTCOME, REPORT, SUMMARY, renewal } from "./fakeService";

test("exports out of date: more than two months before today's month", () => {
  const stale = "Your exports end Oct-2025; download current exports from Partner Center Insights.";
  expect(staleExportsText("2025-10", "2026-12-06")).toBe(stale);
  expect(staleExportsText("2025-10", "2026-01-01")).toBe(stale);
  // December: the November export may not be out yet; October is two months back, still current.
  expect(staleExportsText("2025-10", "2025-12-31")).toBeNull();
  expect(staleExportsText("2025-10", "2025-11-02")).toBeNull();
  expect(staleExportsText(null, "2026-12-06")).toBeNull();
});

test("anniversaries: one changed, an empty one removed; sent only when there are any", () => {
  expect(withAnniversary({ security: "2026-09-01" }, "data-ai", "2026-01-15")).toEqual({ security: "2026-09-01", "data-ai": "2026-01-15" });
  expect(withAnniversary({ security: "2026-09-01", "data-ai": "2026-01-15" }, "data-ai", undefined)).toEqual({ security: "2026-09-01" });
  expect(withAnniversary({ security: "2026-09-01" }, "security", "  ")).toEqual({});
  expect(scoreRequestWith({ asOf: "2025-10" }, {}, "2026-01-02")).toEqual({ asOf: "2025-10", today: "2026-01-02" });
  expect(scoreRequestWith({}, { security: "2026-09-01" }, "2026-01-02")).toEqual({ anniversaries: { security: "2026-09-01" }, today: "2026-01-02" });
});

test("dates and the one window line in the pane's formats", () => {
  expect(dayLabel("2027-03-05")).toBe("5 Mar 2027");
  expect(monthSpan("2025-05", "2025-10")).toBe("May-2025 – Oct-2025");
  expect(monthSpan("2025-10", "2025-10")).toBe("Oct-2025");
  expect(windowLine(renewal())).toBe("Qualification eligibility window Jun-2026 – Nov-2026");
  expect(statusDateLine(renewal())).toBe("Enrolment status on 21 Nov 2026 (no anniversary date: not enrolled yet).");
  expect(statusDateLine(renewal({ kind: "renewal", anniversary: "2027-03-15", renewalWindow: { from: "2027-03-15", to: "2027-04-14" } }))).toBe(
    "Renewal status on 21 Nov 2026, anniversary 15 Mar 2027; renewal window 15 Mar 2027 – 14 Apr 2027."
  );
  expect(unavailableText("Data unavailable: x.")).toBe("Data unavailable: x.");
  expect(unavailableText("x.")).toBe("Data unavailable: x.");
  expect(unavailableText(undefined)).toBe("Data unavailable");
});

describe("as-of months without data", () => {
  const gap = (designation: "modern-work" | "security", month: string, baseline = true) => ({ designation, month, baseline, reason: "Data unavailable: …" });
  const twoScored: WorkbookSummary = { ...SUMMARY, designations: SUMMARY.designations.map((d) => ({ ...d, needs: null })) };

  test("the picker's label says so; for some designations only, how many", () => {
    expect(asOfLabel("2024-09", { ...SUMMARY, monthsWithoutData: [gap("modern-work", "2024-09")] })).toBe("Sep-2024 (no year-earlier data)");
    expect(asOfLabel("2024-10", { ...SUMMARY, monthsWithoutData: [gap("modern-work", "2024-09")] })).toBe("Oct-2024");
    expect(asOfLabel("2024-09", { ...twoScored, monthsWithoutData: [gap("modern-work", "2024-09")] })).toBe(
      "Sep-2024 (no year-earlier data for 1 designation)"
    );
    expect(asOfLabel("2024-09", { ...twoScored, monthsWithoutData: [gap("modern-work", "2024-09", false), gap("security", "2024-09", false)] })).toBe(
      "Sep-2024 (incomplete data)"
    );
    expect(asOfLabel("2024-09", SUMMARY)).toBe("Sep-2024");
  });

  test("the result shows Data unavailable where the history's as-of month row is unavailable, and only there", () => {
    // The fixture's history ends Oct-2025 (available): nothing changes.
    expect(unavailableAsOf(REPORT, OUTCOME.history).size).toBe(0);
    expect(designationsShown(REPORT, OUTCOME.history)[0]).toBe(REPORT.designations[0]);
    const may = { ...REPORT, asOf: "2025-05" };
    const history = { ...OUTCOME.history, to: "2025-05" };
    const shown = designationsShown(may, history)[0];
    expect(shown).toMatchObject({
      id: "modern-work",
      scored: false,
      qualified: false,
      needs: "Data unavailable: the exports have no rows for May-2024 (its baseline)",
    });
    // A designation scored at its own later month (its exports end later) is not the history's month: left as scored.
    expect(designationsShown({ ...may, designations: [{ ...REPORT.designations[0], asOf: "2025-10" }] }, history)[0].scored).toBe(true);
    expect(designationsShown(may, undefined)[0].scored).toBe(true);
    expect(MW_HISTORY.months[0].available).toBe(false);
  });

  test("Microsoft Cloud and the spoken result count a designation shown as Data unavailable as not qualifying", () => {
    const may = { ...REPORT, asOf: "2025-05", microsoftCloud: { attained: false, qualified: ["modern-work" as const], missing: ["security" as const] } };
    const history = { ...OUTCOME.history, to: "2025-05" };
    expect(microsoftCloudShown(may, history)).toEqual({ attained: false, qualified: [], missing: ["security", "modern-work"] });
    // The as-of month has data: as the report says.
    expect(microsoftCloudShown(may, OUTCOME.history)).toEqual(may.microsoftCloud);
  });
});

import { InputCollector, readCsvText, ScoreOptionError } from "../../../src/engine";
import {
  DateInputError,
  enrolmentWindow,
  qualificationWindow,
  renewalStatus,
  renewalStatuses,
  renewalWindow,
  scoreHistory,
  type DesignationHistory,
  type MonthScore,
} from "../../../src/engine/history";
import { usageCsv, type UsageRow } from "../../helpers/score";

describe("the qualification eligibility window and the renewal window", () => {
  test("RULES.md §1.3's example: anniversary 15 Aug 2024 → 1 Mar 2024 – 31 Aug 2024; renewal 15 Aug – 14 Sep 2024", () => {
    expect(qualificationWindow("2024-08-15")).toEqual({
      from: "2024-03-01",
      to: "2024-08-31",
      months: ["2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"],
    });
    // The anniversary and the 30 days after it: 15 Aug + 30 days = 14 Sep (17 days left in August, 13 in September).
    expect(renewalWindow("2024-08-15")).toEqual({ from: "2024-08-15", to: "2024-09-14" });
  });

  test("across the year boundary and month ends: 31 Jan 2025", () => {
    // Jan-2025 and the five months before: Aug-2024 … Jan-2025.
    expect(qualificationWindow("2025-01-31")).toEqual({
      from: "2024-08-01",
      to: "2025-01-31",
      months: ["2024-08", "2024-09", "2024-10", "2024-11", "2024-12", "2025-01"],
    });
    // 31 Jan + 30 days: 28 days of February 2025 take it to 28 Feb (+28), then 1 Mar (+29), 2 Mar (+30).
    expect(renewalWindow("2025-01-31")).toEqual({ from: "2025-01-31", to: "2025-03-02" });
    // 31 Dec + 30 days = 30 Jan of the next year.
    expect(renewalWindow("2024-12-31")).toEqual({ from: "2024-12-31", to: "2025-01-30" });
  });

  test("29 Feb 2024 (a leap day)", () => {
    expect(qualificationWindow("2024-02-29")).toEqual({
      from: "2023-09-01",
      to: "2024-02-29",
      months: ["2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02"],
    });
    // 29 Feb + 30 days: 1 Mar is +1, so 30 Mar is +30.
    expect(renewalWindow("2024-02-29")).toEqual({ from: "2024-02-29", to: "2024-03-30" });
  });

  test("a partner not enrolled: the current month and the five full months before, to today (15 Aug 2024 → 1 Mar 2024 – 15 Aug 2024)", () => {
    expect(enrolmentWindow("2024-08-15")).toEqual({
      from: "2024-03-01",
      to: "2024-08-15",
      months: ["2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"],
    });
    expect(enrolmentWindow("2026-02-10").months).toEqual(["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  test("dates are checked: the form, the month and the day, with a message that says what is wrong", () => {
    expect(() => qualificationWindow("2024-8-15")).toThrow('Anniversary date "2024-8-15" is not a date in the form YYYY-MM-DD (for example 2024-08-15).');
    expect(() => qualificationWindow("15/08/2024")).toThrow(/not a date in the form YYYY-MM-DD/);
    expect(() => qualificationWindow("2024-13-01")).toThrow('Anniversary date "2024-13-01": 13 is not a month (01 to 12); use YYYY-MM-DD.');
    expect(() => qualificationWindow("2023-02-29")).toThrow('Anniversary date "2023-02-29" does not exist: February 2023 has 28 days.');
    expect(() => renewalWindow("2024-04-31")).toThrow("April 2024 has 30 days");
    expect(() => enrolmentWindow("2024-00-10")).toThrow(/Today's date "2024-00-10": 00 is not a month/);
    // A bad date is bad usage for the command line (exit 2), like a bad --as-of.
    expect(() => qualificationWindow("2024-02-30")).toThrow(DateInputError);
    expect(() => qualificationWindow("2024-02-30")).toThrow(ScoreOptionError);
  });
});

/** A history with the given months: true = Qualified, false = scored and not Qualified (62.5 points), null = Data unavailable. */
function historyOf(months: Record<string, boolean | null>, needs?: string): DesignationHistory {
  const rows: MonthScore[] = Object.entries(months).map(([month, q]) =>
    q === null
      ? {
          month,
          available: false,
          reason: "Data unavailable",
          total: 0,
          status: "NotStarted",
          qualified: false,
          countingTrack: null,
          countingTrackLabel: "",
          metrics: [],
          tracks: [],
        }
      : {
          month,
          available: true,
          total: q ? 80 : 62.5,
          status: q ? "Qualified" : "InProgress",
          qualified: q,
          countingTrack: "single",
          countingTrackLabel: "All partners",
          metrics: [
            { id: "net-customer-adds", label: "Net customer adds", points: q ? 30 : 22.5, maxPoints: 30 },
            { id: "usage-growth", label: "Usage growth", points: q ? 50 : 40, maxPoints: 50 },
          ],
          tracks: [{ id: "single", label: "All partners", total: q ? 80 : 62.5, status: q ? "Qualified" : "InProgress" }],
          pointsToQualify: q ? 0 : 7.5,
        }
  );
  const qualifiedMonths = rows.filter((r) => r.qualified).map((r) => r.month);
  return {
    id: "infrastructure",
    name: "Solutions Partner for Infrastructure (Azure)",
    ...(needs ? { needs } : {}),
    months: rows,
    qualifiedInWindow: qualifiedMonths.length > 0,
    qualifiedMonths,
  };
}

describe("renewal status as of today", () => {
  // Scores for Mar..Aug 2024: Apr Qualified, the rest not; May has no data.
  const history = historyOf({ "2024-03": false, "2024-04": true, "2024-05": null, "2024-06": false, "2024-07": false, "2024-08": false });

  test("allowed to renew: Qualified in a month of the window (as Partner Center words it), before the renewal window opens", () => {
    const r = renewalStatus(history, { anniversary: "2024-08-15", today: "2024-07-10" });
    expect(r.status).toBe("allowed-to-renew");
    expect(r.label).toBe("Allowed to renew");
    expect(r.reason).toBe(
      'You have reached "Qualified" status during the qualification eligibility window (1 Mar 2024 – 31 Aug 2024), in Apr-2024. Your renewal window is 15 Aug 2024 – 14 Sep 2024.'
    );
    expect(r.qualifiedMonths).toEqual(["2024-04"]);
    expect(r.notQualifiedMonths).toEqual(["2024-03", "2024-06"]);
    expect(r.unknownMonths).toEqual(["2024-05"]);
    // Jul is today's month (in progress); Aug is to come. A score for them is not counted against the partner.
    expect(r.remainingMonths).toEqual(["2024-07", "2024-08"]);
    expect(r.renewalWindow).toEqual({ from: "2024-08-15", to: "2024-09-14" });
    expect(r.kind).toBe("renewal");
  });

  test("inside the renewal window it says renew by its last day", () => {
    const r = renewalStatus(history, { anniversary: "2024-08-15", today: "2024-09-01" });
    expect(r.status).toBe("allowed-to-renew");
    expect(r.reason).toMatch(/Renew by 14 Sep 2024\.$/);
  });

  test("not yet qualified: the months that remain, and what the latest month scored lacks", () => {
    const none = historyOf({ "2024-03": false, "2024-04": false, "2024-05": null, "2024-06": false });
    const r = renewalStatus(none, { anniversary: "2024-08-15", today: "2024-07-05" });
    expect(r.status).toBe("not-yet-qualified");
    expect(r.remainingMonths).toEqual(["2024-07", "2024-08"]);
    expect(r.unknownMonths).toEqual(["2024-05"]);
    expect(r.reason).toBe(
      'You have not reached "Qualified" status in the qualification eligibility window (1 Mar 2024 – 31 Aug 2024) yet. 2 months remain: Jul-2024, Aug-2024. ' +
        "In Jun-2024 (the latest month scored) the score was 62.5 points: 7.5 more points needed. " +
        "May-2024 has no score (the exports do not cover it, or lack the baseline): counted as unknown; add exports covering it to know."
    );
  });

  test("the window is over without a Qualified month: not allowed when every month has a score, unknown when some have none", () => {
    const all = historyOf({ "2024-03": false, "2024-04": false, "2024-05": false, "2024-06": false, "2024-07": false, "2024-08": false });
    const closed = renewalStatus(all, { anniversary: "2024-08-15", today: "2024-09-05" });
    expect(closed.status).toBe("not-qualified");
    expect(closed.label).toBe("Not allowed to renew");
    expect(closed.remainingMonths).toEqual([]);
    expect(closed.reason).toMatch(
      /^You did not reach "Qualified" status in any month of the qualification eligibility window \(1 Mar 2024 – 31 Aug 2024\)\. In Aug-2024/
    );

    const gaps = historyOf({ "2024-03": false, "2024-04": null, "2024-06": false, "2024-07": false, "2024-08": false });
    const unknown = renewalStatus(gaps, { anniversary: "2024-08-15", today: "2024-09-05" });
    expect(unknown.status).toBe("unknown");
    // Apr has no data and May is not in the history at all: both unknown.
    expect(unknown.unknownMonths).toEqual(["2024-04", "2024-05"]);
    expect(unknown.reason).toMatch(/cannot be told from these exports\. Apr-2024, May-2024 have no score/);
  });

  test("the window is not open yet: it says when it opens", () => {
    const r = renewalStatus(history, { anniversary: "2025-01-31", today: "2024-07-10" });
    expect(r.status).toBe("window-not-open");
    expect(r.reason).toBe(
      "The qualification eligibility window for the 31 Jan 2025 anniversary opens on 1 Aug 2024 (it runs to 31 Jan 2025); scores before then do not count toward this renewal."
    );
    // Opens on the first day: 1 Aug 2024 is inside.
    expect(renewalStatus(history, { anniversary: "2025-01-31", today: "2024-08-01" }).status).not.toBe("window-not-open");
  });

  test("the renewal window passed: the day after its last day; it names the upcoming anniversary (29 Feb → 28 Feb)", () => {
    expect(renewalStatus(history, { anniversary: "2024-08-15", today: "2024-09-14" }).status).toBe("allowed-to-renew");
    expect(renewalStatus(history, { anniversary: "2024-08-15", today: "2024-09-15" }).status).toBe("window-passed");
    const leap = historyOf({ "2023-12": true });
    const r = renewalStatus(leap, { anniversary: "2024-02-29", today: "2024-03-31" });
    expect(r.status).toBe("window-passed");
    expect(r.reason).toBe(
      'The renewal window for the 29 Feb 2024 anniversary (29 Feb 2024 – 30 Mar 2024) closed before today. You had reached "Qualified" status in Dec-2023. If you renewed, enter your upcoming anniversary date (28 Feb 2025) to see that renewal.'
    );
    // Years later, the upcoming anniversary is the first whose renewal window has not closed.
    expect(renewalStatus(leap, { anniversary: "2024-02-29", today: "2026-11-21" }).reason).toMatch(/upcoming anniversary date \(28 Feb 2027\)/);
  });

  test("a partner not enrolled: the current month and the five before; qualified in one → can enroll", () => {
    const r = renewalStatus(history, { today: "2024-08-20" });
    expect(r.kind).toBe("new-partner");
    expect(r.anniversary).toBeNull();
    expect(r.renewalWindow).toBeNull();
    expect(r.qualificationWindow).toEqual({ from: "2024-03-01", to: "2024-08-20", months: ["2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"] });
    expect(r.status).toBe("can-enroll");
    expect(r.reason).toMatch(
      /^You have reached "Qualified" status during the qualification eligibility window \(1 Mar 2024 – 20 Aug 2024\), in Apr-2024\. Once qualified, you have 30 days to enroll/
    );
    // A month later Apr-2024 has left the window (Apr is six months before Oct).
    const later = renewalStatus(history, { today: "2024-10-02", anniversary: "" });
    expect(later.status).toBe("not-yet-qualified");
    expect(later.qualificationWindow.months).toEqual(["2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10"]);
    expect(later.unknownMonths).toEqual(["2024-05", "2024-09"]);
    expect(later.reason).toMatch(
      /the window rolls forward each month.*In Aug-2024 \(the latest month scored\) the score was 62\.5 points: 7\.5 more points needed/
    );
  });

  test("a designation without its export: every month unknown, and the reason names the export", () => {
    const missing = historyOf(
      { "2024-06": null, "2024-07": null },
      "Needs the Azure consumption export (CustomerTenantId, ServiceLevel2, Month, ACR_USD, PartnerAttributionType)."
    );
    const r = renewalStatus(missing, { anniversary: "2024-08-15", today: "2024-07-10" });
    expect(r.status).toBe("not-yet-qualified");
    expect(r.reason).toMatch(
      /No month could be scored: it needs the Azure consumption export \(CustomerTenantId, ServiceLevel2, Month, ACR_USD, PartnerAttributionType\)\.$/
    );
  });

  test("dates are validated here too", () => {
    expect(() => renewalStatus(history, { anniversary: "2024-02-30", today: "2024-07-10" })).toThrow("February 2024 has 29 days");
    expect(() => renewalStatus(history, { today: "today" })).toThrow('Today\'s date "today" is not a date in the form YYYY-MM-DD');
  });
});

describe("renewal from a scored history (Modern Work rows over several months)", () => {
  // Baseline tenant B in 2024, and 8, 9, 10, 8 new tenants in Jan..Apr 2025 (see scoreHistory.test.ts:
  // 25 + 5.25n points): 67, 72.25, 77.5, 67 → Qualified in Feb and Mar 2025.
  const rows: UsageRow[] = [];
  const months = ["Jan", "Feb", "Mar", "Apr"];
  const n = [8, 9, 10, 8];
  months.forEach((m, i) => {
    rows.push(["B", "CSP Tier 1", "Exchange", `${m}-2024`, 10, 100], ["B", "CSP Tier 1", "Exchange", `${m}-2025`, 10, 100]);
    for (let k = 0; k < n[i]; k++) rows.push([`N${k}`, "CSP Tier 1", "Exchange", `${m}-2025`, 50, 100]);
  });
  const c = new InputCollector();
  readCsvText(c, "usage.csv", usageCsv(rows));
  const history = scoreHistory(c.result(), { intermediate: 2, advanced: 1, designations: ["modern-work"] }, 4);

  test("anniversary 10 Jul 2025, today 20 May 2025: Qualified in Feb and Mar → allowed to renew", () => {
    expect(history.designations[0].months.map((m) => m.total)).toEqual([67, 72.25, 77.5, 67]);
    const [r] = renewalStatuses(history, { anniversary: "2025-07-10", today: "2025-05-20" });
    expect(r.status).toBe("allowed-to-renew");
    // Window Feb..Jul 2025: Feb and Mar Qualified, Apr not, May (today's month) to Jul to come.
    expect([r.qualifiedMonths, r.notQualifiedMonths, r.remainingMonths]).toEqual([["2025-02", "2025-03"], ["2025-04"], ["2025-05", "2025-06", "2025-07"]]);
  });

  test("anniversary 10 Oct 2025: the window (May..Oct 2025) holds none of the scored months yet", () => {
    const [r] = renewalStatuses(history, { anniversary: "2025-10-10", today: "2025-05-20" });
    expect(r.status).toBe("not-yet-qualified");
    expect(r.reason).toMatch(
      /6 months remain: May-2025, .*Oct-2025\. In Apr-2025 \(the latest month scored\) the score was 67 points, SMB track: 3 more points needed\.$/
    );
  });
});

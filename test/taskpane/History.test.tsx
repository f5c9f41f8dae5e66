/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { ScoreOutcome, WorkbookSummary } from "../../src/taskpane/service";
import { chooseOption, optionTexts, shownOption } from "./selects";
import { FakeService, MW_HISTORY, OUTCOME, REPORT, SUMMARY, TODAY, deferred, installBrowserStubs, renderReady, renderScored, renewal } from "./fakeService";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

async function openHistory(service = new FakeService(), outcome: ScoreOutcome = OUTCOME) {
  await renderScored(outcome, service);
  fireEvent.click(screen.getByRole("tab", { name: "History" }));
  await screen.findByRole("heading", { name: "Score history" });
  return service;
}

/** The pane on another day than TODAY (the fixture exports end Oct-2025). */
async function openHistoryOn(today: string, service = new FakeService()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} today={today} />
    </FluentProvider>
  );
  await act(async () => service.inspectAnswer.resolve(SUMMARY));
  act(() => screen.getByRole("button", { name: "Score" }).click());
  await act(async () => service.scoreAnswer.resolve(OUTCOME));
  fireEvent.click(screen.getByRole("tab", { name: "History" }));
  await screen.findByRole("heading", { name: "Score history" });
  return service;
}

const mw = () => within(screen.getByLabelText("Solutions Partner for Modern Work history", { selector: "section" }));
const rows = (table: HTMLElement) => [...table.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent));
const STALE = "Your exports end Oct-2025; download current exports from Partner Center Insights.";

/** matchMedia answering `narrow` for width queries, as a 320 px pane's would. */
function paneWidth(narrow: boolean) {
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    ({ ...original(query), matches: narrow && query.includes("max-width"), addEventListener() {}, removeEventListener() {} }) as MediaQueryList;
  return () => {
    window.matchMedia = original;
  };
}

describe("History view", () => {
  test("a wide pane: the table, newest month first, points per metric, Data unavailable said once", async () => {
    await openHistory();
    expect(screen.getByText(/^Monthly scores May-2025 – Oct-2025\./)).toBeTruthy();
    expect(rows(mw().getByRole("table", { name: "Solutions Partner for Modern Work: score per month" }))).toEqual([
      [
        "Month",
        "Best score",
        "Status",
        "Net customer adds",
        "Intermediate certifications",
        "Advanced certifications",
        "Usage growth",
        "Deployments",
        "Best track",
      ],
      // 10 + 10 + 15 + 25 + 25 = 85
      ["Oct-2025", "85", "Qualified", "10", "10", "15", "25", "25", "SMB"],
      ["Sep-2025", "72", "Qualified", "8", "10", "15", "19", "20", "SMB"],
      // 8 + 10 + 15 + 16 + 20 = 69: under 70
      ["Aug-2025", "69", "In progress", "8", "10", "15", "16", "20", "SMB"],
      ["Jul-2025", "68", "In progress", "6", "10", "15", "17", "20", "SMB"],
      ["Jun-2025", "62.5", "In progress", "5", "10", "15", "12.5", "20", "SMB"],
      ["May-2025", "Data unavailable: the exports have no rows for May-2024 (its baseline)"],
    ]);
  });

  test("the engine's reason that already starts with Data unavailable is not doubled", async () => {
    const months = MW_HISTORY.months.map((m, i) => (i === 0 ? { ...m, reason: "Data unavailable: the M365 usage export has no rows for May-2024." } : m));
    await openHistory(undefined, { ...OUTCOME, history: { ...OUTCOME.history, designations: [{ ...MW_HISTORY, months }] } });
    expect(mw().getByText("Data unavailable: the M365 usage export has no rows for May-2024.")).toBeTruthy();
    expect(mw().queryByText(/Data unavailable: Data unavailable/)).toBeNull();
  });

  test("the table's scroller is reachable by keyboard: a focusable, named region holding the table", async () => {
    await openHistory();
    const region = mw().getByRole("region", { name: "Solutions Partner for Modern Work: scores per month, scrolls sideways" });
    expect(region.getAttribute("tabindex")).toBe("0");
    expect(within(region).getByRole("table")).toBeTruthy();
    region.focus();
    expect(document.activeElement).toBe(region);
  });

  test("a narrow pane (320 px): a card per month instead of the wide table", async () => {
    const restore = paneWidth(true);
    try {
      await openHistory();
      expect(mw().queryByRole("table", { name: "Solutions Partner for Modern Work: score per month" })).toBeNull();
      expect(mw().queryByRole("region", { name: /scrolls sideways/ })).toBeNull();
      const list = mw().getByRole("list", { name: "Solutions Partner for Modern Work: score per month" });
      const cards = within(list).getAllByRole("listitem");
      // Newest first; no aria-label on the cards, so a screen reader reads each card's whole text, not just its month.
      expect(cards.map((c) => c.getAttribute("aria-label"))).toEqual([null, null, null, null, null, null]);
      expect(cards.map((c) => c.textContent!.slice(0, 8))).toEqual(["Oct-2025", "Sep-2025", "Aug-2025", "Jul-2025", "Jun-2025", "May-2025"]);
      const october = within(cards[0]);
      expect(october.getByText("Oct-2025: 85 pts, Qualified")).toBeTruthy();
      expect(october.getByText("SMB track")).toBeTruthy();
      // Each metric on its own line with its points.
      const terms = [...cards[4].querySelectorAll("dt")].map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`);
      expect(terms).toEqual([
        "Net customer adds 5 pts",
        "Intermediate certifications 10 pts",
        "Advanced certifications 15 pts",
        "Usage growth 12.5 pts",
        "Deployments 20 pts",
      ]);
      expect(within(cards[5]).getByText("Data unavailable: the exports have no rows for May-2024 (its baseline)")).toBeTruthy();
    } finally {
      restore();
    }
  });

  test("the trend chart is drawn with the rule set's qualifying total", async () => {
    await openHistory();
    const chart = mw().getByRole("img");
    expect(chart.getAttribute("aria-label")).toBe(
      "Modern Work: SMB 62.5 → 85 points from May-2025 to Oct-2025; qualified in 2 of 6 months; no data for May-2025"
    );
    expect(mw().getAllByText("70 to qualify").length).toBeGreaterThan(0);
  });

  test("a designation that cannot be scored says which export it needs", async () => {
    await openHistory();
    const security = within(screen.getByLabelText("Solutions Partner for Security history", { selector: "section" }));
    expect(security.getByText("Not scored: the Azure consumption export or the M365 usage export")).toBeTruthy();
    expect(security.queryByRole("table")).toBeNull();
  });

  test("stale exports (today 2026-12-06, exports end Oct-2025): the banner, and one window stated once with one verdict", async () => {
    const service = new FakeService();
    render(
      <FluentProvider theme={webLightTheme}>
        <App service={service} today="2026-12-06" />
      </FluentProvider>
    );
    await act(async () => service.inspectAnswer.resolve(SUMMARY));
    act(() => screen.getByRole("button", { name: "Score" }).click());
    // What the engine answers on 2026-12-06: the rolling window Jul-2026 – Dec-2026, none of it in the exports.
    const notYet = renewal({
      today: "2026-12-06",
      qualificationWindow: { from: "2026-07-01", to: "2026-12-06", months: ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"] },
      status: "not-yet-qualified",
      label: "Not yet qualified",
      reason: "You have not reached Qualified status in the window.",
      qualifiedMonths: [],
      unknownMonths: ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
    });
    await act(async () => service.scoreAnswer.resolve({ ...OUTCOME, renewal: [notYet] }));
    fireEvent.click(screen.getByRole("tab", { name: "History" }));
    await screen.findByRole("heading", { name: "Score history" });

    const banner = screen.getAllByRole("group").find((g) => g.textContent?.includes(STALE));
    expect(banner?.textContent).toMatch(/^Out of date/);
    // One window, its dates once, one verdict; the history's months are not a second "window".
    const panel = screen.getByRole("tabpanel");
    expect(panel.textContent!.match(/Qualification eligibility window [A-Z]/g)).toHaveLength(1);
    expect(mw().getByText("Qualification eligibility window Jul-2026 – Dec-2026:")).toBeTruthy();
    expect(mw().getByText("Not yet qualified")).toBeTruthy();
    expect(panel.textContent).not.toMatch(/Qualified in the window/);
    expect(panel.textContent).not.toMatch(/window: May-2025/);
  });

  test("current exports (today 2025-12-06, exports end Oct-2025): no banner", async () => {
    await openHistoryOn("2025-12-06");
    expect(screen.queryByText(/Your exports end/)).toBeNull();
    expect(screen.queryByText(/Out of date/)).toBeNull();
  });

  test("without an anniversary the status is a new partner's: the window, its verdict, the reason, the day", async () => {
    await openHistory();
    const status = within(mw().getByLabelText("Solutions Partner for Modern Work renewal status"));
    expect(status.getByText("Qualification eligibility window Jun-2026 – Nov-2026:")).toBeTruthy();
    expect(status.getByText("Can enroll")).toBeTruthy();
    expect(status.getByText("Reason: Qualified in Oct-2025; enroll within 30 days of qualifying.")).toBeTruthy();
    expect(status.getByText("Enrolment status on 21 Nov 2026 (no anniversary date: not enrolled yet).")).toBeTruthy();
  });

  test("an anniversary per designation: saved in the workbook, sent with the next score, the renewal status shown", async () => {
    const service = await openHistory();
    const field = () => screen.getByLabelText("Modern Work anniversary date") as HTMLInputElement;
    expect(field().value).toBe("");
    fireEvent.change(field(), { target: { value: "2027-03-15" } });
    service.scoreAnswer = deferred();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save date: Modern Work anniversary date" })));
    expect(service.saveAnniversaryCalls).toEqual([{ "modern-work": "2027-03-15" }]);
    expect(service.storedAnniversaries).toEqual({ "modern-work": "2027-03-15" });
    expect(service.scoreCalls[1]).toEqual({ anniversaries: { "modern-work": "2027-03-15" }, today: TODAY });
    const renewed = renewal({
      kind: "renewal",
      anniversary: "2027-03-15",
      qualificationWindow: { from: "2026-10-01", to: "2027-03-31", months: ["2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"] },
      renewalWindow: { from: "2027-03-15", to: "2027-04-14" },
      status: "not-yet-qualified",
      label: "Not yet qualified",
      reason: "No Qualified month yet in the window; 5 months remain (Nov-2026 to Mar-2027).",
    });
    await act(async () => service.scoreAnswer.resolve({ ...OUTCOME, renewal: [renewed] }));
    const status = within(mw().getByLabelText("Solutions Partner for Modern Work renewal status"));
    expect(status.getByText("Qualification eligibility window Oct-2026 – Mar-2027:")).toBeTruthy();
    expect(status.getByText("Not yet qualified")).toBeTruthy();
    expect(status.getByText("Renewal status on 21 Nov 2026, anniversary 15 Mar 2027; renewal window 15 Mar 2027 – 14 Apr 2027.")).toBeTruthy();
    // The History view stays; the date stays in the box.
    expect(screen.getByRole("heading", { name: "Score history" })).toBeTruthy();
    expect(field().value).toBe("2027-03-15");
  });

  test("anniversaries saved in the workbook are read back when the pane opens and sent with Score; clearing one saves none", async () => {
    const service = new FakeService();
    service.storedAnniversaries = { "modern-work": "2027-03-15", security: "2026-09-01" };
    await openHistory(service);
    expect(service.scoreCalls[0]).toEqual({ anniversaries: { "modern-work": "2027-03-15", security: "2026-09-01" }, today: TODAY });
    const field = screen.getByLabelText("Modern Work anniversary date") as HTMLInputElement;
    expect(field.value).toBe("2027-03-15");
    fireEvent.change(field, { target: { value: "" } });
    service.scoreAnswer = deferred();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save date: Modern Work anniversary date" })));
    // Security's date is kept: each designation has its own.
    expect(service.storedAnniversaries).toEqual({ security: "2026-09-01" });
    expect(service.scoreCalls[1]).toEqual({ anniversaries: { security: "2026-09-01" }, today: TODAY });
  });

  test("a date that cannot be saved says why and does not score again", async () => {
    const service = await openHistory();
    service.saveAnniversaries = async () => {
      throw new Error("The workbook is read-only.");
    };
    fireEvent.change(screen.getByLabelText("Modern Work anniversary date"), { target: { value: "2027-03-15" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save date: Modern Work anniversary date" })));
    expect(screen.getByText("Could not save the anniversary date: The workbook is read-only.")).toBeTruthy();
    expect(service.scoreCalls).toHaveLength(1);
  });

  test("before scoring, the history view asks for a score first", async () => {
    await renderReady();
    fireEvent.click(screen.getByRole("tab", { name: "History" }));
    expect(screen.getByText(/Score the workbook first/)).toBeTruthy();
  });
});

describe("As-of months without a baseline", () => {
  const WITH_GAPS: WorkbookSummary = {
    ...SUMMARY,
    monthsWithoutData: [
      {
        designation: "modern-work",
        month: "2024-09",
        baseline: true,
        reason: "Data unavailable: the M365 usage export has no rows for Sep-2023 (its baseline month, 12 months before).",
      },
    ],
  };

  test("are marked in the as-of picker", async () => {
    await renderReady(WITH_GAPS);
    const asOf = screen.getByRole("combobox", { name: "As-of month" });
    expect(optionTexts(asOf)).toEqual(["Oct-2025", "Oct-2024", "Sep-2024 (no year-earlier data)"]);
    chooseOption(asOf, "Sep-2024 (no year-earlier data)");
    expect(shownOption(screen.getByRole("combobox", { name: "As-of month" }))).toBe("Sep-2024 (no year-earlier data)");
  });

  test("chosen, the result says Data unavailable for the designation, as History does, instead of a score", async () => {
    const service = await renderReady(WITH_GAPS);
    chooseOption(screen.getByRole("combobox", { name: "As-of month" }), "Sep-2024 (no year-earlier data)");
    act(() => screen.getByRole("button", { name: "Score" }).click());
    expect(service.scoreCalls[0]).toEqual({ asOf: "2024-09", today: TODAY });
    // The engine scores the month anyway; its history row for the month is unavailable.
    const reason = "Data unavailable: the M365 usage export has no rows for Sep-2023 (its baseline month, 12 months before).";
    const september = { ...MW_HISTORY.months[0], month: "2024-09", reason };
    const outcome: ScoreOutcome = {
      ...OUTCOME,
      report: { ...REPORT, asOf: "2024-09", baseline: "2023-09" },
      history: { from: "2024-04", to: "2024-09", designations: [{ ...MW_HISTORY, months: [september], qualifiedInWindow: false, qualifiedMonths: [] }] },
    };
    await act(async () => service.scoreAnswer.resolve(outcome));
    const card = screen.getByRole("group", { name: "Solutions Partner for Modern Work" });
    expect(within(card).getByText(reason)).toBeTruthy();
    expect(screen.queryByText(/Solutions Partner for Modern Work: 85 \/ 100/)).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "History" }));
    expect(mw().getByText(reason)).toBeTruthy();
  });

  test("the as-of month with its data scores as before", async () => {
    await renderScored();
    expect(screen.getByText("Solutions Partner for Modern Work: 85 / 100")).toBeTruthy();
  });
});

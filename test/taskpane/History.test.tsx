/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { FakeService, OUTCOME, TODAY, deferred, installBrowserStubs, renderReady, renderScored, renewal } from "./fakeService";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

async function openHistory(service = new FakeService()) {
  await renderScored(undefined, service);
  fireEvent.click(screen.getByRole("tab", { name: "History" }));
  await screen.findByRole("heading", { name: "Score history" });
  return service;
}

const mw = () => within(screen.getByLabelText("Solutions Partner for Modern Work history", { selector: "section" }));
const rows = (table: HTMLElement) => [...table.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent));

describe("History view", () => {
  test("the window and, per designation, the history table: newest month first, points per metric, Data unavailable", async () => {
    await openHistory();
    expect(screen.getByText("The qualification eligibility window: May-2025 to Oct-2025. Qualifying in one of these months is enough to renew.")).toBeTruthy();
    expect(mw().getByText("Qualified in the window: yes (Sep-2025, Oct-2025)")).toBeTruthy();
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

  test("the trend chart is drawn with the rule set's qualifying total", async () => {
    await openHistory();
    const chart = mw().getByRole("img");
    expect(chart.getAttribute("aria-label")).toBe(
      "Modern Work: SMB 62.5 → 85 points from May-2025 to Oct-2025; qualified in 2 of 6 months; no data for May-2025"
    );
    expect(chart.querySelector("[data-qualify-line]")).toBeTruthy();
    expect(mw().getAllByText("70 to qualify").length).toBeGreaterThan(0);
  });

  test("a designation that cannot be scored says which export it needs", async () => {
    await openHistory();
    const security = within(screen.getByLabelText("Solutions Partner for Security history", { selector: "section" }));
    expect(security.getByText("Not scored: the Azure consumption export or the M365 usage export")).toBeTruthy();
    expect(security.queryByRole("table")).toBeNull();
  });

  test("without an anniversary the status is a new partner's, with its reason", async () => {
    await openHistory();
    const status = within(mw().getByLabelText("Solutions Partner for Modern Work renewal status"));
    expect(status.getByText(`Enrolment status (as of ${TODAY}):`)).toBeTruthy();
    expect(status.getByText("Can enroll")).toBeTruthy();
    expect(status.getByText("Reason: Qualified in Oct-2025; enroll within 30 days of qualifying.")).toBeTruthy();
  });

  test("an anniversary date is sent with today's date when the status is updated, and the renewal status shows", async () => {
    const service = await openHistory();
    fireEvent.change(screen.getByLabelText("Anniversary date"), { target: { value: "2027-03-15" } });
    service.scoreAnswer = deferred();
    fireEvent.click(screen.getByRole("button", { name: "Update renewal status" }));
    expect(service.scoreCalls[1]).toEqual({ anniversary: "2027-03-15", today: TODAY });
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
    expect(status.getByText(`Renewal status (as of ${TODAY}):`)).toBeTruthy();
    expect(status.getByText("Not yet qualified")).toBeTruthy();
    expect(status.getByText("Reason: No Qualified month yet in the window; 5 months remain (Nov-2026 to Mar-2027).")).toBeTruthy();
    expect(status.getByText("Qualification window 2026-10-01 to 2027-03-31; renewal window 2027-03-15 to 2027-04-14.")).toBeTruthy();
    // The date stays in the box.
    expect((screen.getByLabelText("Anniversary date") as HTMLInputElement).value).toBe("2027-03-15");
  });

  test("clearing the anniversary sends none", async () => {
    const service = await openHistory();
    fireEvent.change(screen.getByLabelText("Anniversary date"), { target: { value: "2027-03-15" } });
    fireEvent.change(screen.getByLabelText("Anniversary date"), { target: { value: "" } });
    service.scoreAnswer = deferred();
    fireEvent.click(screen.getByRole("button", { name: "Update renewal status" }));
    expect(service.scoreCalls[1]).toEqual({ today: TODAY });
  });

  test("before scoring, the history view asks for a score first", async () => {
    await renderReady();
    fireEvent.click(screen.getByRole("tab", { name: "History" }));
    expect(screen.getByText(/Score the workbook first/)).toBeTruthy();
  });
});

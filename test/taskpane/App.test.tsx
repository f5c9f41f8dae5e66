/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { chooseOption, optionTexts, shownOption } from "./selects";
import { FakeService, OUTCOME, SUMMARY, TODAY, WITH_SKILLING, deferred, installBrowserStubs, renderApp, renderReady } from "./fakeService";

beforeAll(installBrowserStubs);

const scoreButton = () => screen.getByRole("button", { name: "Score" });
const card = (track: string) => screen.getByLabelText(`Solutions Partner for Modern Work ${track} track`);

// ---------------------------------------------------------------------------------------------

describe("task pane App", () => {
  test("shows a status spinner while it inspects the workbook, with progress when reported", async () => {
    const service = new FakeService();
    renderApp(service);
    expect(service.inspectCalls).toBe(1);
    expect(screen.getByRole("status")).toHaveProperty("textContent", "Looking for exports…");
    expect(scoreButton()).toHaveProperty("disabled", true);

    act(() => service.inspectProgress?.({ stage: "reading", done: 10, total: 25 }));
    expect(screen.getByRole("status").textContent).toContain("Reading the export… 10 / 25");
    // the spinner and a determinate bar at 10 / 25
    expect(
      within(screen.getByRole("status"))
        .getAllByRole("progressbar")
        .map((e) => e.getAttribute("aria-valuenow"))
    ).toContain("0.4");

    await act(async () => service.inspectAnswer.resolve(SUMMARY));
    // The live region stays: it says what was found.
    expect(screen.getByRole("status").textContent).toBe("Found 1 export, Sep-2024 – Oct-2025, 7 tenants.");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(scoreButton()).toHaveProperty("disabled", false);
  });

  test("lists the exports, tenants and months found", async () => {
    await renderReady(WITH_SKILLING);
    const found = screen.getByRole("region", { name: "Exports found" });
    const text = found.textContent ?? "";
    expect(text).toContain("M365 usage export on Usage: 25 rows (Usage!A1:F26)");
    expect(text).toContain("Skilling export on Certs: 8 rows (Certs!A1:F9)");
    expect(text).toContain("7 tenants, months Sep-2024, Oct-2024, Oct-2025");
  });

  test("mentions rows that could not be read", async () => {
    await renderReady({ ...SUMMARY, skippedRows: 3 });
    expect(screen.getByRole("region", { name: "Exports found" }).textContent).toContain("3 rows could not be read");
  });

  test("the as-of month defaults to the latest month", async () => {
    await renderReady();
    const asOf = screen.getByRole("combobox", { name: "As-of month" });
    expect(shownOption(asOf)).toBe("Oct-2025");
  });

  test("choosing another as-of month sends it with Score", async () => {
    const service = await renderReady();
    const asOf = screen.getByRole("combobox", { name: "As-of month" });
    expect(optionTexts(asOf)).toEqual(["Oct-2025", "Oct-2024", "Sep-2024"]); // newest first
    chooseOption(asOf, "Oct-2024");
    expect(shownOption(screen.getByRole("combobox", { name: "As-of month" }))).toBe("Oct-2024");
    fireEvent.click(scoreButton());
    expect(service.scoreCalls).toEqual([{ asOf: "2024-10", today: TODAY }]);
  });

  test("a chosen month the exports no longer hold after Refresh is dropped: the picker and Score take the latest", async () => {
    const service = await renderReady();
    chooseOption(screen.getByRole("combobox", { name: "As-of month" }), "Sep-2024");
    service.inspectAnswer = deferred();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await act(async () => service.inspectAnswer.resolve({ ...SUMMARY, months: ["2024-10", "2025-10"] }));
    const asOf = screen.getByRole("combobox", { name: "As-of month" });
    expect(optionTexts(asOf)).toEqual(["Oct-2025", "Oct-2024"]);
    expect(shownOption(asOf)).toBe("Oct-2025");
    fireEvent.click(scoreButton());
    expect(service.scoreCalls).toEqual([{ today: TODAY }]);
  });

  test("the rules default to those in force; choosing 2026 rules sends the edition with Score", async () => {
    const service = await renderReady();
    expect(shownOption(screen.getByRole("combobox", { name: "Rules" }))).toBe("In force in the as-of month");
    chooseOption(screen.getByRole("combobox", { name: "Rules" }), "2026 rules");
    fireEvent.click(scoreButton());
    expect(service.scoreCalls).toEqual([{ ruleSet: "2026", today: TODAY }]);
  });

  test("lists which designations the exports can score, and what the others need", async () => {
    await renderReady();
    const list = screen.getByRole("list", { name: "Designations" });
    expect(list.textContent).toContain("Modern Work: can be scored");
    expect(list.textContent).toContain("Security: needs the Azure consumption export or the M365 usage export");
  });

  test("a designation that could not be scored gets a card saying which export it needs", async () => {
    const service = await renderReady();
    fireEvent.click(scoreButton());
    const notScored = {
      ...OUTCOME.report.designations[0],
      id: "infrastructure" as const,
      name: "Solutions Partner for Infrastructure (Azure)",
      scored: false,
      needs: "Needs the Azure consumption export (CustomerTenantId, ServiceLevel2, Month, ACR_USD, PartnerAttributionType).",
      qualified: false,
      countingTrack: null,
      tracks: [],
    };
    await act(async () =>
      service.scoreAnswer.resolve({ ...OUTCOME, report: { ...OUTCOME.report, designations: [...OUTCOME.report.designations, notScored] } })
    );
    const infra = within(screen.getByLabelText("Solutions Partner for Infrastructure (Azure)"));
    expect(infra.getByText("Not scored")).toBeTruthy();
    expect(infra.getByText(/^Needs the Azure consumption export/)).toBeTruthy();
  });

  test("certification count inputs appear only when there is no skilling export", async () => {
    await renderReady(SUMMARY);
    // Empty until typed (the placeholder reads 0); the designation is named.
    expect(screen.getByRole("textbox", { name: "Modern Work intermediate certified people" })).toHaveProperty("value", "");
    expect(screen.getByRole("textbox", { name: "Modern Work advanced certified people" })).toHaveProperty("value", "");
    expect(screen.getByText("No skilling export found")).toBeTruthy();
  });

  test("no certification inputs when a skilling export was found", async () => {
    await renderReady(WITH_SKILLING);
    expect(screen.queryByRole("textbox", { name: /certified people/ })).toBeNull();
    expect(screen.queryByText("No skilling export found")).toBeNull();
  });

  test("Score sends the typed certification counts, shows progress, then a card per track", async () => {
    const service = await renderReady();
    const intermediate = screen.getByRole("textbox", { name: "Modern Work intermediate certified people" });
    fireEvent.change(intermediate, { target: { value: "3" } });
    expect(intermediate).toHaveProperty("value", "3");
    const advanced = screen.getByRole("textbox", { name: "Modern Work advanced certified people" });
    fireEvent.change(advanced, { target: { value: "1" } });

    fireEvent.click(scoreButton());
    expect(service.scoreCalls).toEqual([{ intermediate: 3, advanced: 1, today: TODAY }]);
    expect(screen.getByRole("status").textContent).toContain("Scoring…");
    expect(scoreButton()).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "Refresh" })).toHaveProperty("disabled", true);
    act(() => service.scoreProgress?.({ stage: "writing-flags", done: 12, total: 25 }));
    expect(screen.getByRole("status").textContent).toContain("Writing flag columns… 12 / 25");

    await act(async () => service.scoreAnswer.resolve(OUTCOME));
    expect(screen.getByRole("status").textContent).toBe("Scored: 1 of 6 designations qualify.");
    expect(scoreButton()).toHaveProperty("disabled", false);
    expect(screen.getByRole("heading", { name: "Score as of Oct-2025" })).toBeTruthy();
    expect(screen.getByText(/^Flags written to Usage!G1:N26; summary on sheet "SPD Summary"\./)).toBeTruthy();
    const designation = within(screen.getByLabelText("Solutions Partner for Modern Work"));
    expect(designation.getByText("Solutions Partner for Modern Work: 85 / 100")).toBeTruthy();
    expect(designation.getByText(/SMB is the best track\./)).toBeTruthy();
    expect(screen.getByLabelText("Solutions Partner for Microsoft Cloud").textContent).toContain("1 of 6 designations qualify");

    // Designations are collapsed: the header, status and cheapest path show; the track cards open with the header.
    expect(screen.queryByLabelText(/track$/, { selector: ".fui-Card" })).toBeNull();
    const header = screen.getByRole("button", { name: /^Solutions Partner for Modern Work: 85 \/ 100/ });
    expect(header.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(header);
    expect(header.getAttribute("aria-expanded")).toBe("true");

    // The track cards are a chunk loaded when a designation is first opened.
    const smb = within(await screen.findByLabelText("Solutions Partner for Modern Work SMB track"));
    // The designation is said once (the card above); the track card says "SMB track".
    expect(smb.getByRole("heading", { name: "SMB track" })).toBeTruthy();
    expect(smb.queryByText(/Solutions Partner for Modern Work/)).toBeNull();
    expect(smb.getByLabelText("SMB total").textContent).toBe("85 / 100");
    expect(smb.getByText("Qualified")).toBeTruthy();
    expect(smb.getByText("At or above 70 points")).toBeTruthy();
    expect(smb.getByText("5 more net customer adds: +10 points")).toBeTruthy();
    expect(smb.getByText("10 of 20 pts")).toBeTruthy();

    const ent = within(card("Enterprise"));
    expect(ent.getByLabelText("Enterprise total").textContent).toBe("42.5 / 100");
    expect(ent.getByText("In progress")).toBeTruthy();
    expect(ent.queryByText("Qualified")).toBeNull();
    expect(ent.getByText("27.5 points to 70")).toBeTruthy();
    expect(ent.getByText("2 more net customer adds: +8 points")).toBeTruthy();
    expect(ent.getByText("0 of 15 pts")).toBeTruthy();

    // the warnings from the report: the fix shown, the note folded away (test/taskpane/ReportWarnings.test.tsx)
    expect(screen.getByText("Check the data")).toBeTruthy();
    expect(screen.getByText("Unreadable value: row skipped")).toBeTruthy();
    expect(screen.getByRole("button", { name: "About how the data was read (1)" })).toBeTruthy();
  });

  test("Score with nothing changed sends only today's date (the service defaults apply)", async () => {
    const service = await renderReady(WITH_SKILLING);
    fireEvent.click(scoreButton());
    expect(service.scoreCalls).toEqual([{ today: TODAY }]);
  });

  // Typed counts are never corrected silently ("three", "-2", "1.6" once became NaN, 0 and 2): a message, and Score waits.
  test.each(["three", "-2", "1.6"])("a certification count of %s is refused with a message and Score is disabled until it is fixed", async (typed) => {
    const service = await renderReady();
    const intermediate = screen.getByRole("textbox", { name: "Modern Work intermediate certified people" });
    fireEvent.change(intermediate, { target: { value: typed } });
    expect(intermediate).toHaveProperty("value", typed);
    expect(screen.getByText("Enter a whole number of people, 0 or more")).toBeTruthy();
    expect(intermediate.getAttribute("aria-invalid")).toBe("true");
    expect(scoreButton()).toHaveProperty("disabled", true);
    fireEvent.change(intermediate, { target: { value: "2" } });
    expect(screen.queryByText("Enter a whole number of people, 0 or more")).toBeNull();
    expect(scoreButton()).toHaveProperty("disabled", false);
    fireEvent.click(scoreButton());
    expect(service.scoreCalls).toEqual([{ intermediate: 2, today: TODAY }]);
  });

  test("an error from inspect shows a MessageBar with its message", async () => {
    const service = new FakeService();
    renderApp(service);
    await act(async () => service.inspectAnswer.reject(new Error("No Partner Center export found in this workbook.")));
    const bar = await screen.findByText("Could not score");
    expect(bar.closest("[role=group], .fui-MessageBar")?.textContent).toContain("No Partner Center export found in this workbook.");
    expect(screen.getByRole("status").textContent).toBe("Could not score: No Partner Center export found in this workbook.");
    expect(screen.queryByRole("region", { name: "Exports found" })).toBeNull();
    expect(scoreButton()).toHaveProperty("disabled", true);

    // Refresh inspects again
    service.inspectAnswer = deferred();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(service.inspectCalls).toBe(2);
    await act(async () => service.inspectAnswer.resolve(SUMMARY));
    expect(screen.queryByText("Could not score")).toBeNull();
    expect(screen.getByRole("region", { name: "Exports found" })).toBeTruthy();
  });

  test("an error from score shows a MessageBar and keeps what was found", async () => {
    const service = await renderReady();
    fireEvent.click(scoreButton());
    await act(async () => service.scoreAnswer.reject(new Error("The workbook changed while scoring.")));
    const bar = await screen.findByText("Could not score");
    expect(bar.closest(".fui-MessageBar")?.textContent).toContain("The workbook changed while scoring.");
    expect(screen.queryByLabelText(/track$/)).toBeNull();
    expect(screen.getByRole("region", { name: "Exports found" })).toBeTruthy();
    await waitFor(() => expect(scoreButton()).toHaveProperty("disabled", false));
  });
});

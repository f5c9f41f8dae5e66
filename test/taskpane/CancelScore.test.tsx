/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { FakeService, OUTCOME, deferred, installBrowserStubs, renderReady, renderScored } from "./fakeService";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

const cancelButton = () => screen.queryByRole("button", { name: "Cancel" });

describe("Cancel a Score (issue 15: a million rows take a while)", () => {
  test("offered while reading and scoring; Cancel says nothing was written and gives focus back to Score", async () => {
    const service = await renderReady();
    expect(cancelButton()).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    act(() => service.scoreProgress?.({ stage: "reading", done: 1_000, total: 50_000 }));
    expect(cancelButton()).toBeTruthy();
    await act(async () => fireEvent.click(cancelButton()!));
    expect(service.scoreSignal?.aborted).toBe(true);
    expect(cancelButton()).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Cancelled: nothing was written, and the workbook is as it was.");
    // Not an error: no "Could not score" bar.
    expect(screen.queryByText("Could not score")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Score" }));
  });

  test("not offered once the flags are being written: a Score is never left half-written", async () => {
    const service = await renderReady();
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    act(() => service.scoreProgress?.({ stage: "scoring", done: 0, total: 1 }));
    expect(cancelButton()).toBeTruthy();
    act(() => service.scoreProgress?.({ stage: "writing-flags", done: 10, total: 26 }));
    expect(cancelButton()).toBeNull();
  });

  test("cancelling a re-score keeps the score already on screen", async () => {
    const service = await renderScored(OUTCOME, new FakeService());
    expect(screen.getByRole("heading", { name: "Designations", level: 2 })).toBeTruthy();
    service.scoreAnswer = deferred();
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    await act(async () => fireEvent.click(cancelButton()!));
    expect(screen.getByRole("status").textContent).toMatch(/^Cancelled/);
    expect(screen.getByRole("heading", { name: "Designations", level: 2 })).toBeTruthy();
  });
});

/** @jest-environment jsdom */
/**
 * Issue 12, point 2, the pane's half: it inspects only once shown (a shared runtime starts the page
 * with the pane closed), Refresh stays available while inspecting and after a time-out, and only the
 * newest inspection's answer is shown. The last test runs the pane on the Excel adapter and the double,
 * with Excel not answering.
 */
import * as React from "react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { PaneVisibility } from "../../src/taskpane/paneVisibility";
import { createExcelScoringService } from "../../src/excel/excelScoringService";
import { createExcelDouble } from "../../tools/excel-double";
import { FakeService, SUMMARY, TODAY, deferred, installBrowserStubs } from "./fakeService";

beforeAll(installBrowserStubs);

/** A pane visibility the test switches. */
function switchable(initial: boolean): PaneVisibility & { set(shown: boolean): void } {
  let shown = initial;
  const listeners = new Set<(shown: boolean) => void>();
  return {
    shown: () => shown,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      shown = value;
      for (const l of listeners) l(value);
    },
  };
}

const refresh = () => screen.getByRole("button", { name: "Refresh" });

function renderPane(service: FakeService | ReturnType<typeof createExcelScoringService>, visibility?: PaneVisibility) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} today={TODAY} visibility={visibility} />
    </FluentProvider>
  );
}

describe("the pane inspects only when shown", () => {
  test("started hidden (an =SPD.* cell calculated): no inspection until the pane is shown, then one; hiding and showing again does not inspect again", async () => {
    const service = new FakeService();
    const visibility = switchable(false);
    renderPane(service, visibility);
    expect(service.inspectCalls).toBe(0);
    act(() => visibility.set(true));
    expect(service.inspectCalls).toBe(1);
    await act(async () => service.inspectAnswer.resolve(SUMMARY));
    act(() => visibility.set(false));
    act(() => visibility.set(true));
    expect(service.inspectCalls).toBe(1);
    expect(screen.getByRole("region", { name: "Exports found" })).toBeTruthy();
  });
});

describe("Refresh while inspecting", () => {
  test("Refresh is available while inspecting; a new inspection replaces the one Excel never answered, whose late answer is dropped", async () => {
    const service = new FakeService();
    renderPane(service);
    expect(refresh()).toHaveProperty("disabled", false);
    const first = service.inspectAnswer;
    const firstProgress = service.inspectProgress!;
    service.inspectAnswer = deferred();
    fireEvent.click(refresh());
    expect(service.inspectCalls).toBe(2);
    await act(async () => service.inspectAnswer.resolve(SUMMARY));
    expect(within(screen.getByRole("region", { name: "Exports found" })).getByText(/7 tenants/)).toBeTruthy();
    // The first inspection answers at last: its progress and its answer are not shown over the newer one.
    act(() => firstProgress({ stage: "reading", done: 1, total: 9 }));
    await act(async () => first.resolve({ ...SUMMARY, tenants: 99 }));
    expect(screen.getByRole("status").textContent).not.toContain("Reading");
    expect(screen.queryByText(/99 tenants/)).toBeNull();
    expect(within(screen.getByRole("region", { name: "Exports found" })).getByText(/7 tenants/)).toBeTruthy();
  });

  test("the notes on how the exports were read are shown with what was found", async () => {
    const service = new FakeService();
    renderPane(service);
    await act(async () => service.inspectAnswer.resolve({ ...SUMMARY, notes: ['"Usage" holds a CSV that Excel did not split into columns.'] }));
    expect(screen.getByText("Read as Excel opened it")).toBeTruthy();
    expect(screen.getByText(/"Usage" holds a CSV that Excel did not split into columns\./)).toBeTruthy();
  });
});

describe("on the Excel adapter, Excel not answering", () => {
  test("the time-out message, Refresh available; once Excel answers, Refresh finds the export", async () => {
    const SEED = readFileSync(join(__dirname, "../fixtures/seed-002-sample.csv"), "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split(","));
    const double = createExcelDouble();
    const restore = double.install();
    try {
      double.workbook.addSheet("Usage", SEED);
      const release = double.stallSyncs();
      renderPane(createExcelScoringService(undefined, { syncTimeoutMs: 60 }));
      expect(screen.getByRole("status").textContent).toContain("Looking for exports");
      expect(refresh()).toHaveProperty("disabled", false);
      // Shown in the error bar and announced by the live region (which may catch up a moment later).
      const message = /Excel did not answer within 0\.06 s while looking for exports \(the sheets\); Refresh to try again\./;
      expect((await screen.findAllByText(message)).length).toBeGreaterThanOrEqual(1);
      await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(message));
      expect(refresh()).toHaveProperty("disabled", false);
      release();
      fireEvent.click(refresh());
      expect(await screen.findByRole("region", { name: "Exports found" })).toBeTruthy();
      expect(screen.getByText(/Usage!A1:F26/)).toBeTruthy();
    } finally {
      restore();
    }
  });
});

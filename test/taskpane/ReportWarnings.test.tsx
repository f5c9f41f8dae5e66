/** @jest-environment jsdom */
/**
 * Check the data: the fixes first, each with its title, where it is and what to do, and a "Go to cell"
 * that asks the service (never Excel) for the cell; the notes folded under "About how the data was read".
 */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReportWarnings } from "../../src/taskpane/components/ReportWarnings";
import type { ReportWarning } from "../../src/engine";
import type { ScoreOutcome } from "../../src/taskpane/service";
import { FakeService, OUTCOME, installBrowserStubs, renderScored } from "./fakeService";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

const LONG_NOTE = `Data & AI, Infrastructure: 239 rows of Virtual Machines in Nov-2024 to Oct-2025 are not deployments ${"(and more words) ".repeat(12).trim()}.`;

const WARNINGS: ReportWarning[] = [
  { code: "trial-rows", kind: "info", title: "Trial rows not counted", message: "Business Applications: 5 rows of the usage export are trials." },
  {
    code: "input",
    kind: "fix",
    title: "Unreadable value: row skipped",
    action: "Fix the cell and score again.",
    message: 'Usage, row 1,204, column MonthName: MonthName "Oct-20x5" is not a month; the row was skipped. Fix the cell and score again.',
    file: "Usage",
    row: 1204,
    column: "MonthName",
  },
  { code: "azure-vm-not-deployment", kind: "info", title: "Virtual machines are not deployments", message: LONG_NOTE },
  {
    code: "no-skilling",
    kind: "fix",
    title: "No certified people",
    action: "Add the skilling export or type the counts.",
    message: "Security: no skilling export.",
  },
];

function renderWarnings(warnings = WARNINGS, onGoToCell = jest.fn(async () => {})) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportWarnings warnings={warnings} onGoToCell={onGoToCell} />
    </FluentProvider>
  );
  return onGoToCell;
}

test("fixes first, with title, where and what to do; the notes folded away and counted", () => {
  renderWarnings();
  const fixes = within(screen.getByRole("list", { name: "Needs fixing" }));
  const items = fixes.getAllByRole("listitem");
  expect(items.map((li) => li.querySelector("span")?.textContent)).toEqual(["Unreadable value: row skipped", "No certified people"]);
  expect(within(items[0]).getByText("Usage · row 1,204 · MonthName")).toBeTruthy();
  expect(within(items[0]).getByText("Fix the cell and score again.")).toBeTruthy();
  expect(screen.getByText("Needs fixing (2)")).toBeTruthy();

  // The notes: one collapsed header, its count, none of their texts shown.
  const header = screen.getByRole("button", { name: "About how the data was read (2)" });
  expect(header.getAttribute("aria-expanded")).toBe("false");
  expect(screen.queryByText("Trial rows not counted")).toBeNull();
  fireEvent.click(header);
  const notes = within(screen.getByRole("list", { name: "About how the data was read" }));
  expect(notes.getAllByRole("listitem")).toHaveLength(2);
  expect(notes.getByText("Trial rows not counted")).toBeTruthy();
  // A note without a place has no Go to cell.
  expect(notes.queryByRole("button", { name: /^Go to cell/ })).toBeNull();
});

test("Go to cell asks the service for the warning's file, row and column; a warning without a file has none", async () => {
  const onGoToCell = renderWarnings();
  const buttons = screen.getAllByRole("button", { name: /^Go to cell/ });
  expect(buttons).toHaveLength(1);
  expect(buttons[0].getAttribute("aria-label")).toBe("Go to cell: Usage, row 1,204, MonthName");
  await act(async () => fireEvent.click(buttons[0]));
  expect(onGoToCell).toHaveBeenCalledWith({ file: "Usage", row: 1204, column: "MonthName" });
});

test("Go to cell that fails says why, in the item", async () => {
  renderWarnings(
    WARNINGS,
    jest.fn(async () => {
      throw new Error('The sheet "Usage" is hidden. Unhide it (right-click a sheet tab, Unhide), then go to F1204.');
    })
  );
  await act(async () => fireEvent.click(screen.getByRole("button", { name: /^Go to cell/ })));
  const item = screen.getByRole("button", { name: /^Go to cell/ }).closest("li")!;
  expect(within(item).getByText(/The sheet "Usage" is hidden/)).toBeTruthy();
});

test("one line each; the whole text on demand (More / Less)", () => {
  renderWarnings();
  fireEvent.click(screen.getByRole("button", { name: "About how the data was read (2)" }));
  const item = screen.getByText("Virtual machines are not deployments").closest("li")!;
  // The detail line holds the text cut to one line by style, the full text in its tooltip.
  const detail = within(item).getByTitle(LONG_NOTE);
  const { whiteSpace, textOverflow } = window.getComputedStyle(detail);
  expect([whiteSpace, textOverflow]).toEqual(["nowrap", "ellipsis"]);
  const more = within(item).getByRole("button", { name: "More" });
  expect(more.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(more);
  expect(within(item).getByRole("button", { name: "Less" }).getAttribute("aria-expanded")).toBe("true");
  expect(within(item).getAllByText(LONG_NOTE)).toHaveLength(2); // the line and the whole text below it
});

test("only notes: nothing to fix is said, the notes still folded", () => {
  renderWarnings(WARNINGS.filter((w) => w.kind === "info"));
  expect(screen.queryByRole("list", { name: "Needs fixing" })).toBeNull();
  expect(screen.getByText("Nothing to fix in the exports.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "About how the data was read (2)" })).toBeTruthy();
});

test("in the pane: Go to cell goes through the ScoringService", async () => {
  const outcome: ScoreOutcome = { ...OUTCOME, report: { ...OUTCOME.report, warnings: WARNINGS } };
  const service = await renderScored(outcome, new FakeService());
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Go to cell: Usage, row 1,204, MonthName" })));
  expect(service.goToCalls).toEqual([{ file: "Usage", row: 1204, column: "MonthName" }]);
});

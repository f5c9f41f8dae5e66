/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { OUTCOME, installBrowserStubs, renderScored } from "./fakeService";
import type { ScoreOutcome } from "../../src/taskpane/service";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

const many = Array.from({ length: 30 }, (_, i) => `Tenant ${String(i + 1).padStart(2, "0")}`);

/** The fake outcome with both sides on Enterprise net customer adds: 30 customers now, 24 a year ago. */
function withSides(): ScoreOutcome {
  const report = JSON.parse(JSON.stringify(OUTCOME.report)) as ScoreOutcome["report"];
  const mw = report.designations.find((d) => d.id === "modern-work")!;
  const nca = mw.tracks.find((t) => t.id === "enterprise")!.metrics.find((m) => m.id === "net-customer-adds")!;
  nca.sides = {
    "": {
      measure: "customers",
      change: "difference",
      now: { month: "2025-10", value: 30, tenants: many },
      baseline: { month: "2024-10", value: 24, tenants: many.slice(0, 24) },
    },
  };
  return { ...OUTCOME, report };
}

test("a metric shows its two sides, and on demand the tenants behind each, cut to 25 with the rest counted", async () => {
  await renderScored(withSides());
  fireEvent.click(screen.getByRole("button", { name: /^Solutions Partner for Modern Work: 85 \/ 100/ }));
  // The track cards are a chunk loaded when a designation is first opened.
  const card = within(await screen.findByLabelText("Solutions Partner for Modern Work Enterprise track"));
  // On demand: the scorecard row first ("6 of 10 customers"), now and a year ago behind a button.
  expect(card.queryByText("customers: 30 in Oct-2025, 24 in Oct-2024")).toBeNull();
  const sides = card.getByRole("button", { name: "Now and a year ago: net customer adds" });
  expect(sides.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(sides);
  expect(sides.getAttribute("aria-expanded")).toBe("true");
  expect(card.getByText("customers: 30 in Oct-2025, 24 in Oct-2024")).toBeTruthy();
  expect(card.queryByText("Tenant 01")).toBeNull();
  const toggle = card.getByRole("button", { name: "Which tenants: net customer adds" });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(toggle);
  const lists = within(card.getByLabelText("Net customer adds tenants"));
  // Who came and who went explain the 30 − 24 first.
  expect(lists.getByText("New since Oct-2024: 6 tenants")).toBeTruthy();
  expect(lists.getByText("Counted in Oct-2024, not now: none")).toBeTruthy();
  expect(lists.getByText("In both months: 24 tenants.")).toBeTruthy();
  expect(lists.getAllByText("Tenant 30")).toHaveLength(1); // new; the list of now stops at 25
  expect(lists.getByText("Oct-2025 (now, customers): 30 tenants")).toBeTruthy();
  expect(lists.getByText("Oct-2024 (a year ago, customers): 24 tenants")).toBeTruthy();
  expect(lists.getAllByText("Tenant 25")).toHaveLength(2); // new, and 25th of now
  expect(lists.getAllByText("Tenant 24")).toHaveLength(2); // in both lists, not new
  expect(lists.getByText("and 5 more")).toBeTruthy();
  fireEvent.click(card.getByRole("button", { name: "Hide the tenants" }));
  expect(card.queryByLabelText("Net customer adds tenants")).toBeNull();
});

test("a metric without sides (certifications) shows no sides and no tenants button", async () => {
  await renderScored(withSides());
  fireEvent.click(screen.getByRole("button", { name: /^Solutions Partner for Modern Work: 85 \/ 100/ }));
  // The track cards are a chunk loaded when a designation is first opened.
  const card = within(await screen.findByLabelText("Solutions Partner for Modern Work Enterprise track"));
  expect(card.queryByRole("button", { name: /intermediate certifications/ })).toBeNull();
  expect(card.getAllByRole("button", { name: /^Now and a year ago/ })).toHaveLength(1);
});

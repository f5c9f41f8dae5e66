/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SimulationResultView } from "../../src/taskpane/components/simulator/SimulationResultView";
import { compareReports, trackStatus, type Report } from "../../src/engine";
import { EMPTY_SCENARIO } from "../../src/engine";
import { REPORT, SMB, installBrowserStubs } from "./fakeService";

beforeAll(installBrowserStubs);

// Fabrikam left out: SMB net customer adds 5 → 4 of 10, points 4 / 10 × 20 = 8 (−2); total 85 − 2 = 83.
const netAdds = { ...SMB.metrics[0], value: 4, points: 8 };
const metrics = [netAdds, ...SMB.metrics.slice(1)];
const total = metrics.reduce((s, m) => s + m.points, 0);
const smb = {
  ...SMB,
  metrics,
  total,
  status: trackStatus(
    total,
    metrics.map((m) => m.points),
    70
  ),
};
const simulated: Report = { ...REPORT, designations: [{ ...REPORT.designations[0], tracks: [REPORT.designations[0].tracks[0], smb], total }] };

test("a loss shows in red with ▼, values before → after, and the notes", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <SimulationResultView
        result={{
          scenario: { ...EMPTY_SCENARIO, exclude: ["Fabrikam"] },
          current: REPORT,
          simulated,
          changes: compareReports(REPORT, simulated),
          notes: ["Left out: Fabrikam."],
          applied: [],
          recommendations: [],
        }}
      />
    </FluentProvider>
  );
  expect(total).toBe(83);
  expect(screen.getByLabelText("Solutions Partner for Modern Work simulated total").textContent).toBe("83 / 100");
  const table = screen.getByRole("table", { name: "Solutions Partner for Modern Work SMB track: Net customer adds simulated" });
  const first = [...table.querySelectorAll("tbody tr")[0].querySelectorAll("td")].map((td) => td.textContent);
  expect(first).toEqual(["5 customers → 4 customersof 10 customers (−1 customer)", "10 → 8 pts", "▼ −2"]);
  // The arrow is read as words.
  expect(within(table).getByRole("img", { name: "down 2 pts" }).textContent).toBe("▼ −2");
  expect(within(table).getByText("▼ −2").getAttribute("data-delta")).toBe("down");
  // Performance lost the 2 points.
  expect(screen.getByRole("group", { name: "Performance: 10 → 8 of 20 pts" })).toBeTruthy();
  expect(screen.getByRole("list", { name: "Simulation notes" }).textContent).toBe("Left out: Fabrikam.");
  // Still Qualified at 83: the badge says so.
  expect(
    within(screen.getByLabelText("Solutions Partner for Modern Work simulated", { selector: "section" })).getAllByText("Qualified").length
  ).toBeGreaterThan(0);
});

test("a scenario that moves nothing says so", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <SimulationResultView
        result={{
          scenario: EMPTY_SCENARIO,
          current: REPORT,
          simulated: REPORT,
          changes: compareReports(REPORT, REPORT),
          notes: [],
          applied: [],
          recommendations: [],
        }}
      />
    </FluentProvider>
  );
  expect(screen.getByText("The scenario changes no score.")).toBeTruthy();
  expect(screen.queryByRole("table")).toBeNull();
});

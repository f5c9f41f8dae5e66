/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { TrackCard } from "../../src/taskpane/components/TrackCard";
import type { TrackResult } from "../../src/engine";
import { ENTERPRISE, SMB, installBrowserStubs } from "./fakeService";

beforeAll(installBrowserStubs);

const renderTrack = (track: TrackResult) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <TrackCard designation="Solutions Partner for Modern Work" track={track} qualifyingTotal={70} />
    </FluentProvider>
  );

const tablesIn = (region: HTMLElement) =>
  within(region)
    .getAllByRole("table")
    .map((t) => t.getAttribute("aria-label"));

test("a track's metrics sit under Partner Center's categories, each with the sum of its points and its maximum", () => {
  renderTrack(SMB);
  const card = within(screen.getByLabelText("Solutions Partner for Modern Work SMB track"));
  const regions = card.getAllByRole("region");
  // SMB: net adds 10 / 20; certifications 10 + 15 of 10 + 15; usage growth 25 / 30 and deployments 25 / 25.
  expect(regions.map((r) => r.getAttribute("aria-label"))).toEqual(["Performance: 10 of 20 pts", "Skilling: 25 of 25 pts", "Customer success: 50 of 55 pts"]);
  expect(tablesIn(regions[0])).toEqual(["Net customer adds scorecard"]);
  expect(tablesIn(regions[1])).toEqual(["Intermediate certifications scorecard", "Advanced certifications scorecard"]);
  expect(tablesIn(regions[2])).toEqual(["Usage growth scorecard", "Deployments scorecard"]);
  // The heading names the category; its points are beside it.
  expect(within(regions[2]).getByRole("heading", { name: "Customer success" })).toBeTruthy();
  expect(within(regions[2]).getByText("50 of 55 pts")).toBeTruthy();
});

test("the category points follow the metrics (Enterprise: 7.5 + 0 of 25 for skilling)", () => {
  renderTrack(ENTERPRISE);
  const names = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
  expect(names).toEqual(["Performance: 12 of 20 pts", "Skilling: 7.5 of 25 pts", "Customer success: 23 of 55 pts"]);
});

/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { PaneTheme } from "../../src/taskpane/components/PaneTheme";
import { hostOfficeTheme, luminance, paneTheme } from "../../src/taskpane/theme";
import { scoreRows } from "../../src/taskpane/logic/scorecard";
import { foundLine, money, pts } from "../../src/taskpane/logic/formats";
import type { MetricResult } from "../../src/engine";
import { EFFECTS, FakeService, OUTCOME, SUMMARY, TODAY, installBrowserStubs, renderReady, renderScored } from "./fakeService";
import type { ScoreOutcome } from "../../src/taskpane/service";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

let scrolled: Element[] = [];
beforeEach(() => {
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

/** The CSS the FluentProvider inserted (its theme's variables). */
const themeCss = () =>
  [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .concat([...document.querySelectorAll("style")].map((s) => s.textContent ?? ""))
    .join("\n");

const side = (month: string, value: number) => ({ month, value, tenants: [] });

/** Usage growth per association type, CSP counting: value, target, points per row, sides per row. */
const PER_ASSOCIATION: MetricResult = {
  id: "usage-growth",
  label: "Usage growth",
  value: { CPOR: -158, CSP: 1340 },
  target: { CPOR: 500, CSP: 2000 },
  points: 20.104,
  maxPoints: 30,
  bestAssociation: "CSP",
  pointsBy: { CPOR: 0, CSP: 20.104 },
  sides: {
    CPOR: { measure: "MAU", change: "difference", now: side("2025-10", 842), baseline: side("2024-10", 1000) },
    CSP: { measure: "MAU", change: "difference", now: side("2025-10", 30924), baseline: side("2024-10", 29584) },
  },
  gaps: [
    { lever: "CPOR", more: 658, points: 9.9, perUnit: 0.015, text: "658 more CPOR MAU growth: +9.9 points" },
    { lever: "CSP", more: 660, points: 9.9, perUnit: 0.015, text: "660 more CSP MAU growth: +9.9 points" },
  ],
};

/** Security's ACR growth in parts: Azure in USD, each part with its points and gap. */
const PARTS: MetricResult = {
  id: "usage-growth",
  label: "Usage growth",
  value: { azure: 18648.3, m365: 12 },
  target: { azure: 20000, m365: 20 },
  points: 17.3,
  maxPoints: 20,
  pointsBy: { azure: 9.33, m365: 8 },
  sides: {
    azure: { measure: "Azure ACR (USD)", change: "difference", now: side("2025-10", 60000), baseline: side("2024-10", 41352) },
    m365: { measure: "M365 protected users", change: "difference", now: side("2025-10", 40), baseline: side("2024-10", 28) },
  },
  gaps: [
    { lever: "azure", more: 1352, points: 0.67, perUnit: 0.0005, text: "$1,352 more Azure ACR growth: +0.67 points" },
    { lever: "m365", more: 8, points: 2, perUnit: 0.25, text: "8 more M365 protected users: +2 points" },
  ],
};

function withMetric(metric: MetricResult): ScoreOutcome {
  const report = JSON.parse(JSON.stringify(OUTCOME.report)) as ScoreOutcome["report"];
  const smb = report.designations[0].tracks.find((t) => t.id === "smb")!;
  smb.metrics = smb.metrics.map((m) => (m.id === metric.id ? metric : m));
  smb.metrics[0].sides = { "": { measure: "customers", change: "difference", now: side("2025-10", 8), baseline: side("2024-10", 3) } };
  return { ...OUTCOME, report };
}

const smbMetric = (id: string) => OUTCOME.report.designations[0].tracks.find((t) => t.id === "smb")!.metrics.find((m) => m.id === id)!;
/** Opens Modern Work; its track cards are a chunk loaded when a designation is first opened. */
const openModernWork = async () => {
  fireEvent.click(screen.getByRole("button", { name: /^Solutions Partner for Modern Work: 85 \/ 100/ }));
  await screen.findByLabelText("Solutions Partner for Modern Work SMB track");
};
const smbCard = () => within(screen.getByLabelText("Solutions Partner for Modern Work SMB track"));
const rowsOf = (table: HTMLElement) => [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));

describe("after every action the result is in view, focused and announced", () => {
  test("Score: the result heading is scrolled to and focused; the live region stays mounted and says how many qualify", async () => {
    const service = await renderReady();
    const status = screen.getByRole("status");
    expect(status.getAttribute("aria-live")).toBe("polite");
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    expect(screen.getByRole("status")).toBe(status);
    expect(status.textContent).toBe("Scoring…");
    await act(async () => service.scoreAnswer.resolve(OUTCOME));
    const heading = screen.getByRole("heading", { name: "Score as of Oct-2025", level: 2 });
    expect(heading.getAttribute("tabindex")).toBe("-1");
    expect(document.activeElement).toBe(heading);
    expect(scrolled).toContain(heading);
    // The same region, still mounted, now with the outcome.
    expect(screen.getByRole("status")).toBe(status);
    expect(status.textContent).toBe("Scored: 1 of 6 designations qualify.");
  });

  test("two of six qualify: the announcement counts them", async () => {
    const report = {
      ...OUTCOME.report,
      microsoftCloud: {
        attained: false,
        qualified: ["modern-work", "security"],
        missing: ["data-ai", "infrastructure", "digital-app-innovation", "business-applications"],
      },
    } as ScoreOutcome["report"];
    await renderScored({ ...OUTCOME, report });
    expect(screen.getByRole("status").textContent).toBe("Scored: 2 of 6 designations qualify.");
  });

  test("an error is announced in the same region", async () => {
    const service = await renderReady();
    fireEvent.click(screen.getByRole("button", { name: "Score" }));
    await act(async () => service.scoreAnswer.reject(new Error("The workbook changed while scoring.")));
    expect(screen.getByRole("status").textContent).toBe("Could not score: The workbook changed while scoring.");
  });

  test("Refresh: what was found comes into view with focus on its heading, and is announced", async () => {
    const service = await renderScored();
    service.inspectAnswer = (await import("./fakeService")).deferred();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(screen.getByRole("status").textContent).toBe("Looking for exports…");
    await act(async () => service.inspectAnswer.resolve(SUMMARY));
    const heading = screen.getByRole("heading", { name: "Found in this workbook" });
    expect(document.activeElement).toBe(heading);
    expect(scrolled).toContain(heading);
    expect(screen.getByRole("status").textContent).toBe("Found 1 export, Sep-2024 – Oct-2025, 7 tenants.");
  });

  test("Explain: the explained tenants come into view with focus, announced", async () => {
    const service = await renderScored();
    fireEvent.click(screen.getByRole("button", { name: "Customer eligibility" }));
    // The section's content is a chunk loaded when it is first opened.
    fireEvent.click(await screen.findByRole("button", { name: "Explain tenants" }));
    expect(screen.getByRole("status").textContent).toBe("Explaining tenants…");
    await act(async () => service.explainAnswer.resolve(EFFECTS));
    const heading = screen.getByRole("heading", { name: /^Explained: \d+ tenants?$/, level: 3 });
    expect(document.activeElement).toBe(heading);
    expect(scrolled).toContain(heading);
    expect(screen.getByRole("status").textContent).toBe(`Explained: ${EFFECTS.tenants} tenant${EFFECTS.tenants === 1 ? "" : "s"}.`);
  });

  test("the automatic first look takes no focus", async () => {
    await renderReady();
    expect(document.activeElement).toBe(document.body);
    expect(scrolled).toEqual([]);
  });
});

describe("Found in this workbook folds to one line once scored", () => {
  test("one line with exports, months and tenants, and a button that expands it", async () => {
    await renderReady();
    const found = () => within(screen.getByRole("region", { name: "Exports found" }));
    expect(found().getByText(/M365 usage export on/)).toBeTruthy();
    expect(found().queryByRole("button", { name: "Details" })).toBeNull();
    act(() => screen.getByRole("button", { name: "Score" }).click());
    // still folded while scoring? the outcome decides: nothing scored yet
    expect(found().getByText(/M365 usage export on/)).toBeTruthy();
  });

  test("after Score: the summary line, the details on demand; the choices stay", async () => {
    await renderScored();
    const found = within(screen.getByRole("region", { name: "Exports found" }));
    expect(found.getByText("1 export, Sep-2024 – Oct-2025, 7 tenants")).toBeTruthy();
    expect(found.queryByText(/M365 usage export on/)).toBeNull();
    expect(found.queryByRole("list", { name: "Designations" })).toBeNull();
    expect(found.getByRole("combobox", { name: "As-of month" })).toBeTruthy();
    const details = found.getByRole("button", { name: "Details" });
    expect(details.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(details);
    expect(found.getByText(/M365 usage export on/)).toBeTruthy();
    expect(found.getByRole("button", { name: "Fewer details" }).getAttribute("aria-expanded")).toBe("true");
    expect(found.queryByText("1 export, Sep-2024 – Oct-2025, 7 tenants")).toBeNull();
  });

  test("the line for several exports", () => {
    const e = SUMMARY.exports[0];
    const summary = { ...SUMMARY, exports: [e, e, e, e, e], tenants: 325, months: ["2023-11", "2024-10", "2025-10"] };
    expect(foundLine(summary)).toBe("5 exports, Nov-2023 – Oct-2025, 325 tenants");
  });
});

describe("cards as Partner Center's scorecard", () => {
  test("a track card titled 'SMB track'; per metric Progress, Maximum and Points earned in units", async () => {
    await renderScored(withMetric(PER_ASSOCIATION));
    await openModernWork();
    const card = smbCard();
    expect(card.getByRole("heading", { name: "SMB track" })).toBeTruthy();
    const nca = card.getByRole("table", { name: "Net customer adds scorecard" });
    expect([...nca.querySelectorAll("th")].map((th) => th.textContent)).toEqual(["Progress", "Maximum", "Points earned"]);
    // 5 net customer adds of the 10 the target asks, 10 points.
    expect(rowsOf(nca)).toEqual([["5 of 10 customers", "10 customers", "10 pts"]]);
    expect(card.getByText("5 more net customer adds: +10 points")).toBeTruthy();
    const certs = card.getByRole("table", { name: "Intermediate certifications scorecard" });
    expect(rowsOf(certs)).toEqual([["4 of 4 people", "4 people", "10 pts"]]);
    const over = scoreRows({ ...smbMetric("intermediate-certifications"), value: 3, target: 2 });
    expect(over[0].progress).toBe("3 people"); // never "3 of 2"
  });

  test("one row per association type, the counting one first and marked, its gap beside it; points at two decimals", async () => {
    await renderScored(withMetric(PER_ASSOCIATION));
    await openModernWork();
    const table = smbCard().getByRole("table", { name: "Usage growth scorecard" });
    const rows = table.querySelectorAll("tbody tr");
    expect(rows).toHaveLength(2);
    expect(rows[0].getAttribute("data-counting")).toBe("true");
    expect(rows[1].getAttribute("data-counting")).toBeNull();
    expect(within(rows[0] as HTMLElement).getByText("counts")).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByText("counts")).toBeNull();
    expect(rows[0].textContent).toContain("1,340 MAU growth");
    expect([...rows[0].querySelectorAll("td")].slice(1).map((td) => td.textContent)).toEqual(["2,000 MAU growth", "20.1 pts"]);
    expect(rows[1].textContent).toContain("−158 MAU growth");
    expect([...rows[1].querySelectorAll("td")].slice(1).map((td) => td.textContent)).toEqual(["500 MAU growth", "0 pts"]);
    expect(smbCard().getByText("660 more CSP MAU growth: +9.9 points")).toBeTruthy();
    // Not the other association type's gap: it would not raise the points shown.
    expect(smbCard().queryByText("658 more CPOR MAU growth: +9.9 points")).toBeNull();
    expect(smbCard().getByText("20.1 of 30 pts")).toBeTruthy();
  });

  test("now and a year ago on demand, per row", async () => {
    await renderScored(withMetric(PER_ASSOCIATION));
    await openModernWork();
    const card = smbCard();
    expect(card.queryByText(/in Oct-2024/)).toBeNull();
    fireEvent.click(card.getByRole("button", { name: "Now and a year ago: usage growth" }));
    expect(card.getByText("CSP MAU: 30,924 in Oct-2025, 29,584 in Oct-2024")).toBeTruthy();
    expect(card.getByText("CPOR MAU: 842 in Oct-2025, 1,000 in Oct-2024")).toBeTruthy();
  });

  test("parts (Security's Azure and Microsoft 365): a row each with its points and its gap; money as $18,648; the part named once", () => {
    const rows = scoreRows(PARTS);
    expect(rows.map((r) => [r.label, r.progress, r.maximum, r.points, r.counting, r.gap])).toEqual([
      ["Azure", "$18,648", "$20,000", "9.33 pts", true, "$1,352 more Azure ACR growth: +0.67 points"],
      ["Microsoft 365", "12 protected users growth", "20 protected users growth", "8 pts", true, "8 more M365 protected users: +2 points"],
    ]);
    expect(rows[0].sides).toBe("Azure ACR: $60,000 in Oct-2025, $41,352 in Oct-2024");
    expect(rows[1].sides).toBe("Microsoft 365 protected users: 40 in Oct-2025, 28 in Oct-2024");
  });

  test("one money format, points at two decimals at most", () => {
    expect(money(6353.4)).toBe("$6,353");
    expect(money(-158)).toBe("−$158");
    expect(pts(16)).toBe("16 pts");
    expect(pts(9.8765)).toBe("9.88 pts");
  });
});

describe("the Office theme", () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => delete g.Office);

  test("a dark Office background picks Fluent's dark theme, a light one or none the light theme", async () => {
    expect(luminance("#262626")).toBeLessThan(0.5);
    expect(await paneTheme({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme); // Dark Gray
    expect(await paneTheme({ bodyBackgroundColor: "#000000" })).toBe(webDarkTheme); // Black
    expect(await paneTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme); // White
    expect(await paneTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme); // Colorful
    expect(await paneTheme(undefined)).toBe(webLightTheme);
    expect(await paneTheme({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
  });

  test("with a stubbed Office in Dark Gray the pane renders in the dark theme", async () => {
    g.Office = { context: { officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" } } };
    expect(hostOfficeTheme()).toEqual({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" });
    const service = new FakeService();
    const theme = await paneTheme(hostOfficeTheme());
    render(
      <PaneTheme theme={theme}>
        <App service={service} today={TODAY} />
      </PaneTheme>
    );
    await act(async () => service.inspectAnswer.resolve(SUMMARY));
    const provider = document.querySelector(".fui-FluentProvider") as HTMLElement;
    expect(provider).toBeTruthy();
    const css = themeCss();
    expect(css).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(css).not.toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  });

  test("without Office the light theme", async () => {
    expect(hostOfficeTheme()).toBeUndefined();
    const theme = await paneTheme(hostOfficeTheme());
    render(
      <PaneTheme theme={theme}>
        <span>pane</span>
      </PaneTheme>
    );
    const css = themeCss();
    expect(css).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  });
});

describe("a short glossary behind info icons", () => {
  test.each([
    ["MCV", /consumption value/],
    ["ACR", /Azure consumed revenue/],
    ["MAU", /Monthly active users/],
    ["PAU", /Paid available units/],
    ["CPOR", /Claiming partner of record/],
    ["DPOR", /Digital partner of record/],
    ["PAL", /Partner admin link/],
    ["CSP", /Cloud Solution Provider/],
    ["Step 3", /third skilling step/],
    ["All partners track", /one track/],
  ])("%s: its meaning behind its info icon", async (term, meaning) => {
    await renderScored();
    const terms = within(screen.getByRole("group", { name: "Terms" }));
    fireEvent.click(terms.getByRole("button", { name: new RegExp(`^${term}.*what it means$`) }));
    expect(await screen.findByText(meaning)).toBeTruthy();
  });

  test("an association type in a scorecard row carries its info icon", async () => {
    await renderScored(withMetric(PER_ASSOCIATION));
    await openModernWork();
    const table = smbCard().getByRole("table", { name: "Usage growth scorecard" });
    fireEvent.click(within(table).getByRole("button", { name: /^CSP.*what it means$/ }));
    expect(await screen.findByText(/Cloud Solution Provider/)).toBeTruthy();
  });
});

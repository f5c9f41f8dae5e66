/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { CALIBRATION, FakeService, TODAY, deferred, installBrowserStubs, renderApp, renderReady, renderScored, workbookRuleOptions } from "./fakeService";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

const NCA = "Business Applications · SMB · Net customer adds";

/** Scores, opens "What does Partner Center show?" and the Business Applications boxes. */
async function openForm(service = new FakeService()) {
  await renderScored(undefined, service);
  fireEvent.click(screen.getByRole("button", { name: "What does Partner Center show?" }));
  // The section's content is a chunk loaded when it is first opened.
  fireEvent.click(await screen.findByRole("button", { name: /^Business Applications/ }));
  return service;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const calibrateButton = () => screen.getByRole("button", { name: "Calibrate" }) as HTMLButtonElement;

describe("Calibrate: the form", () => {
  test("is collapsed until opened, and offers a box per metric, association type and track total of each scored designation", async () => {
    await renderScored();
    expect(screen.queryByLabelText(NCA)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "What does Partner Center show?" }));
    fireEvent.click(await screen.findByRole("button", { name: /^Modern Work/ }));
    const smb = within(screen.getByRole("group", { name: "Modern Work SMB" }));
    expect(smb.getByLabelText("Modern Work · SMB · Net customer adds")).toBeTruthy();
    // Usage growth and deployments are shown per association type, as Partner Center lists them.
    expect(smb.getByLabelText("Modern Work · SMB · Usage growth · CSP")).toBeTruthy();
    expect(smb.getByLabelText("Modern Work · SMB · Deployments · CPOR")).toBeTruthy();
    expect(smb.getByLabelText("Modern Work · SMB · Total (of 100 points)")).toBeTruthy();
    expect(calibrateButton().disabled).toBe(true);
  });

  test("a bad value gets a message naming the box and is never corrected; Calibrate waits until it is fixed", async () => {
    const service = await openForm();
    type(NCA, "3.5");
    expect(screen.getByText("Net customer adds is a count: give a whole number, not 3.5.")).toBeTruthy();
    expect((screen.getByLabelText(NCA) as HTMLInputElement).value).toBe("3.5");
    expect(screen.getByLabelText(NCA).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText(NCA).getAttribute("aria-describedby")).toBeTruthy();
    expect(calibrateButton().disabled).toBe(true);
    expect(screen.getByText("1 value to correct")).toBeTruthy();

    type(NCA, "three");
    expect(screen.getByText(/"three" is not a number/)).toBeTruthy();
    type(NCA, "4%");
    expect(screen.getByText("Net customer adds is a count, not a percentage.")).toBeTruthy();

    type(NCA, "4");
    expect(screen.queryByText(/is a count/)).toBeNull();
    expect(screen.getByText("1 value typed")).toBeTruthy();
    fireEvent.click(calibrateButton());
    expect(service.calibrateCalls).toHaveLength(1);
    expect(service.calibrateCalls[0].request).toEqual({ today: TODAY });
    expect(service.calibrateCalls[0].observed).toEqual([
      {
        designation: "business-applications",
        track: "smb",
        metric: "net-customer-adds",
        kind: "value",
        value: 4,
        text: "business-applications/smb/net-customer-adds=4",
      },
    ]);
  });

  test("values are typed as Partner Center prints them: thousands separators, dollars, percentages and points", async () => {
    const service = await openForm();
    fireEvent.click(screen.getByRole("button", { name: /^Infrastructure/ }));
    type("Infrastructure · All partners · Usage growth", "20.26%");
    type("Business Applications · SMB · Total (of 100 points)", "56.36");
    type(NCA, "16 pts");
    fireEvent.click(calibrateButton());
    const observed = service.calibrateCalls[0].observed.map((o) => [o.designation, o.track, o.metric, o.kind, o.value, o.unit]);
    expect(observed).toEqual(
      expect.arrayContaining([
        ["infrastructure", "single", "usage-growth", "value", 20.26, "percent"],
        ["business-applications", "smb", "total", "value", 56.36, undefined],
        ["business-applications", "smb", "net-customer-adds", "points", 16, undefined],
      ])
    );
  });
});

describe("Calibrate: the result", () => {
  async function calibrated(service = new FakeService()) {
    await openForm(service);
    type(NCA, "4");
    fireEvent.click(calibrateButton());
    expect(screen.getByText("Calibrating: scoring every combination of options…")).toBeTruthy();
    await act(async () => service.calibrateAnswer.resolve(CALIBRATION));
    return service;
  }

  test("per designation: the options that reproduce the values, with their labels", async () => {
    await calibrated();
    const bizApps = within(screen.getByRole("region", { name: "Calibration: Business Applications" }));
    expect(bizApps.getByText("Reproduced")).toBeTruthy();
    expect(bizApps.getByText("Reproduced with these options:")).toBeTruthy();
    expect(bizApps.getByText("nca-smb-500")).toBeTruthy();
    expect(bizApps.getByText(/^Net customer adds, SMB: a tenant workload counts with more than \$500/)).toBeTruthy();
    expect(bizApps.getByRole("list", { name: "Values of Business Applications" }).textContent).toBe("SMB · Net customer adds: 4 ✓");
  });

  test("none reproducing: the value that still differs and by how much, and the tenants behind it", async () => {
    await calibrated();
    const infra = within(screen.getByRole("region", { name: "Calibration: Infrastructure" }));
    expect(infra.getByText("None reproduces it")).toBeTruthy();
    expect(infra.getByText(/^None does\. Closest: 1 of 1 value still differs/)).toBeTruthy();
    expect(infra.getByRole("list", { name: "Values of Infrastructure" }).textContent).toBe("Usage growth: Partner Center 20.26%, engine 20.76% ✗ (+0.5%)");
    expect(infra.getByText("growth-ttm also applies to Data & AI, Digital & App Innovation (the same option of their rule sets).")).toBeTruthy();
    fireEvent.click(infra.getByRole("button", { name: "The tenants that explain it" }));
    const tenants = infra.getByRole("list", { name: "Tenants behind Usage growth" });
    expect(
      within(tenants)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual(["Greenfield Dairy: +2.23% → +1.01%", "Pinecrest Hotels: +2.82% → +2.04%"]);
    fireEvent.click(infra.getByRole("button", { name: "All 4 combinations tried" }));
    expect(infra.getByText(/default reading \(in force\): 21\.39%/)).toBeTruthy();
  });

  test("a failed calibration says why", async () => {
    const service = await openForm();
    type(NCA, "4");
    fireEvent.click(calibrateButton());
    await act(async () => service.calibrateAnswer.reject(new Error('The rule options saved in this workbook: unknown option "x".')));
    expect(screen.getByText("Could not calibrate")).toBeTruthy();
    expect(screen.getByText(/unknown option "x"/)).toBeTruthy();
  });

  test("Use these options saves them through the service, shows them in force, and scores again", async () => {
    const service = await calibrated();
    expect(screen.getByText("Options to score with: growth-ttm, nca-smb-500.", { exact: false })).toBeTruthy();
    service.scoreAnswer = deferred();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Use these options" })));
    expect(service.useCalls).toEqual([CALIBRATION]);
    const bar = within(screen.getByLabelText("Rule options in force"));
    expect(bar.getByText("Rule options from Calibrate")).toBeTruthy();
    expect(bar.getByText("nca-smb-500 (Business Applications)")).toBeTruthy();
    expect(bar.getByText(/^growth-ttm \(Data & AI, Infrastructure, Digital & App Innovation\)$/)).toBeTruthy();
    expect(bar.getByText(/^Net customer adds, SMB: a tenant workload counts with more than \$500/)).toBeTruthy();
    // Scored again, so the cards and the summary sheet follow the options.
    expect(service.scoreCalls).toHaveLength(2);
  });
});

describe("Rule options in force", () => {
  test("options saved in the workbook show when the pane opens; Back to the default readings clears them", async () => {
    const service = new FakeService();
    service.stored = workbookRuleOptions(CALIBRATION);
    await renderReady(undefined, service);
    expect(service.ruleOptionsCalls).toBe(1);
    const bar = within(screen.getByLabelText("Rule options in force"));
    expect(bar.getByText("nca-smb-500 (Business Applications)")).toBeTruthy();
    await act(async () => fireEvent.click(bar.getByRole("button", { name: "Back to the default readings" })));
    expect(service.clearCalls).toBe(1);
    expect(screen.queryByLabelText("Rule options in force")).toBeNull();
    // Not scored yet: nothing to score again.
    expect(service.scoreCalls).toHaveLength(0);
  });

  test("nothing saved: no bar", async () => {
    await renderReady();
    expect(screen.queryByLabelText("Rule options in force")).toBeNull();
    expect(screen.queryByText("Back to the default readings")).toBeNull();
  });

  test("saved options that cannot be used are said, and can still be cleared", async () => {
    const service = new FakeService();
    service.ruleOptionsError = new Error('The rule options saved in this workbook: unknown option "old-option".');
    renderApp(service);
    await act(async () => service.inspectAnswer.resolve((await import("./fakeService")).SUMMARY));
    expect(screen.getByText("Saved rule options not used")).toBeTruthy();
    expect(screen.getByText(/unknown option "old-option"/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Back to the default readings" })));
    expect(service.clearCalls).toBe(1);
    expect(screen.queryByText("Saved rule options not used")).toBeNull();
  });
});

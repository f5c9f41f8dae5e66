/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeService, TODAY, installBrowserStubs, renderScored } from "./fakeService";

beforeAll(installBrowserStubs);
// Fluent's forms are large DOMs for jsdom; role queries over them take seconds on a slow machine.
// The forms are typed into key by key (userEvent): a full run on 2 cores under load took over 30 s for one test.
jest.setTimeout(60_000);

const NET_ADDS = "modern-work/smb/net-customer-adds";
const GROWTH = "modern-work/smb/usage-growth/CPOR";

async function openSimulator(service = new FakeService()) {
  await renderScored(undefined, service);
  fireEvent.click(screen.getByRole("tab", { name: "Simulator" }));
  await screen.findByRole("heading", { name: "Score simulator" });
  return service;
}

/** Designations' recommendations are collapsed: open Modern Work's. */
const modernWorkHeader = () => screen.getByRole("button", { name: /^Solutions Partner for Modern Work/ });
async function openRecommendations(service = new FakeService()) {
  await openSimulator(service);
  fireEvent.click(modernWorkHeader());
  return service;
}

const group = (track: string) => within(screen.getByRole("group", { name: `Solutions Partner for Modern Work ${track} track recommendations` }));
const box = (track: string, text: string) => group(track).getByRole("checkbox", { name: text }) as HTMLInputElement;
const viewResult = () => screen.getByRole("button", { name: "View result" });

async function showResult() {
  await act(async () => fireEvent.click(viewResult()));
  return screen.findByLabelText("Simulated result", { selector: "section" });
}

describe("Simulator: Recommendations", () => {
  test("lists every gap per designation (collapsed) and track, the track that counts first and marked", async () => {
    await openSimulator();
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(modernWorkHeader().getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(modernWorkHeader());
    const section = screen.getByLabelText("Solutions Partner for Modern Work recommendations", { selector: "section" });
    const groups = within(section).getAllByRole("group");
    expect(groups.map((g) => g.getAttribute("aria-label"))).toEqual([
      "Solutions Partner for Modern Work SMB track recommendations",
      "Solutions Partner for Modern Work Enterprise track recommendations",
    ]);
    expect(within(groups[0]).getByText("Counts")).toBeTruthy();
    expect(within(groups[1]).queryByText("Counts")).toBeNull();
    expect(group("SMB").getAllByRole("checkbox")).toHaveLength(2);
    expect(group("Enterprise").getAllByRole("checkbox")).toHaveLength(5);
    expect(viewResult()).toHaveProperty("disabled", true); // nothing ticked yet
  });

  test("tick two recommendations, View result: the scenario carries both ids and the new total shows, change in green", async () => {
    const service = await openRecommendations();
    fireEvent.click(box("SMB", "5 more net customer adds: +10 points"));
    fireEvent.click(box("SMB", "100 more CPOR MAU growth: +5 points"));
    expect(box("SMB", "5 more net customer adds: +10 points").checked).toBe(true);
    // The header counts the ticks, so a collapsed designation still shows them.
    expect(modernWorkHeader().textContent).toBe("Solutions Partner for Modern Work, 2 ticked");
    expect(screen.getByLabelText("Scenario contents").textContent).toBe(
      "This scenario: 2 recommendations, no customers, no certifications, no tenants left out."
    );

    const result = within(await showResult());
    expect(service.simulateCalls).toEqual([
      { request: { today: TODAY }, scenario: { name: "Scenario", customers: [], certifications: [], exclude: [], recommendations: [NET_ADDS, GROWTH] } },
    ]);
    // The result comes into view with focus on its heading, not left on <body> below the fold.
    expect(document.activeElement).toBe(result.getByRole("heading", { name: "Simulated result" }));
    // SMB: 85 + 10 (net adds 10 → 20) + 5 (usage growth 25 → 30) = 100.
    expect(result.getByLabelText("Solutions Partner for Modern Work simulated total").textContent).toBe("100 / 100");
    expect(result.getByText("Current: 85 / 100, Qualified.")).toBeTruthy();
    expect(result.getByLabelText("Solutions Partner for Modern Work SMB track simulated total").textContent).toBe("100 / 100");
    // A table per metric, a row per association type, each cell one thing: value before → after with its unit, points, ▲/▼.
    const cells = (metric: string, i = 0) =>
      [
        ...result
          .getByRole("table", { name: `Solutions Partner for Modern Work SMB track: ${metric} simulated` })
          .querySelectorAll("tbody tr")
          [i].querySelectorAll("td"),
      ].map((td) => td.textContent);
    expect(cells("Net customer adds")).toEqual(["5 customers → 10 customersof 10 customers (+5 customers)", "10 → 20 pts", "▲ +10"]);
    expect(cells("Intermediate certifications")).toEqual(["4 peopleof 4 people", "10 pts", ""]);
    expect(cells("Usage growth")).toEqual(["CPOR500 growth → 600 growthof 600 growth (+100 growth)", "25 → 30 pts", "▲ +5"]);
    expect(result.getByRole("img", { name: "up 5 pts" }).textContent).toBe("▲ +5");
    // Categories with their points: Performance 10 → 20, Customer success 50 → 55.
    expect(result.getByRole("group", { name: "Performance: 10 → 20 of 20 pts" })).toBeTruthy();
    expect(result.getByRole("group", { name: "Skilling: 25 of 25 pts" })).toBeTruthy();
    expect(result.getByRole("group", { name: "Customer success: 50 → 55 of 55 pts" })).toBeTruthy();
    // The designation's change, green: 100 − 85 = 15.
    const delta = result.getAllByText("▲ +15")[0];
    expect(delta.getAttribute("data-delta")).toBe("up");
    // What was applied is noted.
    expect(result.getByRole("list", { name: "Simulation notes" }).textContent).toContain(
      "Solutions Partner for Modern Work SMB: 5 more net customer adds: +10 points"
    );
  });

  test("a recommendation on the other track of a best-of designation shows that track's change while the total stays", async () => {
    await openRecommendations();
    fireEvent.click(box("Enterprise", "3 more CPOR deployments: +15 points"));
    const result = within(await showResult());
    // Enterprise: 42.5 + 15 = 57.5; SMB still counts at 85.
    expect(result.getByLabelText("Solutions Partner for Modern Work Enterprise track simulated total").textContent).toBe("57.5 / 100");
    expect(result.getByLabelText("Solutions Partner for Modern Work simulated total").textContent).toBe("85 / 100");
    expect(result.getByLabelText("Solutions Partner for Modern Work SMB track simulated total").textContent).toBe("85 / 100");
    // The track that did not move is one line, without its table.
    expect(result.getByText("(no change)")).toBeTruthy();
    expect(result.queryByRole("table", { name: "Solutions Partner for Modern Work SMB track: Deployments simulated" })).toBeNull();
    const rows = result.getByRole("table", { name: "Solutions Partner for Modern Work Enterprise track: Deployments simulated" }).querySelectorAll("tbody tr");
    expect([...rows[0].querySelectorAll("td")].map((td) => td.textContent)).toEqual([
      "CPOR2 deployments → 5 deploymentsof 5 deployments (+3 deployments)",
      "10 → 25 pts",
      "▲ +15",
    ]);
  });

  test("unticking removes the id; an error from the service shows in an error bar", async () => {
    const service = await openRecommendations();
    fireEvent.click(box("SMB", "5 more net customer adds: +10 points"));
    fireEvent.click(box("SMB", "100 more CPOR MAU growth: +5 points"));
    fireEvent.click(box("SMB", "5 more net customer adds: +10 points"));
    service.simulateError = new Error('No recommendation "x".');
    await act(async () => fireEvent.click(viewResult()));
    expect(service.simulateCalls[0].scenario.recommendations).toEqual([GROWTH]);
    expect((await screen.findByText("Could not simulate")).closest(".fui-MessageBar")?.textContent).toContain('No recommendation "x".');
  });
});

describe("Simulator: Custom selection", () => {
  /** The forms are folded: open the ones a test uses. */
  const openForm = (name: string) => fireEvent.click(screen.getByRole("button", { name }));
  async function openCustom(...forms: string[]) {
    const service = await openSimulator();
    fireEvent.click(screen.getByRole("radio", { name: "Custom selection" }));
    await screen.findByRole("button", { name: "Add a customer" });
    for (const f of forms) openForm(f);
    return service;
  }
  const form = () => within(screen.getByLabelText("Add a customer", { selector: "section" }));
  const text = (name: string) => form().getByLabelText(name) as HTMLInputElement;
  const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

  async function chooseAssociation(value: string) {
    fireEvent.click(form().getByRole("combobox", { name: "Partner association type" }));
    fireEvent.click(await screen.findByRole("option", { name: value }));
  }

  test("the forms are folded until opened, one heading each; the scenario's items stay in view", async () => {
    await openCustom();
    for (const name of ["Add a customer", "Add a certification", "Leave out a tenant"]) {
      expect(screen.getByRole("button", { name }).getAttribute("aria-expanded")).toBe("false");
      expect(screen.queryByLabelText(name, { selector: "section" })).toBeNull();
    }
    expect(screen.getByText("Nothing added yet.")).toBeTruthy();
    openForm("Add a certification");
    expect(screen.getByRole("button", { name: "Add a certification" }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByLabelText("Add a certification", { selector: "section" })).toBeTruthy();
    expect(screen.queryByLabelText("Add a customer", { selector: "section" })).toBeNull();
  });

  test("add an M365 customer: irrelevant fields greyed, the list shows it, View result sends it", async () => {
    const service = await openCustom("Add a customer");
    await chooseAssociation("CSP Tier 1");
    // Before a workload is chosen no amount applies.
    expect(text("Monthly active users").disabled).toBe(true);
    type(form().getByRole("combobox", { name: "Workload or Azure service" }), "Exchange");
    expect(form().getByText("M365 workload")).toBeTruthy();
    expect(text("TTM revenue (USD)").disabled).toBe(true);
    expect(text("Monthly active users").disabled).toBe(false);
    expect(text("Monthly protected users").disabled).toBe(false);
    expect(text("Paid units (seats)").disabled).toBe(false);
    type(text("Monthly active users"), "120");
    type(text("Paid units (seats)"), "1,200");
    fireEvent.click(form().getByRole("button", { name: "Add customer" }));

    const items = screen.getByRole("list", { name: "Scenario items" });
    expect(items.textContent).toContain("New customer 1: CSP Tier 1, Exchange, 120 monthly active users, 1,200 paid units; new customer, new deployment");
    // The form is ready for the next one: amounts and workload cleared, the association kept.
    expect(text("Monthly active users").value).toBe("");
    expect((form().getByRole("combobox", { name: "Partner association type" }) as HTMLElement).textContent).toBe("CSP Tier 1");

    await showResult();
    expect(service.simulateCalls[0].scenario).toEqual({
      name: "Scenario",
      customers: [
        {
          name: "New customer 1",
          association: "CSP Tier 1",
          workload: "Exchange",
          export: "m365",
          monthlyActiveUsers: 120,
          paidUnits: 1200,
          customer: "new",
          deployment: "new",
        },
      ],
      certifications: [],
      exclude: [],
      recommendations: [],
    });
    expect(screen.getByRole("list", { name: "Simulation notes" }).textContent).toContain("New customer 1: added to the exports' rows.");
    expect(screen.getByText("The scenario changes no score.")).toBeTruthy();
  });

  test("inline messages: required fields, numbers, an Azure service typed freely, a new customer's existing deployment", async () => {
    const service = await openCustom("Add a customer");
    fireEvent.click(form().getByRole("button", { name: "Add customer" }));
    expect(form().getByText("Choose the partner association type.")).toBeTruthy();
    expect(form().getByText("Choose a workload, or type an Azure service.")).toBeTruthy();

    await chooseAssociation("CPOR");
    type(form().getByRole("combobox", { name: "Workload or Azure service" }), "Azure Cosmos DB");
    expect(form().getByText("Not on the lists: taken as an Azure service")).toBeTruthy();
    expect(text("Monthly active users").disabled).toBe(true);
    expect(text("TTM revenue (USD)").disabled).toBe(false);
    expect(form().getByText("An Azure service needs its TTM revenue (USD).")).toBeTruthy();
    type(text("TTM revenue (USD)"), "12k");
    expect(form().getByText('The TTM revenue in USD must be a number of 0 or more, not "12k".')).toBeTruthy();
    expect(form().getByRole("button", { name: "Add customer" })).toHaveProperty("disabled", true);
    type(text("TTM revenue (USD)"), "12,000");
    expect(form().getByRole("button", { name: "Add customer" })).toHaveProperty("disabled", false);
    fireEvent.click(within(form().getByRole("radiogroup", { name: "Deployment type" })).getByRole("radio", { name: "Existing" }));
    expect(form().getByText("A new customer has no existing deployment: choose a new deployment, or make the customer existing.")).toBeTruthy();
    fireEvent.click(within(form().getByRole("radiogroup", { name: "Customer type" })).getByRole("radio", { name: "Existing" }));
    fireEvent.click(form().getByRole("button", { name: "Add customer" }));

    await showResult();
    // Free text: no `export`, so the engine takes it as an Azure service and says so.
    expect(service.simulateCalls[0].scenario.customers).toEqual([
      { name: "New customer 1", association: "CPOR", workload: "Azure Cosmos DB", ttmRevenue: 12000, customer: "existing", deployment: "existing" },
    ]);
  });

  test("an M365 workload needs paid units; counts must be whole numbers, said as they are typed", async () => {
    await openCustom("Add a customer");
    await chooseAssociation("PAL");
    type(form().getByRole("combobox", { name: "Workload or Azure service" }), "Teams");
    type(text("Monthly active users"), "12.5");
    // Said at once, before Add, and Add waits; what is missing is said only when Add is pressed.
    expect(form().getByText("The number of monthly active users must be a whole number of 0 or more, not 12.5.")).toBeTruthy();
    expect(form().queryByText("Enter the number of paid units (seats).")).toBeNull();
    expect(form().getByRole("button", { name: "Add customer" })).toHaveProperty("disabled", true);
    type(text("Monthly active users"), "12");
    fireEvent.click(form().getByRole("button", { name: "Add customer" }));
    expect(form().getByText("Enter the number of paid units (seats).")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Scenario items" })).toBeNull();
  });

  test("certifications and left-out tenants: added, listed, removed, and sent", async () => {
    const service = await openCustom("Add a certification", "Leave out a tenant");
    const certs = within(screen.getByLabelText("Add a certification", { selector: "section" }));
    type(certs.getByRole("combobox", { name: "Certification name" }), "MS-102");
    expect(certs.getByText("Advanced, counts for Modern Work.")).toBeTruthy();
    // A count that is not one is said as it is typed, never rounded, and Add waits.
    for (const typed of ["x", "-2", "1.6", "0"]) {
      type(certs.getByRole("textbox", { name: "Certified people" }), typed);
      expect(certs.getByText(new RegExp(`^The number of people must be a whole number of 1 or more, not "?${typed.replace(".", "\\.")}"?\\.$`))).toBeTruthy();
      expect(certs.getByRole("button", { name: "Add certification" })).toHaveProperty("disabled", true);
    }
    type(certs.getByRole("textbox", { name: "Certified people" }), "3");
    fireEvent.click(certs.getByRole("button", { name: "Add certification" }));

    const leave = within(screen.getByLabelText("Leave out a tenant", { selector: "section" }));
    const tenant = () => leave.getByRole("combobox", { name: "Tenant name or id" });
    fireEvent.click(leave.getByRole("button", { name: "Leave out" }));
    expect(leave.getByText("Choose a tenant from the list, or type its name or id.")).toBeTruthy();
    type(tenant(), "Contoso");
    fireEvent.click(leave.getByRole("button", { name: "Leave out" }));
    type(tenant(), "Fabrikam");
    fireEvent.click(leave.getByRole("button", { name: "Leave out" }));
    type(tenant(), "contoso");
    fireEvent.click(leave.getByRole("button", { name: "Leave out" }));
    expect(leave.getByText("Contoso is already left out.")).toBeTruthy();

    const items = screen.getByRole("list", { name: "Scenario items" });
    // The catalogue's own spelling of the alias typed.
    expect(items.textContent).toContain("3 people with Microsoft 365 Certified: Administrator Expert");
    expect(items.textContent).toContain("Leave out Contoso");
    fireEvent.click(within(items).getByRole("button", { name: "Remove left-out tenant Fabrikam" }));
    expect(items.textContent).not.toContain("Fabrikam");

    await showResult();
    expect(service.simulateCalls[0].scenario).toMatchObject({
      certifications: [{ name: "Microsoft 365 Certified: Administrator Expert", people: 3 }],
      exclude: ["Contoso"],
      customers: [],
    });
    expect(screen.getByRole("list", { name: "Simulation notes" }).textContent).toContain("Left out: Contoso.");
  });

  test("the tenant picker offers the exports' tenants, narrows as typed, and refuses a name that is none of them", async () => {
    const service = await openCustom("Leave out a tenant");
    const leave = within(screen.getByLabelText("Leave out a tenant", { selector: "section" }));
    const tenant = leave.getByRole("combobox", { name: "Tenant name or id" });
    expect(leave.getByText("3 tenants in your exports. What if one leaves?")).toBeTruthy();
    fireEvent.click(tenant);
    expect((await screen.findAllByRole("option")).map((o) => o.textContent)).toEqual([
      "Contoso (a1b2c3d4…)",
      "Fabrikam (a1b2c3d4…)",
      "Northwind Traders (a1b2c3d4…)",
    ]);
    type(tenant, "north");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Northwind Traders (a1b2c3d4…)"]);
    // A name that is no tenant: said at once, and Leave out waits.
    type(tenant, "Northwind");
    expect(leave.getByText('No tenant "Northwind" in the exports: choose one from the list.')).toBeTruthy();
    expect(leave.getByRole("button", { name: "Leave out" })).toHaveProperty("disabled", true);
    fireEvent.click(screen.getByRole("option", { name: "Northwind Traders (a1b2c3d4…)" }));
    expect((tenant as HTMLInputElement).value).toBe("Northwind Traders");
    expect(leave.getByRole("button", { name: "Leave out" })).toHaveProperty("disabled", false);
    fireEvent.click(leave.getByRole("button", { name: "Leave out" }));
    // By id works too: the exports' spelling of the name is what is sent.
    type(tenant, "A1B2C3D4-0000-4000-8000-000000000002");
    fireEvent.click(leave.getByRole("button", { name: "Leave out" }));
    expect(screen.getByRole("list", { name: "Scenario items" }).textContent).toContain("Leave out Northwind Traders");
    await showResult();
    expect(service.simulateCalls[0].scenario.exclude).toEqual(["Northwind Traders", "Fabrikam"]);
  });

  test("Reset empties the scenario and the result", async () => {
    await openCustom("Leave out a tenant");
    const leave = within(screen.getByLabelText("Leave out a tenant", { selector: "section" }));
    fireEvent.change(leave.getByRole("combobox", { name: "Tenant name or id" }), { target: { value: "Contoso" } });
    fireEvent.click(leave.getByRole("button", { name: "Leave out" }));
    await showResult();
    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(screen.queryByLabelText("Simulated result", { selector: "section" })).toBeNull();
    expect(screen.getByText("Nothing added yet.")).toBeTruthy();
    expect(viewResult()).toHaveProperty("disabled", true);
  });
});

describe("Simulator: saved scenarios", () => {
  test("save a scenario under a name, reset, reopen it from the list: the ticks come back", async () => {
    const service = await openRecommendations();
    expect(service.savedListCalls).toBe(1);
    fireEvent.click(box("SMB", "5 more net customer adds: +10 points"));
    fireEvent.click(box("Enterprise", "2 more advanced certified people: +15 points"));

    fireEvent.click(screen.getByRole("button", { name: "Save scenario" }));
    expect(screen.getByText("Name the scenario to save it.")).toBeTruthy();
    expect(service.saveCalls).toHaveLength(0);

    fireEvent.change(screen.getByRole("textbox", { name: "Scenario name" }), { target: { value: "Two ticks" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save scenario" })));
    expect(service.saveCalls).toEqual([
      {
        request: { today: TODAY },
        scenario: {
          name: "Two ticks",
          customers: [],
          certifications: [],
          exclude: [],
          recommendations: [NET_ADDS, "modern-work/enterprise/advanced-certifications"],
        },
      },
    ]);
    expect(await screen.findByText('Saved "Two ticks" to sheet SPD Scenario Two ticks.')).toBeTruthy();
    expect(service.savedListCalls).toBe(2);

    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(box("SMB", "5 more net customer adds: +10 points").checked).toBe(false);
    expect((screen.getByRole("textbox", { name: "Scenario name" }) as HTMLInputElement).value).toBe("");

    fireEvent.click(screen.getByRole("combobox", { name: "Saved scenarios" }));
    fireEvent.click(await screen.findByRole("option", { name: "Two ticks (sheet SPD Scenario Two ticks)" }));
    expect(box("SMB", "5 more net customer adds: +10 points").checked).toBe(true);
    expect(box("Enterprise", "2 more advanced certified people: +15 points").checked).toBe(true);
    expect(box("SMB", "100 more CPOR MAU growth: +5 points").checked).toBe(false);
    expect((screen.getByRole("textbox", { name: "Scenario name" }) as HTMLInputElement).value).toBe("Two ticks");
    expect(screen.getByText('Opened "Two ticks" from sheet SPD Scenario Two ticks.')).toBeTruthy();
  });

  test("a saved custom scenario opens in Custom selection; ticks of closed gaps are dropped and said so", async () => {
    const service = new FakeService();
    service.saved = [
      {
        sheet: "SPD Scenario Leaver",
        scenario: {
          name: "Leaver",
          customers: [],
          certifications: [{ name: "Microsoft 365 Certified: Teams Administrator Associate", people: 2 }],
          exclude: ["Contoso"],
          recommendations: ["modern-work/smb/deployments/CSP", GROWTH],
        },
      },
    ];
    await openSimulator(service);
    fireEvent.click(screen.getByRole("combobox", { name: "Saved scenarios" }));
    fireEvent.click(await screen.findByRole("option", { name: "Leaver (sheet SPD Scenario Leaver)" }));
    expect(
      screen.getByText("1 of the saved recommendations no longer apply (their gap is closed, or the rules changed), so they are not ticked.")
    ).toBeTruthy();
    // It has custom items (and a tick): it opens where those items are listed.
    expect((screen.getByRole("radio", { name: "Custom selection" }) as HTMLInputElement).checked).toBe(true);
    const items = screen.getByRole("list", { name: "Scenario items" }).textContent;
    expect(items).toContain("2 people with Microsoft 365 Certified: Teams Administrator Associate");
    expect(items).toContain("Leave out Contoso");
    expect(screen.getByLabelText("Scenario contents").textContent).toBe("This scenario: 1 recommendation, no customers, 1 certification, 1 tenant left out.");
    await showResult();
    expect(service.simulateCalls[0].scenario.recommendations).toEqual([GROWTH]);
    expect(service.simulateCalls[0].scenario.name).toBe("Leaver");
  });

  test("before scoring, the simulator asks for a score first", async () => {
    const { renderReady } = await import("./fakeService");
    await renderReady();
    fireEvent.click(screen.getByRole("tab", { name: "Simulator" }));
    expect(screen.getByText(/Score the workbook first/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("tab", { name: "Simulator" }).getAttribute("aria-selected")).toBe("true"));
  });
});

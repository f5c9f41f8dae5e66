/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { customerLookup, explainTenants, findNearMisses, scoreDesignations, skillingEligibility } from "../../src/engine";
import type { TenantExplanations } from "../../src/taskpane/service";
import { OUTCOME, TODAY, deferred, explainedFrom, installBrowserStubs, paneLookup, renderScored } from "./fakeService";
import { azureCsv, monthly } from "../helpers/azure";
import { skillingCsv, usageCsv } from "../helpers/score";
import { readInputs } from "../helpers/input";

beforeAll(installBrowserStubs);
jest.setTimeout(30_000);

// Real engine answers on a small workbook: what the pane shows is what the engine says.
const INPUT = readInputs({
  "usage.csv": usageCsv([
    ["Contoso", "CSP Tier 1", "Exchange", "Oct-2025", 20, 40],
    ["Fabrikam", "CSP Tier 1", "Teams", "Oct-2025", 5, 40],
    ["Tiny", "CSP Tier 1", "Exchange", "Oct-2025", 4, 8],
    ["Lost", "CSP Tier 1", "Exchange", "Oct-2024", 50, 100],
  ]),
  "azure.csv": azureCsv([
    ...monthly("Northwind", "Virtual Machines", "2024-09", "2025-10", 1500),
    ...monthly("Contoso", "Virtual Machines", "2025-09", "2025-10", 900),
  ]),
  "skilling.csv": skillingCsv([
    ["Ana Silva", "Microsoft 365 Certified: Teams Administrator Associate", "2024-03-14", "2026-03-14"],
    ["Ben Carter", "Microsoft 365 Certified: Endpoint Administrator Associate", "2023-01-02", "2025-01-02"],
    ["Chloé Martin", "Microsoft 365 Certified: Messaging Administrator Associate", "2025-11-20", "2027-11-20"],
  ]),
});
const OPTIONS = { asOf: "2025-10" };
const BASE = scoreDesignations(INPUT, OPTIONS);
const SCORED = { ...OUTCOME, skilling: skillingEligibility(INPUT, BASE) };
const EFFECTS_OF_INPUT = explainTenants(INPUT, { ...OPTIONS, base: BASE });
const EXPLAINED: TenantExplanations = explainedFrom(
  EFFECTS_OF_INPUT.designations,
  findNearMisses(INPUT, { ...OPTIONS, base: BASE }).nearMisses,
  EFFECTS_OF_INPUT.tenants.length
);

const header = (name: string | RegExp) => screen.getByRole("button", { name });
const AZURE = /^Data & AI, Infrastructure, Digital & App Innovation/;

async function openCustomers(explained?: Promise<unknown>) {
  const service = await renderScored(SCORED);
  // Nothing is read until the section opens.
  expect(service.customersCalls).toEqual([]);
  fireEvent.click(header("Customer eligibility"));
  // The section's content is a chunk loaded when it is first opened; it reads the customers once shown.
  expect(await screen.findByText("Reading the customers…")).toBeTruthy();
  expect(service.customersCalls).toEqual([{ today: TODAY }]);
  await act(async () => service.customersAnswer.resolve(paneLookup(customerLookup(INPUT, OPTIONS), explained)));
  return service;
}

const search = (text: string) => fireEvent.change(screen.getByRole("searchbox"), { target: { value: text } });
const matches = () =>
  within(screen.getByRole("list", { name: "Matching customers" }))
    .getAllByRole("button")
    .map((b) => b.getAttribute("aria-label"));

describe("Customer eligibility: search", () => {
  test("matches as you type, by name or by tenant id", async () => {
    await openCustomers();
    search("conto");
    expect(matches()).toEqual(["Contoso, tenant id tid-Contoso"]);
    search("TID-NORTH");
    expect(matches()).toEqual(["Northwind, tenant id tid-Northwind"]);
    search("o");
    expect(matches()).toEqual(["Contoso, tenant id tid-Contoso", "Lost", "Northwind, tenant id tid-Northwind"]);
    search("zzz");
    expect(screen.queryByRole("list", { name: "Matching customers" })).toBeNull();
    expect(screen.getByText('No customer\'s name or id contains "zzz".')).toBeTruthy();
  });

  test("a customer picked: its heading focused; per designation and track each criterion Met / Not met with its value; Azure once", async () => {
    const explained = deferred<void>();
    await openCustomers(explained.promise);
    search("contoso");
    fireEvent.click(screen.getByRole("button", { name: "Contoso, tenant id tid-Contoso" }));
    // The criteria come from the engine (its worker in the pane): a moment later.
    expect(screen.getByRole("progressbar", { name: "Reading this customer…" })).toBeTruthy();
    const heading = await screen.findByRole("heading", { name: "Contoso", level: 3 });
    expect(document.activeElement).toBe(heading);
    const customer = within(screen.getByRole("region", { name: "Customer: Contoso" }));
    // The three Azure designations say the same of Contoso: one item, not three.
    expect(customer.getAllByRole("button", { name: /Infrastructure/ })).toHaveLength(1);
    expect(customer.getByRole("button", { name: AZURE }).textContent).toContain("counts");
    const azure = customer.getByRole("list", { name: "Data & AI, Infrastructure, Digital & App Innovation: criteria" });
    expect(azure.textContent).toContain("Tenant ACR that month: $900");
    expect(azure.textContent).toContain("Customer month (≥ $1,000 ACR): Not met");

    fireEvent.click(customer.getByRole("button", { name: /^Modern Work/ }));
    const mw = customer.getByRole("list", { name: "Modern Work: criteria" });
    expect(mw.textContent).toContain("Eligible workload: Met — Exchange");
    expect(mw.textContent).toContain("Paid units: 40");
    expect(mw.textContent).toContain("Active share (deployment at 40% or more): 50 %");
    expect(mw.textContent).toContain("Deployment: Met");
    expect(customer.getByRole("list", { name: "Modern Work SMB: criteria" }).textContent).toBe("SMB eligible: Met");
    expect(customer.getByRole("list", { name: "Modern Work Enterprise: criteria" }).textContent).toBe("Enterprise eligible: Not met");
    expect(customer.getByText("SMB track (counts): net customer adds, deployments (CSP), usage growth (CSP)")).toBeTruthy();

    // What it adds comes once the exports are scored without it; no "(x or y of z)" riddles.
    expect(customer.getAllByText("Working out what it adds…").length).toBeGreaterThan(0);
    await act(async () => explained.resolve());
    const adds = customer.getByRole("list", { name: "Modern Work: what it adds" }).textContent!;
    expect(adds).toContain("Net customer adds +1: +2 pts");
    expect(adds).not.toMatch(/\d or −?\d+ of/);
  });

  test("what it adds cannot be worked out: said in its place, not a spinner that never ends", async () => {
    const service = await renderScored(SCORED);
    fireEvent.click(header("Customer eligibility"));
    const lookup = customerLookup(INPUT, OPTIONS);
    await act(async () =>
      service.customersAnswer.resolve({
        ...paneLookup(lookup),
        explain: async () => {
          throw new Error("Unknown rule option");
        },
      })
    );
    search("contoso");
    fireEvent.click(screen.getByRole("button", { name: "Contoso, tenant id tid-Contoso" }));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const customer = within(screen.getByRole("region", { name: "Customer: Contoso" }));
    expect(customer.getAllByText("Could not work out what it adds: Unknown rule option").length).toBeGreaterThan(0);
    expect(customer.queryByText("Working out what it adds…")).toBeNull();
  });

  test("a customer below the SMB band: Not met, with the engine's reason", async () => {
    await openCustomers();
    search("tiny");
    fireEvent.click(screen.getByRole("button", { name: "Tiny" }));
    const customer = within(await screen.findByRole("region", { name: "Customer: Tiny" }));
    expect(customer.getByRole("button", { name: /^Modern Work: counts toward nothing/ })).toBeTruthy();
    expect(customer.getByRole("list", { name: "Modern Work SMB: criteria" }).textContent).toBe("SMB eligible: Not met");
    expect(customer.getByRole("list", { name: "Modern Work: criteria" }).textContent).toContain("Paid units: 8");
    expect(customer.getByRole("list", { name: "Modern Work: why rows do not count" }).textContent).toContain("11–300 paid units");
  });
});

describe("Customer eligibility: customers by effect", () => {
  test("one collapsible item per designation, the Azure designations once; ranked customers with what they add", async () => {
    const service = await openCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Explain tenants" }));
    expect(service.explainCalls).toEqual([{ today: TODAY }]);
    await act(async () => service.explainAnswer.resolve(EXPLAINED));
    const ranking = within(screen.getByRole("region", { name: "Explain tenants" }));
    expect(document.activeElement).toBe(ranking.getByRole("heading", { name: /^Explained: \d+ tenants$/ }));
    const headers = ranking.getAllByRole("button", { expanded: false }).map((b) => b.textContent);
    expect(headers).toEqual(["Data & AI, Infrastructure, Digital & App Innovation", "Modern Work", "Security"]);

    fireEvent.click(ranking.getByRole("button", { name: "Modern Work" }));
    const list = ranking.getByRole("list", { name: "Modern Work: customers by effect" });
    const first = within(list).getAllByRole("listitem")[0].textContent!;
    expect(first).toMatch(/^(Contoso|Fabrikam|Lost)/);
    expect(list.textContent).toContain("Net customer adds");
    expect(list.textContent).not.toMatch(/\d or −?\d+ of/);
    // Collapsible: closed again, its list is gone.
    fireEvent.click(ranking.getByRole("button", { name: "Modern Work" }));
    expect(ranking.queryByRole("list", { name: "Modern Work: customers by effect" })).toBeNull();

    fireEvent.click(ranking.getByRole("button", { name: AZURE }));
    const azure = ranking.getByRole("list", { name: "Data & AI, Infrastructure, Digital & App Innovation: customers by effect" });
    // Each customer once in the Azure item, not once per Azure designation.
    const names = within(azure)
      .getAllByRole("strong" as never, { hidden: true })
      .map((s) => s.textContent);
    expect(new Set(names).size).toBe(names.length);
  });

  test("each group shows as soon as it is explained, before the others", async () => {
    const service = await openCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Explain tenants" }));
    const ranking = within(screen.getByRole("region", { name: "Explain tenants" }));
    expect(ranking.getByText("Explaining tenants…")).toBeTruthy();
    // The second of three groups is done first: it shows, in its place, while the spinner says what is left.
    const security = EXPLAINED.groups.find((g) => g.name === "Security")!;
    await act(async () => service.explainOnGroup!(security, 2, 3));
    expect(ranking.getByText("Explaining tenants… 1 of 3 groups done")).toBeTruthy();
    expect(ranking.getAllByRole("button", { expanded: false }).map((b) => b.textContent)).toEqual(["Security"]);
    fireEvent.click(ranking.getByRole("button", { name: "Security" }));
    expect(ranking.getByRole("list", { name: "Security: customers by effect" })).toBeTruthy();
    // No further pages while the others are worked out.
    expect(ranking.queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();
    ranking.getByRole("button", { name: "Security" }).focus();
    await act(async () => service.explainAnswer.resolve(EXPLAINED));
    expect(ranking.queryByText(/Explaining tenants/)).toBeNull();
    expect(ranking.getByRole("heading", { name: /^Explained: \d+ tenants$/ })).toBeTruthy();
    // The group the user opened early stays open, and focus stays where the user is reading.
    expect(ranking.getByRole("list", { name: "Security: customers by effect" })).toBeTruthy();
    expect(document.activeElement).toBe(ranking.getByRole("button", { name: "Security" }));
  });

  test("while other groups are explained, a long group says how many it has; pages come when all are done", async () => {
    const service = await openCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Explain tenants" }));
    const row = (i: number) => ({ key: `t${i}`, name: `Tenant ${i}`, points: 50 - i, lines: ["Usage growth CSP +1: +0.1 pts"] });
    const group = {
      name: "Modern Work",
      ids: ["modern-work" as const],
      customers: [...Array(10).keys()].map(row),
      customerCount: 50,
      nearMisses: [],
      nearMissCount: 0,
    };
    await act(async () => service.explainOnGroup!(group, 0, 2));
    const ranking = within(screen.getByRole("region", { name: "Explain tenants" }));
    fireEvent.click(ranking.getByRole("button", { name: "Modern Work" }));
    expect(ranking.getByText("10 of 50 customers shown; more when every group is explained.")).toBeTruthy();
    expect(ranking.queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();
  });

  test("a group with many customers shows ten, then a hundred more at a time from the engine", async () => {
    const service = await openCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Explain tenants" }));
    const row = (i: number) => ({ key: `t${i}`, name: `Tenant ${i}`, points: 250 - i, lines: [`Net customer adds +1: +${250 - i} pts`] });
    const asked: number[] = [];
    const big: TenantExplanations = {
      tenants: 250,
      groups: [{ name: "Modern Work", ids: ["modern-work"], customers: [...Array(10).keys()].map(row), customerCount: 250, nearMisses: [], nearMissCount: 0 }],
      moreCustomers: async (_g, from) => {
        asked.push(from);
        return [...Array(Math.min(100, 250 - from)).keys()].map((i) => row(from + i));
      },
      moreNearMisses: async () => [],
    };
    await act(async () => service.explainAnswer.resolve(big));
    const ranking = within(screen.getByRole("region", { name: "Explain tenants" }));
    fireEvent.click(ranking.getByRole("button", { name: "Modern Work" }));
    const items = () => within(ranking.getByRole("list", { name: "Modern Work: customers by effect" })).getAllByText(/^Tenant \d+$/);
    expect(items()).toHaveLength(10);
    await act(async () => fireEvent.click(ranking.getByRole("button", { name: "Show 100 more customers (10 of 250)" })));
    expect(items()).toHaveLength(110);
    await act(async () => fireEvent.click(ranking.getByRole("button", { name: "Show 100 more customers (110 of 250)" })));
    await act(async () => fireEvent.click(ranking.getByRole("button", { name: "Show 40 more customers (210 of 250)" })));
    expect(items()).toHaveLength(250);
    expect(items()[249].textContent).toBe("Tenant 249");
    expect(asked).toEqual([10, 110, 210]);
    expect(ranking.queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();
  });

  test("a near miss says what it is short of, what crossing is worth and what it moves (a near miss worth 0 says why)", async () => {
    const service = await openCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Explain tenants" }));
    const nearMisses = [
      { key: "a", text: "A950: $50 more in Oct-2025 makes it a customer", points: 10, lines: ["Net customer adds +1: +10 pts"] },
      { key: "b", text: "Umbra: $14.60 more in Sep-2025 makes it a customer", points: 0, lines: ["Net customer adds +1: 0 pts, already at full points"] },
    ];
    await act(async () =>
      service.explainAnswer.resolve({
        tenants: 2,
        groups: [{ name: "Infrastructure", ids: ["infrastructure"], customers: [], customerCount: 0, nearMisses, nearMissCount: 2 }],
        moreCustomers: async () => [],
        moreNearMisses: async () => [],
      })
    );
    const ranking = within(screen.getByRole("region", { name: "Explain tenants" }));
    fireEvent.click(ranking.getByRole("button", { name: "Infrastructure" }));
    const items = within(ranking.getByRole("list", { name: "Infrastructure: near misses" }))
      .getAllByRole("listitem")
      .filter((li) => li.parentElement?.getAttribute("aria-label") === "Infrastructure: near misses")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "A950: $50 more in Oct-2025 makes it a customer▲ +10Net customer adds +1: +10 pts",
      "Umbra: $14.60 more in Sep-2025 makes it a customerNet customer adds +1: 0 pts, already at full points",
    ]);
  });

  test("an error from explain shows in an error bar", async () => {
    const service = await openCustomers();
    fireEvent.click(screen.getByRole("button", { name: "Explain tenants" }));
    await act(async () => service.explainAnswer.reject(new Error("Too many tenants.")));
    expect(screen.getByText("Could not explain the tenants").closest(".fui-MessageBar")?.textContent).toContain("Too many tenants.");
  });
});

describe("Skilling eligibility", () => {
  test("per designation and step: who counts, with which certification, until when; expired and not yet valid apart", async () => {
    await renderScored(SCORED);
    fireEvent.click(header("Skilling eligibility"));
    // The section's content is a chunk loaded when it is first opened.
    fireEvent.click(await screen.findByRole("button", { name: "Modern Work: 1 person in Oct-2025" }));
    expect(screen.getByRole("list", { name: "Modern Work Intermediate: who counts" }).textContent).toBe(
      "Ana Silva: Microsoft 365 Certified: Teams Administrator Associate, until Mar-2026"
    );
    expect(screen.getByRole("list", { name: "Modern Work Intermediate: expired" }).textContent).toBe(
      "Ben Carter: Microsoft 365 Certified: Endpoint Administrator Associate, expired Jan-2025"
    );
    expect(screen.getByRole("list", { name: "Modern Work Intermediate: not yet valid" }).textContent).toBe(
      "Chloé Martin: Microsoft 365 Certified: Messaging Administrator Associate, completed Nov-2025"
    );
    expect(screen.getByText("Advanced: 0 people count")).toBeTruthy();
  });

  test("without a skilling export the section says which export to add", async () => {
    await renderScored({ ...OUTCOME, skilling: { hasExport: false, designations: [] } });
    fireEvent.click(header("Skilling eligibility"));
    expect(await screen.findByText(/No skilling export in this workbook/)).toBeTruthy();
  });
});

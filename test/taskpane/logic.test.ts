/** The task pane's pure helpers: what is typed, how the lists are grouped, what is sent. No DOM. */
import { parseAmount } from "../../src/taskpane/logic/amounts";
import { certificationFromDraft, certificationHint } from "../../src/taskpane/logic/certificationDraft";
import { EMPTY_CUSTOMER, customerFromDraft, nextCustomerName, relevantFields, workloadExport } from "../../src/taskpane/logic/customerDraft";
import { excludeFromDraft } from "../../src/taskpane/logic/excludeDraft";
import { metricColumns, qualifiedMonthsText } from "../../src/taskpane/logic/historyColumns";
import { groupRecommendations } from "../../src/taskpane/logic/recommendationGroups";
import { reopenScenario } from "../../src/taskpane/logic/savedScenario";
import { certificationText, customerText, isEmptyScenario, scenarioSummary } from "../../src/taskpane/logic/scenarioText";
import { isChanged, splitChanges } from "../../src/taskpane/logic/simulationView";
import { localIsoDate } from "../../src/taskpane/logic/today";
import { weightOf, withWeight } from "../../src/taskpane/logic/weights";
import { matchingNames, workloadGroups } from "../../src/taskpane/logic/workloadOptions";
import { compareReports } from "../../src/engine";
import { CATALOGUE, MW_HISTORY, OUTCOME, REPORT, SMB, TENANTS } from "./fakeService";

describe("parseAmount", () => {
  const rule = { what: "TTM revenue in USD", min: 0 };
  test("reads separators and spaces; empty is 'not given' unless required", () => {
    expect(parseAmount(" 1,200.5 ", rule)).toEqual({ ok: true, value: 1200.5 });
    expect(parseAmount("1 200", rule)).toEqual({ ok: true, value: 1200 });
    expect(parseAmount("", rule)).toEqual({ ok: true, value: undefined });
    expect(parseAmount("", { ...rule, required: true })).toEqual({ ok: false, error: "Enter the TTM revenue in USD." });
  });
  test("says what to type instead of text, negatives and fractions where whole numbers are needed", () => {
    expect(parseAmount("12k", rule)).toEqual({ ok: false, error: 'The TTM revenue in USD must be a number of 0 or more, not "12k".' });
    expect(parseAmount("-5", rule)).toEqual({ ok: false, error: "The TTM revenue in USD must be a number of 0 or more, not -5." });
    expect(parseAmount("2.5", { what: "number of people", min: 1, integer: true })).toEqual({
      ok: false,
      error: "The number of people must be a whole number of 1 or more, not 2.5.",
    });
    expect(parseAmount("Infinity", rule).ok).toBe(false);
    expect(parseAmount("0x10", rule).ok).toBe(false);
  });
});

describe("customer draft", () => {
  test("the export follows the lists (any case and spacing); other text is an Azure service", () => {
    expect(workloadExport("exchange", CATALOGUE)).toEqual({ kind: "m365", listed: true });
    expect(workloadExport("Dynamics 365  Sales", CATALOGUE)).toEqual({ kind: "bizapps", listed: true });
    expect(workloadExport("Azure Defender", CATALOGUE)).toEqual({ kind: "azure", listed: true });
    expect(workloadExport("Azure Cosmos DB", CATALOGUE)).toEqual({ kind: "azure", listed: false });
    expect(workloadExport("  ", CATALOGUE)).toBeNull();
  });

  test("the amounts each export reads; none before a workload is chosen", () => {
    expect(relevantFields({ ...EMPTY_CUSTOMER, workload: "Teams" }, CATALOGUE)).toEqual(["monthlyActiveUsers", "monthlyProtectedUsers", "paidUnits"]);
    expect(relevantFields({ ...EMPTY_CUSTOMER, workload: "Azure Sentinel" }, CATALOGUE)).toEqual(["ttmRevenue"]);
    expect(relevantFields({ ...EMPTY_CUSTOMER, workload: "Dynamics 365 Sales" }, CATALOGUE)).toEqual(["ttmRevenue", "monthlyActiveUsers"]);
    expect(relevantFields(EMPTY_CUSTOMER, CATALOGUE)).toEqual([]);
  });

  test("amounts a workload does not read are left out even when typed", () => {
    const draft = { ...EMPTY_CUSTOMER, association: "CSP Tier 2", workload: "Azure Defender", ttmRevenue: "24000", monthlyActiveUsers: "50" };
    expect(customerFromDraft(draft, "New customer 1", CATALOGUE)).toEqual({
      customer: {
        name: "New customer 1",
        association: "CSP Tier 2",
        workload: "Azure Defender",
        export: "azure",
        ttmRevenue: 24000,
        customer: "new",
        deployment: "new",
      },
      errors: {},
    });
  });

  test("Business Applications needs revenue, users or both", () => {
    const draft = { ...EMPTY_CUSTOMER, association: "PAL", workload: "Dynamics 365 Sales" };
    expect(customerFromDraft(draft, "c", CATALOGUE).errors).toEqual({
      ttmRevenue: "A Business Applications workload needs its TTM revenue (USD), its monthly active users, or both.",
    });
    expect(customerFromDraft({ ...draft, monthlyActiveUsers: "40" }, "c", CATALOGUE).customer).toMatchObject({ monthlyActiveUsers: 40, export: "bizapps" });
  });

  test("names: the first number not taken", () => {
    expect(nextCustomerName([])).toBe("New customer 1");
    expect(nextCustomerName([{ name: "New customer 2" }])).toBe("New customer 3");
    expect(nextCustomerName([{ name: "New customer 1" }, { name: "New customer 3" }])).toBe("New customer 4");
  });
});

describe("certification draft", () => {
  test("an alias becomes the catalogue's name; the hint names the level and designations", () => {
    expect(certificationFromDraft({ name: "sc-200", people: "2" }, CATALOGUE.certifications)).toEqual({
      certification: { name: "Microsoft Certified: Security Operations Analyst Associate", people: 2 },
      errors: {},
    });
    expect(certificationHint("SC-200", CATALOGUE.certifications)).toBe("Intermediate, counts for Security.");
    expect(certificationHint("AZ-900", CATALOGUE.certifications)).toBe("Not on any designation's certification list: it would add no points.");
    expect(certificationHint("", CATALOGUE.certifications)).toBeUndefined();
  });
  test("a name is needed and people are whole numbers of 1 or more", () => {
    expect(certificationFromDraft({ name: "", people: "" }, []).errors).toEqual({ name: "Choose a certification.", people: "Enter the number of people." });
  });
  test("a name on no list is kept as typed (the simulator notes it adds nothing)", () => {
    expect(certificationFromDraft({ name: " AZ-900 ", people: "1" }, CATALOGUE.certifications).certification).toEqual({ name: "AZ-900", people: 1 });
  });
});

test("excludeFromDraft: trims, refuses empty, unknown tenants and duplicates in any case (more in excludeDraft.test.ts)", () => {
  expect(excludeFromDraft("  Contoso ", [], TENANTS)).toEqual({ tenant: "Contoso" });
  expect(excludeFromDraft(" ", [], TENANTS)).toEqual({ tenant: null, error: "Choose a tenant from the list, or type its name or id." });
  expect(excludeFromDraft("Contso", [], TENANTS)).toEqual({ tenant: null, error: 'No tenant "Contso" in the exports: choose one from the list.' });
  expect(excludeFromDraft("CONTOSO", ["Contoso"], TENANTS)).toEqual({ tenant: null, error: "Contoso is already left out." });
});

test("groupRecommendations: per designation, the counting track first", () => {
  const groups = groupRecommendations(OUTCOME.recommendations);
  expect(groups.map((g) => g.designation)).toEqual(["modern-work"]);
  // The report lists Enterprise first; SMB counts, so it comes first.
  expect(groups[0].tracks.map((t) => [t.label, t.counting, t.items.length])).toEqual([
    ["SMB", true, 2],
    ["Enterprise", false, 5],
  ]);
});

test("weights: the default shows when not edited; a weight back at its default is dropped", () => {
  expect(weightOf(undefined, "deployment")).toBe(5);
  expect(weightOf({ deployment: { weight: 7 } }, "deployment")).toBe(7);
  expect(withWeight(undefined, "deployment", 8)).toEqual({ deployment: 8 });
  expect(withWeight({ deployment: 8, mau: 2 }, "deployment", 5)).toEqual({ mau: 2 });
  expect(withWeight({ deployment: 8 }, "deployment", 5)).toBeUndefined();
});

test("scenario texts", () => {
  expect(customerText({ name: "New customer 1", association: "CPOR", workload: "Azure SQL", ttmRevenue: 12000, customer: "existing", deployment: "new" })).toBe(
    "New customer 1: CPOR, Azure SQL, $12,000 TTM revenue; existing customer, new deployment"
  );
  expect(customerText({ name: "c", association: "PAL", workload: "Teams", monthlyActiveUsers: 1, paidUnits: 1, customer: "new", deployment: "new" })).toBe(
    "c: PAL, Teams, 1 monthly active user, 1 paid unit; new customer, new deployment"
  );
  expect(certificationText({ name: "MS-102", people: 1 })).toBe("1 person with MS-102");
  const empty = { recommendations: [], customers: [], certifications: [], exclude: [] };
  expect(scenarioSummary(empty)).toBe("no recommendations, no customers, no certifications, no tenants left out");
  expect(isEmptyScenario(empty)).toBe(true);
  expect(scenarioSummary({ ...empty, exclude: ["a", "b"], recommendations: ["x"] })).toBe(
    "1 recommendation, no customers, no certifications, 2 tenants left out"
  );
});

test("reopenScenario drops ticks the current score no longer offers", () => {
  const saved = { name: "s", customers: [], certifications: [], exclude: ["Contoso"], recommendations: ["modern-work/smb/net-customer-adds", "gone/smb/x"] };
  expect(reopenScenario(saved, OUTCOME.recommendations)).toEqual({
    scenario: { ...saved, recommendations: ["modern-work/smb/net-customer-adds"] },
    dropped: 1,
  });
});

test("simulation view: a designation is shown in full when anything moved", () => {
  expect(splitChanges(compareReports(REPORT, REPORT))).toEqual({ changed: [], unchanged: compareReports(REPORT, REPORT) });
  // One more MAU of growth on SMB: value moves, points too (full precision).
  const growth = { ...SMB.metrics[3], value: { CPOR: 501 }, points: 25.05 };
  const moved = {
    ...REPORT,
    designations: [
      { ...REPORT.designations[0], tracks: [REPORT.designations[0].tracks[0], { ...SMB, metrics: SMB.metrics.map((m, i) => (i === 3 ? growth : m)) }] },
    ],
  };
  expect(isChanged(compareReports(REPORT, moved)[0])).toBe(true);
});

test("history columns and the window line", () => {
  expect(metricColumns(MW_HISTORY).map((c) => c.label)).toEqual([
    "Net customer adds",
    "Intermediate certifications",
    "Advanced certifications",
    "Usage growth",
    "Deployments",
  ]);
  // Without a renewal status, the months shown that qualified: never called a window (the renewal status's window is the one).
  expect(qualifiedMonthsText(MW_HISTORY)).toBe("Qualified in Sep-2025, Oct-2025");
  expect(qualifiedMonthsText({ ...MW_HISTORY, qualifiedInWindow: false, qualifiedMonths: [] })).toBe("Not Qualified in any month shown");
});

test("pickers narrow to what contains the typed text, and show everything for an exact choice", () => {
  expect(workloadGroups(CATALOGUE, "").map((g) => g.options.length)).toEqual([4, 2, 1]);
  expect(workloadGroups(CATALOGUE, "defender")).toEqual([
    { label: "M365 workloads", options: ["Microsoft Defender for Office 365"] },
    { label: "Azure services", options: ["Azure Defender"] },
  ]);
  expect(workloadGroups(CATALOGUE, "exchange").map((g) => g.options.length)).toEqual([4, 2, 1]);
  expect(matchingNames(["Alpha", "Beta"], "et")).toEqual(["Beta"]);
});

test("localIsoDate: the computer's local calendar date", () => {
  expect(localIsoDate(new Date(2026, 10, 21, 23, 59))).toBe("2026-11-21");
  expect(localIsoDate(new Date(2026, 0, 5, 0, 0))).toBe("2026-01-05");
});

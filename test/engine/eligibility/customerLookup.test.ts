import { customerLookup, type Criterion, type DesignationEligibility } from "../../../src/engine";
import { splitCountsToward } from "../../../src/engine/eligibility/criteria";
import { azureCsv, monthly } from "../../helpers/azure";
import { usageCsv } from "../../helpers/score";
import { readInputs } from "../../helpers/input";

// Oct-2025 against Oct-2024 (2023 rules): SMB counts 11–300 paid units under CPOR or CSP; a deployment is 40 % of them active.
const input = readInputs({
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
});
const lookup = customerLookup(input, { asOf: "2025-10" });

const of = (name: string, designation: string): DesignationEligibility => {
  const key = lookup.search(name).tenants[0].key;
  const d = lookup.eligibility(key)!.designations.find((x) => x.designation === designation);
  if (!d) throw new Error(`no ${designation} for ${name}`);
  return d;
};
const criterion = (list: readonly Criterion[], label: string) => {
  const c = list.find((x) => x.label === label);
  if (!c) throw new Error(`no criterion ${label} in ${list.map((x) => x.label).join(", ")}`);
  return c;
};
const track = (d: DesignationEligibility, id: string) => d.tracks.find((t) => t.track === id)!;

describe("customerLookup: search", () => {
  test("finds a customer by any part of its name or id, case and spaces ignored; names and ids starting with the text first", () => {
    expect(lookup.search("CONTO").tenants.map((t) => t.name)).toEqual(["Contoso"]);
    expect(lookup.search("tid-north").tenants.map((t) => t.key)).toEqual(["tid-Northwind"]);
    // "o" starts no name but is in Contoso and Northwind (and Lost): every customer containing it, by name.
    expect(lookup.search("o").tenants.map((t) => t.name)).toEqual(["Contoso", "Lost", "Northwind"]);
    expect(lookup.search("o", 2)).toMatchObject({ total: 3, tenants: [{ name: "Contoso" }, { name: "Lost" }] });
    expect(lookup.search("   ").total).toBe(0);
    expect(lookup.search("zzz").total).toBe(0);
    expect(lookup.eligibility("no such tenant")).toBeNull();
  });

  test("one customer across exports: the M365 name and the Azure id are one tenant", () => {
    const contoso = lookup.search("contoso").tenants[0];
    expect(contoso).toMatchObject({ key: "tid-Contoso", name: "Contoso" });
    expect([...contoso.exports].sort()).toEqual(["azure", "usage"]);
    expect(lookup.eligibility(contoso.key)!.designations.map((d) => d.designation)).toEqual(
      expect.arrayContaining(["modern-work", "infrastructure", "data-ai", "digital-app-innovation"])
    );
  });
});

describe("customerLookup: criteria per designation and track", () => {
  test("Modern Work: a deployed SMB customer meets the workload, deployment and SMB band; not the Enterprise band", () => {
    const d = of("Contoso", "modern-work");
    expect(d.asOf).toBe("2025-10");
    expect(criterion(d.criteria, "Eligible workload")).toMatchObject({ met: true, values: [{ item: "", value: "Exchange" }] });
    expect(criterion(d.criteria, "Association")).toMatchObject({ met: null, values: [{ value: "CSP" }] });
    expect(criterion(d.criteria, "Paid units")).toMatchObject({ met: null, values: [{ value: 40 }] });
    expect(criterion(d.criteria, "Active share (deployment at 40% or more)").values).toEqual([{ item: "", value: 0.5 }]);
    expect(criterion(d.criteria, "Deployment").met).toBe(true);
    expect(track(d, "smb")).toMatchObject({ counting: true, countsToward: ["net customer adds", "deployments (CSP)", "usage growth (CSP)"] });
    expect(criterion(track(d, "smb").criteria, "SMB eligible").met).toBe(true);
    expect(criterion(track(d, "enterprise").criteria, "Enterprise eligible").met).toBe(false);
    expect(track(d, "enterprise").countsToward).toEqual([]);
  });

  test("Modern Work: under the deployment share it is Not met, and the customer still counts as a customer", () => {
    const d = of("Fabrikam", "modern-work");
    expect(criterion(d.criteria, "Deployment").met).toBe(false);
    expect(criterion(d.criteria, "Active share (deployment at 40% or more)").values[0].value).toBe(0.125);
    expect(track(d, "smb").countsToward).toEqual(["net customer adds", "usage growth (CSP)"]);
  });

  test("Modern Work: 8 paid units is below the SMB band: Not met, counted toward nothing, and the reason given", () => {
    const d = of("Tiny", "modern-work");
    expect(criterion(d.criteria, "Paid units").values[0].value).toBe(8);
    expect(criterion(track(d, "smb").criteria, "SMB eligible").met).toBe(false);
    expect(d.tracks.flatMap((t) => t.countsToward)).toEqual([]);
    expect(d.reasons).toEqual(["Modern Work SMB: the tenant has no eligible workload with 11–300 paid units under CPOR or CSP in Oct-2025."]);
  });

  test("Azure: the ACR that month and the $1,000 threshold months, Met or Not met", () => {
    const north = of("Northwind", "infrastructure");
    expect(criterion(north.criteria, "Tenant ACR that month").values).toEqual([{ item: "", value: 1500 }]);
    expect(criterion(north.criteria, "Customer month (≥ $1,000 ACR)").met).toBe(true);
    expect(criterion(north.criteria, "Customer (≥ $1,000 ACR two months running)").met).toBe(true);
    const contoso = of("Contoso", "infrastructure");
    expect(criterion(contoso.criteria, "Tenant ACR that month").values[0].value).toBe(900);
    expect(criterion(contoso.criteria, "Customer month (≥ $1,000 ACR)").met).toBe(false);
    // The three Azure designations say the same of it (the pane shows them once).
    const { designation: _a, name: _b, ...infra } = contoso;
    const { designation: _c, name: _d, ...dataAi } = of("Contoso", "data-ai");
    expect(dataAi).toEqual(infra);
  });

  test("a customer with rows only a year ago: no rows in the as-of month, what it counted toward named with its month", () => {
    const d = of("Lost", "modern-work");
    expect(d).toMatchObject({ rows: 1, rowsInMonth: 0, criteria: [] });
    expect(track(d, "smb").countsToward.some((m) => m.includes("baseline Oct-2024"))).toBe(true);
  });

  test("what the customer adds, and its near misses, for that customer only", () => {
    const { effects, nearMisses } = lookup.explain("tid-Contoso");
    expect(effects?.tenant.name).toBe("Contoso");
    const mw = effects!.designations.find((e) => e.designation === "modern-work")!;
    expect(mw.tracks.find((t) => t.track === "smb")!.metrics.find((m) => m.metric === "net-customer-adds")?.units).toBe(1);
    expect(nearMisses.every((m) => m.tenant.key === "tid-Contoso")).toBe(true);
    expect(lookup.explain("nobody")).toEqual({ effects: null, nearMisses: [] });
  });
});

test("counts-toward texts split on top-level commas only", () => {
  expect(splitCountsToward("Modern Work SMB: net customer adds (CSP, baseline Oct-2024), usage growth (CSP)")).toEqual({
    head: "Modern Work SMB",
    metrics: ["net customer adds (CSP, baseline Oct-2024)", "usage growth (CSP)"],
  });
});

import { InputCollector, readCsvText } from "../../../src/engine";
import { simulate } from "../../../src/engine/simulate/simulate";
import { EMPTY_SCENARIO, ScenarioError, type HypotheticalCustomer, type Scenario } from "../../../src/engine/simulate/scenario";
import { usageCsv, skillingCsv, type UsageRow } from "../../helpers/score";
import { samplesInput } from "./samplesInput";

// One SMB tenant (CSP, 20 Exchange seats): deployed in both years (10/20 and 15/20 ≥ 40 %), +5 MAU.
const ROWS: UsageRow[] = [
  ["Fabrikam", "CSP Tier1", "Exchange", "Oct-2024", 10, 20],
  ["Fabrikam", "CSP Tier1", "Exchange", "Oct-2025", 15, 20],
];

function input(rows: UsageRow[] = ROWS, skilling?: string) {
  const collector = new InputCollector();
  readCsvText(collector, "usage.csv", usageCsv(rows));
  if (skilling) readCsvText(collector, "skilling.csv", skilling);
  return collector.result();
}

const scenario = (over: Partial<Scenario>): Scenario => ({ ...EMPTY_SCENARIO, ...over });
const customer = (over: Partial<HypotheticalCustomer>): HypotheticalCustomer => ({
  name: "New customer 1",
  association: "CSP Tier 1",
  workload: "Exchange",
  monthlyActiveUsers: 30,
  paidUnits: 50,
  customer: "new",
  deployment: "new",
  ...over,
});

const smb = (r: ReturnType<typeof simulate>, side: "current" | "simulated") =>
  r[side].designations.find((d) => d.id === "modern-work")!.tracks.find((t) => t.id === "smb")!;
const metric = (track: ReturnType<typeof smb>, id: string) => track.metrics.find((m) => m.id === id)!;

describe("simulate: hypothetical customers", () => {
  it("a new CSP customer adds a net customer add, its users as growth, and a deployment", () => {
    const r = simulate(input(), { designations: ["modern-work"] }, scenario({ customers: [customer({})] }));
    const before = smb(r, "current");
    const after = smb(r, "simulated");
    // 2023 SMB: net customer adds 0 → 1 of 10 (2 of 20 points); CSP MAU growth 5 → 35 of 2,000
    // (35 × 30 / 2,000 = 0.525 points); CSP deployments 0 → 1 of 10 (30/50 = 60 % ≥ 40 %: 2.5 of 25 points).
    expect(metric(before, "net-customer-adds").points).toBe(0);
    expect(metric(after, "net-customer-adds").value).toBe(1);
    expect(metric(after, "net-customer-adds").points).toBe(2);
    expect(metric(after, "usage-growth").value).toEqual({ CPOR: 0, CSP: 35 });
    expect(metric(after, "usage-growth").points).toBeCloseTo(0.525, 9);
    expect(metric(after, "deployments").value).toEqual({ CPOR: 0, CSP: 1 });
    expect(metric(after, "deployments").points).toBe(2.5);
    const change = r.changes.find((c) => c.id === "modern-work")!.tracks.find((t) => t.id === "smb")!;
    expect(change.delta).toBeCloseTo(2 + 0.45 + 2.5, 9);
  });

  it("an existing customer with an existing deployment adds only its users", () => {
    const r = simulate(input(), { designations: ["modern-work"] }, scenario({ customers: [customer({ customer: "existing", deployment: "existing" })] }));
    const after = smb(r, "simulated");
    // A year ago it had 50 seats and 20 users (40 %, deployed); now 50 users: no add, no new deployment, +30 MAU.
    expect(metric(after, "net-customer-adds").value).toBe(0);
    expect(metric(after, "deployments").value).toEqual({ CPOR: 0, CSP: 0 });
    expect(metric(after, "usage-growth").value).toEqual({ CPOR: 0, CSP: 35 });
  });

  it("an existing customer with a new deployment adds a deployment but no customer", () => {
    const r = simulate(input(), { designations: ["modern-work"] }, scenario({ customers: [customer({ customer: "existing" })] }));
    const after = smb(r, "simulated");
    expect(metric(after, "net-customer-adds").value).toBe(0);
    expect(metric(after, "deployments").value).toEqual({ CPOR: 0, CSP: 1 });
  });

  it("never changes the input it was given", () => {
    const data = input();
    const rows = data.usage.records.length;
    const tenants = data.usage.tenants.length;
    simulate(data, {}, scenario({ customers: [customer({})], certifications: [{ name: "Teams Administrator Associate", people: 2 }], exclude: ["Fabrikam"] }));
    expect(data.usage.records.length).toBe(rows);
    expect(data.usage.tenants.length).toBe(tenants);
    expect(data.skilling).toBeNull();
  });

  it("rejects what it cannot simulate, naming the customer and the field", () => {
    expect(() => simulate(input(), {}, scenario({ customers: [customer({ paidUnits: undefined })] }))).toThrow(
      "New customer 1: Exchange is an M365 workload; give its paid units (seats)."
    );
    expect(() => simulate(input(), {}, scenario({ customers: [customer({ deployment: "existing" })] }))).toThrow(ScenarioError);
    expect(() => simulate(input(), {}, scenario({ customers: [customer({ monthlyActiveUsers: -3 })] }))).toThrow(
      "monthly active users must be a number of 0 or more"
    );
    expect(() => simulate(input(), {}, scenario({ certifications: [{ name: "x", people: 1.5 }] }))).toThrow("whole number of 1 or more");
  });
});

describe("simulate: certifications and leaving customers out", () => {
  it("hypothetical certified people count like rows of the skilling export", () => {
    const r = simulate(input(), { designations: ["modern-work"] }, scenario({ certifications: [{ name: "Teams Administrator Associate", people: 2 }] }));
    // 2023 SMB intermediate: 2 people of 2 → 10 points.
    expect(metric(smb(r, "simulated"), "intermediate-certifications").points).toBe(10);
    expect(r.notes).toEqual([]);
  });

  it("adds to typed counts instead when the user typed them", () => {
    const r = simulate(
      input(),
      { designations: ["modern-work"], intermediate: 1 },
      scenario({ certifications: [{ name: "Teams Administrator Associate", people: 1 }] })
    );
    expect(metric(smb(r, "current"), "intermediate-certifications").value).toBe(1);
    expect(metric(smb(r, "simulated"), "intermediate-certifications").value).toBe(2);
  });

  it("a certification on no list is named in the notes", () => {
    const r = simulate(
      input(undefined, skillingCsv([["Ana", "Teams Administrator Associate"]])),
      { designations: ["modern-work"] },
      scenario({ certifications: [{ name: "Cooking Basics", people: 1 }] })
    );
    expect(r.notes).toContain("Cooking Basics: not on any designation's certification list, so it adds no points.");
  });

  it("what if a customer leaves: its rows are left out of every metric", () => {
    const rows: UsageRow[] = [...ROWS, ["Tailspin", "CPOR", "Teams", "Oct-2024", 5, 40], ["Tailspin", "CPOR", "Teams", "Oct-2025", 25, 40]];
    const r = simulate(input(rows), { designations: ["modern-work"] }, scenario({ exclude: ["fabrikam", "Nobody Ltd"] }));
    // Without Fabrikam the CSP growth goes 5 → 0 MAU; Tailspin's CPOR +20 stays.
    expect(metric(smb(r, "current"), "usage-growth").value).toEqual({ CPOR: 20, CSP: 5 });
    expect(metric(smb(r, "simulated"), "usage-growth").value).toEqual({ CPOR: 20, CSP: 0 });
    expect(r.notes).toContain("Left out: fabrikam.");
    expect(r.notes.join(" ")).toContain("Nobody Ltd");
  });
});

describe("simulate: recommendations on the samples", () => {
  const data = samplesInput();

  it("ticking two recommendations adds both gaps' points", () => {
    const r = simulate(
      data,
      {},
      scenario({ recommendations: ["modern-work/enterprise/deployments/CPOR", "security/single/intermediate-certifications/step-2"] })
    );
    const mw = r.changes.find((c) => c.id === "modern-work")!;
    // Enterprise: 5 more CPOR deployments take deployments 12.5 → 25 (+12.5): 37.83 → 50.33; SMB unchanged.
    expect(mw.tracks.find((t) => t.id === "enterprise")!.delta).toBeCloseTo(12.5, 9);
    expect(mw.tracks.find((t) => t.id === "smb")!.delta).toBe(0);
    const security = r.changes.find((c) => c.id === "security")!;
    // One more Step 2 person unlocks Step 3's 3 people: +20 (16.92 → 36.92).
    expect(security.delta).toBeCloseTo(20, 9);
    expect(security.after.status).toBe("InProgress");
    expect(r.applied.map((a) => a.units)).toEqual([5, 1]);
  });

  it("an unknown recommendation id is an error that lists the known ones", () => {
    expect(() => simulate(data, {}, scenario({ recommendations: ["modern-work/smb/nothing"] }))).toThrow(
      /No recommendation "modern-work\/smb\/nothing". Known: .*modern-work\/smb\/net-customer-adds/
    );
  });

  it("a new Azure customer: a net customer add and growth for every Azure designation", () => {
    const r = simulate(
      data,
      {},
      scenario({
        customers: [customer({ workload: "Azure SQL Database", association: "PAL", ttmRevenue: 120_000, monthlyActiveUsers: undefined, paidUnits: undefined })],
      })
    );
    const infra = r.simulated.designations.find((d) => d.id === "infrastructure")!;
    const before = r.current.designations.find((d) => d.id === "infrastructure")!;
    const nca = (d: typeof infra) => d.tracks[0].metrics.find((m) => m.id === "net-customer-adds")!.value;
    expect(nca(infra)).toBe((nca(before) as number) + 1);
    expect(r.notes[0]).toContain("taken as an Azure service");
  });
});

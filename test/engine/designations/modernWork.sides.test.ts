import { metric, score, skillingCsv, type UsageRow } from "../../helpers/score";
import type { MetricResult, MetricSides } from "../../../src/engine/model/results";

// As of Oct-2025 (2023 rules, trailing 12 months): the baseline is Oct-2024.
const M = "Oct-2025";
const P = "Oct-2024";

/**
 * A small export where each side is known by hand.
 * Enterprise (CPOR, DPOR; more than 300 paid units):
 *   Contoso   CPOR Exchange      200/400 then (deployed, 50 %), 350/400 now (deployed)
 *   Adatum    CPOR SharePoint    100/500 then (20 %),          300/500 now (deployed, 60 %)
 *   Northwind CPOR Intune         50/400 then (12.5 %),         gone now
 *   Relecloud CPOR Teams Phone    new:                          120/310 now (38.7 %, not deployed)
 *   Fabrikam  DPOR Teams          new:                          500/1000 now (deployed)
 * SMB (CPOR, CSP; 11–300 paid units):
 *   Tailspin  CSP Tier 1 Exchange  20/50 then (exactly 40 %: deployed), 45/50 now (deployed)
 *   Litware   CSP Tier 2 Teams     new:                         10/30 now (33 %)
 *   Wingtip   CPOR Exchange        new:                          0/100 now (a customer with no active users)
 * Proseware's PAL rows count for nothing.
 */
const rows: UsageRow[] = [
  ["Contoso", "CPOR", "Exchange", P, 200, 400],
  ["Contoso", "CPOR", "Exchange", M, 350, 400],
  ["Adatum", "CPOR", "SharePoint", P, 100, 500],
  ["Adatum", "CPOR", "SharePoint", M, 300, 500],
  ["Northwind", "CPOR", "Intune", P, 50, 400],
  ["Relecloud", "CPOR", "Teams Phone", M, 120, 310],
  ["Fabrikam", "DPOR", "Teams", M, 500, 1000],
  ["Tailspin", "CSP Tier 1", "Exchange", P, 20, 50],
  ["Tailspin", "CSP Tier 1", "Exchange", M, 45, 50],
  ["Litware", "CSP Tier 2", "Teams", M, 10, 30],
  ["Wingtip", "CPOR", "Exchange", M, 0, 100],
  ["Proseware", "PAL", "Exchange", M, 100, 500],
];

const both = (measure: string, now: [number, string[]], baseline: [number, string[]]): MetricSides => ({
  measure,
  change: "difference",
  now: { month: "2025-10", value: now[0], tenants: now[1] },
  baseline: { month: "2024-10", value: baseline[0], tenants: baseline[1] },
});

/** Every side pair agrees with the metric's value: value = now − baseline, per key. */
function agrees(m: MetricResult): void {
  const values: Record<string, number> = typeof m.value === "number" ? { "": m.value } : m.value;
  expect(Object.keys(m.sides!).sort()).toEqual(Object.keys(values).sort());
  for (const [key, s] of Object.entries(m.sides!)) expect(s.now.value - s.baseline.value).toBe(values[key]);
}

describe("Modern Work: the two sides of every number", () => {
  const r = score(rows, { asOf: "2025-10" });

  test("Enterprise net customer adds: 4 customers now, 3 a year ago", () => {
    const m = metric(r, "enterprise", "net-customer-adds");
    expect(m.value).toBe(1);
    expect(m.sides).toEqual({ "": both("customers", [4, ["Adatum", "Contoso", "Fabrikam", "Relecloud"]], [3, ["Adatum", "Contoso", "Northwind"]]) });
  });

  test("SMB net customer adds: a customer with no active users still counts; PAL rows do not", () => {
    const m = metric(r, "smb", "net-customer-adds");
    expect(m.value).toBe(2);
    expect(m.sides).toEqual({ "": both("customers", [3, ["Litware", "Tailspin", "Wingtip"]], [1, ["Tailspin"]]) });
  });

  test("Enterprise usage growth per association: MAU 770 vs 350 (CPOR), 500 vs 0 (DPOR)", () => {
    const m = metric(r, "enterprise", "usage-growth");
    expect(m.value).toEqual({ CPOR: 420, DPOR: 500 });
    expect(m.sides).toEqual({
      CPOR: both("MAU", [770, ["Adatum", "Contoso", "Relecloud"]], [350, ["Adatum", "Contoso", "Northwind"]]),
      DPOR: both("MAU", [500, ["Fabrikam"]], [0, []]),
    });
  });

  test("SMB usage growth: a tenant adding no MAU is not behind either side", () => {
    const m = metric(r, "smb", "usage-growth");
    expect(m.value).toEqual({ CPOR: 0, CSP: 35 });
    expect(m.sides).toEqual({
      CPOR: both("MAU", [0, []], [0, []]),
      CSP: both("MAU", [55, ["Litware", "Tailspin"]], [20, ["Tailspin"]]),
    });
  });

  test("deployments per association: services at 40 % or more of paid units, now and a year ago", () => {
    expect(metric(r, "enterprise", "deployments").value).toEqual({ CPOR: 1, DPOR: 1 });
    expect(metric(r, "enterprise", "deployments").sides).toEqual({
      CPOR: both("deployments", [2, ["Adatum", "Contoso"]], [1, ["Contoso"]]),
      DPOR: both("deployments", [1, ["Fabrikam"]], [0, []]),
    });
    expect(metric(r, "smb", "deployments").value).toEqual({ CPOR: 0, CSP: 0 });
    expect(metric(r, "smb", "deployments").sides).toEqual({
      CPOR: both("deployments", [0, []], [0, []]),
      CSP: both("deployments", [1, ["Tailspin"]], [1, ["Tailspin"]]),
    });
  });

  test("every usage metric's sides agree with its value; certification metrics have none; differences carry no note", () => {
    for (const track of ["enterprise", "smb"] as const) {
      for (const id of ["net-customer-adds", "usage-growth", "deployments"]) {
        const m = metric(r, track, id);
        agrees(m);
        for (const s of Object.values(m.sides!)) expect(s.note).toBeUndefined();
      }
      const withCerts = score(rows, { asOf: "2025-10" }, skillingCsv([["Ana", "Microsoft 365 Fundamentals"]]));
      expect(metric(withCerts, track, "intermediate-certifications").sides).toBeUndefined();
      expect(metric(withCerts, track, "advanced-certifications").sides).toBeUndefined();
    }
  });

  test("a tenant with services under two associations is behind each association's side once", () => {
    const two = score(
      [
        ["Contoso", "CPOR", "Exchange", M, 350, 400],
        ["Contoso", "DPOR", "Teams", M, 100, 400],
        ["Contoso", "CPOR", "Teams", M, 200, 400],
      ],
      { asOf: "2025-10" }
    );
    expect(metric(two, "enterprise", "net-customer-adds").sides![""].now).toEqual({ month: "2025-10", value: 1, tenants: ["Contoso"] });
    expect(metric(two, "enterprise", "usage-growth").sides).toEqual({
      CPOR: both("MAU", [550, ["Contoso"]], [0, []]),
      DPOR: both("MAU", [100, ["Contoso"]], [0, []]),
    });
    expect(metric(two, "enterprise", "deployments").sides!.CPOR.now).toEqual({ month: "2025-10", value: 2, tenants: ["Contoso"] });
  });
});

describe("Modern Work sides list tenant names sorted, once each, however many tenants the export has", () => {
  // 40 SMB tenants under CSP; two Enterprise tenants under DPOR, Zeta's rows first.
  const fillers: UsageRow[] = Array.from(
    { length: 40 },
    (_, i) => [`Filler ${String(40 - i).padStart(2, "0")}`, "CSP Tier 1", "Exchange", M, 5, 20] as UsageRow
  );
  const r = score([["Zeta", "DPOR", "Teams", M, 400, 1000], ["Zeta", "DPOR", "Exchange", M, 100, 1000], ["alpha", "DPOR", "Teams", M, 500, 1000], ...fillers], {
    asOf: "2025-10",
  });

  test("a few tenants of many", () => {
    expect(metric(r, "enterprise", "usage-growth").sides!.DPOR.now).toEqual({ month: "2025-10", value: 1000, tenants: ["alpha", "Zeta"] });
  });

  test("most tenants of many", () => {
    const now = metric(r, "smb", "net-customer-adds").sides![""].now;
    expect(now.value).toBe(40);
    expect(now.tenants).toEqual(fillers.map((f) => f[0]).sort((a, b) => a.localeCompare(b)));
    expect(now.tenants[0]).toBe("Filler 01");
  });
});

describe("Modern Work sides with a claim inside the trailing year", () => {
  // Alpine was claimed in Apr-2025: its growth and deployments count from Apr-2025 (250 MAU, deployed),
  // so the baseline side holds Apr-2025's MAU, not Oct-2024's; its month stays the trailing month.
  const r = score(
    [
      ["Alpine", "CPOR", "Exchange", P, 100, 400, ""],
      ["Alpine", "CPOR", "Exchange", "Apr-2025", 250, 400, ""],
      ["Alpine", "CPOR", "Exchange", M, 300, 400, "2025-04-10"],
    ],
    { asOf: "2025-10" }
  );

  test("usage growth: 300 now against 250 at the claim", () => {
    const m = metric(r, "enterprise", "usage-growth");
    expect(m.value).toEqual({ CPOR: 50, DPOR: 0 });
    expect(m.sides!.CPOR).toEqual(both("MAU", [300, ["Alpine"]], [250, ["Alpine"]]));
  });

  test("deployments: deployed at the claim, so 1 now against 1", () => {
    expect(metric(r, "enterprise", "deployments").sides!.CPOR).toEqual(both("deployments", [1, ["Alpine"]], [1, ["Alpine"]]));
  });

  test("net customer adds ignore the claim: a customer on both sides", () => {
    expect(metric(r, "enterprise", "net-customer-adds").sides).toEqual({ "": both("customers", [1, ["Alpine"]], [1, ["Alpine"]]) });
  });

  test("a claim after the as-of month: the service counts on neither side of growth", () => {
    const later = score(
      [
        ["Alpine", "CPOR", "Exchange", P, 100, 400, ""],
        ["Alpine", "CPOR", "Exchange", M, 300, 400, "2025-12-01"],
      ],
      { asOf: "2025-10" }
    );
    expect(metric(later, "enterprise", "usage-growth").sides!.CPOR).toEqual(both("MAU", [0, []], [0, []]));
    expect(metric(later, "enterprise", "net-customer-adds").sides![""].now.tenants).toEqual(["Alpine"]);
  });
});

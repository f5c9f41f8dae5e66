import * as spd from "../../src/functions/spdFunctions";
import { SpdArgumentError } from "../../src/functions/spdFunctions";

/** Expect `f` to throw an SpdArgumentError whose message matches `message`. */
function expectArgError(f: () => unknown, message: RegExp | string) {
  let caught: unknown;
  try {
    f();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SpdArgumentError);
  expect((caught as Error).name).toBe("SpdArgumentError");
  if (typeof message === "string") expect((caught as Error).message).toBe(message);
  else expect((caught as Error).message).toMatch(message);
}

describe("SPD.POINTS", () => {
  test("a 2-D range maps cell by cell, linear and capped (smb deployments, CSP target 10, 25 points)", () => {
    expect(
      spd.points(
        "smb",
        "deployments",
        [
          [0, 3],
          [10, 12],
        ],
        "CSP"
      )
    ).toEqual([
      [0, 7.5],
      [25, 25],
    ]);
  });

  test("a scalar is a 1×1 matrix", () => {
    expect(spd.points("smb", "deployments", [[5]], "CSP")).toEqual([[12.5]]);
    expect(spd.points("enterprise", "net-customer-adds", [[2]])).toEqual([[8]]); // 2/5 × 20
  });

  test("a column and a row keep their shape", () => {
    expect(spd.points("enterprise", "net-customer-adds", [[0], [1], [5], [6]])).toEqual([[0], [4], [20], [20]]);
    expect(spd.points("smb", "net-customer-adds", [[0, 5, 10, 11]])).toEqual([[0, 10, 20, 20]]);
  });

  test("every metric's target and maximum, both tracks", () => {
    // net customer adds: 20 points at 5 (enterprise) / 10 (smb)
    expect(spd.points("enterprise", "net-customer-adds", [[5, 2.5]])).toEqual([[20, 10]]);
    expect(spd.points("smb", "net-customer-adds", [[10, 5]])).toEqual([[20, 10]]);
    // intermediate certifications: 10 points at 4 / 2
    expect(spd.points("enterprise", "intermediate-certifications", [[1, 4]])).toEqual([[2.5, 10]]);
    expect(spd.points("smb", "intermediate-certifications", [[1, 2]])).toEqual([[5, 10]]);
    // advanced certifications: 15 points at 2 / 1
    expect(spd.points("enterprise", "advanced-certifications", [[1, 2]])).toEqual([[7.5, 15]]);
    expect(spd.points("smb", "advanced-certifications", [[1, 2]])).toEqual([[15, 15]]);
    // usage growth: 30 points at CPOR 1000 / DPOR 4000 (enterprise), CPOR 500 / CSP 2000 (smb)
    expect(spd.points("enterprise", "usage-growth", [[250, 1000]], "CPOR")).toEqual([[7.5, 30]]);
    expect(spd.points("enterprise", "usage-growth", [[1000, 4000]], "DPOR")).toEqual([[7.5, 30]]);
    expect(spd.points("smb", "usage-growth", [[250, 500]], "CPOR")).toEqual([[15, 30]]);
    expect(spd.points("smb", "usage-growth", [[500, 2000]], "CSP")).toEqual([[7.5, 30]]);
    // deployments: 25 points at CPOR 5 / DPOR 10 (enterprise), CPOR 5 / CSP 10 (smb)
    expect(spd.points("enterprise", "deployments", [[1, 5]], "CPOR")).toEqual([[5, 25]]);
    expect(spd.points("enterprise", "deployments", [[4, 10]], "DPOR")).toEqual([[10, 25]]);
    expect(spd.points("smb", "deployments", [[1, 5]], "CPOR")).toEqual([[5, 25]]);
  });

  test("negative values earn 0, not negative points", () => {
    expect(spd.points("smb", "usage-growth", [[-300]], "CSP")).toEqual([[0]]);
    expect(spd.points("enterprise", "net-customer-adds", [[-2]])).toEqual([[0]]);
  });

  test("full precision, no rounding: 1/3 of smb net customer adds", () => {
    const [[p]] = spd.points("enterprise", "net-customer-adds", [[1 / 3]]);
    expect(p).toBeCloseTo(4 / 3, 12);
    expect(spd.points("smb", "deployments", [[1]], "CSP")[0][0]).toBe(2.5);
  });

  test("numbers typed as text are read as numbers", () => {
    expect(spd.points("smb", "deployments", [["3", " 10 "]], "CSP")).toEqual([[7.5, 25]]);
  });

  test("readable track and metric names, any case and punctuation", () => {
    expect(spd.points("SMB", "Deployments", [[3]], "CSP")).toEqual([[7.5]]);
    expect(spd.points("Enterprise", "Net customer adds", [[1]])).toEqual([[4]]);
    expect(spd.points("ENTERPRISE", "net_customer_adds", [[1]])).toEqual([[4]]);
    expect(spd.points("smb", "Intermediate certifications", [[1]])).toEqual([[5]]);
    expect(spd.points("smb", "Advanced Certifications", [[1]])).toEqual([[15]]);
    expect(spd.points("smb", "Usage growth", [[250]], "CPOR")).toEqual([[15]]);
    // short forms
    expect(spd.points("smb", "NCA", [[5]])).toEqual([[10]]);
    expect(spd.points("smb", "intermediate", [[1]])).toEqual([[5]]);
    expect(spd.points("smb", "advanced", [[1]])).toEqual([[15]]);
    expect(spd.points("smb", "growth", [[250]], "CPOR")).toEqual([[15]]);
    expect(spd.points("smb", "deployment", [[5]], "CPOR")).toEqual([[25]]);
  });

  test("association spellings: CSP tiers mean CSP, DAP means DPOR, case does not matter", () => {
    expect(spd.points("smb", "deployments", [[3]], "CSP Tier 1")).toEqual([[7.5]]);
    expect(spd.points("smb", "deployments", [[3]], "CSP Tier-2")).toEqual([[7.5]]);
    expect(spd.points("smb", "deployments", [[3]], "csp")).toEqual([[7.5]]);
    expect(spd.points("enterprise", "deployments", [[4]], "DAP")).toEqual([[10]]);
    expect(spd.points("enterprise", "deployments", [[4]], "dpor")).toEqual([[10]]);
    expect(spd.points("enterprise", "deployments", [[4]], " cpor ")).toEqual([[20]]);
  });

  test("a single-target metric ignores an association", () => {
    expect(spd.points("smb", "net-customer-adds", [[5]], "CSP")).toEqual([[10]]);
  });
});

describe("SPD.TARGET", () => {
  test.each([
    ["enterprise", "net-customer-adds", undefined, 5],
    ["smb", "net-customer-adds", undefined, 10],
    ["enterprise", "intermediate-certifications", undefined, 4],
    ["smb", "intermediate-certifications", undefined, 2],
    ["enterprise", "advanced-certifications", undefined, 2],
    ["smb", "advanced-certifications", undefined, 1],
    ["enterprise", "usage-growth", "CPOR", 1000],
    ["enterprise", "usage-growth", "DPOR", 4000],
    ["smb", "usage-growth", "CPOR", 500],
    ["smb", "usage-growth", "CSP", 2000],
    ["enterprise", "deployments", "CPOR", 5],
    ["enterprise", "deployments", "DPOR", 10],
    ["smb", "deployments", "CPOR", 5],
    ["smb", "deployments", "CSP", 10],
    ["SMB", "Deployments", "CSP Tier 1", 10],
    ["Enterprise", "Usage growth", "DAP", 4000],
  ])("TARGET(%s, %s, %s) = %d", (track, metric, association, expected) => {
    expect(spd.target(track, metric, association)).toBe(expected);
  });
});

describe("SPD.NEEDED", () => {
  test("units still needed for full points", () => {
    expect(spd.needed("smb", "deployments", [[6]], "CSP")).toEqual([[4]]);
    expect(spd.needed("smb", "deployments", [[6]], "CPOR")).toEqual([[0]]);
    expect(spd.needed("enterprise", "net-customer-adds", [[0, 1, 5]])).toEqual([[5, 4, 0]]);
    expect(spd.needed("enterprise", "usage-growth", [[1500]], "DPOR")).toEqual([[2500]]);
  });

  test("at or beyond the target needs 0, never a negative number", () => {
    expect(spd.needed("smb", "deployments", [[10], [12]], "CSP")).toEqual([[0], [0]]);
    expect(spd.needed("smb", "advanced-certifications", [[7]])).toEqual([[0]]);
  });

  test("fractions round up to whole units; a negative value needs more than the target", () => {
    expect(spd.needed("smb", "usage-growth", [[1999.5]], "CSP")).toEqual([[1]]);
    expect(spd.needed("enterprise", "net-customer-adds", [[4.2]])).toEqual([[1]]);
    expect(spd.needed("enterprise", "net-customer-adds", [[-2]])).toEqual([[7]]);
  });
});

describe("SPD.ELIGIBLE", () => {
  test("SMB: 11 to 300 paid units", () => {
    expect(spd.eligible([[10, 11, 300, 301]], "smb")).toEqual([[false, true, true, false]]);
    expect(spd.eligible([[0]], "SMB")).toEqual([[false]]);
  });

  test("Enterprise: more than 300 paid units", () => {
    expect(spd.eligible([[10], [11], [300], [301], [50000]], "enterprise")).toEqual([[false], [false], [false], [true], [true]]);
  });

  test("a 2-D range keeps its shape", () => {
    expect(
      spd.eligible(
        [
          [5, 150],
          [300, 1000],
        ],
        "smb"
      )
    ).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});

describe("SPD.DEPLOYED", () => {
  test("MAU / PAU at least 40 %", () => {
    expect(spd.deployed([[40]], [[100]])).toEqual([[true]]);
    expect(spd.deployed([[100]], [[100]])).toEqual([[true]]);
    expect(spd.deployed([[39]], [[100]])).toEqual([[false]]);
    expect(spd.deployed([[2]], [[5]])).toEqual([[true]]);
    expect(spd.deployed([[120]], [[100]])).toEqual([[true]]);
  });

  test("no paid units is never a deployment", () => {
    expect(spd.deployed([[5], [0]], [[0], [0]])).toEqual([[false], [false]]);
  });

  test("ranges pair up cell by cell", () => {
    expect(
      spd.deployed(
        [
          [40, 39],
          [0, 12],
        ],
        [
          [100, 100],
          [0, 30],
        ]
      )
    ).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  test("exactly 40 % counts for every PAU that is a multiple of 5 up to 1000 (no float slip)", () => {
    for (let pau = 5; pau <= 1000; pau += 5) expect(spd.deployed([[(pau * 2) / 5]], [[pau]])).toEqual([[true]]);
  });
});

describe("SPD.STATUS", () => {
  test("Qualified: at least 70 and every metric above 0", () => {
    expect(spd.status([[20, 10, 15, 30, 25]])).toBe("Qualified");
    expect(spd.status([[20], [10], [15], [15], [10]])).toBe("Qualified"); // exactly 70
  });

  test("Partial: at least 70 with a metric at 0", () => {
    expect(spd.status([[20, 10, 15, 30, 0]])).toBe("Partial");
  });

  test("In progress: above 0 but under 70", () => {
    expect(spd.status([[20, 10, 15, 14.99, 10]])).toBe("In progress");
    expect(spd.status([[0, 0, 0, 0, 0.5]])).toBe("In progress");
  });

  test("Not started: all 0", () => {
    expect(spd.status([[0, 0, 0, 0, 0]])).toBe("Not started");
  });

  test("blank cells are ignored", () => {
    expect(spd.status([[20, "", 10, null, 15, 30, 25]])).toBe("Qualified");
  });
});

describe("SPD.SIMULATE", () => {
  // The samples' Modern Work SMB track (2023 rules): 8 of 10 adds (16), 3 of 2 intermediate (10), 1 of 1
  // advanced (15), CSP MAU growth 1,340 of 2,000 (20.1), CSP deployments 49 of 10 (25) = 86.1.
  const metrics = [["net-customer-adds"], ["intermediate"], ["advanced"], ["usage-growth/CSP"], ["deployments/CSP"]];
  const values = [[8], [3], [1], [1340], [49]];

  test("with nothing added it is the track total", () => {
    expect(spd.simulate("modern-work-2023/smb", metrics, values)).toBeCloseTo(86.1, 9);
  });

  test("units added per metric: +2 adds (+4) and +660 CSP MAU (+9.9) reach 100", () => {
    expect(spd.simulate("modern-work-2023/smb", metrics, values, [[2], [0], [""], [660], [0]])).toBeCloseTo(100, 9);
  });

  test("per-association metrics take the best association; parts add up (Security)", () => {
    // 2023 SMB usage growth: CPOR 500 → 30 points beats CSP 1,340 → 20.1.
    expect(spd.simulate("modern-work-2023/smb", [["usage-growth/CSP"], ["usage-growth/CPOR"]], [[1340], [500]])).toBe(30);
    // security-2023-12 deployments: 0.3 deployments per point, Azure + M365 combine: 3 + 3 = 6 → 20 points.
    expect(spd.simulate("security-2023-12", [["deployments/azure"], ["deployments/m365"]], [[3], [0]], [[0], [3]])).toBeCloseTo(20, 9);
  });

  test("bad shapes and names are clear", () => {
    expectArgError(() => spd.simulate("smb", [["deployments/CSP"]], [[1], [2]]), "metrics and values must be the same size (1 metrics, 2 values).");
    expectArgError(() => spd.simulate("smb", [["deployments/CSP"], ["deployments"]], [[1], [2]]), /has a target per association type; give one of/);
    expectArgError(() => spd.simulate("smb", [["net-customer-adds"], ["nca"]], [[1], [2]]), "net-customer-adds is listed twice.");
    expectArgError(() => spd.simulate("smb", [["deployments/CSP"]], [["many"]]), 'value for deployments/CSP must be a number, not "many".');
  });
});

describe("bad arguments throw SpdArgumentError with a clear message", () => {
  test("unknown track", () => {
    expectArgError(() => spd.points("midmarket", "deployments", [[1]], "CPOR"), 'Unknown track "midmarket". Use "enterprise" or "smb".');
    expectArgError(() => spd.target("", "deployments", "CPOR"), /^Unknown track ""/);
    expectArgError(() => spd.eligible([[100]], "corporate"), /Unknown track "corporate"/);
    expectArgError(() => spd.needed("ent", "deployments", [[1]], "CPOR"), /Unknown track "ent"/);
  });

  test("unknown metric", () => {
    expectArgError(
      () => spd.points("smb", "revenue", [[1]]),
      'Unknown metric "revenue". Use one of: "net-customer-adds", "intermediate-certifications", "advanced-certifications", "usage-growth", "deployments".'
    );
    expectArgError(() => spd.target("enterprise", ""), /^Unknown metric ""/);
    expectArgError(() => spd.needed("smb", "customers", [[1]]), /Unknown metric "customers"/);
  });

  test("missing association for a per-association metric", () => {
    expectArgError(() => spd.points("smb", "deployments", [[1]]), "SMB deployments has a target per association type; give one of CPOR, CSP.");
    expectArgError(() => spd.target("enterprise", "usage-growth"), "Enterprise usage growth has a target per association type; give one of CPOR, DPOR.");
    expectArgError(() => spd.needed("smb", "usage-growth", [[1]], "  "), /give one of CPOR, CSP/);
  });

  test("an association the track does not have", () => {
    expectArgError(() => spd.points("smb", "deployments", [[1]], "DPOR"), '"DPOR" is not an association type of SMB deployments; use CPOR, CSP.');
    expectArgError(() => spd.target("smb", "deployments", "DAP"), '"DAP" is not an association type of SMB deployments; use CPOR, CSP.');
    expectArgError(
      () => spd.target("enterprise", "usage-growth", "CSP Tier 1"),
      '"CSP Tier 1" is not an association type of Enterprise usage growth; use CPOR, DPOR.'
    );
    expectArgError(() => spd.target("enterprise", "deployments", "MPN"), /"MPN" is not an association type/);
  });

  test("a non-numeric value, anywhere in the range", () => {
    expectArgError(() => spd.points("smb", "deployments", [[1, "three"]], "CSP"), 'value must be a number, not "three".');
    expectArgError(() => spd.needed("smb", "net-customer-adds", [[1], [""]]), 'value must be a number, not "".');
    expectArgError(() => spd.points("smb", "net-customer-adds", [[true]]), 'value must be a number, not "true".');
    expectArgError(() => spd.points("smb", "net-customer-adds", [[NaN]]), /value must be a number/);
    expectArgError(() => spd.points("smb", "net-customer-adds", [[Infinity]]), /value must be a number/);
    expectArgError(() => spd.eligible([[100, "lots"]], "smb"), 'paidUnits must be a number, not "lots".');
    expectArgError(() => spd.deployed([["x"]], [[100]]), 'activeUsers must be a number, not "x".');
    expectArgError(() => spd.deployed([[40]], [["n/a"]]), 'paidUnits must be a number, not "n/a".');
    expectArgError(() => spd.status([[20, "ten"]]), 'points must be a number, not "ten".');
  });

  test("DEPLOYED ranges of different sizes", () => {
    const message = "activeUsers and paidUnits must be the same size.";
    expectArgError(() => spd.deployed([[1, 2]], [[1]]), message);
    expectArgError(() => spd.deployed([[1], [2]], [[1]]), message);
    expectArgError(() => spd.deployed([[1], [2]], [[1, 2]]), message);
    expectArgError(
      () =>
        spd.deployed(
          [[1, 2], [3]],
          [
            [1, 2],
            [3, 4],
          ]
        ),
      message
    );
  });

  test("an empty STATUS range", () => {
    expectArgError(() => spd.status([[]]), "pointsRange holds no points.");
    expectArgError(
      () =>
        spd.status([
          ["", null],
          [undefined, ""],
        ]),
      "pointsRange holds no points."
    );
  });
});

describe("runtime wrapper (functions.ts)", () => {
  class FakeCustomFunctionsError {
    constructor(
      public code: string,
      public message: string
    ) {}
  }
  let functions: typeof import("../../src/functions/functions");
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  const previous = g.CustomFunctions;

  beforeAll(() => {
    g.CustomFunctions = { Error: FakeCustomFunctionsError, ErrorCode: { invalidValue: "#VALUE!" } };
    jest.isolateModules(() => {
      functions = require("../../src/functions/functions");
    });
  });
  afterAll(() => {
    g.CustomFunctions = previous;
  });

  test("good arguments return what the pure functions return (asynchronously: the logic is a chunk loaded at the first call)", async () => {
    const answer = functions.points(
      "smb",
      "deployments",
      [
        [0, 3],
        [10, 12],
      ],
      "CSP"
    );
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual([
      [0, 7.5],
      [25, 25],
    ]);
    expect(await functions.target("enterprise", "usage-growth", "DPOR")).toBe(4000);
    expect(await functions.eligible([[10, 11]], "smb")).toEqual([[false, true]]);
    expect(await functions.deployed([[40]], [[100]])).toEqual([[true]]);
    expect(await functions.needed("smb", "deployments", [[6]], "CSP")).toEqual([[4]]);
    expect(await functions.status([[20, 10, 15, 30, 25]])).toBe("Qualified");
  });

  test("a bad argument becomes a CustomFunctions.Error #VALUE! with the reason", async () => {
    const caught: unknown = await functions.points("midmarket", "deployments", [[1]], "CPOR").catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(FakeCustomFunctionsError);
    expect(caught).not.toBeInstanceOf(SpdArgumentError);
    expect((caught as FakeCustomFunctionsError).code).toBe("#VALUE!");
    expect((caught as FakeCustomFunctionsError).message).toBe('Unknown track "midmarket". Use "enterprise" or "smb".');
  });

  test.each<[string, () => Promise<unknown>, string]>([
    ["TARGET", () => functions.target("smb", "deployments"), "SMB deployments has a target per association type; give one of CPOR, CSP."],
    ["ELIGIBLE", () => functions.eligible([["x" as unknown as number]], "smb"), 'paidUnits must be a number, not "x".'],
    ["DEPLOYED", () => functions.deployed([[1, 2]], [[1]]), "activeUsers and paidUnits must be the same size."],
    ["NEEDED", () => functions.needed("smb", "deployments", [[1]], "DPOR"), '"DPOR" is not an association type of SMB deployments; use CPOR, CSP.'],
    ["STATUS", () => functions.status([[]]), "pointsRange holds no points."],
  ])("%s wraps its argument errors too", async (_name, call, message) => {
    const caught: unknown = await call().catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(FakeCustomFunctionsError);
    expect(caught).toEqual(expect.objectContaining({ code: "#VALUE!", message }));
  });

  test("other errors are not disguised as #VALUE!", async () => {
    const caught: unknown = await functions.points("smb", "deployments", undefined as unknown as number[][], "CSP").catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(TypeError);
  });
});

describe("SPD.* for every designation (designation/track)", () => {
  test("Infrastructure's newest (2026) rules classify Enterprise or SMB, so the track is named", () => {
    // Infrastructure 2026 Enterprise: 10 points per net customer add, 30 at 3.
    expect(spd.points("infrastructure/enterprise", "nca", [[1, 3, 4]])).toEqual([[10, 30, 30]]);
    expect(spd.target("infrastructure/enterprise", "net-customer-adds")).toBe(3);
    expect(() => spd.points("infrastructure", "nca", [[1]])).toThrow(
      /Unknown track "infrastructure"\. Use "infrastructure\/enterprise" or "infrastructure\/smb"/
    );
  });

  test("a rule-set id before the slash picks older rules: Infrastructure 2023 has a single track", () => {
    expect(spd.points("infrastructure-2023", "usage-growth", [[10]])).toEqual([[10]]);
    expect(spd.ruleSetOf("infrastructure-2023")).toBe("infrastructure-2023");
  });

  test("Security's two-part metrics need the part: azure or m365", () => {
    // 2026 Enterprise usage growth: 1 point per $1,250 of Azure security ACR growth, per 125 protected users; max 20.
    expect(spd.points("security/enterprise", "usage-growth", [[2500, 50000]], "azure")).toEqual([[2, 20]]);
    expect(spd.points("security/smb", "usage-growth", [[100]], "m365")).toEqual([[2]]);
    expect(spd.target("security/enterprise", "usage-growth", "m365")).toBe(2500);
    expect(() => spd.target("security/enterprise", "usage-growth")).toThrow(/per part; give one of azure, m365/);
  });

  test("stepped certification metrics: the value is people in the scoring step, prerequisites taken as met", () => {
    // Security 2026 SMB: steps 1 and 2 earn 4 each, then 8 per person: 4 + 4 + 3 × 8 = 32; 4 people → 40 (cap).
    expect(spd.points("security/smb", "intermediate", [[0, 3, 4, 5]])).toEqual([[8, 32, 40, 40]]);
    // Enterprise: gates earn nothing; 40/6 per person, 6 people for 40.
    expect(spd.target("security/enterprise", "intermediate")).toBe(6);
    expect(spd.needed("security/enterprise", "intermediate", [[4]])).toEqual([[2]]);
  });

  test("Business Applications SMB: 4 points per intermediate person, 7.5 per advanced person", () => {
    expect(spd.points("business-applications/smb", "intermediate", [[2]])).toEqual([[8]]);
    expect(spd.points("business-applications/smb", "advanced", [[1]])).toEqual([[7.5]]);
  });

  test("Data & AI has no advanced metric; SPD.ELIGIBLE is for Modern Work only", () => {
    expect(() => spd.points("data-ai/enterprise", "advanced", [[1]])).toThrow(/Unknown metric "advanced"/);
    expect(() => spd.eligible([[50]], "security/smb")).toThrow(/for Modern Work tracks/);
  });
});

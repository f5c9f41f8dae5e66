/** The pane's entry decides between the pane and the "open it from Excel" message (src/taskpane/outsideOffice.tsx). */
import { notInExcel, standInForCustomFunctions } from "../../src/taskpane/outsideOffice";

const office = { HostType: { Excel: "Excel", Word: "Word" } } as unknown as typeof Office;

describe("notInExcel", () => {
  it("is undefined in Excel", () => {
    expect(notInExcel(office, { host: "Excel" })).toBeUndefined();
  });
  it.each([
    ["no office.js", undefined, undefined, /did not load/],
    ["office.js outside Office (host null)", office, { host: null }, /no Office application/],
    ["another host", office, { host: "Word" }, /running in Word, not Excel/],
  ])("says why for %s", (_label, o, info, reason) => {
    expect(notInExcel(o as typeof Office | undefined, info as { host: string | null } | undefined)).toMatch(reason);
  });
});

describe("standInForCustomFunctions", () => {
  const g = globalThis as { CustomFunctions?: { associate: (id: string, f: unknown) => void } };
  afterEach(() => delete g.CustomFunctions);

  it("gives functions.js a registry that does nothing when office.js is absent", () => {
    standInForCustomFunctions();
    expect(() => g.CustomFunctions!.associate("POINTS", () => 0)).not.toThrow();
  });
  it("leaves office.js's CustomFunctions alone", () => {
    const real = { associate: jest.fn() };
    g.CustomFunctions = real;
    standInForCustomFunctions();
    expect(g.CustomFunctions).toBe(real);
  });
});

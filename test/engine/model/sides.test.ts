import { describeSides, sidesLines, side, sides } from "../../../src/engine/model/sides";
import { monthIndex } from "../../../src/engine/parse/months";

const OCT_25 = monthIndex(2025, 10);
const OCT_24 = monthIndex(2024, 10);

describe("the two sides of a metric", () => {
  test("a side keeps its month as YYYY-MM and its tenants sorted, once each", () => {
    expect(side(OCT_25, 3, ["Contoso", "Adatum", "Contoso"])).toEqual({ month: "2025-10", value: 3, tenants: ["Adatum", "Contoso"] });
  });

  test("a difference reads as now and a year ago", () => {
    const s = sides("customers", "difference", side(OCT_25, 8, []), side(OCT_24, 0, []));
    expect(s.note).toBeUndefined();
    expect(describeSides(s)).toBe("customers: 8 in Oct-2025, 0 in Oct-2024");
  });

  test("a growth says its percent, and that a zero baseline cannot score", () => {
    expect(describeSides(sides("ACR (USD)", "percent", side(OCT_25, 41_200, []), side(OCT_24, 33_950, [])))).toBe(
      "ACR (USD): 41,200 in Oct-2025, 33,950 in Oct-2024 (+21.35 %)"
    );
    const zero = sides("MAU", "percent", side(OCT_25, 1_340, []), side(OCT_24, 0, []));
    expect(zero.note).toBe("no baseline: growth cannot score");
    expect(describeSides(zero, "CSP")).toBe("CSP MAU: 1,340 in Oct-2025, 0 in Oct-2024; no baseline: growth cannot score");
  });

  test("a per-association metric shows the counting association's sides; a two-part metric every part's", () => {
    const mau = (n: number) => sides("MAU", "percent", side(OCT_25, n, []), side(OCT_24, 100, []));
    expect(sidesLines({ bestAssociation: "CSP", sides: { CPOR: mau(150), CSP: mau(300) } })).toEqual(["CSP MAU: 300 in Oct-2025, 100 in Oct-2024 (+200 %)"]);
    const customers = (part: string, n: number) => sides(`${part} customers`, "difference", side(OCT_25, n, []), side(OCT_24, 1, []));
    expect(sidesLines({ sides: { azure: customers("Azure", 3), m365: customers("M365", 0) } })).toEqual([
      "Azure customers: 3 in Oct-2025, 1 in Oct-2024",
      "M365 customers: 0 in Oct-2025, 1 in Oct-2024",
    ]);
    expect(sidesLines({})).toEqual([]);
  });
});
